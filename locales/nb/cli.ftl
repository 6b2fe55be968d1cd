# Kommandolinjen: feil, merknader og advarsler på standard feil, spørsmålene
# REPL-en stiller, `list` og oppsummeringslinjene til `validate` og `grade`.

cli-error-label = feil:
cli-warning-label = advarsel:
cli-output-write-error = kan ikke skrive utdataene: { $error }
cli-terminal-error = kan ikke bruke terminalen: { $error }
cli-terminal-read-error = kan ikke lese fra terminalen: { $error }
cli-quit-question = Avslutte uten poengsum? Økten forblir lagret. [j/N]
cli-submit-question = Vil du levere arbeidet ditt til vurdering nå? [j/N]
cli-history-read-error = kan ikke lese kommandohistorikken { $path }: { $error }
cli-history-save-error = kan ikke lagre kommandohistorikken { $path }: { $error }
cli-pager-failed = kan ikke kjøre sidevisningsprogrammet «{ $pager }» ({ $error }); bruker det innebygde
cli-pager-prompt = { $count ->
    [one] -- { $count } linje til: Enter for neste side, q for å stoppe, eller skriv en kommando --
   *[other] -- { $count } linjer til: Enter for neste side, q for å stoppe, eller skriv en kommando --
}
cli-session-file = Øktfil: { $path }
cli-session-already-ended = Denne økten er allerede avsluttet; rapporten følger.
cli-standard-input = standard inndata
cli-session-saved = Økten er lagret: { $path }
cli-not-submitted-resume = Ikke levert. Fortsett senere med: tenantdrill play --resume { $path }
cli-not-submitted = Ikke levert.
cli-no-home-folder = ingen hjemmemappe er kjent, så denne økten lagres ikke; bruk --session FILE for å lagre den
cli-session-write-error = kan ikke skrive øktfilen { $path }: { $error }
cli-resume-mode-changed = { $file }: modusen i hodet ble endret; økten fortsetter i { $mode }, slik den ble startet
cli-resume-altered = { $file }: filen er endret (kommando { $entry } følger ikke av linjene før den); den kan ikke videreføres
cli-resume-not-bundled = { $file }: økten ble spilt på scenarioet «{ $scenario }», som ikke følger med; oppgi filen: `tenantdrill play FILE --resume { $file }`
cli-resumed = { $count ->
    [one] Gjenopptok { $count } kommando; den simulerte klokken står på { $clock }.
   *[other] Gjenopptok { $count } kommandoer; den simulerte klokken står på { $clock }.
}
cli-resumed-made-up-passwords = Passord du fant på før du stoppet, står ikke i øktfilen (den inneholder aldri passord): skriver du et av dem igjen nå, regnes det som et nytt passord som ingen i simuleringen kjenner.
cli-commands-file-error = kan ikke lese kommandofilen { $path }: { $error }
cli-fail-under = poengsummen { $score } er under --fail-under { $minimum }
cli-session-write-stopped = kan ikke skrive øktfilen: { $error }; stopper, fordi senere kommandoer heller ikke kunne lagres
cli-history-folder-error = kan ikke opprette historikkmappen { $path }: { $error }
cli-history-open-error = kan ikke åpne historikkfilen { $path }: { $error }
cli-history-private-error = kan ikke gjøre historikkfilen { $path } privat: { $error }
cli-session-in-use = { $path } er i bruk av en annen tenantdrill (en økt spilles eller gjenopptas fra den); lukk den først
cli-session-lock-error = kan ikke låse øktfilen { $path }: { $error }
cli-session-exists = { $path } finnes allerede; fortsett den med `tenantdrill play --resume { $path }` eller velg en annen fil
cli-session-create-error = kan ikke opprette øktfilen { $path }: { $error }
cli-create-error = kan ikke opprette { $path }: { $error }
cli-too-many-sessions = { $path } inneholder for mange økter for { $scenario } frø { $seed }
cli-session-continue-error = kan ikke fortsette øktfilen { $path }: { $error }
cli-read-error = kan ikke lese { $path }: { $error }
cli-not-a-regular-file = kan ikke lese { $path }: det er ikke en vanlig fil (en enhet, et rør eller en mappe)
cli-too-many-session-files = { $count ->
    [one] mer enn { $count } øktfil; vurder dem i mindre grupper
   *[other] mer enn { $count } øktfiler; vurder dem i mindre grupper
}
cli-folder-read-error = kan ikke lese mappen { $path }: { $error }
cli-nonce-error = kan ikke trekke en tilfeldig engangsverdi for økten: { $error }
cli-not-a-folder = { $path } er ikke en mappe
cli-did-you-mean = Mente du «{ $id }»?
cli-no-such-scenario = «{ $argument }» er verken et medfølgende scenario eller en fil; `tenantdrill list` viser de medfølgende.
cli-no-such-procedure = det finnes ingen fremgangsmåte «{ $id }» (medfølgende: { $bundled }).
cli-scenario-not-found = økten ble tatt opp mot scenarioet «{ $id }» (sammendrag { $digest }), som verken følger med tenantdrill eller er blant de oppgitte scenariofilene; oppgi filen med --scenario FILE eller en mappe som inneholder den med --scenarios DIR

