# cli: sl
