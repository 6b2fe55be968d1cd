# commands: nb
# Kommandospråkets hjelp. Kommandoord, flagg, plassholdere og eksempler er
# språkets egne og står uendret; bare forklaringene oversettes.

## Hjelpens egne ord

cmd-help-overview = Kommandoer etter område. Skriv 'help KOMMANDO' for detaljer, for eksempel 'help user reset-password'.
cmd-help-noun-heading = Kommandoer for { $noun } (skriv 'help { $noun } VERB' for detaljer):
cmd-help-unknown-suggestion = ingen hjelp for '{ $topic }'. Mente du '{ $suggestion }'?
cmd-help-unknown = ingen hjelp for '{ $topic }'. Skriv 'help' for å se listen over kommandoer.
cmd-usage = bruk: { $usage }
cmd-help-flags = flagg:
cmd-help-examples = { $count ->
    [one] eksempel:
   *[other] eksempler:
}

## Hvor det samme gjøres i Microsofts portaler og PowerShell

cmd-where-microsoft365 = I administrasjonssenteret for Microsoft 365:
cmd-where-entra = I administrasjonssenteret for Microsoft Entra:
cmd-where-exchange = I administrasjonssenteret for Exchange:
cmd-where-defender = I Microsoft Defender-portalen:
cmd-where-purview = I Microsoft Purview-portalen:
cmd-where-no-portal = I Microsofts administrasjonssentre: ingen steder.
cmd-where-powershell = I PowerShell:
cmd-where-no-powershell = I PowerShell: ingen cmdlet.
cmd-simulator-no-portal = En kommando i selve simulatoren; ingen administrasjonssentre har den.
cmd-simulator-no-powershell = En kommando i selve simulatoren; ingen cmdlet gjør det.

## Områder

cmd-section-users = Brukere
cmd-section-mailboxes = Postbokser
cmd-section-outbound-protection = Utgående beskyttelse
cmd-section-logs = Logger og varsler
cmd-section-policies = Policyer
cmd-section-people = Personer
cmd-section-session = Økt

## Hva en plassholder står for

cmd-value-user = et brukerhovednavn (`megan@contoso.com`) eller et alias bare én bruker har (`megan`)
cmd-value-role = en administratorrolle: aliaset (`global-admin`) eller visningsnavnet i anførselstegn (`"Global Administrator"`)
cmd-value-method = en godkjenningsmetode: alternate-email, mobile-phone, office-phone, authenticator-app, security-questions eller fido2
cmd-value-rule = en innboksregels navn eller regelidentitet, slik `mailbox rules` viser dem
cmd-value-delegate = en bruker som har en rettighet til postboksen, slik `mailbox delegates` viser dem
cmd-value-group = navnet på en gruppe
cmd-value-app = visningsnavnet (i anførselstegn når det har mellomrom), program-ID-en eller objekt-ID-en til en bedriftsapp
cmd-value-protocol = en postboksprotokoll: owa, mapi, ews, activesync, imap eller pop
cmd-value-duration = en tidsperiode: tall med enheter, største først, for eksempel `90s`, `15m`, `90min`, `1h 30m`, `1 hour`, `2d` eller `PT1H30M`
cmd-value-number = et heltall
cmd-value-text = tekst; sett den i anførselstegn hvis den har mellomrom
cmd-value-message = fritekst til slutten av linjen
cmd-value-address = en e-postadresse
cmd-value-phone = et telefonnummer; sett det i anførselstegn hvis det har mellomrom
cmd-value-password = et passord; det må oppfylle leierens passordregler, og skjules i historikken
cmd-value-choice = ett av de oppførte ordene
cmd-value-sspr-methods = kommadelte metoder uten mellomrom: mobile-app-notification, mobile-app-code, email, mobile-phone, office-phone, security-questions
cmd-value-named-locations = navngitte plasseringer, atskilt med komma
cmd-value-command = en hel kommando, med egne argumenter og flagg
cmd-value-topic = en kommando eller et substantiv, for eksempel `user reset-password` eller `mailbox`

## Hvorfor en linje ikke kunne leses

