language-name = Nederlands

# Units of a duration, abbreviated as the language writes them (2h 30m).
common-duration-days = { $n } d
common-duration-hours = { $n } u
common-duration-minutes = { $n } min
common-duration-seconds = { $n } s
