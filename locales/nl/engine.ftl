# engine: nl
# Resultaten, weigeringen, gebeurtenissen en de feiten die ze dragen, in woorden.
# Codes (AADSTS…, SMTP-antwoorden), veldnamen en opdrachtwoorden blijven ongewijzigd.

## Het resultaat van een stap

engine-done = Gereed.
engine-access-denied = Toegang geweigerd: { $reason }
engine-error = fout: { $reason }

## Weigeringen

engine-not-signed-in = { $user } is niet aangemeld: { $reason }
engine-mailbox-unreachable = { $user } kan het postvak niet bereiken: geen werkende sessie
engine-no-mailbox-session = geen werkende sessie op het postvak van { $mailbox }
engine-no-full-access = { $delegate } heeft geen FullAccess-machtiging op het postvak van { $mailbox }
engine-delegate-no-session = { $delegate } heeft geen werkende sessie
engine-undeliverable = Uw bericht kan niet worden bezorgd: { $reply }
engine-sign-in-refused = { $message } (AADSTS{ $code })
engine-sspr-not-enabled = Self-service voor wachtwoordherstel is niet ingeschakeld voor { $user }. Neem contact op met uw beheerder.
engine-sspr-account-disabled = { $user } is uitgeschakeld; self-service voor wachtwoordherstel kan de blokkering niet opheffen (AADSTS50057)
engine-sspr-too-few-methods = { $count ->
    [one] Self-service voor wachtwoordherstel vereist { $count } verificatiemethode; { $usable } geregistreerd voor { $user } kan worden gebruikt. Neem contact op met uw beheerder.
   *[other] Self-service voor wachtwoordherstel vereist { $count } verificatiemethoden; { $usable } geregistreerd voor { $user } kunnen worden gebruikt. Neem contact op met uw beheerder.
}
engine-sspr-locked = { $message } (AADSTS50053). Gebruik in plaats daarvan "Wachtwoord vergeten".
engine-sspr-needs-current-password = Voor deze optie hebt u uw huidige wachtwoord nodig.
engine-release-limit = { $count ->
    [one] { $user } is { $count } keer gedeblokkeerd, het maximum voor een beheerder; alleen Microsoft-ondersteuning kan de afzender nu nog deblokkeren
   *[other] { $user } is { $count } keer gedeblokkeerd, het maximum voor een beheerder; alleen Microsoft-ondersteuning kan de afzender nu nog deblokkeren
}

## Sessies en app-wachtwoorden

engine-session-none = geen sessie
engine-session-refresh-revoked = het vernieuwingstoken is ingetrokken (AADSTS50173)
engine-session-account-disabled = het account is uitgeschakeld (AADSTS50057)
engine-session-refresh-expired = het vernieuwingstoken is verlopen (AADSTS700082)
engine-session-mfa-required = meervoudige verificatie is nu vereist (AADSTS50076)
engine-session-blocked-by-conditional-access = een beleid voor voorwaardelijke toegang blokkeert de plek waarvandaan wordt aangemeld (AADSTS53003)
engine-app-password-none-held = geen app-wachtwoord in bezit
engine-app-password-account-disabled = het account is uitgeschakeld (AADSTS50057)
engine-app-password-not-legacy = app-wachtwoorden werken alleen met verouderde protocollen
engine-app-password-protocol-disabled = het protocol is uitgeschakeld voor dit postvak

## Problemen

