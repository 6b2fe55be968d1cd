# class: nl
# De eigen woorden van de klaslaag: de HTML-nabespreking en het klasrapport,
# de SVG-figuren, de CSV-exports, de xAPI-werkwoorden en de klassamenvatting
# van grade.

## Stapstatussen, soorten overtredingen, modi, integriteit, soorten stappen
class-status-done = uitgevoerd
class-status-done-late = te laat uitgevoerd
class-status-out-of-order = in verkeerde volgorde
class-status-missed = niet uitgevoerd
class-status-skipped = overgeslagen
class-status-not-applicable = niet van toepassing
class-kind-forbidden = verboden
class-kind-order = volgorde
class-kind-harm = schade
class-kind-denied = geweigerd
class-mode-practice = oefening
class-mode-exam = examen
class-integrity-verified = geverifieerd
class-integrity-unverified = niet geverifieerd
class-integrity-altered = gewijzigd
class-step-required = vereist
class-step-recommended = aanbevolen
class-step-optional = optioneel

## CSV-cellen en -kopteksten
class-cell-done = uitgevoerd
class-cell-done-late = te-laat-uitgevoerd
class-cell-done-out-of-order = uitgevoerd-in-verkeerde-volgorde
class-cell-missed = niet-uitgevoerd
class-cell-skipped = overgeslagen
class-cell-not-applicable = niet-van-toepassing
class-cell-true = ja
class-cell-false = nee
class-cell-ok = ok
class-cell-not-ok = niet-ok
class-csv-file = bestand
class-csv-trainee = cursist
class-csv-scenario = scenario
class-csv-seed = seed
class-csv-mode = modus
class-csv-started-utc = gestart_utc
class-csv-ended-utc = beëindigd_utc
class-csv-submitted = ingediend
class-csv-integrity = integriteit
class-csv-score = score
class-csv-pass-mark = cesuur
class-csv-passed = geslaagd
class-csv-time-to-containment-s = tijd_tot_indamming_s
class-csv-commands = opdrachten
class-csv-hints-used = hints_gebruikt
class-csv-step-column = stap:{ $step }
class-csv-check-column = controle:{ $check }
class-csv-email-address = E-mailadres

## xAPI-werkwoorden
class-xapi-attempted = geprobeerd
class-xapi-completed = voltooid
class-xapi-passed = geslaagd
class-xapi-failed = niet geslaagd
class-xapi-scored = gescoord

## Gedeeld door HTML en de tekstsamenvatting
class-pass-mark = cesuur { $mark }
class-spread = mediaan { $median }, middelste helft { $lower }–{ $upper }, bereik { $min }–{ $max }
class-contained-of = ({ $contained } van { $attempts } ingedamd)
class-never-contained-or-no-attacker = geen (nooit ingedamd, of geen aanvaller)

## Het klasrapport
class-html-report-title = Klasrapport
class-html-graded = { $count ->
    [one] { $count } sessie beoordeeld
   *[other] { $count } sessies beoordeeld
}
class-html-not-graded-count = , niet te beoordelen: { $count }
class-html-in-progress = Lopende examens
class-html-in-progress-item = { $trainee } · { $scenario } · bezig, { $count ->
    [one] { $count } opdracht
   *[other] { $count } opdrachten
} · integriteit: { $integrity }
class-html-not-graded = Niet beoordeeld
class-html-debriefs = Nabesprekingen
class-html-attempts = Pogingen
class-html-passed = Geslaagd
class-html-passed-of = { $passed } van { $attempts } ({ $percent }%), cesuur { $mark }
class-html-score = Score
class-html-time-to-containment = Tijd tot indamming
class-html-most-often-missed = Het vaakst niet uitgevoerd
class-html-no-step-missed = Alle stappen zijn uitgevoerd.
class-html-missed-by = niet uitgevoerd door { $count }
class-html-most-frequent-violations = Meest voorkomende overtredingen
class-html-no-violations = Geen overtredingen.
class-html-in-sessions = { $count ->
    [one] in { $count } sessie
   *[other] in { $count } sessies
}
class-html-scores-caption = Scores; gearceerde balken liggen onder de cesuur.
class-html-steps-by-trainee = Stappen per cursist
class-html-trainee = Cursist

## Een nabespreking
class-html-debrief-title = Nabespreking: { $title } — { $trainee }
class-html-meta-scenario = scenario { $scenario }
class-html-meta-seed = seed { $seed }
class-html-meta-mode = modus: { $mode }
class-html-meta-from-to = { $started } tot { $ended }
class-html-meta-started = gestart { $started }
class-html-meta-file = bestand { $file }
class-html-meta-integrity = integriteit: { $integrity }
class-html-meta-not-submitted = niet ingediend (score tot nu toe)
class-html-passed-word = GESLAAGD
class-html-failed-word = NIET GESLAAGD
class-html-score-bar = score { $score } van 100, cesuur { $mark }
class-html-points = { $earned } van { $possible } punten, { $penalties } aftrek
class-html-timeline = Tijdlijn
class-legend-your-commands = uw opdrachten
class-legend-attacker = aanvaller
class-legend-end-users = eindgebruikers
class-legend-service = service
class-legend-contained = ingedamd
class-legend-last-action = laatste actie van de aanvaller
class-legend-simulated-time = Gesimuleerde tijd; beweeg over een markering om te zien wat er gebeurde.
class-html-timeline-omitted = { $count ->
    [one] { $count } latere vermelding in de tijdlijn wordt niet getoond.
   *[other] { $count } latere vermeldingen in de tijdlijn worden niet getoond.
}
class-html-cause-and-effect = Oorzaak en gevolg
class-html-procedure-steps = Stappen van de procedure
class-html-procedure-after = { $procedure }, naar { $article } ({ $source })
class-html-status = Status
class-html-step = Stap
class-html-when = Wanneer
class-html-points-head = Punten
class-html-source = Bron
class-html-outcome = Resultaat
class-html-violations-and-harm = Overtredingen en schade
class-html-none = Geen.
class-html-half-credit = halve punten
class-html-other-consequences = Andere gevolgen
class-html-efficiency = Efficiëntie
class-html-never-contained = nooit ingedamd
class-html-efficiency-containment = Tijd tot indamming: { $time }
class-html-efficiency-commands = Opdrachten: { $commands }
class-html-efficiency-hints = Hints: { $hints } (−{ $points })
class-html-efficiency-simulated = Gesimuleerde tijd: { $started } tot { $ended }

## De tijdlijn en de scoreverdeling (SVG)
class-lane-you = U
class-lane-attacker = Aanvaller
class-lane-end-users = Eindgebruikers
class-lane-service = Service
class-svg-timeline-title = Tijdlijn van de sessie in gesimuleerde tijd
class-svg-later = { $span } later
class-svg-contained = ingedamd { $time }
class-svg-last-action = laatste actie van de aanvaller { $time }
class-svg-score-distribution = Scoreverdeling

## Klassamenvatting van grade (tekst)
class-summary-heading = Klassamenvatting
class-summary-attempts = { $scenario }: { $count ->
    [one] { $count } poging
   *[other] { $count } pogingen
}, { $passed } geslaagd ({ $percent }%)
class-summary-score = score: { $figures }
class-summary-containment = tijd tot indamming: { $figures }
class-summary-no-step-missed = alle stappen zijn uitgevoerd
class-summary-missed-by = niet uitgevoerd door { $count }: { $step }
class-summary-violation = { $kind } in { $count }: { $about }
