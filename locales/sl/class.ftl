# class: sl
# Lastne besede razrednega sloja: pregled HTML in poročilo razreda, slike SVG,
# izvozi CSV, glagoli xAPI in povzetek razreda ukaza grade.

## Stanja korakov, vrste kršitev, načini, celovitost, vrste korakov
class-status-done = opravljeno
class-status-done-late = opravljeno prepozno
class-status-out-of-order = v napačnem vrstnem redu
class-status-missed = ni opravljeno
class-status-skipped = preskočeno
class-status-not-applicable = ni relevantno
class-kind-forbidden = prepovedano
class-kind-order = vrstni red
class-kind-harm = škoda
class-kind-denied = zavrnjeno
class-mode-practice = vaja
class-mode-exam = izpit
class-integrity-verified = preverjeno
class-integrity-unverified = nepreverjeno
class-integrity-altered = spremenjeno
class-step-required = zahtevano
class-step-recommended = priporočeno
class-step-optional = izbirno

## Celice in glave CSV
class-cell-done = opravljeno
class-cell-done-late = opravljeno-prepozno
class-cell-done-out-of-order = opravljeno-v-napačnem-vrstnem-redu
class-cell-missed = ni-opravljeno
class-cell-skipped = preskočeno
class-cell-not-applicable = ni-relevantno
class-cell-true = da
class-cell-false = ne
class-cell-ok = v-redu
class-cell-not-ok = ni-v-redu
class-csv-file = datoteka
class-csv-trainee = udeleženec
class-csv-scenario = scenarij
class-csv-seed = seme
class-csv-mode = način
class-csv-started-utc = začetek_utc
class-csv-ended-utc = konec_utc
class-csv-submitted = oddano
class-csv-integrity = celovitost
class-csv-score = rezultat
class-csv-pass-mark = prag_uspešnosti
class-csv-passed = opravljeno
class-csv-time-to-containment-s = čas_do_zajezitve_s
class-csv-commands = ukazi
class-csv-hints-used = uporabljeni_namigi
class-csv-step-column = korak:{ $step }
class-csv-check-column = preverjanje:{ $check }
class-csv-email-address = E-poštni naslov

## Glagoli xAPI
class-xapi-attempted = poskušeno
class-xapi-completed = dokončano
class-xapi-passed = opravljeno
class-xapi-failed = ni opravljeno
class-xapi-scored = ocenjeno

## Skupno za HTML in besedilni povzetek
class-pass-mark = prag uspešnosti { $mark }
class-spread = mediana { $median }, srednja polovica { $lower }–{ $upper }, razpon { $min }–{ $max }
class-contained-of = (zajezeno: { $contained } od { $attempts })
class-never-contained-or-no-attacker = brez (nikoli zajezeno ali brez napadalca)

## Poročilo razreda
class-html-report-title = Poročilo razreda
class-html-graded = { $count ->
    [one] { $count } ocenjena seja
    [two] { $count } ocenjeni seji
    [few] { $count } ocenjene seje
   *[other] { $count } ocenjenih sej
}
class-html-not-graded-count = , ni bilo mogoče oceniti: { $count }
class-html-in-progress = Izpiti v teku
class-html-in-progress-item = { $trainee } · { $scenario } · v teku, { $count ->
    [one] { $count } ukaz
    [two] { $count } ukaza
    [few] { $count } ukazi
   *[other] { $count } ukazov
} · celovitost: { $integrity }
class-html-not-graded = Ni ocenjeno
class-html-debriefs = Pregledi
class-html-attempts = Poskusi
class-html-passed = Opravljeno
class-html-passed-of = { $passed } od { $attempts } ({ $percent } %), prag uspešnosti { $mark }
class-html-score = Rezultat
class-html-time-to-containment = Čas do zajezitve
class-html-most-often-missed = Najpogosteje neopravljeno
class-html-no-step-missed = Opravljeni so bili vsi koraki.
class-html-missed-by = neopravljeno: { $count }
class-html-most-frequent-violations = Najpogostejše kršitve
class-html-no-violations = Ni kršitev.
class-html-in-sessions = { $count ->
    [one] v { $count } seji
    [two] v { $count } sejah
    [few] v { $count } sejah
   *[other] v { $count } sejah
}
class-html-scores-caption = Rezultati; šrafirani stolpci so pod pragom uspešnosti.
class-html-steps-by-trainee = Koraki po udeležencih
class-html-trainee = Udeleženec

