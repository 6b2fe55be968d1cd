# engine: nb
# Resultater, avslag, hendelser og faktaene de bærer, i ord.
# Koder (AADSTS…, SMTP-svar), feltnavn og kommandoord står uendret.

## Resultatet av et trinn

engine-done = Ferdig.
engine-access-denied = Ingen tilgang: { $reason }
engine-error = feil: { $reason }

## Avslag

engine-not-signed-in = { $user } er ikke pålogget: { $reason }
engine-mailbox-unreachable = { $user } når ikke postboksen: ingen økt som virker
engine-no-mailbox-session = ingen økt som virker på postboksen til { $mailbox }
engine-no-full-access = { $delegate } har ikke FullAccess-tillatelse på postboksen til { $mailbox }
engine-delegate-no-session = { $delegate } har ingen økt som virker
engine-undeliverable = Meldingen kunne ikke leveres: { $reply }
engine-sign-in-refused = { $message } (AADSTS{ $code })
engine-sspr-not-enabled = Selvbetjent tilbakestilling av passord er ikke aktivert for { $user }. Kontakt administratoren din.
engine-sspr-account-disabled = { $user } er deaktivert; selvbetjent tilbakestilling kan ikke oppheve blokkeringen (AADSTS50057)
engine-sspr-too-few-methods = { $count ->
    [one] Selvbetjent tilbakestilling krever { $count } bekreftelsesmetode; { $usable } registrert for { $user } kan brukes. Kontakt administratoren din.
   *[other] Selvbetjent tilbakestilling krever { $count } bekreftelsesmetoder; { $usable } registrert for { $user } kan brukes. Kontakt administratoren din.
}
engine-sspr-locked = { $message } (AADSTS50053). Bruk «Glemt passord» i stedet.
engine-sspr-needs-current-password = Du trenger det nåværende passordet ditt for dette alternativet.
engine-release-limit = { $count ->
    [one] Blokkeringen av { $user } er opphevet { $count } gang, så mange ganger en administrator kan; bare Microsoft-kundestøtte kan oppheve den nå
   *[other] Blokkeringen av { $user } er opphevet { $count } ganger, så mange ganger en administrator kan; bare Microsoft-kundestøtte kan oppheve den nå
}

## Økter og app-passord

engine-session-none = ingen økt
engine-session-refresh-revoked = oppdateringstokenet ble tilbakekalt (AADSTS50173)
engine-session-account-disabled = kontoen er deaktivert (AADSTS50057)
engine-session-refresh-expired = oppdateringstokenet er utløpt (AADSTS700082)
engine-session-mfa-required = godkjenning med flere faktorer kreves nå (AADSTS50076)
engine-session-blocked-by-conditional-access = en policy for betinget tilgang blokkerer stedet den logger på fra (AADSTS53003)
engine-app-password-none-held = ikke noe app-passord
engine-app-password-account-disabled = kontoen er deaktivert (AADSTS50057)
engine-app-password-not-legacy = app-passord virker bare med eldre protokoller
engine-app-password-protocol-disabled = protokollen er deaktivert for denne postboksen

## Problemer

