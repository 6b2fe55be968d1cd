# views: nb
# Feltnavn fra de ekte cmdletene (UserPrincipalName, ForwardingSmtpAddress,
# RuleIdentity, ...) står ikke her: de er like på alle språk.

## Common words

view-yes = ja
view-no = nei
view-none = (ingen)
view-none-word = ingen

## Users and groups

view-users-header-blocked = Blokkert
view-users-header-admin = Administrator
view-users-count = { $count ->
    [one] { $count } bruker
   *[other] { $count } brukere
}
view-users-shown = Viser { $shown } av { $count } brukere; begrens utvalget med --search eller --department
view-groups-none = (ingen grupper)
view-groups-header-group = Gruppe
view-groups-header-members = Medlemmer
view-groups-count = { $count ->
    [one] { $count } gruppe
   *[other] { $count } grupper
}
view-members-heading = Medlemmer av { $of }:
view-members-of-group = gruppen «{ $name }»
view-members-of-role = rollen «{ $role }»
view-members-count = { $count ->
    [one] { $count } medlem
   *[other] { $count } medlemmer
}

## One user

view-user-usual-location = Vanlig plassering
view-user-sign-in-blocked = Pålogging blokkert
view-user-roles = Roller
view-user-mfa-required = MFA påkrevd
view-user-alternate-email = Alternativ e-postadresse
view-user-mobile-phone = Mobiltelefon
view-user-password-last-set = Passord sist angitt
view-user-password-never-expires = Passordet utløper aldri
view-user-must-change-password = Må endre passord
view-user-licensed = Lisensiert (postboks)
view-methods-heading = Godkjenningsmetoder for { $upn }:
view-methods-none = (ingen registrert)

## Roles, as the admin center names them

view-role-global-administrator = Global administrator
view-role-privileged-authentication-administrator = Privilegert godkjenningsadministrator
view-role-privileged-role-administrator = Privilegert rolleadministrator
view-role-user-administrator = Brukeradministrator
view-role-groups-administrator = Gruppeadministrator
view-role-helpdesk-administrator = Brukerstøtteadministrator
view-role-password-administrator = Passordadministrator
view-role-authentication-administrator = Godkjenningsadministrator
view-role-authentication-policy-administrator = Administrator for godkjenningspolicy
view-role-exchange-administrator = Exchange-administrator
view-role-security-administrator = Sikkerhetsadministrator
view-role-security-reader = Sikkerhetsleser
view-role-global-reader = Global leser
view-role-reports-reader = Rapportleser
view-role-message-center-reader = Leser for meldingssenteret
view-role-directory-readers = Katalogleser
view-role-guest-inviter = Gjesteinviterer

## Sign-in log and audit log (the portal's column names)

view-log-header-date = Dato (UTC)
view-log-header-ip = IP-adresse
view-log-header-location = Plassering
view-sign-ins-header-user = Bruker
view-sign-ins-header-client = Klientapp
view-sign-ins-header-status = Status
view-sign-in-success = Vellykket
view-sign-in-failure = Feil { $code }
view-sign-ins-none = (ingen pålogginger)
view-audit-header-actor = Aktør
view-audit-header-activity = Aktivitet
view-audit-header-target = Mål
view-audit-header-details = Detaljer
view-audit-none = (ingen oppføringer i overvåkingsloggen)
view-client-browser = Nettleser
view-client-app-password = { $protocol } (app-passord)
view-client-non-interactive = Ikke-interaktiv
view-client-non-interactive-device = Ikke-interaktiv (PRT)
view-client-passwordless = Authenticator-app
view-audit-activity-delete-app-passwords = Slett app-passord
view-audit-activity-create-app-password = Opprett app-passord
view-audit-activity-update-sspr-policy = Oppdater policy for tilbakestilling av passord
view-audit-detail-sessions = { $count ->
    [one] { $count } økt
   *[other] { $count } økter
}
view-audit-detail-app-passwords = { $count ->
    [one] { $count } app-passord
   *[other] { $count } app-passord
}
view-audit-detail-contact-info = kontaktinformasjon
view-audit-detail-passwords-never-expire = passord utløper aldri
view-audit-detail-passwords-expire = { $days ->
    [one] passord utløper etter { $days } dag
   *[other] passord utløper etter { $days } dager
}
view-audit-detail-sspr = { $count ->
    [one] aktivert for: { $scope }; { $count } metode kreves
   *[other] aktivert for: { $scope }; { $count } metoder kreves
}
view-audit-detail-outbound = { $external } eksterne/t, { $internal } interne/t, { $day } per dag, handling: { $action }, automatisk videresending: { $forwarding }
view-audit-detail-protocols-disabled = deaktivert: { $protocols }
view-audit-detail-sending-resumes = sendingen gjenopptas { $time }
view-audit-detail-sspr-knew = brukeren kjente det gjeldende passordet
view-audit-detail-sspr-forgot = brukeren hadde glemt passordet