cmd-error-reply = feil: { $error }
cmd-error-did-you-mean = { $message }. Mente du '{ $suggestion }'?
cmd-list-or = { $rest } eller { $last }
cmd-list-and = { $rest } og { $last }
cmd-error-empty = tom linje
cmd-error-too-long = linjen er for lang: { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } byte
} (grensen er { $limit })
cmd-error-unterminated-quote = uavsluttet anførselstegn: { $quote } i kolonne { $column } lukkes aldri
cmd-error-unknown-command = ukjent kommando '{ $word }'
cmd-error-unknown-command-help = ukjent kommando '{ $word }' (skriv 'help' for å se listen)
cmd-error-cmdlet = ukjent kommando '{ $cmdlet }': det er en PowerShell-cmdlet. Her gjør { $commands } det samme; 'help { $command }' viser hvordan
cmd-error-missing-verb = '{ $noun }' trenger et verb: { $verbs }
cmd-error-unknown-verb = ukjent verb '{ $verb }' for '{ $noun }'
cmd-error-unknown-verb-list = ukjent verb '{ $verb }' for '{ $noun }' (verb: { $verbs })
cmd-error-missing-argument = argumentet { $placeholder } mangler
cmd-error-unexpected-argument = uventet argument '{ $word }'
cmd-error-unknown-flag = ukjent flagg '{ $flag }' for '{ $command }'
cmd-error-duplicate-flag = { $flag } er gitt to ganger
cmd-error-unexpected-flag-value = { $flag } tar ingen verdi
cmd-error-missing-flag-value = { $flag } trenger en verdi ({ $usage })
cmd-error-flags-together = { $flags } kan ikke brukes sammen
cmd-error-missing-flag = flagget { $flag } mangler
cmd-error-one-of-flags = oppgi ett av { $flags }
cmd-error-any-of-flags = oppgi { $flags } eller begge
cmd-error-nothing-to-change = ingenting å endre: oppgi minst ett flagg
cmd-error-needs-flag = { $given } krever { $needed }
cmd-error-goes-with = { $flag } hører sammen med { $with }, ikke { $given }
cmd-error-invalid-choice = ugyldig verdi '{ $value }' for { $flag }: forventet { $choices }
cmd-error-unknown-role = ukjent rolle '{ $role }'
cmd-error-unknown-role-help = ukjent rolle '{ $role }' (se 'help { $command }' for rollene)
cmd-error-unknown-method = ukjent metode '{ $method }': forventet { $choices }
cmd-error-unknown-protocol = ukjent protokoll '{ $protocol }': forventet { $choices }
cmd-error-invalid-duration = ugyldig tidsperiode '{ $text }': bruk et tall og en enhet, som 30s, 15m, 90min, 1h 30m, 1 hour eller 2d
cmd-error-invalid-number = ugyldig tall '{ $text }' for { $flag }: forventet et heltall fra 0 til { $maximum }
cmd-error-unknown-sspr-method = ukjent metode '{ $method }' i { $flag }: forventet { $choices }
cmd-error-ask-in-ask = ask kan ikke inneholde en annen ask
cmd-error-not-an-action = '{ $command }' gjør ingenting i leieren, så ingen kan bli bedt om å gjøre det

## Kommandoene, i hjelpens rekkefølge

cmd-users-summary = Vis leierens brukere, sortert etter navn, med antall.
cmd-users-help = Viser hver brukers navn, visningsnavn, avdeling, påloggingsstatus og om brukeren har en administratorrolle, sortert etter brukerhovednavn, og hvor mange brukere som passer. `--search` beholder brukere der navn, visningsnavn eller avdeling inneholder teksten; `--department` beholder én avdeling; begge sammen beholder brukere som passer begge. Utdata som er høyere enn terminalen, vises side for side.
cmd-users-portal = Brukere > Aktive brukere
cmd-users-flag-search = bare brukere der navn, visningsnavn eller avdeling inneholder TEXT
cmd-users-flag-department = bare brukere i denne avdelingen (store og små bokstaver ignoreres)
cmd-users-flag-filter = det eldre navnet på --search

cmd-user-show-summary = Vis en brukers konto: status, roller, passordets alder, kontaktinformasjon.
cmd-user-show-help = UPN er et fullt brukerhovednavn eller et alias som bare én bruker har, for eksempel `megan`.
cmd-user-show-portal = Brukere > Aktive brukere > velg brukeren

cmd-user-roles-summary = Vis administratorrollene en bruker har.
cmd-user-roles-help = Samme visning som `user show`, når det er rollene du ser etter.
cmd-user-roles-portal = Brukere > Aktive brukere > velg brukeren > Konto > Behandle roller

cmd-user-reset-password-summary = Tilbakestill en brukers passord.
cmd-user-reset-password-help = I administrasjonssenteret: Brukere > Aktive brukere > … > Tilbakestill passord. En tilbakestilling logger brukeren av økter som kom fra en pålogging med passord, og opphever en smart utestengelse. Den avslutter ikke økter fra pålogginger uten passord, og den fjerner ikke app-passord. Som standard må brukeren endre passordet ved neste pålogging. Den som leser et passord sendt på e-post, kjenner det.
cmd-user-reset-password-portal = Brukere > Aktive brukere > velg brukeren > Tilbakestill passord
cmd-user-reset-password-flag-auto = la tjenesten generere passordet (standard); det vises for deg én gang
cmd-user-reset-password-flag-password = angi dette passordet; det må oppfylle passordreglene
cmd-user-reset-password-flag-no-require-change = ikke krev at brukeren velger et nytt passord ved neste pålogging
cmd-user-reset-password-flag-email-to = send også det nye passordet på e-post til ADDRESS

cmd-user-block-sign-in-summary = Blokker nye pålogginger og tokenfornyelse for en bruker.
cmd-user-block-sign-in-help = Nye pålogginger mislykkes straks og oppdateringstokener slutter å virke, men et tilgangstoken som allerede er utstedt, virker til det utløper, unntatt der kontinuerlig tilgangsevaluering stanser det.
cmd-user-block-sign-in-portal = Brukere > Aktive brukere > velg brukeren > Blokker pålogging > Blokker denne brukeren fra å logge på > Lagre endringer

cmd-user-allow-sign-in-summary = La en blokkert bruker logge på igjen.
cmd-user-allow-sign-in-help = Angrer `user block-sign-in`.
cmd-user-allow-sign-in-portal = Brukere > Aktive brukere > velg brukeren > Flere handlinger (...) > Rediger påloggingsstatus

