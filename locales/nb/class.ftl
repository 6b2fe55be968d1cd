# class: nb