## What the person signing in is told

view-sign-in-message-success = Logget på.
view-sign-in-message-must-change = Du må oppdatere passordet fordi dette er første gang du logger på, eller fordi passordet er utløpt.
view-sign-in-message-wrong-password = Kontoen eller passordet er feil.
view-sign-in-message-locked = Kontoen din er midlertidig låst for å hindre uautorisert bruk. Prøv igjen senere.
view-sign-in-message-disabled = Kontoen din er låst. Kontakt brukerstøtte for å låse den opp, og prøv deretter på nytt.
view-sign-in-message-expired = Passordet ditt er utløpt.
view-sign-in-message-mfa = Mer informasjon kreves: godkjenn påloggingen med den andre faktoren.
view-sign-in-message-unknown-user = Dette brukernavnet kan være feil.
view-sign-in-message-token-revoked = Økten din er utløpt. Logg på igjen.
view-temporary-password = Passordet for { $upn } er tilbakestilt. Nytt passord: { $password }
view-temporary-password-share = Gi det til brukeren gjennom en kanal bare brukeren kan lese.

## Policies

view-policies-password-expiration = Utløpspolicy for passord
view-policies-smart-lockout = Smart utestengelse
view-policies-outbound-spam = Policy for utgående søppelpost
view-policies-never = aldri
view-policies-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dager
}
view-policies-lockout = terskel { $threshold }, første utestengelse { $first } s, vekst x{ $growth }, høyst { $maximum } s
view-policies-outbound = { $external } eksterne/t, { $internal } interne/t, { $daily } per dag, handling: { $action }, automatisk videresending: { $forwarding }
view-outbound-action-block-user = begrens brukeren fra å sende e-post
view-outbound-action-block-user-for-today = begrens brukeren fra å sende e-post til neste dag
view-outbound-action-alert = bare varsel
view-auto-forwarding-automatic = automatisk (systemstyrt)
view-auto-forwarding-on = på (videresending er aktivert)
view-auto-forwarding-off = av (videresending er deaktivert)
view-sspr-enabled = Selvbetjent tilbakestilling av passord aktivert
view-sspr-methods-required = Antall metoder som kreves for tilbakestilling
view-sspr-methods-available = Metoder tilgjengelig for brukere
view-sspr-require-registration = Krev at brukere registrerer seg
view-sspr-reconfirm-days = Dager før ny bekreftelse
view-sspr-administrators = Administratorer: alltid aktivert, to metoder, ingen sikkerhetsspørsmål
view-sspr-scope-none = Ingen
view-sspr-scope-selected = Valgt (gruppen «{ $group }»)
view-sspr-scope-all = Alle
view-sspr-method-app-notification = Varsel i mobilapp
view-sspr-method-app-code = Kode fra mobilapp
view-sspr-method-email = E-post
view-sspr-method-mobile-phone = Mobiltelefon
view-sspr-method-office-phone = Kontortelefon
view-sspr-method-security-questions = Sikkerhetsspørsmål

## Mailboxes

view-mailbox-mailbox = Postboks
view-mailbox-rules = Innboksregler (synlige)
view-mailbox-delegates = Postboksrepresentanter
view-mailbox-disabled-protocols = Deaktiverte protokoller
view-mailbox-restricted = Begrenset fra å sende
view-rules-heading = Innboksregler for { $upn }:
view-rules-none = (ingen regler)
view-delegates-heading = Postbokstillatelser for { $upn }:
view-delegates-owner-only = (bare eieren)
view-mail-read = { $count ->
    [one] { $count } melding lest i { $upn }
   *[other] { $count } meldinger lest i { $upn }
}

## What an inbox rule does, as Outlook describes it

view-rule-description = { $conditions }: { $actions }
view-rule-every-message = alle meldinger
view-rule-and = og
view-rule-from = fra { $address }
view-rule-subject-contains = emnet inneholder { $words }
view-rule-body-contains = brødteksten inneholder { $words }
view-rule-subject-or-body-contains = emnet eller brødteksten inneholder { $words }
view-rule-has-attachment = har vedlegg
view-rule-sent-to = sendt til { $address }
view-rule-forward-to = videresend til { $targets }
view-rule-forward-as-attachment-to = videresend som vedlegg til { $targets }
view-rule-redirect-to = omdiriger til { $targets }
view-rule-move-to = flytt til { $folder }
view-rule-delete = slett
view-rule-mark-as-read = merk som lest
view-rule-stop-processing = stopp behandling av flere regler

