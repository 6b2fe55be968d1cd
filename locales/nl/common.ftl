language-name = Nederlands

# Units of a duration, abbreviated as the language writes them (2h 30m).
common-duration-days = { $n } d
common-duration-hours = { $n } u
common-duration-minutes = { $n } min
common-duration-seconds = { $n } s
common-file-too-large = { $path } is groter dan { $limit } bytes, het maximum dat wordt gelezen
# Het soort invoer-/uitvoerfout.
common-io-not-found = bestand of map bestaat niet
common-io-permission-denied = toegang geweigerd
common-io-is-a-directory = is een map
common-io-not-a-directory = is geen map
common-io-already-exists = bestand bestaat al
common-io-read-only = alleen-lezen bestandssysteem
common-io-storage-full = geen ruimte meer op het apparaat
