# commands: sl
