# class: nl
