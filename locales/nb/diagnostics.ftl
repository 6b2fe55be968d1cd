# diagnostics: nb
