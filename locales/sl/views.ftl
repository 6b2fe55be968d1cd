# views: sl