cmd-user-revoke-sessions-summary = Logg en bruker av alle økter.
cmd-user-revoke-sessions-help = Tilbakekaller alle oppdateringstokener og øktinformasjonskapsler, uansett påloggingsmetode. Tilgangstokener som allerede er utstedt, lever til de utløper, unntatt der kontinuerlig tilgangsevaluering stanser dem.
cmd-user-revoke-sessions-portal = Brukere > Aktive brukere > velg brukeren > Konto > Logg av alle økter

cmd-user-add-role-summary = Gi en bruker en administratorrolle.
cmd-role-help = ROLE er rollens alias eller visningsnavnet i anførselstegn: global-admin, privileged-auth-admin, privileged-role-admin, user-admin, groups-admin, helpdesk-admin, password-admin, auth-admin, auth-policy-admin, exchange-admin, security-admin, security-reader, global-reader, reports-reader, message-center-reader, directory-readers, guest-inviter, organization-management, cloud-device-admin, intune-admin, cloud-app-admin, app-admin, ca-admin. Leierens siste globale administrator kan ikke fjernes.

cmd-user-remove-role-summary = Ta en administratorrolle fra en bruker.

cmd-user-require-mfa-summary = Krev godkjenning med flere faktorer (MFA) for en bruker.
cmd-user-require-mfa-help = Fra nå av krever en pålogging en ekstra faktor som den som logger på, kontrollerer: en telefon, godkjenningsappen eller en sikkerhetsnøkkel.
cmd-user-require-mfa-portal = Entra ID > Brukere > Alle brukere > MFA per bruker > velg brukeren > Aktiver MFA

cmd-user-methods-summary = Vis en brukers registrerte godkjenningsmetoder og app-passord.
cmd-user-methods-help = Se etter metoder brukeren ikke kjenner igjen: en angriper kan registrere sin egen telefon eller app.
cmd-user-methods-portal = Entra ID > Brukere > Alle brukere > velg brukeren > Godkjenningsmetoder

cmd-user-remove-method-summary = Fjern en av en brukers godkjenningsmetoder.
cmd-user-remove-method-help = METHOD er en av alternate-email, mobile-phone, office-phone, authenticator-app, security-questions, fido2.
cmd-user-remove-method-portal = Entra ID > Brukere > Alle brukere > velg brukeren > Godkjenningsmetoder > metodens meny (...) > Slett

cmd-user-remove-app-passwords-summary = Slett alle en brukers app-passord.
cmd-user-remove-app-passwords-help = App-passord slipper eldre e-postklienter inn uten kontopassordet; de overlever tilbakestilling av passord og tilbakekalling av økter.
cmd-user-remove-app-passwords-portal = Entra ID > Brukere > Alle brukere > MFA per bruker > velg brukeren > Behandle brukerinnstillinger > Slett alle eksisterende app-passord generert av de valgte brukerne
cmd-user-remove-app-passwords-no-powershell = Microsoft Graph har ingen cmdlet for app-passord; MSOnline-modulen som hadde en, er avviklet.

cmd-user-contact-info-summary = Endre en brukers alternative e-postadresse eller mobiltelefon.
cmd-user-contact-info-help = Oppgi minst ett flagg. Kontroller kontaktinformasjon du ikke har satt selv: en angriper som endrer den, kan ta tilbake kontoen gjennom selvbetjent tilbakestilling av passord.
cmd-user-contact-info-portal = Entra ID > Brukere > Alle brukere > velg brukeren > Rediger egenskaper > Kontaktinformasjon
cmd-user-contact-info-flag-alternate-email = adressen som brukes til gjenoppretting og meldinger
cmd-user-contact-info-flag-mobile-phone = nummeret som brukes til tekstmeldinger og tilbakeringing

cmd-user-password-policy-summary = Endre én brukers innstillinger for passordutløp og passordstyrke.
cmd-user-password-policy-help = Oppgi minst ett flagg. Dette er bryterne i PasswordPolicies per bruker (DisablePasswordExpiration, DisableStrongPassword).
cmd-user-password-policy-no-portal = PasswordPolicies-bryterne per bruker har ingen side; Microsoft angir dem bare med PowerShell.
cmd-user-password-policy-flag-never-expires = unnta passordet fra utløpspolicyen
cmd-user-password-policy-flag-strong-password = krev et sterkt passord (på som standard)

cmd-groups-summary = Vis leierens grupper med antall medlemmer i hver.
cmd-groups-help = Siden Grupper i administrasjonssenteret, sortert etter navn. `group members GROUP` viser hvem som er med i én.
cmd-groups-portal = Team og grupper > Aktive team og grupper

cmd-group-members-summary = Vis medlemmene i en gruppe.
cmd-group-members-help = Hvert medlems navn, visningsnavn, avdeling og påloggingsstatus, sortert etter navn. Sett et navn med mellomrom i anførselstegn.
cmd-group-members-portal = Team og grupper > Aktive team og grupper > velg gruppen > Medlemskap

cmd-role-members-summary = Vis hvem som har en administratorrolle.
cmd-role-members-help = Siden Roller i administrasjonssenteret for én rolle: alle brukere som har den, sortert etter navn. Før du fjerner en global administrator, må du kontrollere at en annen blir igjen.
cmd-role-members-portal = Roller > Rolletildelinger > velg rollen > Tilordnet

cmd-mailbox-show-summary = Vis videresending, protokoller og antall regler og representanter for en postboks.
cmd-mailbox-show-help = Videresending har to adresser: ForwardingAddress (en intern mottaker) og ForwardingSmtpAddress (hvilken som helst adresse, ofte ekstern); den første gjelder når begge er satt.
cmd-mailbox-show-portal = Mottakere > Postbokser > velg postboksen