## Message trace, restricted entities, alerts

view-trace-status-delivered = Levert
view-trace-status-forwarded = Videresendt
view-trace-status-failed = Mislyktes
view-trace-status-sent = Sendt
view-trace-none = (ingen meldinger i sporingsvinduet)
view-restricted-since = begrenset { $at } ({ $limit })
view-restricted-release-pending = , frigivelse venter til { $at }
view-restricted-none = (ingen begrensede enheter)
view-limit-external-per-hour = eksterne mottakere per time
view-limit-internal-per-hour = interne mottakere per time
view-limit-per-day = mottakere per dag
view-limit-service-per-day = tjenestens grense for mottakere per dag
view-limit-service-messages-per-minute = tjenestens grense for meldinger per minutt
view-limit-service-recipients-per-message = tjenestens grense for mottakere per melding
view-severity-low = Lav
view-severity-medium = Middels
view-severity-high = Høy
view-alerts-none = (ingen varsler)

## Short answers

view-note-no-forwarding = { $upn } har ingen videresending angitt.
view-note-already-delegated = { $delegate } har allerede { $access } på { $upn }.
view-note-sign-in-already-blocked = Pålogging for { $upn } er allerede blokkert.
view-note-sign-in-already-allowed = Pålogging for { $upn } er allerede tillatt.
view-note-already-holds-role = { $upn } har allerede rollen { $role }.
view-note-mfa-already-required = MFA er allerede påkrevd for { $upn }.
view-note-session-accepted = Økt { $session } godtatt.
view-note-caller-genuine = Bekreftet: forespørselen kommer virkelig fra { $upn }.
view-note-caller-confirmed-by-answerer = Personen som svarte, bekrefter forespørselen for { $upn }.
view-note-caller-impostor-callback = { $upn } svarer når du ringer tilbake, og har aldri bedt om dette: den som ringte, var ikke { $upn }.
view-note-caller-impostor-manager = Lederen til { $upn } sjekker med brukeren: det er aldri bedt om dette. Den som ringte, var ikke { $upn }.
view-note-caller-impostor-in-person = { $upn } sitter ved pulten sin og har aldri bedt om dette: den som ringte, var ikke { $upn }.
view-note-password-changed = Passordet er endret.
view-note-password-reset-by-self = Passordet ditt er tilbakestilt.
view-note-release-in-progress = Frigivelse av { $upn } pågår allerede; sendingen gjenopptas kl. { $time }.
view-note-release-requested = { $upn } kan sende igjen om omtrent { $delay } (kl. { $time }).

## Notices: what the trainee notices while working

notice-call = { $time } ☎ { $name } ringer: «{ $said }»
notice-said-cannot-sign-in = Jeg får ikke logget på.
notice-said-cannot-sign-in-because = Jeg får ikke logget på. Det står: { $message } (AADSTS{ $code })
notice-said-mail-bounces = E-posten min kommer hele tiden i retur: 550 5.1.8 Access denied, bad outbound sender. Jeg får ikke sendt noe.
notice-reply-back-in = { $time } ✉ { $name } svarer: «Takk, passordet virker: jeg er inne igjen.»
# Tittelen er varselnavnet i Defender-portalen, på engelsk på alle språk.
notice-alert = { $time } ⚠ Nytt varsel ({ $severity }): { $title }, { $user }

## Message trace and alert details

view-trace-recipients = { $count ->
    [one] { $count } mottaker
   *[other] { $count } mottakere
}
view-trace-outside-recipients = { $count ->
    [one] { $count } ekstern mottaker
   *[other] { $count } eksterne mottakere
}
view-trace-forwarded-by-rule = videresendt av innboksregelen «{ $rule }»
view-trace-forwarded-by-mailbox = videresendt av postboksens videresending
view-alert-rule = regel «{ $rule }»
view-alert-forwarded-to = videresendt til { $address }