engine-wait-too-long = wachten mag hooguit { $longest } duren
engine-ambiguous-user = '{ $name }' komt overeen met meer dan één gebruiker; gebruik de volledige user principal name
engine-unknown-user = geen gebruiker '{ $name }' in { $tenant }
engine-attacker-without-account = de aanvaller moet handelen via een account dat hij in handen heeft
engine-unknown-group = geen groep '{ $group }' (`groups` toont ze)
engine-unknown-scope-group = geen groep '{ $group }'
engine-role-not-held = { $user } heeft de rol { $role } niet
engine-last-global-administrator = { $user } is de laatste Globale beheerder van { $tenant }; voeg een andere toe voordat u deze verwijdert
engine-no-such-method = { $user } heeft geen { $method }-methode geregistreerd
engine-no-app-passwords = { $user } heeft geen app-wachtwoorden
engine-no-contact-info = geef een alternatief e-mailadres, een mobiel telefoonnummer of beide op
engine-password-expiry-range = wachtwoorden moeten verlopen na { $shortest } tot { $longest } dagen, of nooit
engine-misrouted-identity = geen identiteitsactie
engine-misrouted-mail = geen e-mailactie
engine-misrouted-outbound = geen actie voor uitgaande e-mail
engine-sign-in-as-someone-else = { $user } kan zich alleen als zichzelf aanmelden
engine-service-cannot-sign-in = de service en de ondersteuning melden zich niet aan als gebruiker
engine-own-account-reset = Deze bewerking kan niet worden uitgevoerd op het eigen account van een gebruiker: wijzig uw eigen wachtwoord of gebruik self-service voor wachtwoordherstel (`sspr reset`).
engine-no-phone-to-call-back = { $user } heeft geen geregistreerd telefoonnummer om terug te bellen
engine-password-not-known = u kent het huidige wachtwoord van { $user } niet; stel het eerst opnieuw in
engine-no-phone = { $user } heeft geen geregistreerd telefoonnummer
engine-no-mobile-phone = { $user } heeft geen geregistreerd mobiel nummer
engine-password-reused = U kunt een recent wachtwoord niet opnieuw gebruiken. Kies een ander wachtwoord.
engine-password-unchanged = Het nieuwe wachtwoord moet verschillen van het huidige.
engine-sspr-methods-required-range = het aantal vereiste methoden moet 1 of 2 zijn
engine-sspr-reconfirm-range = opnieuw bevestigen kan na 0 tot 730 dagen worden gevraagd
engine-sspr-too-few-methods-allowed = { $count ->
    [one] { $count } methode vereist, maar slechts { $allowed } toegestaan
   *[other] { $count } methoden vereist, maar slechts { $allowed } toegestaan
}
engine-no-forwarding-target = geef een doorstuuradres of een SMTP-doorstuuradres op
engine-forwarding-address-outside = ForwardingAddress moet een ontvanger in de organisatie zijn; '{ $address }' is dat niet
engine-no-such-rule = geen regel voor Postvak IN '{ $rule }' in het postvak van { $user } (verborgen regels zijn alleen zichtbaar met --hidden)
engine-no-such-delegate = { $delegate } heeft geen machtiging op het postvak van { $user }
engine-no-mailbox = { $user } heeft geen postvak (geen Exchange Online-licentie)
engine-only-people-read-mail = alleen een aangemelde persoon leest e-mail
engine-rule-without-action = een regel voor Postvak IN heeft minstens één actie nodig
engine-rule-quota-reached = het postvak heeft het maximum aantal regels voor Postvak IN bereikt
engine-no-recipients = een bericht heeft minstens één ontvanger nodig
engine-outbound-limit-range = een ontvangerslimiet voor uitgaande e-mail is een getal van 0 tot { $largest }
engine-not-restricted = { $user } staat niet op de lijst met beperkte entiteiten
engine-restricted-until-tomorrow = { $user } is beperkt tot de volgende dag (BlockUserForToday) en kan niet eerder worden gedeblokkeerd; verzenden wordt om 00:00 UTC hervat
engine-only-the-user = Alleen { $user } kan dat doen, en deze persoon zit niet bij u. Vraag het hem of haar, of help op een andere manier.
engine-no-one-to-ask = Er is geen gebruiker '{ $name }' om het te vragen.

## Wachtwoordregels (de bewoording van Entra)

engine-password-too-short = { $count ->
    [one] Het wachtwoord moet minstens { $count } teken lang zijn.
   *[other] Het wachtwoord moet minstens { $count } tekens lang zijn.
}
engine-password-too-long = { $count ->
    [one] Het wachtwoord mag niet langer zijn dan { $count } teken.
   *[other] Het wachtwoord mag niet langer zijn dan { $count } tekens.
}
engine-password-not-ascii = Het wachtwoord bevat een teken dat niet is toegestaan. Gebruik alleen Engelse letters, cijfers, spaties en de symbolen op een standaardtoetsenbord.
engine-password-too-few-classes = { $count ->
    [one] Het wachtwoord moet minstens { $count } van deze bevatten: kleine letters, hoofdletters, cijfers en symbolen (het bevat er { $found }).
   *[other] Het wachtwoord moet minstens { $count } van deze bevatten: kleine letters, hoofdletters, cijfers en symbolen (het bevat er { $found }).
}
engine-password-banned = Het wachtwoord is te makkelijk te raden. Kies een wachtwoord dat moeilijker te raden is.
engine-password-banned-terms = Het wachtwoord is te makkelijk te raden: het bevat { $terms }. Kies een wachtwoord dat moeilijker te raden is.
engine-quoted = '{ $text }'
engine-and-list = { $rest } en { $last }