engine-wait-too-long = en venting kan vare høyst { $longest }
engine-ambiguous-user = «{ $name }» passer til flere brukere; bruk hele brukerhovednavnet
engine-unknown-user = ingen bruker «{ $name }» i { $tenant }
engine-attacker-without-account = angriperen må handle gjennom en konto den har
engine-unknown-group = ingen gruppe «{ $group }» (`groups` viser dem)
engine-unknown-scope-group = ingen gruppe «{ $group }»
engine-role-not-held = { $user } har ikke rollen { $role }
engine-last-global-administrator = { $user } er den siste globale administratoren i { $tenant }; legg til en annen før du fjerner denne
engine-no-such-method = { $user } har ingen registrert { $method }-metode
engine-no-app-passwords = { $user } har ingen app-passord
engine-no-contact-info = oppgi en alternativ e-postadresse, en mobiltelefon eller begge
engine-password-expiry-range = passord må utløpe etter mellom { $shortest } og { $longest } dager, eller aldri
engine-misrouted-identity = ikke en identitetshandling
engine-misrouted-mail = ikke en e-posthandling
engine-misrouted-outbound = ikke en handling for utgående e-post
engine-sign-in-as-someone-else = { $user } kan bare logge på som seg selv
engine-service-cannot-sign-in = tjenesten og kundestøtten logger ikke på som brukere
engine-own-account-reset = Denne operasjonen kan ikke utføres på brukerens egen konto: endre ditt eget passord, eller bruk selvbetjent tilbakestilling (`sspr reset`).
engine-no-phone-to-call-back = { $user } har ikke noe telefonnummer registrert å ringe tilbake til
engine-password-not-known = du kjenner ikke det nåværende passordet til { $user }; tilbakestill det først
engine-no-phone = { $user } har ikke noe telefonnummer registrert
engine-no-mobile-phone = { $user } har ingen mobiltelefon registrert
engine-password-reused = Du kan ikke bruke et nylig brukt passord på nytt. Velg et annet.
engine-password-unchanged = Det nye passordet må være forskjellig fra det nåværende.
engine-sspr-methods-required-range = antall metoder som kreves, må være 1 eller 2
engine-sspr-reconfirm-range = ny bekreftelse kan kreves etter 0 til 730 dager
engine-sspr-too-few-methods-allowed = { $count ->
    [one] { $count } metode kreves, men bare { $allowed } er tillatt
   *[other] { $count } metoder kreves, men bare { $allowed } er tillatt
}
engine-no-forwarding-target = oppgi en videresendingsadresse eller en SMTP-videresendingsadresse
engine-forwarding-address-outside = ForwardingAddress må være en mottaker i organisasjonen; «{ $address }» er ikke det
engine-no-such-rule = ingen innboksregel «{ $rule }» i postboksen til { $user } (skjulte regler vises bare med --hidden)
engine-no-such-delegate = { $delegate } har ingen tillatelse på postboksen til { $user }
engine-no-mailbox = { $user } har ingen postboks (ingen Exchange Online-lisens)
engine-only-people-read-mail = bare en pålogget person leser e-post
engine-rule-without-action = en innboksregel trenger minst én handling
engine-rule-quota-reached = postboksen har nådd kvoten for innboksregler
engine-no-recipients = en melding trenger minst én mottaker
engine-outbound-limit-range = en mottakergrense for utgående e-post er et tall fra 0 til { $largest }
engine-not-restricted = { $user } står ikke på listen over begrensede enheter
engine-restricted-until-tomorrow = { $user } ble begrenset til neste dag (BlockUserForToday), og blokkeringen kan ikke oppheves tidligere; sendingen fortsetter kl. 00:00 UTC
engine-only-the-user = Bare { $user } kan gjøre det, og vedkommende sitter ikke ved pulten din. Spør dem, eller hjelp dem på en annen måte.
engine-no-one-to-ask = Det finnes ingen bruker «{ $name }» å spørre.

## Passordregler (Entras ordlyd)

engine-password-too-short = { $count ->
    [one] Passordet må være minst { $count } tegn langt.
   *[other] Passordet må være minst { $count } tegn langt.
}
engine-password-too-long = { $count ->
    [one] Passordet kan ikke være lengre enn { $count } tegn.
   *[other] Passordet kan ikke være lengre enn { $count } tegn.
}
engine-password-not-ascii = Passordet inneholder et tegn som ikke er tillatt. Bruk bare engelske bokstaver, tall, mellomrom og symbolene på et standardtastatur.
engine-password-too-few-classes = { $count ->
    [one] Passordet må inneholde minst { $count } av disse: små bokstaver, store bokstaver, tall og symboler (det inneholder { $found }).
   *[other] Passordet må inneholde minst { $count } av disse: små bokstaver, store bokstaver, tall og symboler (det inneholder { $found }).
}
engine-password-banned = Passordet er for lett å gjette. Velg et passord som er vanskeligere å gjette.
engine-password-banned-terms = Passordet er for lett å gjette: det inneholder { $terms }. Velg et passord som er vanskeligere å gjette.
engine-quoted = «{ $text }»
engine-and-list = { $rest } og { $last }

## Avslag på grunn av tillatelser

