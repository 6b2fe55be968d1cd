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
cli-resumed-made-up-passwords = Wachtwoorden die u vóór het stoppen hebt bedacht, staan niet in het sessiebestand (dat bevat nooit een wachtwoord): typt u er nu een opnieuw, dan geldt het als een nieuw wachtwoord dat niemand in de simulatie kent.
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

## De help van clap
cli-about = Oefen accountherstel en incidentrespons in Microsoft 365 op een gesimuleerde tenant.
cli-arg-color = Wanneer de uitvoer kleur krijgt: auto kleurt een terminal, tenzij NO_COLOR is ingesteld (CLICOLOR_FORCE kleurt ook een pipe)
cli-arg-lang = Taal van alles wat tenantdrill toont: en (Engels), nb (Noors Bokmål), nl (Nederlands) of sl (Sloveens); standaard uit LC_ALL, LC_MESSAGES of LANG, anders Engels
cli-about-play = Een scenario spelen in een interactieve sessie (leest opdrachten van standaardinvoer als dat geen terminal is)
cli-about-run = Een scenario uitvoeren met opdrachten uit een bestand of van standaardinvoer en het transcript en het rapport tonen
cli-about-grade = Opgeslagen sessies opnieuw beoordelen (bestanden of mappen): rapporten, een klassamenvatting en exports voor spreadsheets, cijferlijsten, leerrecordstores en de projector
cli-about-validate = Scenario- en procedurebestanden controleren (mappen: elk `.ron`-bestand erin)
cli-about-list = De meegeleverde scenario's weergeven
cli-about-procedure = De stappen van een gedocumenteerde procedure tonen
cli-about-new = Een scenarioskelet, `<ID>.ron`, schrijven in de huidige map
cli-about-completions = Shell-aanvullingen voor tenantdrill tonen (bash, zsh, fish, PowerShell, elvish); ze vullen de id's van de meegeleverde scenario's aan
cli-about-man = De handleidingpagina (roff) voor tenantdrill en elke subopdracht tonen
cli-about-demo = Het ingebouwde incident met het gehackte postvak spelen met een gescripte beheerder en de tijdlijn tonen van alles wat er gebeurde
cli-arg-play-scenario = Een id van een meegeleverd scenario of een pad naar een `.ron`-scenariobestand (met `--resume`: het meegeleverde scenario van de sessie als het wordt weggelaten; een scenariobestand moet hier worden opgegeven en moet het bestand zijn waarop de sessie is gespeeld)
cli-arg-seed = Seed voor de variaties van het scenario en elke willekeurige keuze (de eigen seed van het scenario als deze wordt weggelaten)
cli-arg-mode = Oefenen toont feedback na elke opdracht; examen pas aan het einde
cli-arg-play-session = Waar de sessie wordt geschreven (standaard: de gegevensmap van de gebruiker)
cli-arg-play-resume = Een opgeslagen sessie voortzetten waar ze is gestopt
cli-arg-play-trainee = Uw id (een naam of een e-mailadres), vastgelegd in het sessiebestand voor de cijferlijst van de instructeur (standaard: uw aanmeldnaam)
cli-arg-play-no-pager = Lange uitvoer nooit per pagina tonen (standaard gaat uitvoer die hoger is dan de terminal via $PAGER of een ingebouwde pager)
cli-arg-play-debrief = Schrijf aan het einde van de sessie de HTML-nabespreking naar dit bestand en meld waar die staat
cli-arg-run-scenario = Een id van een meegeleverd scenario of een pad naar een `.ron`-scenariobestand
cli-arg-run-commands = De opdrachten, één per regel; `-` leest standaardinvoer
cli-arg-run-session = De sessie ook naar dit bestand schrijven
cli-arg-run-fail-under = Afsluiten met status 1 als de score lager is dan dit
cli-arg-run-trainee = De id van de cursist (een naam of een e-mailadres), vastgelegd in het sessiebestand (standaard: de aanmeldnaam)
cli-arg-run-debrief = Schrijf aan het einde de HTML-nabespreking van de sessie naar dit bestand en meld waar die staat
cli-arg-grade-paths = Sessiebestanden geschreven door `play` of `run --session`, of mappen: elk `*.jsonl`-bestand erin, op elke diepte
cli-arg-grade-scenario = Een scenariobestand waarop de sessies gespeeld kunnen zijn; een sessie wordt eraan gekoppeld via de scenariodigest die ze heeft vastgelegd (herhaalbaar). Meegeleverde scenario's hebben geen bestand nodig
cli-arg-grade-scenarios = Een map met scenariobestanden (`.ron`), gekoppeld zoals bij `--scenario` (herhaalbaar)
cli-arg-validate-paths = Scenariobestanden, procedurebestanden (in een map `procedures`) of mappen die ze bevatten
cli-arg-procedure-id = Een id van een meegeleverde procedure of een pad naar een procedurebestand
cli-arg-new-id = De id van het nieuwe scenario: woorden in kleine letters verbonden met `-`
cli-arg-new-from = Beginnen met een kopie van dit scenario (een meegeleverde id of een bestand)
cli-arg-demo-seed = Seed voor elke willekeurige keuze in de uitvoering
cli-arg-demo-order = De volgorde van het herstel die de gescripte beheerder volgt
cli-clap-help-subcommand = Dit bericht of de help van de opgegeven subopdracht(en) tonen
cli-clap-print-help = Help tonen
cli-clap-print-version = Versie tonen
cli-clap-usage = Gebruik:
cli-clap-commands = Opdrachten:
cli-clap-arguments = Argumenten:
cli-clap-options = Opties:
cli-clap-possible-values = Mogelijke waarden:
cli-clap-possible-values-inline = mogelijke waarden
cli-clap-default = standaard
cli-clap-see-more = (meer met '--help')