cmd-mailbox-clear-forwarding-summary = Fjern videresendingsadressene for en postboks.
cmd-mailbox-clear-forwarding-help = Tømmer ForwardingAddress og ForwardingSmtpAddress og slår av DeliverToMailboxAndForward. Innboksregler som videresender, er noe annet: se `mailbox rules`.
cmd-mailbox-clear-forwarding-portal = Brukere > Aktive brukere > velg brukeren > E-post > Behandle videresending av e-post

cmd-mailbox-rules-summary = Vis innboksreglene i en postboks.
cmd-mailbox-rules-help = Viser hver regels identitet, navn, prioritet, om den er aktivert, og dens betingelser og handlinger. Regler kan være skjult for Outlook; bare `--hidden` viser dem.
cmd-mailbox-rules-flag-hidden = ta med skjulte regler, som Outlook ikke viser
cmd-rules-no-portal = Ingen administrasjonssentre viser innboksreglene i en postboks. Bare eieren ser dem, i Outlook på nettet > Innstillinger > Innboksregler, og aldri de skjulte.

cmd-mailbox-disable-rule-summary = Slå av en innboksregel uten å slette den.
cmd-rule-help = RULE er regelens navn (i anførselstegn hvis det har mellomrom) eller regelidentiteten, slik `mailbox rules` viser dem.

cmd-mailbox-enable-rule-summary = Slå på en deaktivert innboksregel igjen.

cmd-mailbox-remove-rule-summary = Slett en innboksregel.

cmd-mailbox-delegates-summary = Vis hvem andre som har tilgang til en postboks.
cmd-mailbox-delegates-help = Viser hver postboksrepresentant med rettigheten de har: full-access, send-as eller read-permission.
cmd-mailbox-delegates-portal = Mottakere > Postbokser > velg postboksen > Delegering

cmd-mailbox-add-delegate-summary = Gi en annen bruker tilgang til en postboks.
cmd-mailbox-add-delegate-help = USER er brukeren som får tilgang. full-access åpner postboksen, send-as sender som eieren, read-permission leser tillatelsene.
cmd-mailbox-add-delegate-flag-access = rettigheten som gis (standard full-access)

cmd-mailbox-remove-delegate-summary = Fjern en annen brukers tilgang til en postboks.
cmd-mailbox-remove-delegate-help = Fjerner alle rettigheter DELEGATE har til postboksen.

cmd-mailbox-disable-protocols-summary = Slå av måter å nå en postboks på.
cmd-mailbox-disable-protocols-help = PROTOCOL er hvilken som helst av owa, mapi, ews, activesync, imap, pop; uten noen slås alle av. Eldre protokoller (imap, pop, ews) er det app-passord bruker.
cmd-mailbox-disable-protocols-portal = Brukere > Aktive brukere > velg brukeren > E-post > Behandle e-postapper

cmd-mailbox-trace-summary = Vis nylig e-post sendt til eller fra en postboks.
cmd-mailbox-trace-help = Meldingssporingen: avsender, mottakere, emne, tidspunkt og om hver melding ble levert, returnert eller videresendt.
cmd-mailbox-trace-portal = Postflyt > Meldingssporing > Start en sporing

cmd-restricted-list-summary = Vis avsendere som er begrenset fra å sende e-post.
cmd-restricted-list-help = Siden Begrensede enheter i Microsoft Defender-portalen: brukere som har passert en utgående grense og ikke kan sende.
cmd-restricted-list-portal = E-post og samarbeid > Gjennomgang > Begrensede enheter

cmd-restricted-release-summary = La en begrenset avsender sende e-post igjen.
cmd-restricted-release-help = Sendingen fortsetter etter en forsinkelse, vanligvis innen en time. En konto kan bare frigis noen få ganger; etter det kan bare Microsoft-kundestøtte gjøre det. En avsender hvis konto fortsatt er i en angripers hender, blir snart begrenset igjen.
cmd-restricted-release-portal = E-post og samarbeid > Gjennomgang > Begrensede enheter > velg brukeren > Opphev blokkering

cmd-policy-outbound-summary = Endre policyen for utgående søppelpost.
cmd-policy-outbound-help = Oppgi minst ett flagg. Med block-user forblir en begrenset avsender blokkert til en administrator frigir den; med block-user-for-today (tjenestens standard) til neste UTC-døgn, og ingen administrator kan frigi den tidligere; alert varsler bare.
cmd-policy-outbound-portal = E-post og samarbeid > Policyer og regler > Trusselpolicyer > Søppelpostfilter > Policy for utgående søppelpost (standard) > Rediger beskyttelsesinnstillinger
cmd-policy-outbound-flag-external-recipients-per-hour = grense for eksterne mottakere per time (0 til 10000)
cmd-policy-outbound-flag-internal-recipients-per-hour = grense for interne mottakere per time (0 til 10000)
cmd-policy-outbound-flag-recipients-per-day = grense for mottakere per døgn (0 til 10000)
cmd-policy-outbound-flag-action = hva som skjer når en avsender passerer en grense
cmd-policy-outbound-flag-auto-forwarding = automatisk ekstern videresending (automatic betyr av)