engine-denied = for å { $action } trenger du { $needed }.
engine-denied-target = for å { $action } en bruker som har { $held }, trenger du { $needed }.
engine-denied-target-no-role = for å { $action } en bruker uten administratorrolle trenger du { $needed }.
engine-or-list = { $rest } eller { $last }
engine-no-role-can = en rolle som ingen kan ha
engine-permission-reset-password = tilbakestille passordet til
engine-permission-set-sign-in-status = endre påloggingsstatusen til
engine-permission-revoke-sessions = logge av
engine-permission-manage-authentication-methods = administrere godkjenningsmetodene til
engine-permission-set-user-password-policy = endre passordpolicyen til
engine-permission-read-directory = lese katalogen
engine-permission-read-sign-in-logs = lese påloggingslogger
engine-permission-read-audit-log = lese overvåkingsloggen
engine-permission-manage-role-membership = endre medlemskap i administratorroller
engine-permission-manage-sspr = endre innstillingene for selvbetjent tilbakestilling av passord
engine-permission-manage-smart-lockout = endre innstillingene for smart utestengelse
engine-permission-manage-password-expiration = endre utløpspolicyen for passord
engine-permission-read-mailbox = lese postboksinnstillinger
engine-permission-manage-mailbox = endre postboksinnstillinger (videresending, innboksregler, tillatelser, protokoller)
engine-permission-message-trace = kjøre en meldingssporing
engine-permission-read-restricted-senders = se begrensede enheter
engine-permission-release-restricted-sender = oppheve blokkeringen av begrensede avsendere
engine-permission-read-alerts = se varsler
engine-permission-manage-outbound-spam-policy = endre policyen for utgående søppelpost

## Administratorroller

engine-role-global-administrator = global administrator
engine-role-privileged-authentication-administrator = privilegert godkjenningsadministrator
engine-role-privileged-role-administrator = privilegert rolleadministrator
engine-role-user-administrator = brukeradministrator
engine-role-groups-administrator = gruppeadministrator
engine-role-helpdesk-administrator = brukerstøtteadministrator
engine-role-password-administrator = passordadministrator
engine-role-authentication-administrator = godkjenningsadministrator
engine-role-authentication-policy-administrator = administrator for godkjenningspolicy
engine-role-exchange-administrator = Exchange-administrator
engine-role-security-administrator = sikkerhetsadministrator
engine-role-security-reader = sikkerhetsleser
engine-role-global-reader = global leser
engine-role-reports-reader = rapportleser
engine-role-message-center-reader = meldingssenterleser
engine-role-directory-readers = katalogleser
engine-role-guest-inviter = gjesteinviterer
engine-role-organization-management = Organization Management

## Hva påloggingssiden sier, og hva en status betyr

engine-sign-in-message-success = Pålogget.
engine-sign-in-message-must-change-password = Du må oppdatere passordet fordi dette er første gang du logger på, eller fordi passordet er utløpt.
engine-sign-in-message-wrong-password = Kontoen eller passordet er feil.
engine-sign-in-message-locked = Kontoen er midlertidig låst for å hindre uautorisert bruk. Prøv igjen senere.
engine-sign-in-message-disabled = Kontoen er låst. Kontakt brukerstøtte for å låse den opp, og prøv deretter på nytt.
engine-sign-in-message-password-expired = Passordet er utløpt.
engine-sign-in-message-mfa-required = Mer informasjon kreves: godkjenn påloggingen med den andre faktoren.
engine-sign-in-message-unknown-user = Dette brukernavnet kan være feil.
engine-sign-in-message-token-revoked = Økten er utløpt. Logg på igjen.
engine-sign-in-meaning-success = vellykket
engine-sign-in-meaning-must-change-password = må endre passordet
engine-sign-in-meaning-wrong-password = feil passord
engine-sign-in-meaning-locked = låst av smart utestengelse
engine-sign-in-meaning-disabled = pålogging blokkert
engine-sign-in-meaning-password-expired = passordet er utløpt
engine-sign-in-meaning-mfa-required = godkjenning med flere faktorer kreves
engine-sign-in-meaning-unknown-user = brukeren finnes ikke
engine-sign-in-meaning-token-revoked = oppdateringstokenet er tilbakekalt

## Hendelser

