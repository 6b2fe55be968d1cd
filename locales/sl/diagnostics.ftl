# diagnostics: sl
