# scenario: nl
