# diagnostics: nb
# Diagnostikk for håndskrevne RON-filer. Feltnavn, verdinavn og tegn i
# bakfnutter (`…`) står som de er skrevet.

## Rammen
diag-level-error = feil
diag-level-warning = advarsel
diag-level-help = hjelp
diag-level-note = merknad
diag-label-expected = forventet { $expected }
diag-did-you-mean = mente du { $suggestion }?
diag-summary-in-file = { $count ->
    [one] { $count } problem
   *[other] { $count } problemer
} i { $file }
diag-summary-in-files = { $count ->
    [one] { $count } problem
   *[other] { $count } problemer
} i { $files } filer

## Hva som var forventet, og hva som ble funnet
diag-found-end-of-file = slutten av filen
diag-expected-either = { $first } eller { $second }
diag-expected-nothing = ingenting her
diag-expected-one-of = én av { $names }
diag-expected-field-before = { $field } før dette
diag-expected-a-struct = en { $value }
diag-expected-list = en liste `[...]`
diag-expected-map = en ordbok `{"{"}...{"}"}`
diag-expected-name = et navn
diag-expected-boolean = `true` eller `false`
diag-expected-character = et tegn i enkle anførselstegn
diag-expected-byte-string = en bytestreng
diag-expected-number = et tall
diag-expected-whole-number = et heltall
diag-expected-option = `Some(...)` eller `None`
diag-expected-string = en streng i doble anførselstegn
diag-expected-closing-quote = en avsluttende `"`
diag-expected-closing-comment = en avsluttende `*/`
diag-expected-utf8 = UTF-8-tekst
diag-expected-text = tekst
diag-expected-end-of-file = slutten av filen
diag-expected-id = en ID som `locked-out`
diag-expected-time = et RFC 3339-tidspunkt som `2026-03-10T09:00:00Z` eller `2026-03-10T10:00:00+01:00`
diag-expected-duration = en varighet som `45m`, `1h 30m` eller `PT1H30M`
diag-expected-duration-before = hvor lenge før starten, for eksempel `50m`
diag-expected-offset = `5m` etter eller `-1h` før starten
diag-expected-upn = et brukerhovednavn som `name@domain`

## Forhåndskontrollen og feilene fra ron
diag-file-too-large = filen er for stor: { $size } byte, mer enn grensen på { $limit } byte
diag-not-utf8 = filen er ikke UTF-8-tekst; binære data på linje { $line }, kolonne { $column }
diag-too-deep = nestingen er for dyp: mer enn { $limit } nivåer med parenteser
diag-unterminated-string = strengen er ikke avsluttet
diag-string-too-long = strengen er for lang: { $chars } tegn, mer enn grensen på { $limit }
diag-control-character = filen er ikke ren tekst; kontrolltegnet { $code } på linje { $line }, kolonne { $column }
diag-unterminated-comment = kommentaren er ikke avsluttet
diag-empty-file = filen er tom; forventet { $expected }
diag-expected-found = forventet { $expected }, fant { $found }
diag-unknown-field = ukjent felt { $field }
diag-unknown-field-in = ukjent felt { $field } i { $outer }
diag-unknown-value = ukjent verdi { $value }
diag-unknown-value-for = ukjent verdi { $value } for { $outer }
diag-missing-field = feltet { $field } mangler
diag-missing-field-in = feltet { $field } mangler i { $outer }
diag-duplicate-field = feltet { $field } er satt to ganger
diag-duplicate-field-in = feltet { $field } er satt to ganger i { $outer }
diag-first-on-line = (første gang på linje { $line })
diag-unexpected-end-of-file = uventet slutt på filen
diag-trailing = uventet { $found } etter slutten av verdien
diag-number-out-of-range = tallet er utenfor det tillatte området for dette feltet
diag-invalid-digit = ugyldig siffer { $digit } i et tall med grunntall { $base }
diag-misplaced-underscore = `_` står feil i et tall
diag-invalid-escape = ugyldig escape-sekvens i en streng: { $reason }
diag-unexpected-character = uventet tegn { $character }
diag-unknown-extension = ukjent RON-utvidelse { $name }
diag-raw-name = { $name } må skrives som et rått navn

