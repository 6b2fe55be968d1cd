# diagnostics: en
