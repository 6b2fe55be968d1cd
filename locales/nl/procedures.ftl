# procedures: nl
# `tenantdrill procedure ID`: een procedure zoals een cursist die leest.
proc-source = Bron: { $article }
proc-source-linked = Bron: { $article } <{ $link }>
proc-step-heading = { $number }. { $instruction } [{ $kind }, { $count ->
        [one] { $count } punt
       *[other] { $count } punten
    }]
proc-kind-required = vereist
proc-kind-recommended = aanbevolen
proc-kind-advice = advies
proc-step-applies = Van toepassing: { $applies }
proc-applies-advice = advies: wordt getoond, levert geen punten op (een scenario kan het vereist maken)
proc-applies-always = altijd
proc-applies-when = wanneer dit waar is: { $condition } (vanaf het begin, of vanaf het moment dat het waar wordt)
proc-step-left-out = Indien overgeslagen: { $why }
proc-step-why = Waarom: { $why }
proc-step-see = Zie: { $title } <{ $link }>
proc-step-order = Volgorde: { $orders }
proc-order-first = eerst, vóór elke andere wijziging
proc-order-before = vóór `{ $step }`
proc-order-after = na `{ $step }`
proc-order-within = binnen { $duration } na het begin
proc-step-forbidden = Niet doen: { $reason } (-{ $count ->
        [one] { $count } punt
       *[other] { $count } punten
    })
proc-harm-heading = Schade die punten kost:
proc-harm-item = { $reason } (-{ $count ->
        [one] { $count } punt
       *[other] { $count } punten
    })
