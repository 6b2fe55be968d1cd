# diagnostics: nl
