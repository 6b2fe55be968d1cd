language-name = norsk bokmål

# Units of a duration, abbreviated as the language writes them (2h 30m).
common-duration-days = { $n } d
common-duration-hours = { $n } t
common-duration-minutes = { $n } min
common-duration-seconds = { $n } s
common-file-too-large = { $path } er større enn { $limit } byte, det meste som leses
# Typen inn/ut-feil.
common-io-not-found = filen eller mappen finnes ikke
common-io-permission-denied = tilgang nektet
common-io-is-a-directory = er en mappe
common-io-not-a-directory = er ikke en mappe
common-io-already-exists = filen finnes allerede
common-io-read-only = skrivebeskyttet filsystem
common-io-storage-full = ikke mer plass på enheten
