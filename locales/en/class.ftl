# class: en
