language-name = slovenščina

# Units of a duration, abbreviated as the language writes them (2h 30m).
common-duration-days = { $n } d
common-duration-hours = { $n } h
common-duration-minutes = { $n } min
common-duration-seconds = { $n } s
common-file-too-large = { $path } je večja od { $limit } bajtov, kolikor se največ prebere
# Vrsta vhodno-izhodne napake.
common-io-not-found = datoteka ali mapa ne obstaja
common-io-permission-denied = dostop zavrnjen
common-io-is-a-directory = je mapa
common-io-not-a-directory = ni mapa
common-io-already-exists = datoteka že obstaja
common-io-read-only = datotečni sistem je samo za branje
common-io-storage-full = na napravi ni več prostora
