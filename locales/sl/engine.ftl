# engine: sl
