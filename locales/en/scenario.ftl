# scenario: en
