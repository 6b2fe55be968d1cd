# class: nb
# Klassens egne ord: HTML-gjennomgangen og klasserapporten, SVG-figurene,
# CSV-eksportene, xAPI-verbene og klassesammendraget fra grade.

## Trinnstatus, bruddtyper, moduser, integritet, trinntyper
class-status-done = utført
class-status-done-late = utført for sent
class-status-out-of-order = i feil rekkefølge
class-status-missed = ikke utført
class-status-skipped = hoppet over
class-status-not-applicable = ikke aktuelt
class-kind-forbidden = forbudt
class-kind-order = rekkefølge
class-kind-harm = skade
class-kind-denied = avvist
class-mode-practice = øving
class-mode-exam = eksamen
class-integrity-verified = verifisert
class-integrity-unverified = ikke verifisert
class-integrity-altered = endret
class-step-required = påkrevd
class-step-recommended = anbefalt
class-step-optional = valgfritt

## CSV-celler og -overskrifter
class-cell-done = utført
class-cell-done-late = utført-for-sent
class-cell-done-out-of-order = utført-i-feil-rekkefølge
class-cell-missed = ikke-utført
class-cell-skipped = hoppet-over
class-cell-not-applicable = ikke-aktuelt
class-cell-true = ja
class-cell-false = nei
class-cell-ok = ok
class-cell-not-ok = ikke-ok
class-csv-file = fil
class-csv-trainee = kursdeltaker
class-csv-scenario = scenario
class-csv-seed = frø
class-csv-mode = modus
class-csv-started-utc = startet_utc
class-csv-ended-utc = avsluttet_utc
class-csv-submitted = levert
class-csv-integrity = integritet
class-csv-score = poengsum
class-csv-pass-mark = beståttgrense
class-csv-passed = bestått
class-csv-time-to-containment-s = tid_til_inneslutning_s
class-csv-commands = kommandoer
class-csv-hints-used = hint_brukt
class-csv-step-column = trinn:{ $step }
class-csv-check-column = kontroll:{ $check }
class-csv-email-address = E-postadresse

## xAPI-verb
class-xapi-attempted = forsøkt
class-xapi-completed = fullført
class-xapi-passed = bestått
class-xapi-failed = ikke bestått
class-xapi-scored = poengsatt

## Felles for HTML og tekstsammendraget
class-pass-mark = beståttgrense { $mark }
class-spread = median { $median }, midtre halvdel { $lower }–{ $upper }, spenn { $min }–{ $max }
class-contained-of = ({ $contained } av { $attempts } innesluttet)
class-never-contained-or-no-attacker = ingen (aldri innesluttet, eller ingen angriper)

## Klasserapporten
class-html-report-title = Klasserapport
class-html-graded = { $count ->
    [one] { $count } økt vurdert
   *[other] { $count } økter vurdert
}
class-html-not-graded-count = , { $count } kunne ikke vurderes
class-html-in-progress = Eksamener som pågår
class-html-in-progress-item = { $trainee } · { $scenario } · pågår, { $count ->
    [one] { $count } kommando
   *[other] { $count } kommandoer
} · integritet: { $integrity }
class-html-not-graded = Ikke vurdert
class-html-debriefs = Gjennomganger
class-html-attempts = Forsøk
class-html-passed = Bestått
class-html-passed-of = { $passed } av { $attempts } ({ $percent } %), beståttgrense { $mark }
class-html-score = Poengsum
class-html-time-to-containment = Tid til inneslutning
class-html-most-often-missed = Oftest ikke utført
class-html-no-step-missed = Alle trinn ble utført.
class-html-missed-by = ikke utført av { $count }
class-html-most-frequent-violations = Hyppigste brudd
class-html-no-violations = Ingen brudd.
class-html-in-sessions = { $count ->
    [one] i { $count } økt
   *[other] i { $count } økter
}
class-html-scores-caption = Poengsummer; skraverte søyler er under beståttgrensen.
class-html-steps-by-trainee = Trinn per kursdeltaker
class-html-trainee = Kursdeltaker

## En gjennomgang
class-html-debrief-title = Gjennomgang: { $title } — { $trainee }
class-html-meta-scenario = scenario { $scenario }
class-html-meta-seed = frø { $seed }
class-html-meta-mode = modus: { $mode }
class-html-meta-from-to = { $started } til { $ended }
class-html-meta-started = startet { $started }
class-html-meta-file = fil { $file }
class-html-meta-integrity = integritet: { $integrity }
class-html-meta-not-submitted = ikke levert (poengsum så langt)
class-html-passed-word = BESTÅTT
class-html-failed-word = IKKE BESTÅTT
class-html-score-bar = poengsum { $score } av 100, beståttgrense { $mark }
class-html-points = { $earned } av { $possible } poeng, { $penalties } trukket
class-html-timeline = Tidslinje
class-legend-your-commands = kommandoene dine
class-legend-attacker = angriper
class-legend-end-users = sluttbrukere
class-legend-service = tjenesten
class-legend-contained = innesluttet
class-legend-last-action = angriperens siste handling
class-legend-simulated-time = Simulert tid; hold pekeren over et merke for å se hva som skjedde.
class-html-timeline-omitted = { $count ->
    [one] { $count } senere oppføring i tidslinjen vises ikke.
   *[other] { $count } senere oppføringer i tidslinjen vises ikke.
}
class-html-cause-and-effect = Årsak og virkning
class-html-procedure-steps = Trinn i fremgangsmåten
class-html-procedure-after = { $procedure }, etter { $article } ({ $source })
class-html-status = Status
class-html-step = Trinn
class-html-when = Når
class-html-points-head = Poeng
class-html-source = Kilde
class-html-outcome = Resultat
class-html-violations-and-harm = Brudd og skade
class-html-none = Ingen.
class-html-half-credit = halv uttelling
class-html-other-consequences = Andre følger
class-html-efficiency = Effektivitet
class-html-never-contained = aldri innesluttet
class-html-efficiency-containment = Tid til inneslutning: { $time }
class-html-efficiency-commands = Kommandoer: { $commands }
class-html-efficiency-hints = Hint: { $hints } (−{ $points })
class-html-efficiency-simulated = Simulert tid: { $started } til { $ended }

## Tidslinjen og poengfordelingen (SVG)
class-lane-you = Du
class-lane-attacker = Angriper
class-lane-end-users = Sluttbrukere
class-lane-service = Tjenesten
class-svg-timeline-title = Tidslinje for økten i simulert tid
class-svg-later = { $span } senere
class-svg-contained = innesluttet { $time }
class-svg-last-action = angriperens siste handling { $time }
class-svg-score-distribution = Fordeling av poengsummer

## Klassesammendraget fra grade (tekst)
class-summary-heading = Klassesammendrag
class-summary-attempts = { $scenario }: { $count ->
    [one] { $count } forsøk
   *[other] { $count } forsøk
}, { $passed } bestått ({ $percent } %)
class-summary-score = poengsum: { $figures }
class-summary-containment = tid til inneslutning: { $figures }
class-summary-no-step-missed = alle trinn ble utført
class-summary-missed-by = ikke utført av { $count }: { $step }
class-summary-violation = { $kind } i { $count }: { $about }