# Alert triage
view-alert-status-new = Ny
view-alert-status-resolved = Løst
view-classification-true-positive = Sann positiv
view-classification-informational = Informativ, forventet aktivitet
view-classification-false-positive = Falsk positiv
view-alert-resolved = Klassifisering: { $verdict } (løst av { $by })
view-alert-resolved-comment = Klassifisering: { $verdict } (løst av { $by }): { $comment }
view-forwarding-search-heading = Postbokser som sender e-post til { $address }:
view-forwarding-search-mailbox = videresending på postboksen
view-forwarding-search-rule = innboksregel «{ $rule }» ({ $state })
view-forwarding-search-rule-enabled = aktivert
view-forwarding-search-rule-disabled = deaktivert
view-forwarding-search-rule-enabled-hidden = aktivert, skjult
view-forwarding-search-rule-disabled-hidden = deaktivert, skjult
view-forwarding-search-none = (ingen)
# Places the logs show that are the simulator's own (not a city).
view-place-office = Kontor
view-place-hotel-wifi = Hotell-Wi-Fi
# The audit log's target of a password reset policy change: the Entra page (glossary #21).
view-audit-target-password-reset = Tilbakestilling av passord
# Registered devices and token theft.
view-methods-registered = registrert { $at }
view-devices-heading = Enheter registrert på { $upn }:
view-devices-header-name = Navn
view-devices-header-os = OS
view-devices-header-enabled = Aktivert
view-devices-header-registered = Registrert
view-devices-enabled-yes = Ja
view-devices-enabled-no = Nei
view-devices-none = (ingen enheter)
view-note-device-already-disabled = Enheten { $device } for { $upn } er allerede deaktivert.
view-role-cloud-device-administrator = Skyenhetsadministrator
view-role-intune-administrator = Intune-administrator
view-role-cloud-application-administrator = skyprogramadministrator
view-role-application-administrator = programadministrator
view-apps-user-consent = Brukersamtykke for programmer: { $setting }
view-apps-header-name = Navn
view-apps-header-publisher = Utgiver
view-apps-header-verified = Bekreftet
view-apps-header-enabled = Aktivert
view-apps-header-app-id = Program-ID
view-apps-none = (ingen bedriftsapper)
view-app-heading = Bedriftsappen { $app }
view-app-app-id = Program-ID
view-app-object-id = Objekt-ID
view-app-publisher = Utgiver
view-app-verified = Bekreftet utgiver
view-app-reply-url = Svar-URL
view-app-enabled = Aktivert for pålogging av brukere?
view-app-created = Opprettet
view-app-grants-heading = Delegerte tillatelsestildelinger:
view-grants-header-app = Program
view-grants-header-consent = Samtykketype
view-grants-header-granted = Gitt
view-grants-header-scopes = Omfang
view-grants-none = (ingen delegerte tillatelsestildelinger)
view-client-delegated-app = Ikke-interaktiv (app)
view-user-consent-allow-all = Tillat brukersamtykke for apper
view-user-consent-verified-publishers = Tillat brukersamtykke for apper fra bekreftede utgivere, for valgte tillatelser
view-user-consent-do-not-allow = Ikke tillat brukersamtykke
view-note-app-already-disabled = { $app } er allerede deaktivert.
view-note-user-consent-already = Brukersamtykke er allerede «{ $setting }».


# Conditional Access, ID Protection and the password spray playbook.
view-sign-in-message-blocked-by-ca = Du har ikke tilgang til dette akkurat nå: påloggingen var vellykket, men oppfyller ikke kriteriene for tilgang til denne ressursen.
view-role-conditional-access-administrator = Administrator for betinget tilgang
view-note-already-confirmed-compromised = { $upn } er allerede bekreftet kompromittert.
view-named-locations-heading = Navngitte plasseringer:
view-named-location-line = { $name } (IP-områder): { $ranges }
view-named-locations-none = Ingen navngitte plasseringer.
view-ca-policies-heading = Policyer for betinget tilgang:
view-ca-policy-on = På
view-ca-policy-off = Av
view-ca-policy-block-locations = alle brukere, plasseringer { $locations }: blokker tilgang
view-ca-policy-block-legacy = alle brukere, klientapper Exchange ActiveSync og andre klienter: blokker tilgang
view-ca-policy-require-mfa-modern = alle brukere, klientapper nettleser og mobilapper og skrivebordsklienter: krev godkjenning med flere faktorer
view-ca-policies-none = Ingen policyer for betinget tilgang.
view-risky-users-heading = Risikable brukere:
view-risky-user-line = { $upn }: bekreftet kompromittert, høyt risikonivå, { $at } av { $by }
view-risky-users-none = Ingen risikable brukere.
view-audit-activity-confirm-user-compromised = Bekreft at brukeren er kompromittert