## list
cli-list-id = ID
cli-list-difficulty = VANSKELIGHETSGRAD
cli-list-minutes = MINUTTER
cli-list-title = TITTEL
cli-difficulty-beginner = nybegynner
cli-difficulty-intermediate = middels
cli-difficulty-advanced = avansert

## new
cli-new-bad-id = «{ $id }» er ikke en scenario-ID: bruk små bokstaver, sifre og enkle `-` mellom ordene
cli-new-exists = { $path } finnes allerede; den blir stående som den er (velg en annen ID eller flytt den)
cli-write-error = kan ikke skrive { $path }: { $error }
cli-new-wrote = Skrev { $path }. Kontroller den med: tenantdrill validate { $path }
cli-new-id-not-found = finner ikke ID-en til { $from } i teksten for å erstatte den

## demo
cli-demo-contained = inndemmet: ja
cli-demo-not-contained = inndemmet: nei

## validate
cli-validate-summary = { $files } kontrollert: { $valid }, { $invalid } ({ $errors }, { $warnings })
cli-validate-files = { $count ->
    [one] { $count } fil
   *[other] { $count } filer
}
cli-validate-valid = { $count ->
    [one] { $count } gyldig
   *[other] { $count } gyldige
}
cli-validate-invalid = { $count ->
    [one] { $count } ugyldig
   *[other] { $count } ugyldige
}
cli-validate-errors = { $count ->
    [one] { $count } feil
   *[other] { $count } feil
}
cli-validate-warnings = { $count ->
    [one] { $count } advarsel
   *[other] { $count } advarsler
}

## grade
cli-grade-no-files = ingen øktfiler (*.jsonl) i { $paths }
cli-grade-in-progress-left-out = { $count ->
    [one] { $count } eksamensøkt som ikke er levert ennå, er utelatt: den viser bare fremdriften.
   *[other] { $count } eksamensøkter som ikke er levert ennå, er utelatt: de viser bare fremdriften.
}
cli-grade-not-an-email = kursdeltakeren `{ $trainee }` er ikke en e-postadresse, så karakterimporten kunne ikke finne vedkommende; utelatt
cli-grade-ungraded = { $count ->
    [one] { $count } øktfil kunne ikke vurderes.
   *[other] { $count } øktfiler kunne ikke vurderes.
}
cli-grade-altered = Minst én øktfil ble endret etter at den ble skrevet (se integriteten).
cli-grade-mode-changed = { $file }: modusen i hodet ble endret; vurdert i { $mode }, slik økten ble spilt

## debrief and manual page
cli-debrief-not-saved = (ikke lagret)
cli-debrief-write-error = kan ikke skrive gjennomgangen { $path }: { $error }
cli-debrief-written = Gjennomgang: { $path }
cli-man-error = kan ikke lage manualsiden: { $error }

