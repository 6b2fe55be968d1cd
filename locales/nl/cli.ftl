# De opdrachtregel: fouten, meldingen en waarschuwingen op standaardfout, de
# vragen van de REPL, `list` en de samenvattingsregels van `validate` en `grade`.

cli-error-label = fout:
cli-warning-label = waarschuwing:
cli-output-write-error = kan de uitvoer niet schrijven: { $error }
cli-terminal-error = kan de terminal niet gebruiken: { $error }
cli-terminal-read-error = kan de terminal niet lezen: { $error }
cli-quit-question = Stoppen zonder score? De sessie blijft opgeslagen. [j/N]
cli-submit-question = Wilt u uw werk nu indienen voor beoordeling? [j/N]
cli-history-read-error = kan de opdrachtgeschiedenis { $path } niet lezen: { $error }
cli-history-save-error = kan de opdrachtgeschiedenis { $path } niet opslaan: { $error }
cli-pager-failed = kan de pager '{ $pager }' niet starten ({ $error }); de ingebouwde wordt gebruikt
cli-pager-prompt = { $count ->
    [one] -- nog { $count } regel: Enter voor de volgende pagina, q om te stoppen, of typ een opdracht --
   *[other] -- nog { $count } regels: Enter voor de volgende pagina, q om te stoppen, of typ een opdracht --
}
cli-session-file = Sessiebestand: { $path }
cli-session-already-ended = Deze sessie is al beëindigd; het rapport volgt.
cli-standard-input = standaardinvoer
cli-session-saved = Sessie opgeslagen: { $path }
cli-not-submitted-resume = Niet ingediend. Ga later verder met: tenantdrill play --resume { $path }
cli-not-submitted = Niet ingediend.
cli-no-home-folder = er is geen thuismap bekend, dus deze sessie wordt niet opgeslagen; gebruik --session FILE om haar op te slaan
cli-session-write-error = kan het sessiebestand { $path } niet schrijven: { $error }
cli-resume-mode-changed = { $file }: de modus in de header is gewijzigd; de sessie gaat verder in { $mode }, zoals ze is gestart
cli-resume-altered = { $file }: het bestand is gewijzigd (opdracht { $entry } volgt niet uit de regels ervoor); het kan niet worden voortgezet
cli-resume-not-bundled = { $file }: de sessie is gespeeld op scenario '{ $scenario }', dat niet is meegeleverd; geef het bestand op: `tenantdrill play FILE --resume { $file }`
cli-resumed = { $count ->
    [one] { $count } opdracht hervat; de gesimuleerde klok staat op { $clock }.
   *[other] { $count } opdrachten hervat; de gesimuleerde klok staat op { $clock }.
}
cli-commands-file-error = kan het opdrachtenbestand { $path } niet lezen: { $error }
cli-fail-under = de score { $score } ligt onder --fail-under { $minimum }
cli-session-write-stopped = kan het sessiebestand niet schrijven: { $error }; gestopt, omdat latere opdrachten ook niet konden worden opgeslagen
cli-history-folder-error = kan de geschiedenismap { $path } niet maken: { $error }
cli-history-open-error = kan het geschiedenisbestand { $path } niet openen: { $error }
cli-history-private-error = kan het geschiedenisbestand { $path } niet privé maken: { $error }
cli-session-in-use = { $path } is in gebruik door een andere tenantdrill (er wordt een sessie mee gespeeld of hervat); sluit die eerst
cli-session-lock-error = kan het sessiebestand { $path } niet vergrendelen: { $error }
cli-session-exists = { $path } bestaat al; ga ermee verder met `tenantdrill play --resume { $path }` of kies een ander bestand
cli-session-create-error = kan het sessiebestand { $path } niet maken: { $error }
cli-create-error = kan { $path } niet maken: { $error }
cli-too-many-sessions = { $path } bevat te veel sessies voor { $scenario } seed { $seed }
cli-session-continue-error = kan het sessiebestand { $path } niet voortzetten: { $error }
cli-read-error = kan { $path } niet lezen: { $error }
cli-not-a-regular-file = kan { $path } niet lezen: het is geen gewoon bestand (een apparaat, een pipe of een map)
cli-too-many-session-files = { $count ->
    [one] meer dan { $count } sessiebestand; beoordeel ze in kleinere groepen
   *[other] meer dan { $count } sessiebestanden; beoordeel ze in kleinere groepen
}
cli-folder-read-error = kan de map { $path } niet lezen: { $error }
cli-nonce-error = kan geen willekeurige sessie-nonce trekken: { $error }
cli-not-a-folder = { $path } is geen map
cli-did-you-mean = Bedoelt u '{ $id }'?
cli-no-such-scenario = '{ $argument }' is geen meegeleverd scenario en geen bestand; `tenantdrill list` toont de meegeleverde.
cli-no-such-procedure = er is geen procedure '{ $id }' (meegeleverd: { $bundled }).
cli-scenario-not-found = de sessie is opgenomen met scenario '{ $id }' (digest { $digest }), dat niet met tenantdrill is meegeleverd en niet bij de opgegeven scenariobestanden zit; geef het bestand op met --scenario FILE of een map waarin het staat met --scenarios DIR