## Weigeringen wegens machtigingen

engine-denied = voor { $action } hebt u de rol { $needed } nodig.
engine-denied-target = voor { $action } van een gebruiker met de rol { $held } hebt u de rol { $needed } nodig.
engine-denied-target-no-role = voor { $action } van een gebruiker zonder beheerdersrol hebt u de rol { $needed } nodig.
engine-or-list = { $rest } of { $last }
engine-no-role-can = (die niemand kan hebben)
engine-permission-reset-password = het opnieuw instellen van het wachtwoord
engine-permission-set-sign-in-status = het wijzigen van de aanmeldstatus
engine-permission-revoke-sessions = het afmelden van alle sessies
engine-permission-manage-authentication-methods = het beheren van de verificatiemethoden
engine-permission-set-user-password-policy = het wijzigen van het wachtwoordbeleid
engine-permission-read-directory = het lezen van de directory
engine-permission-read-sign-in-logs = het lezen van aanmeldingslogboeken
engine-permission-read-audit-log = het lezen van het auditlogboek
engine-permission-manage-role-membership = het wijzigen van het lidmaatschap van beheerdersrollen
engine-permission-manage-sspr = het wijzigen van de instellingen voor self-service voor wachtwoordherstel
engine-permission-manage-smart-lockout = het wijzigen van de instellingen voor slimme vergrendeling
engine-permission-manage-password-expiration = het wijzigen van het verloopbeleid voor wachtwoorden
engine-permission-read-mailbox = het lezen van postvakinstellingen
engine-permission-manage-mailbox = het wijzigen van postvakinstellingen (doorsturen, regels voor Postvak IN, machtigingen, protocollen)
engine-permission-message-trace = het traceren van berichten
engine-permission-read-restricted-senders = het bekijken van beperkte entiteiten
engine-permission-release-restricted-sender = het deblokkeren van beperkte afzenders
engine-permission-read-alerts = het bekijken van waarschuwingen
engine-permission-manage-outbound-spam-policy = het wijzigen van het beleid voor uitgaande spam

## Beheerdersrollen

engine-role-global-administrator = Globale beheerder
engine-role-privileged-authentication-administrator = Beheerder voor bevoorrechte verificatie
engine-role-privileged-role-administrator = Bevoorrechte rolbeheerder
engine-role-user-administrator = Gebruikersbeheerder
engine-role-groups-administrator = Groepsbeheerder
engine-role-helpdesk-administrator = Helpdesk-beheerder
engine-role-password-administrator = Wachtwoordbeheerder
engine-role-authentication-administrator = Verificatiebeheerder
engine-role-authentication-policy-administrator = Beheerder van verificatiebeleid
engine-role-exchange-administrator = Exchange-beheerder
engine-role-security-administrator = Beveiligingsbeheerder
engine-role-security-reader = Beveiligingslezer
engine-role-global-reader = Algemene lezer
engine-role-reports-reader = Rapportenlezer
engine-role-message-center-reader = Berichtencentrumlezer
engine-role-directory-readers = Directorylezers
engine-role-guest-inviter = Gastuitnodiger
engine-role-organization-management = Organization Management

## Wat de aanmeldingspagina zegt, en wat een status betekent

