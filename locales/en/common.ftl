# Shared words. Terms (-name) are Microsoft's own where it has one; see
# locales/GLOSSARY.md for each language's source.
language-name = English

# Units of a duration, abbreviated as the language writes them (2h 30m).
common-duration-days = { $n }d
common-duration-hours = { $n }h
common-duration-minutes = { $n }m
common-duration-seconds = { $n }s
