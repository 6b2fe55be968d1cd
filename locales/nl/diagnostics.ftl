# diagnostics: nl
# Diagnostiek voor met de hand geschreven RON-bestanden. Veldnamen,
# waardenamen en tekens tussen backticks (`…`) blijven zoals geschreven.

## Het kader
diag-level-error = fout
diag-level-warning = waarschuwing
diag-level-help = hulp
diag-level-note = opmerking
diag-label-expected = verwacht: { $expected }
diag-did-you-mean = bedoelde u { $suggestion }?
diag-summary-in-file = { $count ->
    [one] { $count } probleem
   *[other] { $count } problemen
} in { $file }
diag-summary-in-files = { $count ->
    [one] { $count } probleem
   *[other] { $count } problemen
} in { $files } bestanden

## Wat werd verwacht, en wat werd gevonden
diag-found-end-of-file = het einde van het bestand
diag-expected-either = { $first } of { $second }
diag-expected-nothing = hier niets
diag-expected-one-of = een van { $names }
diag-expected-field-before = { $field } hiervoor
diag-expected-a-struct = een { $value }
diag-expected-list = een lijst `[...]`
diag-expected-map = een woordenboek `{"{"}...{"}"}`
diag-expected-name = een naam
diag-expected-boolean = `true` of `false`
diag-expected-character = een teken tussen enkele aanhalingstekens
diag-expected-byte-string = een bytereeks
diag-expected-number = een getal
diag-expected-whole-number = een geheel getal
diag-expected-option = `Some(...)` of `None`
diag-expected-string = een tekenreeks tussen dubbele aanhalingstekens
diag-expected-closing-quote = een afsluitende `"`
diag-expected-closing-comment = een afsluitende `*/`
diag-expected-utf8 = UTF-8-tekst
diag-expected-text = tekst
diag-expected-end-of-file = het einde van het bestand
diag-expected-id = een id zoals `locked-out`
diag-expected-time = een RFC 3339-tijd zoals `2026-03-10T09:00:00Z` of `2026-03-10T10:00:00+01:00`
diag-expected-duration = een duur zoals `45m`, `1h 30m` of `PT1H30M`
diag-expected-duration-before = hoe lang vóór de start, zoals `50m`
diag-expected-offset = `5m` na of `-1h` vóór de start
diag-expected-upn = een user principal name zoals `name@domain`

## De voorcontrole en de fouten van ron
diag-file-too-large = het bestand is te groot: { $size } bytes, meer dan de limiet van { $limit } bytes
diag-not-utf8 = het bestand is geen UTF-8-tekst; binaire gegevens op regel { $line }, kolom { $column }
diag-too-deep = de nesting is te diep: meer dan { $limit } niveaus van haakjes
diag-unterminated-string = niet-afgesloten tekenreeks
diag-string-too-long = de tekenreeks is te lang: { $chars } tekens, meer dan de limiet van { $limit }
diag-control-character = het bestand is geen platte tekst; besturingsteken { $code } op regel { $line }, kolom { $column }
diag-unterminated-comment = niet-afgesloten commentaar
diag-empty-file = het bestand is leeg; verwacht: { $expected }
diag-expected-found = verwacht: { $expected }, gevonden: { $found }
diag-unknown-field = onbekend veld { $field }
diag-unknown-field-in = onbekend veld { $field } in { $outer }
diag-unknown-value = onbekende waarde { $value }
diag-unknown-value-for = onbekende waarde { $value } voor { $outer }
diag-missing-field = veld { $field } ontbreekt
diag-missing-field-in = veld { $field } ontbreekt in { $outer }
diag-duplicate-field = veld { $field } is twee keer ingesteld
diag-duplicate-field-in = veld { $field } is twee keer ingesteld in { $outer }
diag-first-on-line = (eerst op regel { $line })
diag-unexpected-end-of-file = onverwacht einde van het bestand
diag-trailing = onverwacht { $found } na het einde van de waarde
diag-number-out-of-range = het getal valt buiten het bereik van dit veld
diag-invalid-digit = ongeldig cijfer { $digit } in een getal met grondtal { $base }
diag-misplaced-underscore = `_` staat op de verkeerde plaats in een getal
diag-invalid-escape = ongeldige escape in een tekenreeks: { $reason }
diag-unexpected-character = onverwacht teken { $character }
diag-unknown-extension = onbekende RON-extensie { $name }
diag-raw-name = { $name } moet als raw name worden geschreven