engine-sign-in-message-success = Aangemeld.
engine-sign-in-message-must-change-password = U moet uw wachtwoord bijwerken omdat u zich voor het eerst aanmeldt of omdat uw wachtwoord is verlopen.
engine-sign-in-message-wrong-password = Uw account of wachtwoord is onjuist.
engine-sign-in-message-locked = Uw account is tijdelijk vergrendeld om onbevoegd gebruik te voorkomen. Probeer het later opnieuw.
engine-sign-in-message-disabled = Uw account is vergrendeld. Neem contact op met uw ondersteuningspersoon om het te ontgrendelen en probeer het daarna opnieuw.
engine-sign-in-message-password-expired = Uw wachtwoord is verlopen.
engine-sign-in-message-mfa-required = Meer informatie vereist: keur de aanmelding goed met uw tweede factor.
engine-sign-in-message-unknown-user = Deze gebruikersnaam is mogelijk onjuist.
engine-sign-in-message-token-revoked = Uw sessie is verlopen. Meld u opnieuw aan.
engine-sign-in-meaning-success = geslaagd
engine-sign-in-meaning-must-change-password = moet het wachtwoord wijzigen
engine-sign-in-meaning-wrong-password = onjuist wachtwoord
engine-sign-in-meaning-locked = vergrendeld door slimme vergrendeling
engine-sign-in-meaning-disabled = aanmelding geblokkeerd
engine-sign-in-meaning-password-expired = wachtwoord verlopen
engine-sign-in-meaning-mfa-required = meervoudige verificatie vereist
engine-sign-in-meaning-unknown-user = gebruiker bestaat niet
engine-sign-in-meaning-token-revoked = vernieuwingstoken ingetrokken

## Gebeurtenissen

