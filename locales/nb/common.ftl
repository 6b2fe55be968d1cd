language-name = norsk bokmål

# Units of a duration, abbreviated as the language writes them (2h 30m).
common-duration-days = { $n } d
common-duration-hours = { $n } t
common-duration-minutes = { $n } min
common-duration-seconds = { $n } s
