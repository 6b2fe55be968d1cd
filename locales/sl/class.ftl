# class: sl