engine-event-line = { $at } { $actor }: { $what }
engine-actor-admin = administrator { $user }
engine-actor-user = bruker { $user }
engine-actor-attacker-as = angriper (som { $user })
engine-actor-attacker = angriper
engine-actor-service = tjenesten
engine-actor-support = Microsoft-kundestøtte
engine-event-signed-in = { $party ->
    [owner] eieren
   *[attacker] angriperen
} logget på { $user } fra { $location ->
    [familiar] et kjent
   *[unfamiliar] et ukjent
} sted ({ $meaning })
engine-event-app-signed-in = angriperens app fikk et token for { $user } med tildelingen sin (ikke-interaktiv pålogging)
engine-event-sign-in-failed = { $party ->
    [owner] eieren
   *[attacker] angriperen
} klarte ikke å logge på { $user } fra { $location ->
    [familiar] et kjent
   *[unfamiliar] et ukjent
} sted: AADSTS{ $code } ({ $meaning })
engine-event-locked-out = smart utestengelse låste { $user } for { $location ->
    [familiar] kjente
   *[unfamiliar] ukjente
} pålogginger til { $until }
engine-event-lockout-ended = utestengelsen av { $user } ({ $location ->
    [familiar] kjent
   *[unfamiliar] ukjent
}) er over
engine-event-lockout-cleared = utestengelsen av { $user } er fjernet
engine-event-session-issued = økt { $session } utstedt til { $party ->
    [owner] eieren
   *[attacker] angriperen
} for { $user }
engine-event-session-used = { $party ->
    [owner] eieren
   *[attacker] angriperen
} brukte økt { $session } for { $user }{ $refreshed ->
    [yes] {" "}(fornyet tilgangstokenet)
   *[no] {""}
}
engine-event-session-rejected = { $party ->
    [owner] eierens
   *[attacker] angriperens
} økt på { $user } ble avvist: { $reason }
engine-event-access-token-expired = tilgangstokenet for økt { $session } på { $user } er utløpt
engine-event-continuous-access-reached = Exchange Online mottok den kritiske hendelsen for økt { $session } på { $user }
engine-event-app-password-used = { $party ->
    [owner] eieren
   *[attacker] angriperen
} brukte et app-passord på { $user }
engine-event-app-password-failed = { $party ->
    [owner] eieren
   *[attacker] angriperen
} klarte ikke å bruke et app-passord på { $user }: { $reason }
engine-event-password-reset = passordet til { $user } er tilbakestilt{ $change ->
    [yes] , endring kreves ved neste pålogging
   *[no] {""}
}
engine-event-password-changed = { $party ->
    [owner] eieren
   *[attacker] angriperen
} endret passordet til { $user }{ $self_service ->
    [yes] {" "}med selvbetjent tilbakestilling
   *[no] {""}
}
engine-event-password-learned = { $party ->
    [owner] eieren
   *[attacker] angriperen
} fikk vite det nåværende passordet til { $user } ({ $how })
engine-event-password-exposed = passordet til { $user } ble sendt til { $address }
engine-event-refresh-tokens-revoked = { $count ->
    [one] { $count } passordbasert oppdateringstoken for { $user } tilbakekalt
   *[other] { $count } passordbaserte oppdateringstokener for { $user } tilbakekalt
}
engine-event-permitted-on = har tillatelse til å { $action } { $user }
engine-event-permitted = har tillatelse til å { $action }
engine-event-sign-in-blocked = pålogging blokkert for { $user }
engine-event-sign-in-allowed = pålogging tillatt for { $user }
engine-event-sessions-revoked = { $count ->
    [one] avlogging av alle øktene til { $user }: { $count } oppdateringstoken tilbakekalt
   *[other] avlogging av alle øktene til { $user }: { $count } oppdateringstokener tilbakekalt
}
engine-event-role-added = { $role } lagt til for { $user }
engine-event-role-removed = { $role } fjernet fra { $user }
engine-event-mfa-required = godkjenning med flere faktorer kreves for { $user }
engine-event-method-removed = { $count ->
    [one] { $count } { $method }-metode fjernet fra { $user }
   *[other] { $count } { $method }-metoder fjernet fra { $user }
}
engine-event-app-passwords-removed = { $count ->
    [one] { $count } app-passord fjernet fra { $user }
   *[other] { $count } app-passord fjernet fra { $user }
}
engine-event-contact-info-updated = kontaktinformasjonen til { $user } er oppdatert
engine-event-notified = melding til { $user } via { $channel }{ $password ->
    [yes] {" "}med passordet
   *[no] {""}
} nådde { $reached ->
    [owner] eieren
    [attacker] angriperen
   *[none] ingen
}
engine-event-caller-verified = innringer som utgir seg for å være { $user }, kontrollert via { $via }: { $confirmed ->
    [yes] bekreftet
   *[no] ikke brukeren
}
engine-verification-callback = tilbakeringing
engine-verification-manager = lederen
engine-verification-in-person = oppmøte
engine-event-mail-sent = { $count ->
    [one] { $from } sendte «{ $subject }» til { $count } mottaker
   *[other] { $from } sendte «{ $subject }» til { $count } mottakere
}
engine-event-mail-rejected = e-post fra { $from } avvist: { $code }
engine-event-mail-delivered = «{ $subject }» levert til { $to } ({ $folder })
engine-event-mail-forwarded-by-rule = innboksregelen «{ $rule }» i { $mailbox } videresendte en melding til { $to }
engine-event-mail-forwarded = videresending av e-post fra { $mailbox } sendte en melding til { $to }
engine-event-mail-bounced = videresending fra { $mailbox } til { $to } ble avvist: { $code }
engine-event-mail-read = { $count ->
    [0] { $party ->
        [owner] eieren
       *[attacker] angriperen
    } åpnet { $mailbox }: ingen nye meldinger
    [one] { $party ->
        [owner] eieren
       *[attacker] angriperen
    } leste { $count } melding i { $mailbox }
   *[other] { $party ->
        [owner] eieren
       *[attacker] angriperen
    } leste { $count } meldinger i { $mailbox }
}
engine-event-forwarding-set = videresending for { $user } satt til { $address }
engine-event-forwarding-cleared = videresending for { $user } fjernet
engine-event-rule-created = innboksregelen «{ $rule }» opprettet i { $user }
engine-event-rule-removed = innboksregelen «{ $rule }» fjernet fra { $user }
engine-event-rule-enabled = innboksregelen «{ $rule }» for { $user } { $enabled ->
    [yes] aktivert
   *[no] deaktivert
}
engine-event-delegate-added = { $delegate } fikk tilgang til postboksen til { $user }
engine-event-delegate-removed = tilgangen til { $delegate } til postboksen til { $user } er fjernet
engine-event-protocols-disabled = protokollene { $protocols } deaktivert for { $user }
engine-event-sender-restricted = { $user } begrenset fra å sende e-post (overskred { $limit })
engine-event-release-requested = oppheving av blokkeringen av { $user } bedt om; sendingen fortsetter kl. { $at }
engine-event-sender-released = { $user } kan sende e-post igjen
engine-event-alert-raised = varsel «{ $title }» for { $user }
engine-event-helpdesk-call = { $user } ringer brukerstøtte: «{ $message }»
engine-event-attacker-gave-up = angriperen har ikke noe fotfeste som virker igjen, og gir opp
engine-event-clock-advanced = klokken stilt frem til { $to }
engine-event-new-day = en ny UTC-dag begynner
engine-cannot-sign-in = Jeg får ikke logget på.
engine-cannot-sign-in-says = Jeg får ikke logget på. Det står: { $message } (AADSTS{ $code })