engine-event-line = { $at } { $actor }: { $what }
engine-actor-admin = beheerder { $user }
engine-actor-user = gebruiker { $user }
engine-actor-attacker-as = aanvaller (als { $user })
engine-actor-attacker = aanvaller
engine-actor-service = service
engine-actor-support = Microsoft-ondersteuning
engine-event-signed-in = { $party ->
    [owner] de eigenaar
   *[attacker] de aanvaller
} heeft zich aangemeld bij { $user } vanaf een { $location ->
    [familiar] bekende
   *[unfamiliar] onbekende
} locatie ({ $meaning })
engine-event-app-signed-in = de toepassing van de aanvaller kreeg met haar toekenning een token voor { $user } (niet-interactieve aanmelding)
engine-event-sign-in-failed = { $party ->
    [owner] de eigenaar
   *[attacker] de aanvaller
} kon zich niet aanmelden bij { $user } vanaf een { $location ->
    [familiar] bekende
   *[unfamiliar] onbekende
} locatie: AADSTS{ $code } ({ $meaning })
engine-event-locked-out = slimme vergrendeling heeft { $user } vergrendeld voor aanmeldingen vanaf { $location ->
    [familiar] bekende
   *[unfamiliar] onbekende
} locaties tot { $until }
engine-event-lockout-ended = vergrendeling van { $user } ({ $location ->
    [familiar] bekend
   *[unfamiliar] onbekend
}) beëindigd
engine-event-lockout-cleared = vergrendeling van { $user } opgeheven
engine-event-session-issued = sessie { $session } uitgegeven aan { $party ->
    [owner] de eigenaar
   *[attacker] de aanvaller
} voor { $user }
engine-event-session-used = { $party ->
    [owner] de eigenaar
   *[attacker] de aanvaller
} gebruikte sessie { $session } van { $user }{ $refreshed ->
    [yes] {" "}(toegangstoken vernieuwd)
   *[no] {""}
}
engine-event-session-rejected = sessie van { $party ->
    [owner] de eigenaar
   *[attacker] de aanvaller
} op { $user } geweigerd: { $reason }
engine-event-access-token-expired = toegangstoken van sessie { $session } op { $user } verlopen
engine-event-continuous-access-reached = Exchange Online heeft de kritieke gebeurtenis voor sessie { $session } op { $user } ontvangen
engine-event-app-password-used = { $party ->
    [owner] de eigenaar
   *[attacker] de aanvaller
} gebruikte een app-wachtwoord op { $user }
engine-event-app-password-failed = { $party ->
    [owner] de eigenaar
   *[attacker] de aanvaller
} kon geen app-wachtwoord gebruiken op { $user }: { $reason }
engine-event-password-reset = wachtwoord van { $user } opnieuw ingesteld{ $change ->
    [yes] , wijzigen vereist bij volgende aanmelding
   *[no] {""}
}
engine-event-password-changed = { $party ->
    [owner] de eigenaar
   *[attacker] de aanvaller
} heeft het wachtwoord van { $user } gewijzigd{ $self_service ->
    [yes] {" "}via self-service voor wachtwoordherstel
   *[no] {""}
}
engine-event-password-learned = { $party ->
    [owner] de eigenaar
   *[attacker] de aanvaller
} kent nu het huidige wachtwoord van { $user } ({ $how })
engine-event-password-exposed = het wachtwoord van { $user } is verzonden naar { $address }
engine-event-refresh-tokens-revoked = { $count ->
    [one] { $count } vernieuwingstoken op basis van een wachtwoord van { $user } ingetrokken
   *[other] { $count } vernieuwingstokens op basis van een wachtwoord van { $user } ingetrokken
}
engine-event-permitted-on = toegestaan: { $action } van { $user }
engine-event-permitted = toegestaan: { $action }
engine-event-sign-in-blocked = aanmelding geblokkeerd voor { $user }
engine-event-sign-in-allowed = aanmelding toegestaan voor { $user }
engine-event-sessions-revoked = { $count ->
    [one] afmelden van alle sessies van { $user }: { $count } vernieuwingstoken ingetrokken
   *[other] afmelden van alle sessies van { $user }: { $count } vernieuwingstokens ingetrokken
}
engine-event-role-added = { $role } toegevoegd aan { $user }
engine-event-role-removed = { $role } verwijderd bij { $user }
engine-event-mfa-required = meervoudige verificatie vereist voor { $user }
engine-event-method-removed = { $count ->
    [one] { $count } { $method }-methode verwijderd bij { $user }
   *[other] { $count } { $method }-methoden verwijderd bij { $user }
}
engine-event-app-passwords-removed = { $count ->
    [one] { $count } app-wachtwoord verwijderd bij { $user }
   *[other] { $count } app-wachtwoorden verwijderd bij { $user }
}
engine-event-contact-info-updated = contactgegevens van { $user } bijgewerkt
engine-event-notified = bericht aan { $user } via { $channel }{ $password ->
    [yes] {" "}met het wachtwoord
   *[no] {""}
} bereikte { $reached ->
    [owner] de eigenaar
    [attacker] de aanvaller
   *[none] niemand
}
engine-event-caller-verified = beller die zegt { $user } te zijn, gecontroleerd via { $via }: { $confirmed ->
    [yes] bevestigd
   *[no] niet de gebruiker
}
engine-verification-callback = terugbellen
engine-verification-manager = de manager
engine-verification-in-person = persoonlijk contact
engine-event-mail-sent = { $count ->
    [one] { $from } heeft "{ $subject }" verzonden aan { $count } ontvanger
   *[other] { $from } heeft "{ $subject }" verzonden aan { $count } ontvangers
}
engine-event-mail-rejected = e-mail van { $from } geweigerd: { $code }
engine-event-mail-delivered = "{ $subject }" bezorgd bij { $to } ({ $folder })
engine-event-mail-forwarded-by-rule = regel voor Postvak IN "{ $rule }" van { $mailbox } heeft een bericht doorgestuurd naar { $to }
engine-event-mail-forwarded = doorsturen van e-mail van { $mailbox } heeft een bericht verzonden naar { $to }
engine-event-mail-bounced = doorsturen van { $mailbox } naar { $to } is mislukt: { $code }
engine-event-mail-read = { $count ->
    [0] { $party ->
        [owner] de eigenaar
       *[attacker] de aanvaller
    } heeft { $mailbox } geopend: geen nieuwe berichten
    [one] { $party ->
        [owner] de eigenaar
       *[attacker] de aanvaller
    } heeft { $count } bericht gelezen in { $mailbox }
   *[other] { $party ->
        [owner] de eigenaar
       *[attacker] de aanvaller
    } heeft { $count } berichten gelezen in { $mailbox }
}
engine-event-forwarding-set = doorsturen van { $user } ingesteld op { $address }
engine-event-forwarding-cleared = doorsturen van { $user } gewist
engine-event-rule-created = regel voor Postvak IN "{ $rule }" gemaakt bij { $user }
engine-event-rule-removed = regel voor Postvak IN "{ $rule }" verwijderd bij { $user }
engine-event-rule-enabled = regel voor Postvak IN "{ $rule }" van { $user } { $enabled ->
    [yes] ingeschakeld
   *[no] uitgeschakeld
}
engine-event-delegate-added = { $delegate } heeft toegang gekregen tot het postvak van { $user }
engine-event-delegate-removed = toegang van { $delegate } tot het postvak van { $user } verwijderd
engine-event-protocols-disabled = protocollen { $protocols } uitgeschakeld voor { $user }
engine-event-sender-restricted = { $user } mag geen e-mail meer verzenden (limiet overschreden: { $limit })
engine-event-release-requested = deblokkeren van { $user } aangevraagd; verzenden wordt hervat om { $at }
engine-event-sender-released = { $user } kan weer e-mail verzenden
engine-event-alert-raised = waarschuwing "{ $title }" voor { $user }
engine-event-helpdesk-call = { $user } belt de helpdesk: "{ $message }"
engine-event-attacker-gave-up = de aanvaller heeft geen werkende toegang meer en geeft op
engine-event-clock-advanced = klok vooruitgezet naar { $to }
engine-event-new-day = een nieuwe UTC-dag begint
engine-cannot-sign-in = Ik kan me niet aanmelden.
engine-cannot-sign-in-says = Ik kan me niet aanmelden. Er staat: { $message } (AADSTS{ $code })