cmd-logs-sign-ins-summary = Vis påloggingsloggen, for alle eller én bruker.
cmd-logs-sign-ins-help = Nyeste først: tidspunkt, bruker, IP-adresse, klientapp, plassering, resultat og feilkode (50053 låst ute, 50057 blokkert, 50055 passordet er utløpt, 50126 feil passord). Pålogginger fra en adresse og et sted brukeren aldri bruker, skiller seg ut; et passordsprayangrep kommer fra flere adresser.
cmd-logs-sign-ins-portal = Entra ID > Overvåking og tilstand > Påloggingslogger

cmd-logs-audit-summary = Vis overvåkingsloggen, for alle eller om én bruker.
cmd-logs-audit-help = Nyeste først: hvem som endret hva, når, fra hvilken IP-adresse og hvilket sted: roller, påloggingsstatus, passord (også selvbetjent), registrert sikkerhetsinformasjon og app-passord, innboksregler, videresending og tillatelser. Se også på hva som skjedde rett før hendelsen.
cmd-logs-audit-portal = Løsninger > Overvåking > Søk

cmd-alerts-summary = Vis sikkerhetsvarsler.
cmd-alerts-help = Varsler tjenesten har utløst, for eksempel en bruker som er begrenset fra å sende e-post.
cmd-alerts-portal = Hendelser og varsler > Varsler

cmd-policy-show-summary = Vis leierens policyer for utestengelse, passord og utgående søppelpost.
cmd-policy-show-help = Alt som `policy password-expiration` og `policy outbound` endrer, og innstillingene for smart utestengelse.
cmd-policy-show-no-portal = Ingen side viser dem samlet: passordutløp er i administrasjonssenteret for Microsoft 365 (Innstillinger > Organisasjonsinnstillinger > Sikkerhet og personvern), policyen for utgående søppelpost i Microsoft Defender-portalen (E-post og samarbeid > Policyer og regler > Trusselpolicyer > Søppelpostfilter), smart utestengelse i administrasjonssenteret for Microsoft Entra (Entra ID > Godkjenningsmetoder > Passordbeskyttelse).

cmd-policy-password-expiration-summary = Angi når passord utløper, for hele organisasjonen.
cmd-policy-password-expiration-help = Et utløpt passord hindrer pålogging til det er endret.
cmd-policy-password-expiration-portal = Innstillinger > Organisasjonsinnstillinger > Sikkerhet og personvern > Utløpspolicy for passord
cmd-policy-password-expiration-flag-never = passord utløper aldri (standard for nye leiere)
cmd-policy-password-expiration-flag-days = passord utløper etter N dager (14 til 730)

cmd-sspr-show-summary = Vis policyen for selvbetjent tilbakestilling av passord.
cmd-sspr-show-help = Hvem som kan tilbakestille sitt eget passord, med hvor mange og hvilke metoder, og om brukerne må registrere metoder.
cmd-sspr-portal = Entra ID > Tilbakestilling av passord > Egenskaper, Godkjenningsmetoder, Registrering
cmd-sspr-no-powershell = Microsoft Graph PowerShell har ingen cmdlet for hvem som kan bruke selvbetjent tilbakestilling av passord, eller hvilke metoder den ber om.

cmd-sspr-set-summary = Endre policyen for selvbetjent tilbakestilling av passord.
cmd-sspr-set-help = Oppgi minst ett flagg; de andre forblir som de er. LIST nevner hvilke som helst av mobile-app-notification, mobile-app-code, email, mobile-phone, office-phone, security-questions. Administratorer trenger alltid to metoder og kan ikke bruke sikkerhetsspørsmål, uansett hva denne policyen sier.
cmd-sspr-set-flag-scope = hvem som kan bruke selvbetjent tilbakestilling
cmd-sspr-set-flag-group = gruppen som kan bruke den (betyr --scope selected)
cmd-sspr-set-flag-methods-required = metoder en bruker må bestå
cmd-sspr-set-flag-methods = kommadelte metoder brukerne kan bruke
cmd-sspr-set-flag-require-registration = be brukerne registrere seg ved pålogging
cmd-sspr-set-flag-reconfirm-days = dager før brukerne bekrefter metodene sine på nytt (0 er aldri)

cmd-sspr-reset-summary = Gå gjennom selvbetjent tilbakestilling som en bruker («Glemt passord»).
cmd-sspr-reset-help = Bare når scenarioet lar deg handle som den brukeren. Brukeren må være omfattet av policyen og bestå det påkrevde antallet registrerte metoder; en vellykket tilbakestilling opphever også en smart utestengelse.
cmd-sspr-reset-no-portal = Brukeren gjør det selv, ikke en administrator: Glemt passord på påloggingssiden.
cmd-sspr-reset-no-powershell = Selvbetjent tilbakestilling av passord er brukerens egen; ingen cmdlet for administratorer går gjennom den.
cmd-sspr-reset-flag-password = det nye passordet (et sterkt standardpassord når det utelates)

cmd-notify-summary = Fortell en bruker noe, eventuelt det nye passordet.
cmd-notify-help = Med `--via phone` eller `sms` går meldingen til nummeret som er registrert; med `email` til brukerens postboks, med mindre `--to` angir en annen adresse. MESSAGE er resten av linjen; med --password og ingen melding står det «Your password was reset.» Den som mottar et passord, kjenner det: alle som leser postboksen, og alle adresser den videresender til.
cmd-notify-no-portal = Å fortelle en bruker noe skjer utenfor leieren: på telefon, i en tekstmelding, ansikt til ansikt eller med e-post fra din egen postboks.
cmd-notify-no-powershell = Det du forteller en bruker, er en samtale, ikke en endring i leieren.
cmd-notify-flag-via = hvordan meldingen når personen
cmd-notify-flag-to = med --via email: send hit i stedet for til brukerens postboks
cmd-notify-flag-password = ta med passordet du har satt for brukeren

