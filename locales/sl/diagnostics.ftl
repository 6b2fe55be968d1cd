# diagnostics: sl
# Diagnostika za ročno napisane datoteke RON. Imena polj, imena vrednosti in
# znaki v krativcih (`…`) ostanejo, kot so napisani.

## Okvir
diag-level-error = napaka
diag-level-warning = opozorilo
diag-level-help = pomoč
diag-level-note = opomba
diag-label-expected = pričakovano { $expected }
diag-did-you-mean = ste mislili { $suggestion }?
diag-summary-in-file = { $count ->
    [one] { $count } težava
    [two] { $count } težavi
    [few] { $count } težave
   *[other] { $count } težav
} v { $file }
diag-summary-in-files = { $count ->
    [one] { $count } težava
    [two] { $count } težavi
    [few] { $count } težave
   *[other] { $count } težav
} v { $files } datotekah

## Kaj je bilo pričakovano in kaj najdeno
diag-found-end-of-file = konec datoteke
diag-expected-either = { $first } ali { $second }
diag-expected-nothing = tu ničesar
diag-expected-one-of = eno od: { $names }
diag-expected-field-before = { $field } pred tem
diag-expected-a-struct = { $value }
diag-expected-list = seznam `[...]`
diag-expected-map = slovar `{"{"}...{"}"}`
diag-expected-name = ime
diag-expected-boolean = `true` ali `false`
diag-expected-character = znak v enojnih narekovajih
diag-expected-byte-string = niz bajtov
diag-expected-number = število
diag-expected-whole-number = celo število
diag-expected-option = `Some(...)` ali `None`
diag-expected-string = niz v dvojnih narekovajih
diag-expected-closing-quote = zaključni `"`
diag-expected-closing-comment = zaključni `*/`
diag-expected-utf8 = besedilo UTF-8
diag-expected-text = besedilo
diag-expected-end-of-file = konec datoteke
diag-expected-id = ID, na primer `locked-out`
diag-expected-time = čas po RFC 3339, na primer `2026-03-10T09:00:00Z` ali `2026-03-10T10:00:00+01:00`
diag-expected-duration = trajanje, na primer `45m`, `1h 30m` ali `PT1H30M`
diag-expected-duration-before = koliko pred začetkom, na primer `50m`
diag-expected-offset = `5m` po začetku ali `-1h` pred njim
diag-expected-upn = glavno ime uporabnika, na primer `name@domain`

## Predhodni pregled in napake ron
diag-file-too-large = datoteka je prevelika (velikost v bajtih: { $size }), več od omejitve { $limit } B
diag-not-utf8 = datoteka ni besedilo UTF-8; binarni podatki v vrstici { $line }, stolpec { $column }
diag-too-deep = gnezdenje je pregloboko: več kot { $limit } ravni oklepajev
diag-unterminated-string = niz ni zaključen
diag-string-too-long = niz je predolg (število znakov: { $chars }), več od omejitve { $limit }
diag-control-character = datoteka ni navadno besedilo; kontrolni znak { $code } v vrstici { $line }, stolpec { $column }
diag-unterminated-comment = komentar ni zaključen
diag-empty-file = datoteka je prazna; pričakovano { $expected }
diag-expected-found = pričakovano { $expected }, najdeno { $found }
diag-unknown-field = neznano polje { $field }
diag-unknown-field-in = neznano polje { $field } v { $outer }
diag-unknown-value = neznana vrednost { $value }
diag-unknown-value-for = neznana vrednost { $value } za { $outer }
diag-missing-field = manjka polje { $field }
diag-missing-field-in = manjka polje { $field } v { $outer }
diag-duplicate-field = polje { $field } je nastavljeno dvakrat
diag-duplicate-field-in = polje { $field } je nastavljeno dvakrat v { $outer }
diag-first-on-line = (prvič v vrstici { $line })
diag-unexpected-end-of-file = nepričakovan konec datoteke
diag-trailing = nepričakovano { $found } po koncu vrednosti
diag-number-out-of-range = število je zunaj dovoljenega obsega za to polje
diag-invalid-digit = neveljavna števka { $digit } v številu z osnovo { $base }
diag-misplaced-underscore = `_` je na napačnem mestu v številu
diag-invalid-escape = neveljavno ubežno zaporedje v nizu: { $reason }
diag-unexpected-character = nepričakovan znak { $character }
diag-unknown-extension = neznana razširitev RON { $name }
diag-raw-name = { $name } je treba zapisati kot surovo ime

