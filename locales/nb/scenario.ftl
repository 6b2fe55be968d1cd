# scenario: nb