cmd-verify-summary = Kontroller gjennom en pålitelig kanal at den som ringer, virkelig er denne brukeren.
cmd-verify-help = `callback` legger på og ringer nummeret som er registrert, `manager` spør brukerens leder, `in-person` ser personen med legitimasjon. Gjør det før du handler på en forespørsel som kom på telefon eller e-post.
cmd-verify-no-portal = Å kontrollere hvem som ringer, skjer utenfor leieren: ring tilbake til nummeret som er registrert, spør lederen, se personen.
cmd-verify-no-powershell = Ingen cmdlet kontrollerer hvem som ringer.
cmd-verify-flag-via = hvordan du kontrollerer

cmd-ask-summary = Be en annen administrator kjøre en kommando for deg.
cmd-ask-help = UPN er den andre administratoren. Vedkommende handler med sine egne roller, etter en forsinkelse; bruk det når du mangler en tillatelse, eller når du ikke kan logge på selv. COMMAND er en hvilken som helst kommando som virker på leieren, med egne flagg. Et nytt passord vedkommende setter, er deres å gi videre: du ser det bare når det er ditt eget (de leser det opp for deg). Anrop og varsler som kommer i mellomtiden, vises på sitt tidspunkt.
cmd-ask-no-portal = Den andre administratoren gjør det der selve kommandoen gjøres, pålogget med sin egen konto og sine egne roller.
cmd-ask-no-powershell = Den andre administratoren kjører kommandoens egen cmdlet i sin egen økt.

cmd-support-call-summary = Ring Microsoft-kundestøtte.
cmd-support-call-help = Kundestøtte kan gjøre det ingen administrator i leieren kan, men det tar lang tid: en siste utvei. Uten flagg bekrefter kundestøtte at du eier leieren, og tilbakestiller ditt eget passord (når ingen global administrator kan logge på). Med --release frigir kundestøtte en begrenset avsender som administratorene ikke lenger kan frigi (etter frigivelsesgrensen).
cmd-support-call-flag-release = be kundestøtte frigi denne begrensede avsenderen
cmd-support-call-portal = Støtte > Hjelp og støtte > Kontakt kundestøtte
cmd-support-call-no-powershell = Ingen cmdlet åpner en støtteforespørsel.

cmd-help-summary = Vis kommandoene, eller forklar én kommando eller ett substantiv.
cmd-help-help = Uten emne vises alle kommandoer etter område. Med et substantiv (`help mailbox`) vises kommandoene for det; med en kommando (`help user reset-password`) vises bruken, hva den gjør, flaggene og et eksempel.

cmd-brief-summary = Vis scenarioets oppdragsbeskrivelse igjen.
cmd-brief-help = Gjentar det du fikk vite i starten: hvem som ringte, hva som skjer, og hva du blir bedt om å gjøre.

cmd-status-summary = Vis hvor økten står.
cmd-status-help = Et sammendrag av økten så langt: den simulerte tiden, kontoen du handler som og rollene dens, brukerne du kan handle som, og forespørsler som ikke har trådt i kraft ennå (frigivelse av en begrenset avsender).

cmd-clock-summary = Vis den simulerte tiden.
cmd-clock-help = Tiden i leieren går mens du arbeider, slik den ville gjort for en ekte administrator: hvert oppslag (`users`, `user show`, `mailbox rules`) tar 20 sekunder simulert tid og hver endring (`user reset-password`, `mailbox remove-rule`) 60 sekunder; `ask` tar 10 minutter og `support call` 26 timer, og `wait` lar mer tid gå. Øktkommandoer (`help`, `status`, `clock`, `history`) tar ingen tid. Det du ville lagt merke til i mellomtiden (anrop, svar, varsler), vises sammen med kommandoen.

cmd-wait-summary = La simulert tid gå.
cmd-wait-help = Alt som skal skje, skjer mens du venter, i rekkefølge: angriperens og brukernes trekk, tokener som utløper, kontinuerlig tilgangsevaluering som når Exchange, frigivelse av en begrenset avsender som trer i kraft. DURATION er et tall med en enhet (d, h, m, s, eller ord som `min`, `hour`, `days`); deler kan kombineres, største først: `90s`, `15m`, `90min`, `1h 30m`, `1 hour`, `2d 4h`; ISO 8601 (`PT1H30M`) virker også. Én venting varer høyst 30 dager. Det du ville lagt merke til i mellomtiden, vises på sitt tidspunkt: en bruker som ringer brukerstøtten (`09:30 ☎ ... calls`), en bruker som svarer etter at du har gitt dem et passord, et nytt varsel.

cmd-hint-summary = Få et hint om hva du bør se på nå.
cmd-hint-help = Foreslår hvor du bør se videre i dette scenarioet, uten å gjøre noe for deg.

cmd-check-summary = Se hvilke av scenarioets mål som er nådd så langt.
cmd-check-help = Øvingsmodus: poengsummen så langt, trinnene som er gjort, hvilke resultatmål som er nådd, og bruddene, uten å avslutte økten. Den viser ikke trinnene som fortsatt mangler: `hint` foreslår det neste, mot en kostnad.

