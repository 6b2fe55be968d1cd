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
cli-validate-not-a-file-or-folder = verken en fil eller en mappe
cli-validate-procedures-first = kan ikke kontrollere dette scenarioet før fremgangsmåtene lastes: { $error }
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