## Hoe een wachtwoord bekend werd, en hoe mensen werden ingelicht

engine-learned-read-in-mailbox = gelezen in het postvak van { $mailbox }
engine-learned-mail-to = e-mail aan { $address }
engine-learned-set-through-admin = zelf ingesteld via een gehackt beheerdersaccount
engine-learned-told = gehoord via { $channel }
engine-learned-password-spray = password spray
engine-channel-in-person = persoonlijk
engine-channel-phone = telefoon ({ $number })
engine-channel-sms = sms ({ $number })
engine-channel-email = e-mail aan { $address }

## Limieten voor uitgaande e-mail en waarschuwingen

engine-limit-external-per-hour = externe ontvangers per uur
engine-limit-internal-per-hour = interne ontvangers per uur
engine-limit-per-day = ontvangers per dag
engine-limit-service-per-day = de servicelimiet voor ontvangers per dag
engine-limit-service-messages-per-minute = de servicelimiet voor berichten per minuut
engine-limit-service-per-message = de servicelimiet voor ontvangers per bericht

## Beleidswijzigingen

engine-policy-passwords-never-expire = verloopbeleid wachtwoorden gewijzigd: wachtwoorden verlopen nooit
engine-policy-passwords-expire = { $count ->
    [one] verloopbeleid wachtwoorden gewijzigd: wachtwoorden verlopen na { $count } dag
   *[other] verloopbeleid wachtwoorden gewijzigd: wachtwoorden verlopen na { $count } dagen
}
engine-policy-user-password-policy = wachtwoordbeleid van { $user } gewijzigd: PasswordPolicies: { $policies }
engine-policy-sspr = { $count ->
    [one] self-service voor wachtwoordherstel gewijzigd: bereik { $scope }, { $count } methode vereist
   *[other] self-service voor wachtwoordherstel gewijzigd: bereik { $scope }, { $count } methoden vereist
}
engine-policy-outbound-spam = beleid voor uitgaande spam gewijzigd: { $external } extern/u, { $internal } intern/u, { $per_day } per dag, actie: { $action }, automatisch doorsturen: { $forwarding }
engine-outbound-action-block-user = de gebruiker beperken in het verzenden van e-mail
engine-outbound-action-block-user-for-today = de gebruiker tot de volgende dag beperken in het verzenden van e-mail
engine-outbound-action-alert = alleen waarschuwen
engine-auto-forwarding-automatic = automatisch (door het systeem beheerd)
engine-auto-forwarding-on = aan (doorsturen is ingeschakeld)
engine-auto-forwarding-off = uit (doorsturen is uitgeschakeld)