## Hjelpen til clap
cli-about = Øv på gjenoppretting av kontoer og hendelseshåndtering i Microsoft 365 på en simulert leier.
cli-arg-color = Når utdataene skal fargelegges: auto fargelegger en terminal med mindre NO_COLOR er satt (CLICOLOR_FORCE fargelegger også et rør)
cli-arg-lang = Språket for alt tenantdrill skriver: en (engelsk), nb (norsk bokmål), nl (nederlandsk) eller sl (slovensk); standard fra LC_ALL, LC_MESSAGES eller LANG, ellers engelsk
cli-about-play = Spill et scenario i en interaktiv økt (leser kommandoer fra standard inndata når det ikke er en terminal)
cli-about-run = Kjør et scenario med kommandoer fra en fil eller standard inndata, og skriv ut utskriften og rapporten
cli-about-grade = Vurder lagrede økter på nytt (filer eller mapper): rapporter, en klasseoppsummering og eksporter for regneark, karakterbøker, læringsregistre og prosjektoren
cli-about-validate = Kontroller scenario- og fremgangsmåtefiler (mapper: alle `.ron` i dem)
cli-about-list = List opp de medfølgende scenarioene
cli-about-procedure = Vis trinnene i en dokumentert fremgangsmåte
cli-about-new = Skriv et scenarioskjelett, `<ID>.ron`, i gjeldende mappe
cli-about-completions = Skriv ut skallfullføringer for tenantdrill (bash, zsh, fish, PowerShell, elvish); de fullfører ID-ene til de medfølgende scenarioene
cli-about-man = Skriv ut manualsiden (roff) for tenantdrill og alle underkommandoer
cli-about-demo = Spill den innebygde hendelsen med den kompromitterte postboksen med en skriptet administrator, og skriv ut tidslinjen over alt som skjedde
cli-arg-play-scenario = En medfølgende scenario-ID eller en bane til en `.ron`-scenariofil (med `--resume`: øktens medfølgende scenario når det utelates; en scenariofil må oppgis her, og må være den økten ble spilt på)
cli-arg-seed = Frø for scenarioets variasjoner og alle tilfeldige valg (scenarioets eget frø når det utelates)
cli-arg-mode = Øving viser tilbakemelding etter hver kommando; eksamen bare på slutten
cli-arg-play-session = Hvor økten skal skrives (standard: brukerens datamappe)
cli-arg-play-resume = Fortsett en lagret økt der den stoppet
cli-arg-play-trainee = ID-en din (et navn eller en e-postadresse), registrert i øktfilen for instruktørens karakterbok (standard: påloggingsnavnet ditt)
cli-arg-play-no-pager = Aldri vis lange utdata side for side (som standard går utdata som er høyere enn terminalen, gjennom $PAGER eller en innebygd sidevisning)
cli-arg-play-debrief = Når økten er over, skriv HTML-gjennomgangen til denne filen og si hvor den er
cli-arg-run-scenario = En medfølgende scenario-ID eller en bane til en `.ron`-scenariofil
cli-arg-run-commands = Kommandoene, én per linje; `-` leser standard inndata
cli-arg-run-session = Skriv også økten til denne filen
cli-arg-run-fail-under = Avslutt med status 1 når poengsummen er lavere enn dette
cli-arg-run-trainee = Kursdeltakerens ID (et navn eller en e-postadresse), registrert i øktfilen (standard: påloggingsnavnet)
cli-arg-run-debrief = Skriv til slutt øktens HTML-gjennomgang til denne filen og si hvor den er
cli-arg-grade-paths = Øktfiler skrevet av `play` eller `run --session`, eller mapper: alle `*.jsonl`-filer i dem, på alle nivåer
cli-arg-grade-scenario = En scenariofil øktene kan ha blitt spilt på; en økt kobles til den med scenariosammendraget den registrerte (kan gjentas). Medfølgende scenarioer trenger ingen fil
cli-arg-grade-scenarios = En mappe med scenariofiler (`.ron`), koblet som med `--scenario` (kan gjentas)
cli-arg-validate-paths = Scenariofiler, fremgangsmåtefiler (i en `procedures`-mappe) eller mapper som inneholder dem
cli-arg-procedure-id = En medfølgende fremgangsmåte-ID eller en bane til en fremgangsmåtefil
cli-arg-new-id = ID-en til det nye scenarioet: ord med små bokstaver koblet sammen med `-`
cli-arg-new-from = Start fra en kopi av dette scenarioet (en medfølgende ID eller en fil)
cli-arg-demo-seed = Frø for alle tilfeldige valg i kjøringen
cli-arg-demo-order = Rekkefølgen for utbedringen som den skriptede administratoren følger
cli-clap-help-subcommand = Skriv ut denne meldingen eller hjelpen for de angitte underkommandoene
cli-clap-print-help = Skriv ut hjelp
cli-clap-print-version = Skriv ut versjon
cli-clap-usage = Bruk:
cli-clap-commands = Kommandoer:
cli-clap-arguments = Argumenter:
cli-clap-options = Alternativer:
cli-clap-possible-values = Mulige verdier:
cli-clap-possible-values-inline = mulige verdier
cli-clap-default = standard
cli-clap-see-more = (se mer med «--help»)