## Semantiske kontroller av scenario- og fremgangsmåtefiler
diag-check-id-form = en ID er små ord skilt med `-`
diag-check-step-id-form = en trinn-ID er små ord skilt med `-`
diag-check-empty-title = tittelen er tom
diag-check-empty-brief = oppdragsbeskrivelsen er tom: kursdeltakeren må vite hva som har skjedd
diag-check-estimated-minutes = estimated_minutes må være mellom 1 og 600
diag-check-not-a-time = { $value } er ikke et tidspunkt
diag-check-time-limit = time_limit må være mer enn 0 og høyst 30 dager
diag-check-not-a-duration = { $value } er ikke en varighet
diag-check-turn-interval = turn_interval_s må være minst { $minimum }, ikke { $seconds }
diag-check-lockout-threshold = terskelen for låsing må være mellom 1 og 100, ikke { $value }
diag-check-expiry-days = expiry_days må være mellom 14 og 730, ikke { $value }
diag-check-methods-required = methods_required må være 1 eller 2, ikke { $value }
diag-check-no-domain = leieren trenger minst ett domene
diag-check-too-many-written-users = brukere skrevet ut: { $users }; høyst { $maximum } (bruk `generated` for flere)
diag-check-too-many-banned-terms = egendefinerte forbudte passordord: { $terms }; Entra godtar høyst { $maximum }
diag-check-outbound-limit = { $field } er { $value }; en grense for utgående mottakere er 0 til { $maximum }
diag-check-not-a-upn = { $upn } er ikke et brukerhovednavn
diag-check-upn-space = et mellomrom
diag-check-upn-non-ascii = bokstaven { $letter }, som ikke er ASCII
diag-check-upn-empty-name = et tomt navn før `@`
diag-check-upn-character = { $upn } er ikke et brukerhovednavn Entra godtar: det har { $bad }; bruk ASCII-bokstaver, sifre og ' . - _ ! # ^ ~ før `@`
diag-check-not-in-domains = { $upn } er ikke i noen av leierens domener ({ $domains })
diag-check-user-twice = brukeren { $upn } står to ganger
diag-check-too-many-generated = genererte brukere: { $users }; høyst { $maximum }
diag-check-generated-lists = genererte brukere trenger first_names, last_names og departments
diag-check-too-many-scripted = skriptede handlinger: { $actions }; høyst { $maximum }
diag-check-history-order = { $at } før starten er tidligere enn handlingen over; skriv historikken i tidsrekkefølge
diag-check-not-a-duration-before = { $value } er ikke en varighet før starten
diag-check-not-an-offset = { $value } er ikke en forskyvning fra starten
diag-check-not-after-start = { $value } er ikke et tidspunkt etter starten
diag-check-no-subjects = truth.subjects er tom: oppgi kontoene hendelsen gjelder
diag-check-unknown-user = ukjent bruker { $name }
diag-check-unknown-procedure = ukjent fremgangsmåte { $name }
diag-check-unknown-step = ukjent trinn { $name }
diag-check-unknown-rule = ukjent regel i postboksen til { $mailbox }: { $name }
diag-check-malicious-and-legitimate = { $artefact } er merket både som ondsinnet og legitim
diag-check-no-procedures = grading.procedures er tom: oppgi fremgangsmåtene kursdeltakeren vurderes etter
diag-check-already-required = { $step } er allerede påkrevd; å heve det endrer ingenting
diag-check-pass-mark = pass_mark { $value } er mer enn 100
diag-check-objective-twice = målet { $id } står to ganger
diag-check-hint-cost = et hint koster høyst 100 poeng, ikke { $cost }
diag-check-variable-name = { $name } er ikke et variabelnavn (små bokstaver, sifre, `_`)
diag-check-variable-without-values = variabelen { $name } har ingen verdier
diag-check-variable-value = verdien { $value } av { $name } kan ikke inneholde anførselstegn, omvendte skråstreker, klammeparenteser eller kontrolltegn
diag-check-undeclared-variable = { $placeholder } er ikke en deklarert variabel
diag-check-empty-solution = løsningen er tom: skriv kommandoene en ekspert ville skrevet
diag-check-no-dialect = `dialects` er tom: tillat `NounVerb`, `PowerShell` eller begge (utelat feltet for begge)
diag-check-solution-dialect = løsningskommandoen { $line } er PowerShell, som `dialects` ikke tillater
diag-check-too-many-solution-commands = kommandoer i løsningen: { $commands }; høyst { $maximum }
diag-check-solution-powershell = løsningslinjen { $line } er ikke gyldig PowerShell: { $error }
diag-check-solution-command = løsningskommandoen { $line }: { $error }
diag-check-trainee-cannot = kursdeltakerens roller kan ikke utføre det påkrevde trinnet { $step } selv; kursdeltakeren må be noen om hjelp
diag-check-no-steps = en fremgangsmåte trenger minst ett trinn
diag-check-step-twice = trinnet { $id } står to ganger
diag-check-step-never-done = trinnet { $id } har verken `done_by` eller `done_when`: ingenting kan fullføre det
diag-check-step-against-itself = trinnet { $id } er ordnet mot seg selv
diag-check-step-names-users = trinnet { $id } nevner brukere; en fremgangsmåte bør snakke om subjektet
diag-check-points-objective = målet { $name } er verdt { $points } poeng; høyst { $maximum } er tillatt
diag-check-points-step = trinnet { $name } er verdt { $points } poeng; høyst { $maximum } er tillatt
diag-check-points-forbidden = forbudt handling i trinnet { $name } er verdt { $points } poeng; høyst { $maximum } er tillatt
diag-check-points-harm = skaderegelen { $name } er verdt { $points } poeng; høyst { $maximum } er tillatt
diag-check-no-verdict = { $step } kontrollerer klassifiseringen av varslene, men truth.verdict er ikke satt
diag-build-failed = frø { $seed }: { $problem }
diag-build-too-many-users = en leietaker har høyst { $maximum } brukere
diag-build-names-exhausted = kunne ikke lage unike navn til de genererte brukerne; legg til flere navn
diag-build-history-failed = incident.before[{ $index }] ({ $action } av { $actor }) mislyktes: { $reason }
diag-procedure-not-loaded = scenarioet vurderes etter fremgangsmåten { $id }, som ikke er lastet inn
diag-procedures-first = dette scenarioet kan ikke kontrolleres før fremgangsmåtene i { $folder } lastes inn; valider den mappen for å se hvorfor de ikke gjør det
diag-expected-text-or-translations = tekst: en streng, eller et kart fra språkkode til streng, for eksempel {"{"}"en": "...", "nb": "..."{"}"}
diag-language-twice = språket { $code } er oppgitt to ganger
diag-check-unknown-named-location = ingen navngitt plassering heter { $name }: legg den til i named_locations
diag-check-duplicate-access-name = navnet { $name } er brukt to ganger blant de navngitte plasseringene og policyene
diag-check-invalid-range = { $range } er ikke et IPv4-område i CIDR-notasjon (for eksempel 102.89.0.0/16, med vertsbiter lik null)