# Alert triage
engine-event-alert-resolved = waarschuwing #{ $id } voor { $user } opgelost: { $verdict }
engine-permission-manage-alerts = het beheren van waarschuwingen
engine-no-such-alert = er is geen waarschuwing #{ $id }
# Registered devices and token theft.
engine-permission-manage-devices = apparaten uitschakelen of verwijderen
engine-event-device-disabled = apparaat { $device } van { $user } uitgeschakeld
engine-event-device-deleted = apparaat { $device } van { $user } verwijderd
engine-no-such-device = { $user } heeft geen geregistreerd apparaat met de naam { $device }.
engine-role-cloud-device-administrator = Cloudapparaatbeheerder
engine-role-intune-administrator = Intune-beheerder
engine-role-cloud-application-administrator = Cloudtoepassingsbeheerder
engine-role-application-administrator = Toepassingsbeheerder
engine-permission-manage-applications = bedrijfstoepassingen uitschakelen of verwijderen en hun machtigingstoekenningen intrekken
engine-permission-manage-consent-policy = de instellingen voor gebruikerstoestemming wijzigen
engine-no-such-app = Er is geen bedrijfstoepassing met de naam { $app }.
engine-no-grants = { $app } heeft geen gedelegeerde machtigingstoekenning.
engine-no-grants-of-user = { $app } heeft geen gedelegeerde machtigingstoekenning die { $user } heeft gegeven.
engine-misrouted-apps = dat is geen actie op bedrijfstoepassingen
engine-event-app-disabled = bedrijfstoepassing { $app } uitgeschakeld
engine-event-app-deleted = bedrijfstoepassing { $app } verwijderd
engine-event-grants-revoked = { $count ->
    [one] { $count } machtigingstoekenning van { $app } ingetrokken
   *[other] { $count } machtigingstoekenningen van { $app } ingetrokken
}
engine-event-user-consent-changed = gebruikerstoestemming voor toepassingen ingesteld op "{ $setting }"
engine-event-consent-granted = { $user } heeft toestemming gegeven aan de toepassing { $app }


# Conditional Access, ID Protection and the password spray playbook.
engine-misrouted-access = geen actie voor voorwaardelijke toegang of ID-beveiliging
engine-invalid-range = { $range } is geen IPv4-bereik in CIDR-notatie (zoals 102.89.0.0/16, met hostbits op nul).
engine-no-ranges = Een benoemde locatie heeft minstens één IP-bereik nodig.
engine-too-many-ranges = Een benoemde locatie bevat hier hoogstens { $limit } bereiken.
engine-named-location-exists = Er bestaat al een benoemde locatie met de naam { $name }.
engine-too-many-named-locations = De tenant bevat hier hoogstens { $limit } benoemde locaties.
engine-unknown-named-location = Er is geen benoemde locatie met de naam { $name } (zie `ca locations`).
engine-no-locations = Een blokkerend beleid heeft minstens één benoemde locatie nodig.
engine-policy-exists = Er bestaat al een beleid voor voorwaardelijke toegang met de naam { $name }.
engine-too-many-policies = De tenant bevat hier hoogstens { $limit } beleidsregels voor voorwaardelijke toegang.
engine-bad-access-name = Een naam moet 1 tot { $limit } tekens hebben en geen besturingstekens.
engine-permission-read-conditional-access = beleid en benoemde locaties voor voorwaardelijke toegang lezen
engine-permission-manage-conditional-access = beleid en benoemde locaties voor voorwaardelijke toegang maken
engine-permission-read-risky-users = riskante gebruikers in ID-beveiliging lezen
engine-permission-manage-user-risk = in ID-beveiliging bevestigen dat gebruikers zijn gecompromitteerd
engine-role-conditional-access-administrator = Beheerder voor voorwaardelijke toegang
engine-sign-in-message-blocked-by-ca = U hebt op dit moment geen toegang: uw aanmelding is gelukt, maar voldoet niet aan de criteria voor toegang tot deze resource.
engine-sign-in-meaning-blocked-by-ca = geblokkeerd door voorwaardelijke toegang
engine-event-named-location-created = benoemde locatie { $name } gemaakt met { $count ->
    [one] één bereik
   *[other] { $count } bereiken
}
engine-event-ca-policy-created = beleid voor voorwaardelijke toegang { $name } gemaakt en ingeschakeld
engine-event-user-confirmed-compromised = { $user } bevestigd als gecompromitteerd (gebruikersrisico hoog)