## Pregled ene seje
class-html-debrief-title = Pregled: { $title } — { $trainee }
class-html-meta-scenario = scenarij { $scenario }
class-html-meta-seed = seme { $seed }
class-html-meta-mode = način: { $mode }
class-html-meta-from-to = od { $started } do { $ended }
class-html-meta-started = začetek { $started }
class-html-meta-file = datoteka { $file }
class-html-meta-integrity = celovitost: { $integrity }
class-html-meta-not-submitted = ni oddano (dosedanji rezultat)
class-html-passed-word = OPRAVLJENO
class-html-failed-word = NI OPRAVLJENO
class-html-score-bar = rezultat { $score } od 100, prag uspešnosti { $mark }
class-html-points = { $earned } od { $possible } točk, odbitih { $penalties }
class-html-timeline = Časovnica
class-legend-your-commands = vaši ukazi
class-legend-attacker = napadalec
class-legend-end-users = končni uporabniki
class-legend-service = storitev
class-legend-contained = zajezeno
class-legend-last-action = zadnje dejanje napadalca
class-legend-simulated-time = Simulirani čas; pokažite na oznako, da vidite, kaj se je zgodilo.
class-html-timeline-omitted = { $count ->
    [one] { $count } poznejši vnos na časovnici ni prikazan.
    [two] { $count } poznejša vnosa na časovnici nista prikazana.
    [few] { $count } poznejši vnosi na časovnici niso prikazani.
   *[other] { $count } poznejših vnosov na časovnici ni prikazanih.
}
class-html-cause-and-effect = Vzrok in posledica
class-html-procedure-steps = Koraki postopka
class-html-procedure-after = { $procedure }, po { $article } ({ $source })
class-html-status = Stanje
class-html-step = Korak
class-html-when = Kdaj
class-html-points-head = Točke
class-html-source = Vir
class-html-outcome = Izid
class-html-violations-and-harm = Kršitve in škoda
class-html-none = Brez.
class-html-half-credit = polovične točke
class-html-other-consequences = Druge posledice
class-html-efficiency = Učinkovitost
class-html-never-contained = nikoli zajezeno
class-html-efficiency-containment = Čas do zajezitve: { $time }
class-html-efficiency-commands = Ukazi: { $commands }
class-html-efficiency-hints = Namigi: { $hints } (−{ $points })
class-html-efficiency-simulated = Simulirani čas: od { $started } do { $ended }

## Časovnica in porazdelitev rezultatov (SVG)
class-lane-you = Vi
class-lane-attacker = Napadalec
class-lane-end-users = Končni uporabniki
class-lane-service = Storitev
class-svg-timeline-title = Časovnica seje v simuliranem času
class-svg-later = { $span } pozneje
class-svg-contained = zajezeno { $time }
class-svg-last-action = zadnje dejanje napadalca { $time }
class-svg-score-distribution = Porazdelitev rezultatov

## Povzetek razreda ukaza grade (besedilo)
class-summary-heading = Povzetek razreda
class-summary-attempts = { $scenario }: { $count ->
    [one] { $count } poskus
    [two] { $count } poskusa
    [few] { $count } poskusi
   *[other] { $count } poskusov
}, opravljeno: { $passed } ({ $percent } %)
class-summary-score = rezultat: { $figures }
class-summary-containment = čas do zajezitve: { $figures }
class-summary-no-step-missed = opravljeni so bili vsi koraki
class-summary-missed-by = neopravljeno ({ $count }): { $step }
class-summary-violation = { $kind } v { $count ->
    [one] { $count } seji
    [two] { $count } sejah
    [few] { $count } sejah
   *[other] { $count } sejah
}: { $about }