## Semantische controles van scenario- en procedurebestanden
diag-check-id-form = een id bestaat uit kleine letters en cijfers, in woorden verbonden door `-`
diag-check-step-id-form = een stap-id bestaat uit kleine letters en cijfers, in woorden verbonden door `-`
diag-check-empty-title = de titel is leeg
diag-check-empty-brief = de opdrachtomschrijving is leeg: de cursist moet weten wat er is gebeurd
diag-check-estimated-minutes = estimated_minutes moet tussen 1 en 600 liggen
diag-check-not-a-time = { $value } is geen tijd
diag-check-time-limit = time_limit moet meer dan 0 en hoogstens 30 dagen zijn
diag-check-not-a-duration = { $value } is geen duur
diag-check-turn-interval = turn_interval_s moet minstens { $minimum } zijn, niet { $seconds }
diag-check-lockout-threshold = de drempel voor vergrendeling moet tussen 1 en 100 liggen, niet { $value }
diag-check-expiry-days = expiry_days moet tussen 14 en 730 liggen, niet { $value }
diag-check-methods-required = methods_required moet 1 of 2 zijn, niet { $value }
diag-check-no-domain = de tenant heeft minstens één domein nodig
diag-check-too-many-written-users = uitgeschreven gebruikers: { $users }; hoogstens { $maximum } (gebruik `generated` voor meer)
diag-check-too-many-banned-terms = aangepaste verboden wachtwoordtermen: { $terms }; Entra accepteert er hoogstens { $maximum }
diag-check-outbound-limit = { $field } is { $value }; een limiet voor uitgaande ontvangers ligt tussen 0 en { $maximum }
diag-check-not-a-upn = { $upn } is geen user principal name
diag-check-upn-space = een spatie
diag-check-upn-non-ascii = de niet-ASCII-letter { $letter }
diag-check-upn-empty-name = een lege naam vóór `@`
diag-check-upn-character = { $upn } is geen user principal name die Entra toestaat: deze bevat { $bad }; gebruik ASCII-letters, cijfers en ' . - _ ! # ^ ~ vóór `@`
diag-check-not-in-domains = { $upn } valt niet in een van de domeinen van de tenant ({ $domains })
diag-check-user-twice = gebruiker { $upn } staat er twee keer
diag-check-too-many-generated = gegenereerde gebruikers: { $users }; hoogstens { $maximum }
diag-check-generated-lists = gegenereerde gebruikers hebben first_names, last_names en departments nodig
diag-check-too-many-scripted = gescripte acties: { $actions }; hoogstens { $maximum }
diag-check-history-order = { $at } vóór de start is eerder dan de actie erboven; zet de geschiedenis in tijdsvolgorde
diag-check-not-a-duration-before = { $value } is geen duur vóór de start
diag-check-not-an-offset = { $value } is geen verschuiving ten opzichte van de start
diag-check-not-after-start = { $value } is geen tijd na de start
diag-check-no-subjects = truth.subjects is leeg: noem de accounts waar het incident over gaat
diag-check-unknown-user = onbekende gebruiker { $name }
diag-check-unknown-procedure = onbekende procedure { $name }
diag-check-unknown-step = onbekende stap { $name }
diag-check-unknown-rule = onbekende regel in het postvak van { $mailbox }: { $name }
diag-check-malicious-and-legitimate = { $artefact } is gemarkeerd als zowel kwaadaardig als legitiem
diag-check-no-procedures = grading.procedures is leeg: noem de procedures waarop de cursist wordt beoordeeld
diag-check-already-required = { $step } is al vereist; ophogen verandert niets
diag-check-pass-mark = pass_mark { $value } is meer dan 100
diag-check-objective-twice = doel { $id } staat er twee keer
diag-check-hint-cost = een hint kost hoogstens 100 punten, niet { $cost }
diag-check-variable-name = { $name } is geen variabelenaam (kleine letters, cijfers, `_`)
diag-check-variable-without-values = variabele { $name } heeft geen waarden
diag-check-variable-value = waarde { $value } van { $name } mag geen aanhalingstekens, backslashes, accolades of besturingstekens bevatten
diag-check-undeclared-variable = { $placeholder } is geen gedeclareerde variabele
diag-check-empty-solution = de oplossing is leeg: schrijf de opdrachten die een expert zou typen
diag-check-no-dialect = `dialects` is leeg: sta `NounVerb`, `PowerShell` of beide toe (laat het veld weg voor beide)
diag-check-solution-dialect = opdracht { $line } in de oplossing is PowerShell, wat `dialects` niet toestaat
diag-check-too-many-solution-commands = opdrachten in de oplossing: { $commands }; hoogstens { $maximum }
diag-check-solution-powershell = regel { $line } in de oplossing is geen geldige PowerShell: { $error }
diag-check-solution-command = opdracht { $line } in de oplossing: { $error }
diag-check-trainee-cannot = de rollen van de cursist kunnen de vereiste stap { $step } niet zelf uitvoeren; de cursist zal het iemand moeten vragen
diag-check-no-steps = een procedure heeft minstens één stap nodig
diag-check-step-twice = stap { $id } staat er twee keer
diag-check-step-never-done = stap { $id } heeft geen `done_by` en geen `done_when`: niets kan de stap voltooien
diag-check-step-against-itself = stap { $id } is ten opzichte van zichzelf geordend
diag-check-step-names-users = stap { $id } noemt gebruikers; een procedure hoort over het subject te spreken
diag-check-points-objective = doel { $name } is { $points } punten waard; hoogstens { $maximum } zijn toegestaan
diag-check-points-step = stap { $name } is { $points } punten waard; hoogstens { $maximum } zijn toegestaan
diag-check-points-forbidden = verboden actie van stap { $name } is { $points } punten waard; hoogstens { $maximum } zijn toegestaan
diag-check-points-harm = schaderegel { $name } is { $points } punten waard; hoogstens { $maximum } zijn toegestaan
diag-check-no-verdict = { $step } controleert de classificatie van de waarschuwingen, maar truth.verdict is niet ingesteld
diag-build-failed = seed { $seed }: { $problem }
diag-build-too-many-users = een tenant bevat maximaal { $maximum } gebruikers
diag-build-names-exhausted = kan geen unieke namen maken voor de gegenereerde gebruikers; voeg meer namen toe
diag-build-history-failed = incident.before[{ $index }] ({ $action } door { $actor }) is mislukt: { $reason }
diag-procedure-not-loaded = het scenario wordt beoordeeld op procedure { $id }, die niet is geladen
diag-procedures-first = dit scenario kan pas worden gecontroleerd als de procedures in { $folder } worden geladen; valideer die map om te zien waarom ze dat niet doen
diag-expected-text-or-translations = tekst: een tekenreeks, of een toewijzing van taalcode aan tekenreeks, zoals {"{"}"en": "...", "nb": "..."{"}"}
diag-language-twice = taal { $code } is twee keer opgegeven
diag-check-unknown-named-location = er is geen benoemde locatie met de naam { $name }: voeg die toe aan named_locations
diag-check-duplicate-access-name = de naam { $name } komt twee keer voor bij de benoemde locaties en het beleid
diag-check-invalid-range = { $range } is geen IPv4-bereik in CIDR-notatie (zoals 102.89.0.0/16, met hostbits op nul)
