# scenario: sl