# Gebruiksfouten in de woorden van de taal (clap schrijft alleen Engels).
cli-usage-unknown-argument = onverwacht argument '{ $argument }'
cli-usage-unknown-subcommand = onbekende subopdracht '{ $subcommand }'
cli-usage-missing-arguments = { $count ->
    [one] dit verplichte argument ontbreekt:
   *[other] deze verplichte argumenten ontbreken:
}
cli-usage-missing-subcommand = '{ $command }' heeft een subopdracht nodig: { $subcommands }
cli-usage-value-required = '{ $argument }' heeft een waarde nodig, maar er is er geen opgegeven
cli-usage-invalid-value = ongeldige waarde '{ $value }' voor '{ $argument }'
cli-usage-expected-whole-number = verwacht een geheel getal
cli-usage-expected-range = verwacht een geheel getal van { $min } tot en met { $max }
cli-usage-conflict = het argument '{ $argument }' kan niet samen met '{ $other }' worden gebruikt
cli-usage-used-twice = het argument '{ $argument }' kan maar één keer worden gebruikt
cli-usage-too-many-values = onverwachte waarde '{ $value }' voor '{ $argument }'; er werden geen waarden meer verwacht
cli-usage-wrong-values = verkeerd aantal waarden voor '{ $argument }'
cli-usage-invalid-utf8 = een argument is geen geldige UTF-8
cli-usage-invalid = de opdrachtregel is niet geldig
cli-usage-possible-values = [mogelijke waarden: { $values }]
cli-usage-did-you-mean = tip: bedoelt u '{ $suggestion }'?
cli-usage-tip-escape = tip: schrijf '-- { $argument }' om '{ $argument }' als waarde door te geven
cli-usage-more-information = Probeer '--help' voor meer informatie.
cli-clap-see-summary = (zie een samenvatting met '-h')
cli-value-grade-csv = Eén rij per sessie: voor een spreadsheet
cli-value-grade-gradebook-csv = E-mailadres en een scorekolom per scenario: voor de CSV-cijferimport van Moodle
cli-value-grade-xapi = Een JSON-matrix met xAPI 1.0.3-statements, voor een learning record store
cli-value-grade-html = Eén zelfstandige pagina: het klasrapport en elke nabespreking
cli-value-order-documented = Opnieuw instellen, sessies intrekken, doorsturen en regels opruimen, deblokkeren, in de gedocumenteerde volgorde
cli-value-order-rules-first = Eerst de regel verwijderen en als laatste het wachtwoord opnieuw instellen: zie hoe de aanvaller hem terugzet
cli-man-name = NAAM
cli-man-synopsis = SYNOPSIS
cli-man-description = BESCHRIJVING
cli-man-options = OPTIES
cli-man-commands = OPDRACHTEN
cli-man-version = VERSIE
cli-man-subcommands = subopdrachten
cli-grade-session = { $trainee } · { $scenario } · seed { $seed } · { $mode }
cli-grade-not-submitted = niet ingediend (score tot nu toe)
cli-grade-in-progress = { $count ->
    [one] bezig, { $count } opdracht
   *[other] bezig, { $count } opdrachten
}
cli-grade-not-graded = Niet beoordeeld
cli-grade-integrity-unverified = INTEGRITEIT NIET GECONTROLEERD: geschreven door een oudere tenantdrill (indelingsversie 1), die geen digests vastlegde
cli-grade-integrity-altered = INTEGRITEIT: GEWIJZIGD: { $reason }
cli-grade-place-header = de koptekst
cli-grade-place-command = opdracht { $entry }
cli-grade-altered-chain = { $place } volgt niet uit de regels ervoor (een regel is bewerkt, toegevoegd, verwijderd of verplaatst, of de koptekst is gewijzigd)
cli-grade-altered-not-sealed = { $place } heeft geen digest, die tenantdrill altijd schrijft
cli-grade-altered-replay = { $place }: { $difference }
cli-grade-altered-copy = dit is dezelfde sessie als { $other } (een gekopieerd bestand)
