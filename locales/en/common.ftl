# Shared words. Terms (-name) are Microsoft's own where it has one; see
# locales/GLOSSARY.md for each language's source.
language-name = English