## list
cli-list-id = ID
cli-list-difficulty = MOEILIJKHEID
cli-list-minutes = MINUTEN
cli-list-title = TITEL
cli-difficulty-beginner = beginner
cli-difficulty-intermediate = gemiddeld
cli-difficulty-advanced = gevorderd

## new
cli-new-bad-id = '{ $id }' is geen scenario-id: gebruik kleine letters, cijfers en een enkele `-` tussen woorden
cli-new-exists = { $path } bestaat al; het blijft zoals het is (kies een andere id of verplaats het)
cli-write-error = kan { $path } niet schrijven: { $error }
cli-new-wrote = { $path } geschreven. Controleer het met: tenantdrill validate { $path }
cli-new-id-not-found = kan de id van { $from } niet in de tekst vinden om die te vervangen

## demo
cli-demo-contained = ingedamd: ja
cli-demo-not-contained = ingedamd: nee

## validate
cli-validate-not-a-file-or-folder = geen bestand of map
cli-validate-procedures-first = kan dit scenario niet controleren voordat de procedures zijn geladen: { $error }
cli-validate-summary = { $files } gecontroleerd: { $valid }, { $invalid } ({ $errors }, { $warnings })
cli-validate-files = { $count ->
    [one] { $count } bestand
   *[other] { $count } bestanden
}
cli-validate-valid = { $count ->
    [one] { $count } geldig
   *[other] { $count } geldig
}
cli-validate-invalid = { $count ->
    [one] { $count } ongeldig
   *[other] { $count } ongeldig
}
cli-validate-errors = { $count ->
    [one] { $count } fout
   *[other] { $count } fouten
}
cli-validate-warnings = { $count ->
    [one] { $count } waarschuwing
   *[other] { $count } waarschuwingen
}

## grade
cli-grade-no-files = geen sessiebestanden (*.jsonl) in { $paths }
cli-grade-in-progress-left-out = { $count ->
    [one] { $count } examensessie die nog niet is ingediend, is weggelaten: die toont alleen de voortgang.
   *[other] { $count } examensessies die nog niet zijn ingediend, zijn weggelaten: die tonen alleen hun voortgang.
}
cli-grade-not-an-email = cursist `{ $trainee }` is geen e-mailadres, dus de cijferimport kon deze cursist niet koppelen; weggelaten
cli-grade-ungraded = { $count ->
    [one] { $count } sessiebestand kon niet worden beoordeeld.
   *[other] { $count } sessiebestanden konden niet worden beoordeeld.
}
cli-grade-altered = Ten minste één sessiebestand is gewijzigd nadat het was geschreven (zie de integriteit).
cli-grade-mode-changed = { $file }: de modus in de header is gewijzigd; beoordeeld in { $mode }, zoals de sessie is gespeeld

## debrief and manual page
cli-debrief-not-saved = (niet opgeslagen)
cli-debrief-write-error = kan de nabespreking { $path } niet schrijven: { $error }
cli-debrief-written = Nabespreking: { $path }
cli-man-error = kan de handleidingpagina niet maken: { $error }