## Semantična preverjanja datotek scenarijev in postopkov
diag-check-id-form = ID sestavljajo besede z malimi črkami, povezane z `-`
diag-check-step-id-form = ID koraka sestavljajo besede z malimi črkami, povezane z `-`
diag-check-empty-title = naslov je prazen
diag-check-empty-brief = opis naloge je prazen: udeleženec mora vedeti, kaj se je zgodilo
diag-check-estimated-minutes = estimated_minutes mora biti med 1 in 600
diag-check-not-a-time = { $value } ni čas
diag-check-time-limit = time_limit mora biti več kot 0 in največ 30 dni
diag-check-not-a-duration = { $value } ni trajanje
diag-check-turn-interval = turn_interval_s mora biti vsaj { $minimum }, ne { $seconds }
diag-check-lockout-threshold = prag za zaklepanje mora biti med 1 in 100, ne { $value }
diag-check-expiry-days = expiry_days mora biti med 14 in 730, ne { $value }
diag-check-methods-required = methods_required mora biti 1 ali 2, ne { $value }
diag-check-no-domain = najemnik potrebuje vsaj eno domeno
diag-check-too-many-written-users = izpisani uporabniki: { $users }; največ { $maximum } (za več uporabite `generated`)
diag-check-too-many-banned-terms = prepovedani izrazi gesel po meri: { $terms }; Entra jih sprejme največ { $maximum }
diag-check-outbound-limit = { $field } je { $value }; omejitev odhodnih prejemnikov je od 0 do { $maximum }
diag-check-not-a-upn = { $upn } ni glavno ime uporabnika
diag-check-upn-space = presledek
diag-check-upn-non-ascii = črko { $letter }, ki ni ASCII
diag-check-upn-empty-name = prazno ime pred `@`
diag-check-upn-character = { $upn } ni glavno ime uporabnika, ki ga Entra dovoli: vsebuje { $bad }; pred `@` uporabite črke ASCII, števke in ' . - _ ! # ^ ~
diag-check-not-in-domains = { $upn } ni v nobeni od domen najemnika ({ $domains })
diag-check-user-twice = uporabnik { $upn } je naveden dvakrat
diag-check-too-many-generated = ustvarjeni uporabniki: { $users }; največ { $maximum }
diag-check-generated-lists = ustvarjeni uporabniki potrebujejo first_names, last_names in departments
diag-check-too-many-scripted = vnaprej napisana dejanja: { $actions }; največ { $maximum }
diag-check-history-order = { $at } pred začetkom je prej kot dejanje nad njim; zgodovino navedite v časovnem zaporedju
diag-check-not-a-duration-before = { $value } ni trajanje pred začetkom
diag-check-not-an-offset = { $value } ni zamik od začetka
diag-check-not-after-start = { $value } ni čas po začetku
diag-check-no-subjects = truth.subjects je prazen: navedite račune, ki jih incident zadeva
diag-check-unknown-user = neznan uporabnik { $name }
diag-check-unknown-procedure = neznan postopek { $name }
diag-check-unknown-step = neznan korak { $name }
diag-check-unknown-rule = neznano pravilo v nabiralniku { $mailbox }: { $name }
diag-check-malicious-and-legitimate = { $artefact } je označen hkrati kot zlonameren in legitimen
diag-check-no-procedures = grading.procedures je prazen: navedite postopke, po katerih se ocenjuje udeleženec
diag-check-already-required = { $step } je že zahtevan; dvig ničesar ne spremeni
diag-check-pass-mark = pass_mark { $value } je več kot 100
diag-check-objective-twice = cilj { $id } je naveden dvakrat
diag-check-hint-cost = namig stane največ 100 točk, ne { $cost }
diag-check-variable-name = { $name } ni ime spremenljivke (male črke, števke, `_`)
diag-check-variable-without-values = spremenljivka { $name } nima vrednosti
diag-check-variable-value = vrednost { $value } spremenljivke { $name } ne sme vsebovati narekovajev, poševnic nazaj, zavitih oklepajev ali kontrolnih znakov
diag-check-undeclared-variable = { $placeholder } ni deklarirana spremenljivka
diag-check-empty-solution = rešitev je prazna: napišite ukaze, ki bi jih vnesel strokovnjak
diag-check-no-dialect = `dialects` je prazen: dovolite `NounVerb`, `PowerShell` ali oboje (za oboje polje izpustite)
diag-check-solution-dialect = ukaz rešitve { $line } je PowerShell, ki ga `dialects` ne dovoljuje
diag-check-too-many-solution-commands = ukazi v rešitvi: { $commands }; največ { $maximum }
diag-check-solution-powershell = vrstica rešitve { $line } ni veljaven PowerShell: { $error }
diag-check-solution-command = ukaz rešitve { $line }: { $error }
diag-check-trainee-cannot = vloge udeleženca ne morejo same opraviti zahtevanega koraka { $step }; udeleženec bo moral nekoga prositi
diag-check-no-steps = postopek potrebuje vsaj en korak
diag-check-step-twice = korak { $id } je naveden dvakrat
diag-check-step-never-done = korak { $id } nima ne `done_by` ne `done_when`: nič ga ne more dokončati
diag-check-step-against-itself = korak { $id } je razvrščen glede na samega sebe
diag-check-step-names-users = korak { $id } navaja uporabnike; postopek naj govori o subjektu
diag-check-points-objective = cilj { $name }: število točk je { $points }, dovoljenih je največ { $maximum }
diag-check-points-step = korak { $name }: število točk je { $points }, dovoljenih je največ { $maximum }
diag-check-points-forbidden = prepovedano dejanje koraka { $name }: število točk je { $points }, dovoljenih je največ { $maximum }
diag-check-points-harm = pravilo škode { $name }: število točk je { $points }, dovoljenih je največ { $maximum }
diag-check-no-verdict = { $step } preverja razvrstitev opozoril, vendar truth.verdict ni nastavljen
diag-build-failed = seme { $seed }: { $problem }
diag-build-too-many-users = najemnik ima lahko največ { $maximum } uporabnikov
diag-build-names-exhausted = za ustvarjene uporabnike ni bilo mogoče sestaviti edinstvenih imen; dodajte več imen
diag-build-history-failed = incident.before[{ $index }] ({ $action }, izvaja { $actor }) ni uspelo: { $reason }
diag-procedure-not-loaded = scenarij se ocenjuje po postopku { $id }, ki ni naložen
diag-procedures-first = tega scenarija ni mogoče preveriti, dokler se postopki v { $folder } ne naložijo; preverite to mapo, da vidite, zakaj se ne
diag-expected-text-or-translations = besedilo: niz ali preslikava jezikovne kode v niz, na primer {"{"}"en": "...", "nb": "..."{"}"}
diag-language-twice = jezik { $code } je naveden dvakrat
diag-check-unknown-named-location = poimenovana lokacija z imenom { $name } ne obstaja: dodajte jo v named_locations
diag-check-duplicate-access-name = ime { $name } je med poimenovanimi lokacijami in pravilniki uporabljeno dvakrat
diag-check-invalid-range = { $range } ni obseg IPv4 v zapisu CIDR (na primer 102.89.0.0/16, z ničelnimi biti gostitelja)