cmd-history-summary = Vis kommandoene som er skrevet i denne økten.
cmd-history-help = Nummerert, med den simulerte tiden hver ble skrevet; passord er skjult. Pil opp og Pil ned henter dem frem ved ledeteksten, og Ctrl-R søker i dem.

cmd-clear-summary = Tøm skjermen.
cmd-clear-help = Tømmer terminalen, slik Ctrl-L gjør; økten og historikken beholdes.

cmd-submit-summary = Avslutt scenarioet og få poengrapporten.
cmd-submit-help = Bruk den når du mener hendelsen er håndtert: rapporten sier hva du gjorde bra, og hva angriperen fortsatt kunne gjøre.

cmd-quit-summary = Forlat scenarioet uten poengsum.
cmd-quit-help = Avslutter uten å levere: ingenting blir vurdert. Ved tastaturet blir du først bedt om å bekrefte; fra en pipe avslutter `play` straks og leverer aldri. Øktfilen tar vare på det du gjorde, så `tenantdrill play --resume FILE` fortsetter. (`tenantdrill run` vurderer likevel kommandoene den fikk: jobben dens er rapporten.)

# Alert triage
cmd-logs-sign-ins-flag-ip = bare pålogginger fra denne IP-adressen, for alle brukere: hvem ellers angriperen logget på som
cmd-alert-resolve-summary = Løs et varsel med vurderingen din: sann positiv, harmløs eller falsk positiv.
cmd-alert-resolve-help = Registrerer klassifiseringen på varselet, slik Defender-portalen gjør når du løser et varsel.
cmd-alert-resolve-flag-verdict = true-positive (ondsinnet), benign (det skjedde og var forventet: «Informational, expected activity») eller false-positive (ingenting mistenkelig skjedde)
cmd-alert-resolve-flag-reason = hvorfor, med dine egne ord (lagres på varselet slik du skriver det)
cmd-mailbox-search-forwarding-summary = Finn alle postbokser som sender e-post til en adresse, med videresending eller med en innboksregel.
cmd-mailbox-search-forwarding-help = Ser lenger enn én bruker: hvem andre videresender til samme mål.
cmd-alert-resolve-portal = Hendelser og varsler > Varsler > velg varselet > Behandle varsel > Klassifisering
cmd-search-forwarding-no-portal = Ingen administrasjonssenter viser postboksene som videresender til en adresse; rapporten over automatisk videresendte meldinger i Exchange-administrasjonssenteret (Rapporter > E-postflyt) viser bare meldinger som allerede er videresendt.
# Registered devices.
cmd-user-devices-summary = List opp enhetene som er registrert på en bruker.
cmd-user-devices-help = Se etter enheter brukeren ikke kjenner igjen: en angriper med en stjålet økt kan koble til en egen enhet, som logger på igjen uten passordet.
cmd-user-disable-device-summary = Deaktiver en enhet som er registrert på en bruker, slik at den ikke lenger kan logge på.
cmd-user-disable-device-help = DEVICE er enhetens navn slik `user devices` viser det.
cmd-user-delete-device-summary = Slett en enhet som er registrert på en bruker.
cmd-user-delete-device-help = DEVICE er enhetens navn slik `user devices` viser det.
cmd-user-devices-portal = Entra ID > Brukere > Alle brukere > velg brukeren > Enheter
cmd-user-disable-device-portal = Entra ID > Enheter > Alle enheter > velg enheten > Deaktiver
cmd-user-delete-device-portal = Entra ID > Enheter > Alle enheter > velg enheten > Slett

