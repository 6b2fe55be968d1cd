# procedures: en
# `tenantdrill procedure ID`: a procedure as a trainee reads it.
proc-source = Source: { $article }
proc-source-linked = Source: { $article } <{ $link }>
proc-step-heading = { $number }. { $instruction } [{ $kind }, { $count ->
        [one] { $count } point
       *[other] { $count } points
    }]
proc-kind-required = required
proc-kind-recommended = recommended
proc-kind-advice = advice
proc-step-applies = Applies: { $applies }
proc-applies-advice = advice: shown, worth nothing (a scenario may raise it to required)
proc-applies-always = always
proc-applies-when = when { $condition } (from the start, or from the moment it comes true)
proc-step-left-out = Left out: { $why }
proc-step-why = Why: { $why }
proc-step-see = See: { $title } <{ $link }>
proc-step-order = Order: { $orders }
proc-order-first = first, before any other change
proc-order-before = before `{ $step }`
proc-order-after = after `{ $step }`
proc-order-within = within { $duration } of the start
proc-step-forbidden = Don't: { $reason } (-{ $count ->
        [one] { $count } point
       *[other] { $count } points
    })
proc-harm-heading = Collateral damage that costs points:
proc-harm-item = { $reason } (-{ $count ->
        [one] { $count } point
       *[other] { $count } points
    })
