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
cli-resumed-made-up-passwords = Gesel, ki ste si jih izmislili pred prekinitvijo, ni v datoteki seje (ta nikoli ne vsebuje gesel): če katero od njih zdaj znova vnesete, šteje za novo geslo, ki ga v simulaciji nihče ne pozna.
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

## Pomoč programa clap
cli-about = Vadite obnovitev računov in odzivanje na incidente v storitvi Microsoft 365 na simuliranem najemniku.
cli-arg-color = Kdaj naj bo izhod barven: auto obarva terminal, razen če je nastavljen NO_COLOR (CLICOLOR_FORCE obarva tudi cev)
cli-arg-lang = Jezik vsega, kar izpiše tenantdrill: en (angleščina), nb (norveščina, bokmål), nl (nizozemščina) ali sl (slovenščina); privzeto iz LC_ALL, LC_MESSAGES ali LANG, sicer angleščina
cli-about-play = Odigrajte scenarij v interaktivni seji (ukaze bere s standardnega vhoda, kadar ta ni terminal)
cli-about-run = Izvedite scenarij z ukazi iz datoteke ali s standardnega vhoda ter izpišite prepis in poročilo
cli-about-grade = Znova ocenite shranjene seje (datoteke ali mape): poročila, povzetek razreda in izvozi za preglednice, redovalnice, shrambe učnih zapisov in projektor
cli-about-validate = Preverite datoteke scenarijev in postopkov (mape: vse datoteke `.ron` v njih)
cli-about-list = Prikažite priložene scenarije
cli-about-procedure = Prikažite korake dokumentiranega postopka
cli-about-new = Zapišite ogrodje scenarija, `<ID>.ron`, v trenutno mapo
cli-about-completions = Izpišite dopolnjevanje ukazne lupine za tenantdrill (bash, zsh, fish, PowerShell, elvish); dopolnjuje ID-je priloženih scenarijev
cli-about-man = Izpišite stran priročnika (roff) za tenantdrill in vse podukaze
cli-about-demo = Odigrajte vgrajeni incident z ogroženim nabiralnikom s skriptnim skrbnikom in izpišite časovnico vsega, kar se je zgodilo
cli-arg-play-scenario = ID priloženega scenarija ali pot do datoteke scenarija `.ron` (z `--resume`: priloženi scenarij seje, če je izpuščen; datoteko scenarija morate navesti tukaj, in to mora biti tista, na kateri je bila seja odigrana)
cli-arg-seed = Seme za različice scenarija in vse naključne izbire (lastno seme scenarija, če je izpuščeno)
cli-arg-mode = Vadba prikaže povratne informacije po vsakem ukazu; izpit šele na koncu
cli-arg-play-session = Kam naj se zapiše seja (privzeto: podatkovna mapa uporabnika)
cli-arg-play-resume = Nadaljujte shranjeno sejo tam, kjer se je ustavila
cli-arg-play-trainee = Vaš ID (ime ali e-poštni naslov), zapisan v datoteko seje za inštruktorjevo redovalnico (privzeto: vaše uporabniško ime za prijavo)
cli-arg-play-no-pager = Dolgega izhoda nikoli ne prikažite po straneh (privzeto gre izhod, daljši od terminala, skozi $PAGER ali vgrajeni program za listanje)
cli-arg-play-debrief = Ko se seja konča, zapišite njen pregled HTML v to datoteko in povejte, kje je
cli-arg-run-scenario = ID priloženega scenarija ali pot do datoteke scenarija `.ron`
cli-arg-run-commands = Ukazi, po eden v vrstici; `-` bere standardni vhod
cli-arg-run-session = Sejo zapišite tudi v to datoteko
cli-arg-run-fail-under = Končajte s stanjem 1, ko je rezultat nižji od tega
cli-arg-run-trainee = ID udeleženca usposabljanja (ime ali e-poštni naslov), zapisan v datoteko seje (privzeto: uporabniško ime za prijavo)
cli-arg-run-debrief = Na koncu zapišite pregled seje HTML v to datoteko in povejte, kje je
cli-arg-grade-paths = Datoteke sej, ki sta jih zapisala `play` ali `run --session`, ali mape: vse datoteke `*.jsonl` v njih, na kateri koli globini
cli-arg-grade-scenario = Datoteka scenarija, na kateri so bile seje morda odigrane; seja se z njo poveže prek povzetka scenarija, ki ga je zapisala (ponovljivo). Priloženi scenariji ne potrebujejo datoteke
cli-arg-grade-scenarios = Mapa z datotekami scenarijev (`.ron`), povezanimi kot pri `--scenario` (ponovljivo)
cli-arg-validate-paths = Datoteke scenarijev, datoteke postopkov (v mapi `procedures`) ali mape z njimi
cli-arg-procedure-id = ID priloženega postopka ali pot do datoteke postopka
cli-arg-new-id = ID novega scenarija: besede z malimi črkami, povezane z `-`
cli-arg-new-from = Začnite s kopijo tega scenarija (priloženi ID ali datoteka)
cli-arg-demo-seed = Seme za vse naključne izbire v izvedbi
cli-arg-demo-order = Vrstni red odprave, ki mu sledi skriptni skrbnik
cli-clap-help-subcommand = Izpišite to sporočilo ali pomoč za navedene podukaze
cli-clap-print-help = Izpišite pomoč
cli-clap-print-version = Izpišite različico
cli-clap-usage = Uporaba:
cli-clap-commands = Ukazi:
cli-clap-arguments = Argumenti:
cli-clap-options = Možnosti:
cli-clap-possible-values = Možne vrednosti:
cli-clap-possible-values-inline = možne vrednosti
cli-clap-default = privzeto
cli-clap-see-more = (več z »--help«)

