# Shared words. Terms (-name) are Microsoft's own where it has one; see
# locales/GLOSSARY.md for each language's source.
language-name = English

# Units of a duration, abbreviated as the language writes them (2h 30m).
common-duration-days = { $n }d
common-duration-hours = { $n }h
common-duration-minutes = { $n }m
common-duration-seconds = { $n }s
common-file-too-large = { $path } is larger than { $limit } bytes, the most that is read
# An input/output error's kind (English shows the system's own words).
common-io-not-found = no such file or directory
common-io-permission-denied = permission denied
common-io-is-a-directory = is a directory
common-io-not-a-directory = not a directory
common-io-already-exists = file exists
common-io-read-only = read-only file system
common-io-storage-full = no space left on device
