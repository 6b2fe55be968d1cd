# report: sl