# Napake uporabe z besedami jezika (clap piše samo angleško).
cli-usage-unknown-argument = nepričakovan argument »{ $argument }«
cli-usage-unknown-subcommand = neznan podukaz »{ $subcommand }«
cli-usage-missing-arguments = { $count ->
    [one] manjka obvezni argument:
    [two] manjkata obvezna argumenta:
    [few] manjkajo obvezni argumenti:
   *[other] manjka obveznih argumentov:
}
cli-usage-missing-subcommand = »{ $command }« potrebuje podukaz: { $subcommands }
cli-usage-value-required = »{ $argument }« potrebuje vrednost, vendar ni bila podana
cli-usage-invalid-value = neveljavna vrednost »{ $value }« za »{ $argument }«
cli-usage-expected-whole-number = pričakovano celo število
cli-usage-expected-range = pričakovano celo število od { $min } do { $max }
cli-usage-conflict = argumenta »{ $argument }« ni mogoče uporabiti skupaj z »{ $other }«
cli-usage-used-twice = argument »{ $argument }« je mogoče uporabiti le enkrat
cli-usage-too-many-values = nepričakovana vrednost »{ $value }« za »{ $argument }«; več vrednosti ni bilo pričakovanih
cli-usage-wrong-values = napačno število vrednosti za »{ $argument }«
cli-usage-invalid-utf8 = argument ni veljaven UTF-8
cli-usage-invalid = ukazna vrstica ni veljavna
cli-usage-possible-values = [možne vrednosti: { $values }]
cli-usage-did-you-mean = namig: ste mislili »{ $suggestion }«?
cli-usage-tip-escape = namig: če želite »{ $argument }« podati kot vrednost, napišite »-- { $argument }«
cli-usage-more-information = Za več informacij poskusite »--help«.
cli-clap-see-summary = (povzetek z »-h«)
cli-value-grade-csv = Ena vrstica na sejo: za preglednico
cli-value-grade-gradebook-csv = E-poštni naslov in stolpec z rezultatom za vsak scenarij: za uvoz ocen CSV v Moodle
cli-value-grade-xapi = Polje JSON z izjavami xAPI 1.0.3 za shrambo učnih zapisov
cli-value-grade-html = Ena samostojna stran: poročilo razreda in vsi pregledi
cli-value-order-documented = Ponastavi, prekliči seje, počisti posredovanje in pravila, odblokiraj, v dokumentiranem vrstnem redu
cli-value-order-rules-first = Najprej odstrani pravilo in nazadnje ponastavi geslo: opazujte, kako ga napadalec vrne
cli-man-name = IME
cli-man-synopsis = SINOPSIS
cli-man-description = OPIS
cli-man-options = MOŽNOSTI
cli-man-commands = UKAZI
cli-man-version = RAZLIČICA
cli-man-subcommands = podukazi
cli-grade-session = { $trainee } · { $scenario } · seme { $seed } · { $mode }
cli-grade-not-submitted = ni oddano (dosedanji rezultat)
cli-grade-in-progress = { $count ->
    [one] v teku, { $count } ukaz
    [two] v teku, { $count } ukaza
    [few] v teku, { $count } ukazi
   *[other] v teku, { $count } ukazov
}
cli-grade-not-graded = Ni ocenjeno
cli-grade-integrity-unverified = CELOVITOST NI PREVERJENA: zapisal jo je starejši tenantdrill (različica zapisa 1), ki ni beležil povzetkov
cli-grade-integrity-altered = CELOVITOST: SPREMENJENO: { $reason }
cli-grade-place-header = glava
cli-grade-place-command = ukaz { $entry }
cli-grade-altered-chain = { $place } ne sledi iz prejšnjih vrstic (vrstica je bila urejena, dodana, odstranjena ali premaknjena ali pa je bila spremenjena glava)
cli-grade-altered-not-sealed = { $place } nima povzetka, ki ga tenantdrill vedno zapiše
cli-grade-altered-replay = { $place }: { $difference }
cli-grade-altered-copy = to je ista seja kot { $other } (kopirana datoteka)