## Hvordan et passord ble kjent, og hvordan folk ble informert

engine-learned-read-in-mailbox = leste det i postboksen til { $mailbox }
engine-learned-mail-to = e-post til { $address }
engine-learned-set-through-admin = satte det gjennom en kompromittert administratorkonto
engine-learned-told = fikk det via { $channel }
engine-learned-password-spray = passordspraying
engine-channel-in-person = personlig oppmøte
engine-channel-phone = telefon ({ $number })
engine-channel-sms = tekstmelding ({ $number })
engine-channel-email = e-post til { $address }

## Grenser for utgående e-post og varsler

engine-limit-external-per-hour = eksterne mottakere per time
engine-limit-internal-per-hour = interne mottakere per time
engine-limit-per-day = mottakere per dag
engine-limit-service-per-day = tjenestens grense for mottakere per dag
engine-limit-service-messages-per-minute = tjenestens grense for meldinger per minutt
engine-limit-service-per-message = tjenestens grense for mottakere per melding

## Policyendringer

engine-policy-passwords-never-expire = utløpspolicyen for passord er endret: passord utløper aldri
engine-policy-passwords-expire = { $count ->
    [one] utløpspolicyen for passord er endret: passord utløper etter { $count } dag
   *[other] utløpspolicyen for passord er endret: passord utløper etter { $count } dager
}
engine-policy-user-password-policy = passordpolicyen til { $user } er endret: PasswordPolicies: { $policies }
engine-policy-sspr = { $count ->
    [one] selvbetjent tilbakestilling av passord er endret: omfang { $scope }, { $count } metode kreves
   *[other] selvbetjent tilbakestilling av passord er endret: omfang { $scope }, { $count } metoder kreves
}
engine-policy-outbound-spam = policyen for utgående søppelpost er endret: { $external } eksterne/t, { $internal } interne/t, { $per_day } per dag, handling: { $action }, automatisk videresending: { $forwarding }
engine-outbound-action-block-user = begrens brukeren fra å sende e-post
engine-outbound-action-block-user-for-today = begrens brukeren fra å sende e-post til neste dag
engine-outbound-action-alert = bare varsel
engine-auto-forwarding-automatic = automatisk (systemstyrt)
engine-auto-forwarding-on = på (videresending er aktivert)
engine-auto-forwarding-off = av (videresending er deaktivert)

