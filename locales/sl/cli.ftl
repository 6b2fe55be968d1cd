# Ukazna vrstica: napake, obvestila in opozorila na standardnem izhodu za
# napake, vprašanja REPL-a, `list` ter povzetki ukazov `validate` in `grade`.

cli-error-label = napaka:
cli-warning-label = opozorilo:
cli-output-write-error = izhoda ni mogoče zapisati: { $error }
cli-terminal-error = terminala ni mogoče uporabiti: { $error }
cli-terminal-read-error = s terminala ni mogoče brati: { $error }
cli-quit-question = Želite končati brez rezultata? Seja ostane shranjena. [d/N]
cli-submit-question = Želite svoje delo zdaj oddati v ocenjevanje? [d/N]
cli-history-read-error = zgodovine ukazov { $path } ni mogoče prebrati: { $error }
cli-history-save-error = zgodovine ukazov { $path } ni mogoče shraniti: { $error }
cli-pager-failed = programa za listanje »{ $pager }« ni mogoče zagnati ({ $error }); uporabljen bo vgrajeni
cli-pager-prompt = { $count ->
    [one] -- še { $count } vrstica: Enter za naslednjo stran, q za konec ali vnesite ukaz --
    [two] -- še { $count } vrstici: Enter za naslednjo stran, q za konec ali vnesite ukaz --
    [few] -- še { $count } vrstice: Enter za naslednjo stran, q za konec ali vnesite ukaz --
   *[other] -- še { $count } vrstic: Enter za naslednjo stran, q za konec ali vnesite ukaz --
}
cli-session-file = Datoteka seje: { $path }
cli-session-already-ended = Ta seja se je že končala; sledi njeno poročilo.
cli-standard-input = standardni vhod
cli-session-saved = Seja je shranjena: { $path }
cli-not-submitted-resume = Ni oddano. Pozneje nadaljujte z: tenantdrill play --resume { $path }
cli-not-submitted = Ni oddano.
cli-no-home-folder = domača mapa ni znana, zato ta seja ni shranjena; shranite jo z --session FILE
cli-session-write-error = datoteke seje { $path } ni mogoče zapisati: { $error }
cli-resume-mode-changed = { $file }: način v glavi je bil spremenjen; seja se nadaljuje v načinu »{ $mode }«, kot se je začela
cli-resume-altered = { $file }: datoteka je bila spremenjena (ukaz { $entry } ne sledi iz vrstic pred njim); ni je mogoče nadaljevati
cli-resume-not-bundled = { $file }: seja je bila odigrana na scenariju »{ $scenario }«, ki ni priložen; navedite njegovo datoteko: `tenantdrill play FILE --resume { $file }`
cli-resumed = { $count ->
    [one] Obnovljen je { $count } ukaz; simulirana ura kaže { $clock }.
    [two] Obnovljena sta { $count } ukaza; simulirana ura kaže { $clock }.
    [few] Obnovljeni so { $count } ukazi; simulirana ura kaže { $clock }.
   *[other] Obnovljenih je { $count } ukazov; simulirana ura kaže { $clock }.
}
cli-commands-file-error = datoteke z ukazi { $path } ni mogoče prebrati: { $error }
cli-fail-under = rezultat { $score } je pod --fail-under { $minimum }
cli-session-write-stopped = datoteke seje ni mogoče zapisati: { $error }; ustavljeno, ker tudi poznejših ukazov ne bi bilo mogoče shraniti
cli-history-folder-error = mape zgodovine { $path } ni mogoče ustvariti: { $error }
cli-history-open-error = datoteke zgodovine { $path } ni mogoče odpreti: { $error }
cli-history-private-error = datoteke zgodovine { $path } ni mogoče narediti zasebne: { $error }
cli-session-in-use = { $path } uporablja drug tenantdrill (z njo se igra ali nadaljuje seja); najprej zaprite tistega
cli-session-lock-error = datoteke seje { $path } ni mogoče zakleniti: { $error }
cli-session-exists = { $path } že obstaja; nadaljujte jo z `tenantdrill play --resume { $path }` ali izberite drugo datoteko
cli-session-create-error = datoteke seje { $path } ni mogoče ustvariti: { $error }
cli-create-error = { $path } ni mogoče ustvariti: { $error }
cli-too-many-sessions = { $path } vsebuje preveč sej za { $scenario } s semenom { $seed }
cli-session-continue-error = datoteke seje { $path } ni mogoče nadaljevati: { $error }
cli-read-error = { $path } ni mogoče prebrati: { $error }
cli-not-a-regular-file = { $path } ni mogoče prebrati: to ni navadna datoteka (je naprava, cev ali mapa)
cli-too-many-session-files = { $count ->
    [one] več kot { $count } datoteka seje; ocenite jih v manjših skupinah
    [two] več kot { $count } datoteki seje; ocenite jih v manjših skupinah
    [few] več kot { $count } datoteke sej; ocenite jih v manjših skupinah
   *[other] več kot { $count } datotek sej; ocenite jih v manjših skupinah
}
cli-folder-read-error = mape { $path } ni mogoče prebrati: { $error }
cli-nonce-error = naključnega enkratnega žetona seje ni mogoče pridobiti: { $error }
cli-not-a-folder = { $path } ni mapa
cli-did-you-mean = Ste mislili »{ $id }«?
cli-no-such-scenario = »{ $argument }« ni niti priložen scenarij niti datoteka; `tenantdrill list` prikaže priložene.
cli-no-such-procedure = postopka »{ $id }« ni (priloženi: { $bundled }).
cli-scenario-not-found = seja je bila posneta na scenariju »{ $id }« (povzetek { $digest }), ki ni priložen programu tenantdrill in ni med navedenimi datotekami scenarijev; navedite njegovo datoteko z --scenario FILE ali mapo z njo z --scenarios DIR

