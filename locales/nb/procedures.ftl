# procedures: nb
# `tenantdrill procedure ID`: en fremgangsmåte slik en kursdeltaker leser den.
proc-source = Kilde: { $article }
proc-source-linked = Kilde: { $article } <{ $link }>
proc-step-heading = { $number }. { $instruction } [{ $kind }, { $count ->
        [one] { $count } poeng
       *[other] { $count } poeng
    }]
proc-kind-required = påkrevd
proc-kind-recommended = anbefalt
proc-kind-advice = råd
proc-step-applies = Gjelder: { $applies }
proc-applies-advice = råd: vises, gir ingen poeng (et scenario kan gjøre det påkrevd)
proc-applies-always = alltid
proc-applies-when = når dette er sant: { $condition } (fra starten, eller fra det øyeblikket det blir sant)
proc-step-left-out = Hvis det utelates: { $why }
proc-step-why = Hvorfor: { $why }
proc-step-see = Se: { $title } <{ $link }>
proc-step-order = Rekkefølge: { $orders }
proc-order-first = først, før alle andre endringer
proc-order-before = før `{ $step }`
proc-order-after = etter `{ $step }`
proc-order-within = innen { $duration } fra starten
proc-step-forbidden = Ikke gjør dette: { $reason } (-{ $count ->
        [one] { $count } poeng
       *[other] { $count } poeng
    })
proc-harm-heading = Skade som koster poeng:
proc-harm-item = { $reason } (-{ $count ->
        [one] { $count } poeng
       *[other] { $count } poeng
    })
