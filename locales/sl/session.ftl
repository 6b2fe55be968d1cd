# session: sl
