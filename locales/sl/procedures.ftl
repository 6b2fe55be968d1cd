# procedures: sl
# `tenantdrill procedure ID`: postopek, kot ga bere udeleženec usposabljanja.
proc-source = Vir: { $article }
proc-source-linked = Vir: { $article } <{ $link }>
proc-step-heading = { $number }. { $instruction } [{ $kind }, { $count ->
        [one] { $count } točka
        [two] { $count } točki
        [few] { $count } točke
       *[other] { $count } točk
    }]
proc-kind-required = zahtevano
proc-kind-recommended = priporočeno
proc-kind-advice = nasvet
proc-step-applies = Velja: { $applies }
proc-applies-advice = nasvet: prikazan, ne prinese točk (scenarij ga lahko naredi zahtevanega)
proc-applies-always = vedno
proc-applies-when = ko { $condition } (od začetka ali od trenutka, ko to postane res)
proc-step-left-out = Če ga izpustite: { $why }
proc-step-why = Zakaj: { $why }
proc-step-see = Glejte: { $title } <{ $link }>
proc-step-order = Vrstni red: { $orders }
proc-order-first = najprej, pred vsako drugo spremembo
proc-order-before = pred `{ $step }`
proc-order-after = po `{ $step }`
proc-order-within = v { $duration } od začetka
proc-step-forbidden = Ne storite: { $reason } (-{ $count ->
        [one] { $count } točka
        [two] { $count } točki
        [few] { $count } točke
       *[other] { $count } točk
    })
proc-harm-heading = Škoda, ki stane točke:
proc-harm-item = { $reason } (-{ $count ->
        [one] { $count } točka
        [two] { $count } točki
        [few] { $count } točke
       *[other] { $count } točk
    })
