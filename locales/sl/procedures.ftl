# procedures: sl