cmd-section-applications = Bedriftsapper
cmd-app-flag-user = Bare tildelingene som lar appen opptre som denne brukeren.
cmd-apps-summary = List opp bedriftsappene og innstillingen for brukersamtykke.
cmd-apps-help = Alle apper med tilgang til organisasjonens data, med utgiver, om Microsoft har bekreftet utgiveren, og om brukere kan logge på den. Se etter navn som etterligner et kjent produkt, intetsigende eller feilstavede navn og ubekreftede utgivere.
cmd-apps-portal = Entra ID > Bedriftsapper > Alle programmer
cmd-app-show-summary = Vis egenskapene til en app og de delegerte tillatelsestildelingene dens.
cmd-app-show-help = APP er appens visningsnavn (i anførselstegn når det har mellomrom), program-ID-en eller objekt-ID-en. Se på svar-URL-en og tillatelsene den har: Mail.*, Contacts.*, MailboxSettings.*, Files.* og lignende leser en brukers data.
cmd-app-show-portal = Entra ID > Bedriftsapper > Alle programmer > velg appen > Egenskaper, Tillatelser
cmd-app-grants-summary = List opp delegerte tillatelsestildelinger: for én app, for å opptre som én bruker, eller alle.
cmd-app-grants-help = Hver tildeling viser appen, samtykketypen (AllPrincipals: en administrator samtykket for alle; Principal: én bruker samtykket for seg selv), når og omfangene. En tildeling med offline_access virker fortsatt etter at passordet er tilbakestilt.
cmd-app-grants-portal = Entra ID > Bedriftsapper > Alle programmer > velg appen > Tillatelser
cmd-app-revoke-grants-summary = Tilbakekall de delegerte tillatelsestildelingene til en app.
cmd-app-revoke-grants-help = Uten `--user` alle tildelingene til appen; med det bare tildelingen den brukeren ga. Tokener appen allerede har, virker til de utløper; så lenge det fortsatt går an å samtykke til appen, kan en bruker den lurer én gang, gi den tilgang igjen.
cmd-app-revoke-grants-portal = Entra ID > Bedriftsapper > Alle programmer > velg appen > Tillatelser > Brukersamtykke > Tilbakekall tillatelse
cmd-app-disable-summary = Deaktiver en app: ingen kan logge på den eller samtykke til den.
cmd-app-disable-help = Setter «Aktivert for pålogging av brukere?» til Nei. En deaktivert app får ingen nye tokener, og ingen bruker kan gi den samtykke igjen: Microsofts håndbok deaktiverer en skadelig app i stedet for å slette den.
cmd-app-disable-portal = Entra ID > Bedriftsapper > Alle programmer > velg appen > Egenskaper > Aktivert for pålogging av brukere? > Nei > Lagre
cmd-app-delete-summary = Slett en bedriftsapp og tildelingene dens.
cmd-app-delete-help = En slettet app er borte fra leieren, men den kan komme tilbake: neste bruker som samtykker til den, legger den til igjen. Deaktiver heller en skadelig app.
cmd-app-delete-portal = Entra ID > Bedriftsapper > Alle programmer > velg appen > Egenskaper > Slett
cmd-app-user-consent-summary = Velg hva brukere kan samtykke til på egen hånd.
cmd-app-user-consent-help = allow-all lar brukere samtykke til alle apper for tillatelser som ikke krever administratorsamtykke; verified-publishers bare til apper fra bekreftede utgivere for tillatelser med lav innvirkning; do-not-allow overlater samtykke til administratorer. Eksisterende tildelinger blir som de er.
cmd-app-user-consent-flag-setting = Innstillingen: allow-all, verified-publishers eller do-not-allow.
cmd-app-user-consent-portal = Entra ID > Bedriftsapper > Samtykke og tillatelser > Innstillinger for brukersamtykke

# Conditional Access, ID Protection and the password spray playbook.
cmd-ca-locations-summary = Vis de navngitte plasseringene (IP-områder) som betinget tilgang kan bruke.
cmd-ca-locations-help = En navngitt plassering viser IPv4-områder i CIDR-notasjon; en policy for betinget tilgang kan blokkere pålogginger derfra.
cmd-ca-locations-portal = Entra ID > Betinget tilgang > Navngitte plasseringer
cmd-ca-add-location-summary = Opprett en navngitt plassering fra IPv4-områder (en plassering med IP-områder).
cmd-ca-add-location-help = Hvert RANGE er et IPv4-område i CIDR-notasjon, for eksempel 102.89.0.0/16, eller én adresse (regnes som /32). Plasseringen blokkerer ingenting alene: det gjør en policy laget med `ca add-policy --block-locations`.
cmd-ca-add-location-portal = Entra ID > Betinget tilgang > Navngitte plasseringer > Plassering med IP-områder
cmd-ca-policies-summary = Vis policyene for betinget tilgang.
cmd-ca-policies-help = Viser hver policy, om den er på, og hva den gjør: blokkerer pålogginger fra navngitte plasseringer, blokkerer eldre godkjenning eller krever MFA fra nettlesere og moderne klienter.
cmd-ca-policies-portal = Entra ID > Betinget tilgang > Policyer
cmd-ca-add-policy-summary = Opprett en policy for betinget tilgang for alle brukere som blokkerer tilgang, slått på.
cmd-ca-add-policy-help = Med --block-locations blokkerer policyen alle pålogginger fra de oppgitte navngitte plasseringene; med --block-legacy-auth blokkerer den klienter med eldre godkjenning (Exchange ActiveSync og andre klienter som IMAP og POP). En policy gjelder nye pålogginger og oppdateringstokener som løses inn fra da av: et tilgangstoken som allerede er utstedt, virker til det utløper (opptil 90 minutter), og en økt som fornyes fra et sted policyen ikke blokkerer, fortsetter, så tilbakekall øktene til en konto angriperen er inne i.
cmd-ca-add-policy-flag-block-locations = blokker pålogginger fra disse navngitte plasseringene (kommadelt)
cmd-ca-add-policy-flag-block-legacy-auth = blokker klienter med eldre godkjenning
cmd-ca-add-policy-portal = Entra ID > Betinget tilgang > Policyer > Ny policy
cmd-risky-users-summary = Vis brukerne som er bekreftet kompromittert i ID-beskyttelse.
cmd-risky-users-help = Viser brukerne en administrator har bekreftet kompromittert, med høyt risikonivå. ID-beskyttelsens egne risikoregistreringer og risikopolicyer simuleres ikke.
cmd-risky-users-portal = Entra ID > ID-beskyttelse > Risikable brukere
cmd-user-confirm-compromised-summary = Bekreft at en bruker er kompromittert i ID-beskyttelse (høy brukerrisiko).
cmd-user-confirm-compromised-help = Håndboken for passordspraying ber deg merke hver kompromitterte konto slik. Brukeren registreres som risikabel med høyt risikonivå; det blokkerer, tilbakestiller eller logger ikke ut noen av seg selv.
cmd-user-confirm-compromised-portal = Entra ID > ID-beskyttelse > Risikable brukere > velg brukeren > Bekreft at brukeren er kompromittert