## list
cli-list-id = ID
cli-list-difficulty = TEŽAVNOST
cli-list-minutes = MINUTE
cli-list-title = NASLOV
cli-difficulty-beginner = začetna
cli-difficulty-intermediate = srednja
cli-difficulty-advanced = zahtevna

## new
cli-new-bad-id = »{ $id }« ni ID scenarija: uporabite male črke, števke in en sam `-` med besedami
cli-new-exists = { $path } že obstaja; ostane nespremenjena (izberite drug ID ali jo premaknite)
cli-write-error = { $path } ni mogoče zapisati: { $error }
cli-new-wrote = Zapisano: { $path }. Preverite z: tenantdrill validate { $path }
cli-new-id-not-found = ID-ja scenarija { $from } ni mogoče najti v besedilu, da bi ga zamenjali

## demo
cli-demo-contained = zajezeno: da
cli-demo-not-contained = zajezeno: ne

## validate
cli-validate-not-a-file-or-folder = ni datoteka ali mapa
cli-validate-procedures-first = tega scenarija ni mogoče preveriti, dokler se njegovi postopki ne naložijo: { $error }
cli-validate-summary = Preverjeno: { $files }: { $valid }, { $invalid } ({ $errors }, { $warnings })
cli-validate-files = { $count ->
    [one] { $count } datoteka
    [two] { $count } datoteki
    [few] { $count } datoteke
   *[other] { $count } datotek
}
cli-validate-valid = { $count ->
    [one] { $count } veljavna
    [two] { $count } veljavni
    [few] { $count } veljavne
   *[other] { $count } veljavnih
}
cli-validate-invalid = { $count ->
    [one] { $count } neveljavna
    [two] { $count } neveljavni
    [few] { $count } neveljavne
   *[other] { $count } neveljavnih
}
cli-validate-errors = { $count ->
    [one] { $count } napaka
    [two] { $count } napaki
    [few] { $count } napake
   *[other] { $count } napak
}
cli-validate-warnings = { $count ->
    [one] { $count } opozorilo
    [two] { $count } opozorili
    [few] { $count } opozorila
   *[other] { $count } opozoril
}

## grade
cli-grade-no-files = v { $paths } ni datotek sej (*.jsonl)
cli-grade-in-progress-left-out = { $count ->
    [one] { $count } izpitna seja, ki še ni oddana, je izpuščena: prikazuje le napredek.
    [two] { $count } izpitni seji, ki še nista oddani, sta izpuščeni: prikazujeta le napredek.
    [few] { $count } izpitne seje, ki še niso oddane, so izpuščene: prikazujejo le napredek.
   *[other] { $count } izpitnih sej, ki še niso oddane, je izpuščenih: prikazujejo le napredek.
}
cli-grade-not-an-email = udeleženec usposabljanja `{ $trainee }` nima e-poštnega naslova, zato ga uvoz ocen ni mogel povezati; izpuščen
cli-grade-ungraded = { $count ->
    [one] { $count } datoteke seje ni bilo mogoče oceniti.
    [two] { $count } datotek seje ni bilo mogoče oceniti.
    [few] { $count } datotek sej ni bilo mogoče oceniti.
   *[other] { $count } datotek sej ni bilo mogoče oceniti.
}
cli-grade-altered = Vsaj ena datoteka seje je bila spremenjena, potem ko je bila zapisana (glejte njeno celovitost).
cli-grade-mode-changed = { $file }: način v glavi je bil spremenjen; ocenjeno v načinu »{ $mode }«, kot je bila seja odigrana

## debrief and manual page
cli-debrief-not-saved = (ni shranjeno)
cli-debrief-write-error = pregleda { $path } ni mogoče zapisati: { $error }
cli-debrief-written = Pregled: { $path }
cli-man-error = strani priročnika ni mogoče ustvariti: { $error }