# Bruksfeil med språkets egne ord (clap skriver bare engelsk).
cli-usage-unknown-argument = uventet argument «{ $argument }»
cli-usage-unknown-subcommand = ukjent underkommando «{ $subcommand }»
cli-usage-missing-arguments = { $count ->
    [one] dette obligatoriske argumentet mangler:
   *[other] disse obligatoriske argumentene mangler:
}
cli-usage-missing-subcommand = «{ $command }» trenger en underkommando: { $subcommands }
cli-usage-value-required = «{ $argument }» trenger en verdi, men ingen ble oppgitt
cli-usage-invalid-value = ugyldig verdi «{ $value }» for «{ $argument }»
cli-usage-expected-whole-number = forventet et heltall
cli-usage-expected-range = forventet et heltall fra { $min } til { $max }
cli-usage-conflict = argumentet «{ $argument }» kan ikke brukes sammen med «{ $other }»
cli-usage-used-twice = argumentet «{ $argument }» kan bare brukes én gang
cli-usage-too-many-values = uventet verdi «{ $value }» for «{ $argument }»; det var ikke ventet flere
cli-usage-wrong-values = feil antall verdier for «{ $argument }»
cli-usage-invalid-utf8 = et argument er ikke gyldig UTF-8
cli-usage-invalid = kommandolinjen er ikke gyldig
cli-usage-possible-values = [mulige verdier: { $values }]
cli-usage-did-you-mean = tips: mente du «{ $suggestion }»?
cli-usage-tip-escape = tips: skriv «-- { $argument }» for å gi «{ $argument }» som en verdi
cli-usage-more-information = Prøv «--help» for mer informasjon.
cli-clap-see-summary = (se et sammendrag med «-h»)
cli-value-grade-csv = Én rad per økt: for et regneark
cli-value-grade-gradebook-csv = E-postadresse og en poengkolonne per scenario: for Moodles CSV-import av karakterer
cli-value-grade-xapi = En JSON-matrise med xAPI 1.0.3-utsagn, for et læringsregister (LRS)
cli-value-grade-html = Én selvstendig side: klasserapporten og hver gjennomgang
cli-value-order-documented = Tilbakestill, tilbakekall økter, fjern videresending og regler, opphev blokkering, i dokumentert rekkefølge
cli-value-order-rules-first = Fjern regelen først og tilbakestill passordet sist: se angriperen legge den tilbake
cli-man-name = NAVN
cli-man-synopsis = SYNOPSIS
cli-man-description = BESKRIVELSE
cli-man-options = ALTERNATIVER
cli-man-commands = KOMMANDOER
cli-man-version = VERSJON
cli-man-subcommands = underkommandoer
cli-grade-session = { $trainee } · { $scenario } · frø { $seed } · { $mode }
cli-grade-not-submitted = ikke levert (poengsum så langt)
cli-grade-in-progress = { $count ->
    [one] pågår, { $count } kommando
   *[other] pågår, { $count } kommandoer
}
cli-grade-not-graded = Ikke vurdert
cli-grade-integrity-unverified = INTEGRITET IKKE BEKREFTET: skrevet av en eldre tenantdrill (formatversjon 1), som ikke registrerte sammendrag
cli-grade-integrity-altered = INTEGRITET: ENDRET: { $reason }
cli-grade-place-header = overskriften
cli-grade-place-command = kommando { $entry }
cli-grade-altered-chain = { $place } følger ikke av linjene før (en linje ble redigert, lagt til, fjernet eller flyttet, eller overskriften ble endret)
cli-grade-altered-not-sealed = { $place } har ikke noe sammendrag, som tenantdrill alltid skriver
cli-grade-altered-replay = { $place }: { $difference }
cli-grade-altered-copy = dette er samme økt som { $other } (en kopiert fil)