# Alert triage
engine-event-alert-resolved = varsel #{ $id } for { $user } løst: { $verdict }
engine-permission-manage-alerts = behandle varsler
engine-no-such-alert = det finnes ikke noe varsel #{ $id }
# Registered devices and token theft.
engine-permission-manage-devices = deaktivere eller slette enheter
engine-event-device-disabled = enheten { $device } for { $user } ble deaktivert
engine-event-device-deleted = enheten { $device } for { $user } ble slettet
engine-no-such-device = { $user } har ingen registrert enhet med navnet { $device }.
engine-role-cloud-device-administrator = skyenhetsadministrator
engine-role-intune-administrator = Intune-administrator
engine-role-cloud-application-administrator = skyprogramadministrator
engine-role-application-administrator = programadministrator
engine-permission-manage-applications = deaktivere eller slette bedriftsapper og tilbakekalle tillatelsestildelingene deres
engine-permission-manage-consent-policy = endre innstillingene for brukersamtykke
engine-no-such-app = Det finnes ingen bedriftsapp med navnet { $app }.
engine-no-grants = { $app } har ingen delegert tillatelsestildeling.
engine-no-grants-of-user = { $app } har ingen delegert tillatelsestildeling som { $user } ga.
engine-misrouted-apps = det er ikke en handling for bedriftsapper
engine-event-app-disabled = bedriftsappen { $app } er deaktivert
engine-event-app-deleted = bedriftsappen { $app } er slettet
engine-event-grants-revoked = { $count ->
    [one] { $count } tillatelsestildeling for { $app } er tilbakekalt
   *[other] { $count } tillatelsestildelinger for { $app } er tilbakekalt
}
engine-event-user-consent-changed = brukersamtykke for apper er satt til «{ $setting }»
engine-event-consent-granted = { $user } samtykket til appen { $app }


# Conditional Access, ID Protection and the password spray playbook.
engine-misrouted-access = ikke en handling for betinget tilgang eller ID-beskyttelse
engine-invalid-range = { $range } er ikke et IPv4-område i CIDR-notasjon (for eksempel 102.89.0.0/16, med vertsbiter lik null).
engine-no-ranges = En navngitt plassering trenger minst ett IP-område.
engine-too-many-ranges = En navngitt plassering kan ha høyst { $limit } områder her.
engine-named-location-exists = Det finnes allerede en navngitt plassering som heter { $name }.
engine-too-many-named-locations = Leieren kan ha høyst { $limit } navngitte plasseringer her.
engine-unknown-named-location = Det finnes ingen navngitt plassering som heter { $name } (se `ca locations`).
engine-no-locations = En blokkerende policy trenger minst én navngitt plassering.
engine-policy-exists = Det finnes allerede en policy for betinget tilgang som heter { $name }.
engine-too-many-policies = Leieren kan ha høyst { $limit } policyer for betinget tilgang her.
engine-bad-access-name = Et navn må ha 1 til { $limit } tegn og ingen kontrolltegn.
engine-permission-read-conditional-access = lese policyer og navngitte plasseringer for betinget tilgang
engine-permission-manage-conditional-access = opprette policyer og navngitte plasseringer for betinget tilgang
engine-permission-read-risky-users = lese risikable brukere i ID-beskyttelse
engine-permission-manage-user-risk = bekrefte at brukere er kompromittert i ID-beskyttelse
engine-role-conditional-access-administrator = administrator for betinget tilgang
engine-sign-in-message-blocked-by-ca = Du har ikke tilgang til dette akkurat nå: påloggingen var vellykket, men oppfyller ikke kriteriene for tilgang til denne ressursen.
engine-sign-in-meaning-blocked-by-ca = blokkert av betinget tilgang
engine-event-named-location-created = navngitt plassering { $name } opprettet med { $count ->
    [one] ett område
   *[other] { $count } områder
}
engine-event-ca-policy-created = policy for betinget tilgang { $name } opprettet og slått på
engine-event-user-confirmed-compromised = { $user } bekreftet kompromittert (høy brukerrisiko)
