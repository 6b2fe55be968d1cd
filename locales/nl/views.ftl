# views: nl
# Veldnamen van de echte cmdlets (UserPrincipalName, ForwardingSmtpAddress,
# RuleIdentity, ...) staan hier niet: die zijn in elke taal gelijk.

## Common words

view-yes = ja
view-no = nee
view-none = (geen)
view-none-word = geen

## Users and groups

view-users-header-blocked = Geblokkeerd
view-users-header-admin = Beheerder
view-users-count = { $count ->
    [one] { $count } gebruiker
   *[other] { $count } gebruikers
}
view-users-shown = { $shown } van { $count } gebruikers weergegeven; beperk de lijst met --search of --department
view-groups-none = (geen groepen)
view-groups-header-group = Groep
view-groups-header-members = Leden
view-groups-count = { $count ->
    [one] { $count } groep
   *[other] { $count } groepen
}
view-members-heading = Leden van { $of }:
view-members-of-group = groep "{ $name }"
view-members-of-role = rol "{ $role }"
view-members-count = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}

## One user

view-user-usual-location = Gebruikelijke locatie
view-user-sign-in-blocked = Aanmelding geblokkeerd
view-user-roles = Rollen
view-user-mfa-required = MFA vereist
view-user-alternate-email = Alternatief e-mailadres
view-user-mobile-phone = Mobiele telefoon
view-user-password-last-set = Wachtwoord laatst ingesteld
view-user-password-never-expires = Wachtwoord verloopt nooit
view-user-must-change-password = Moet wachtwoord wijzigen
view-user-licensed = Licentie (postvak)
view-methods-heading = Verificatiemethoden van { $upn }:
view-methods-none = (geen geregistreerd)

## Roles, as the admin center names them

view-role-global-administrator = Globale beheerder
view-role-privileged-authentication-administrator = Beheerder voor bevoorrechte verificatie
view-role-privileged-role-administrator = Bevoorrechte rolbeheerder
view-role-user-administrator = Gebruikersbeheerder
view-role-groups-administrator = Groepenbeheerder
view-role-helpdesk-administrator = Helpdesk-beheerder
view-role-password-administrator = Wachtwoordbeheerder
view-role-authentication-administrator = Verificatiebeheerder
view-role-authentication-policy-administrator = Beheerder van verificatiebeleid
view-role-exchange-administrator = Exchange-beheerder
view-role-security-administrator = Beveiligingsbeheerder
view-role-security-reader = Beveiligingslezer
view-role-global-reader = Algemene lezer
view-role-reports-reader = Rapportenlezer
view-role-message-center-reader = Lezer van berichtencentrum
view-role-directory-readers = Directorylezers
view-role-guest-inviter = Gastuitnodiger

## Sign-in log and audit log (the portal's column names)

view-log-header-date = Datum (UTC)
view-log-header-ip = IP-adres
view-log-header-location = Locatie
view-sign-ins-header-user = Gebruiker
view-sign-ins-header-client = Client-app
view-sign-ins-header-status = Status
view-sign-in-success = Geslaagd
view-sign-in-failure = Mislukt { $code }
view-sign-ins-none = (geen aanmeldingen)
view-audit-header-actor = Actor
view-audit-header-activity = Activiteit
view-audit-header-target = Doel
view-audit-header-details = Details
view-audit-none = (geen vermeldingen in het auditlogboek)
view-client-browser = Browser
view-client-app-password = { $protocol } (app-wachtwoord)
view-client-non-interactive = Niet-interactief
view-client-non-interactive-device = Niet-interactief (PRT)
view-client-passwordless = Authenticator-app
view-audit-activity-delete-app-passwords = App-wachtwoorden verwijderen
view-audit-activity-create-app-password = App-wachtwoord maken
view-audit-activity-update-sspr-policy = Beleid voor wachtwoordherstel bijwerken
view-audit-detail-sessions = { $count ->
    [one] { $count } sessie
   *[other] { $count } sessies
}
view-audit-detail-app-passwords = { $count ->
    [one] { $count } app-wachtwoord
   *[other] { $count } app-wachtwoorden
}
view-audit-detail-contact-info = contactgegevens
view-audit-detail-passwords-never-expire = wachtwoorden verlopen nooit
view-audit-detail-passwords-expire = { $days ->
    [one] wachtwoorden verlopen na { $days } dag
   *[other] wachtwoorden verlopen na { $days } dagen
}
view-audit-detail-sspr = { $count ->
    [one] ingeschakeld voor: { $scope }; { $count } methode vereist
   *[other] ingeschakeld voor: { $scope }; { $count } methoden vereist
}
view-audit-detail-outbound = { $external } extern/u, { $internal } intern/u, { $day } per dag, actie: { $action }, automatisch doorsturen: { $forwarding }
view-audit-detail-protocols-disabled = uitgeschakeld: { $protocols }
view-audit-detail-sending-resumes = verzenden wordt hervat om { $time }
view-audit-detail-sspr-knew = gebruiker kende het huidige wachtwoord
view-audit-detail-sspr-forgot = gebruiker was het wachtwoord vergeten

## What the person signing in is told

view-sign-in-message-success = Aangemeld.
view-sign-in-message-must-change = U moet uw wachtwoord bijwerken, omdat u zich voor het eerst aanmeldt of omdat uw wachtwoord is verlopen.
view-sign-in-message-wrong-password = Uw account of wachtwoord is onjuist.
view-sign-in-message-locked = Uw account is tijdelijk vergrendeld om onbevoegd gebruik te voorkomen. Probeer het later opnieuw.
view-sign-in-message-disabled = Uw account is vergrendeld. Neem contact op met uw ondersteuningsmedewerker om het te ontgrendelen en probeer het daarna opnieuw.
view-sign-in-message-expired = Uw wachtwoord is verlopen.
view-sign-in-message-mfa = Meer informatie vereist: keur de aanmelding goed met uw tweede factor.
view-sign-in-message-unknown-user = Deze gebruikersnaam is mogelijk onjuist.
view-sign-in-message-token-revoked = Uw sessie is verlopen. Meld u opnieuw aan.
view-temporary-password = Wachtwoord van { $upn } opnieuw ingesteld. Nieuw wachtwoord: { $password }
view-temporary-password-share = Geef het aan de gebruiker via een kanaal dat alleen die gebruiker kan lezen.

## Policies

view-policies-password-expiration = Verloopbeleid wachtwoorden
view-policies-smart-lockout = Slimme vergrendeling
view-policies-outbound-spam = Beleid voor uitgaande spam
view-policies-never = nooit
view-policies-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
view-policies-lockout = drempel { $threshold }, eerste vergrendeling { $first } s, groei x{ $growth }, maximaal { $maximum } s
view-policies-outbound = { $external } extern/u, { $internal } intern/u, { $daily } per dag, actie: { $action }, automatisch doorsturen: { $forwarding }
view-outbound-action-block-user = de gebruiker beperken in het verzenden van e-mail
view-outbound-action-block-user-for-today = de gebruiker tot de volgende dag beperken in het verzenden van e-mail
view-outbound-action-alert = alleen waarschuwing
view-auto-forwarding-automatic = automatisch (door het systeem beheerd)
view-auto-forwarding-on = aan (doorsturen is ingeschakeld)
view-auto-forwarding-off = uit (doorsturen is uitgeschakeld)
view-sspr-enabled = Self-service voor wachtwoordherstel ingeschakeld
view-sspr-methods-required = Aantal methoden vereist voor herstel
view-sspr-methods-available = Methoden beschikbaar voor gebruikers
view-sspr-require-registration = Gebruikers verplichten zich te registreren
view-sspr-reconfirm-days = Dagen tot herbevestiging
view-sspr-administrators = Beheerders: altijd ingeschakeld, twee methoden, geen beveiligingsvragen
view-sspr-scope-none = Geen
view-sspr-scope-selected = Geselecteerd (groep '{ $group }')
view-sspr-scope-all = Alle
view-sspr-method-app-notification = Melding via mobiele app
view-sspr-method-app-code = Code via mobiele app
view-sspr-method-email = E-mail
view-sspr-method-mobile-phone = Mobiele telefoon
view-sspr-method-office-phone = Kantoortelefoon
view-sspr-method-security-questions = Beveiligingsvragen

## Mailboxes

view-mailbox-mailbox = Postvak
view-mailbox-rules = Regels voor Postvak IN (zichtbaar)
view-mailbox-delegates = Gemachtigden
view-mailbox-disabled-protocols = Uitgeschakelde protocollen
view-mailbox-restricted = Beperkt in verzenden
view-rules-heading = Regels voor Postvak IN van { $upn }:
view-rules-none = (geen regels)
view-delegates-heading = Postvakmachtigingen van { $upn }:
view-delegates-owner-only = (alleen de eigenaar)
view-mail-read = { $count ->
    [one] { $count } bericht gelezen in { $upn }
   *[other] { $count } berichten gelezen in { $upn }
}

## What an inbox rule does, as Outlook describes it

view-rule-description = { $conditions }: { $actions }
view-rule-every-message = elk bericht
view-rule-and = en
view-rule-from = van { $address }
view-rule-subject-contains = onderwerp bevat { $words }
view-rule-body-contains = berichttekst bevat { $words }
view-rule-subject-or-body-contains = onderwerp of berichttekst bevat { $words }
view-rule-has-attachment = heeft een bijlage
view-rule-sent-to = verzonden aan { $address }
view-rule-forward-to = doorsturen naar { $targets }
view-rule-forward-as-attachment-to = doorsturen als bijlage naar { $targets }
view-rule-redirect-to = omleiden naar { $targets }
view-rule-move-to = verplaatsen naar { $folder }
view-rule-delete = verwijderen
view-rule-mark-as-read = markeren als gelezen
view-rule-stop-processing = stoppen met het verwerken van regels

## Message trace, restricted entities, alerts

view-trace-status-delivered = Bezorgd
view-trace-status-forwarded = Doorgestuurd
view-trace-status-failed = Mislukt
view-trace-status-sent = Verzonden
view-trace-none = (geen berichten in het traceervenster)
view-restricted-since = beperkt { $at } ({ $limit })
view-restricted-release-pending = , vrijgave in behandeling tot { $at }
view-restricted-none = (geen beperkte entiteiten)
view-limit-external-per-hour = externe geadresseerden per uur
view-limit-internal-per-hour = interne geadresseerden per uur
view-limit-per-day = geadresseerden per dag
view-limit-service-per-day = de servicelimiet voor geadresseerden per dag
view-limit-service-messages-per-minute = de servicelimiet voor berichten per minuut
view-limit-service-recipients-per-message = de servicelimiet voor geadresseerden per bericht
view-severity-low = Laag
view-severity-medium = Gemiddeld
view-severity-high = Hoog
view-alerts-none = (geen waarschuwingen)

## Short answers

view-note-no-forwarding = Voor { $upn } is geen doorsturen ingesteld.
view-note-already-delegated = { $delegate } heeft al { $access } op { $upn }.
view-note-sign-in-already-blocked = Aanmelding voor { $upn } is al geblokkeerd.
view-note-sign-in-already-allowed = Aanmelding voor { $upn } is al toegestaan.
view-note-already-holds-role = { $upn } heeft de rol { $role } al.
view-note-mfa-already-required = MFA is al vereist voor { $upn }.
view-note-session-accepted = Sessie { $session } geaccepteerd.
view-note-caller-genuine = Bevestigd: het verzoek komt echt van { $upn }.
view-note-caller-confirmed-by-answerer = De persoon die opnam, bevestigt het verzoek voor { $upn }.
view-note-caller-impostor-callback = { $upn } neemt op als u terugbelt en heeft dit nooit gevraagd: de beller was niet { $upn }.
view-note-caller-impostor-manager = De manager van { $upn } gaat het na: dit is nooit gevraagd. De beller was niet { $upn }.
view-note-caller-impostor-in-person = { $upn } zit aan het bureau en heeft dit nooit gevraagd: de beller was niet { $upn }.
view-note-password-changed = Wachtwoord gewijzigd.
view-note-password-reset-by-self = Uw wachtwoord is opnieuw ingesteld.
view-note-release-in-progress = De vrijgave van { $upn } is al bezig; verzenden wordt hervat om { $time }.
view-note-release-requested = { $upn } kan over ongeveer { $delay } weer verzenden (om { $time }).

## Notices: what the trainee notices while working

notice-call = { $time } ☎ { $name } belt: "{ $said }"
notice-said-cannot-sign-in = Ik kan me niet aanmelden.
notice-said-cannot-sign-in-because = Ik kan me niet aanmelden. Er staat: { $message } (AADSTS{ $code })
notice-said-mail-bounces = Mijn e-mail komt steeds terug: 550 5.1.8 Access denied, bad outbound sender. Ik kan niets verzenden.
notice-reply-back-in = { $time } ✉ { $name } antwoordt: "Bedankt, dat wachtwoord werkt: ik kan er weer in."
# De titel is de waarschuwingsnaam van de Defender-portal, in elke taal in het Engels.
notice-alert = { $time } ⚠ Nieuwe waarschuwing ({ $severity }): { $title }, { $user }

## Message trace and alert details

view-trace-recipients = { $count ->
    [one] { $count } geadresseerde
   *[other] { $count } geadresseerden
}
view-trace-outside-recipients = { $count ->
    [one] { $count } externe geadresseerde
   *[other] { $count } externe geadresseerden
}
view-trace-forwarded-by-rule = doorgestuurd door regel voor Postvak IN '{ $rule }'
view-trace-forwarded-by-mailbox = doorgestuurd door doorsturen van het postvak
view-alert-rule = regel '{ $rule }'
view-alert-forwarded-to = doorgestuurd naar { $address }

# Alert triage
view-alert-status-new = Nieuw
view-alert-status-resolved = Opgelost
view-classification-true-positive = Terecht-positief
view-classification-informational = Informatief, verwachte activiteit
view-classification-false-positive = Fout-positief
view-alert-resolved = Classificatie: { $verdict } (opgelost door { $by })
view-alert-resolved-comment = Classificatie: { $verdict } (opgelost door { $by }): { $comment }
view-forwarding-search-heading = Postvakken die mail naar { $address } sturen:
view-forwarding-search-mailbox = doorsturen op het postvak
view-forwarding-search-rule = regel voor Postvak IN '{ $rule }' ({ $state })
view-forwarding-search-rule-enabled = ingeschakeld
view-forwarding-search-rule-disabled = uitgeschakeld
view-forwarding-search-rule-enabled-hidden = ingeschakeld, verborgen
view-forwarding-search-rule-disabled-hidden = uitgeschakeld, verborgen
view-forwarding-search-none = (geen)
# Places the logs show that are the simulator's own (not a city).
view-place-office = Kantoor
view-place-hotel-wifi = Hotel-wifi
# The audit log's target of a password reset policy change: the Entra page (glossary #21).
view-audit-target-password-reset = Wachtwoord opnieuw instellen
# Registered devices and token theft.
view-methods-registered = geregistreerd { $at }
view-devices-heading = Apparaten die zijn geregistreerd voor { $upn }:
view-devices-header-name = Naam
view-devices-header-os = Besturingssysteem
view-devices-header-enabled = Ingeschakeld
view-devices-header-registered = Geregistreerd
view-devices-enabled-yes = Ja
view-devices-enabled-no = Nee
view-devices-none = (geen apparaten)
view-note-device-already-disabled = Apparaat { $device } van { $upn } is al uitgeschakeld.
view-role-cloud-device-administrator = Cloudapparaatbeheerder
view-role-intune-administrator = Intune-beheerder
view-role-cloud-application-administrator = Cloudtoepassingsbeheerder
view-role-application-administrator = Toepassingsbeheerder
view-apps-user-consent = Gebruikerstoestemming voor toepassingen: { $setting }
view-apps-header-name = Naam
view-apps-header-publisher = Uitgever
view-apps-header-verified = Geverifieerd
view-apps-header-enabled = Ingeschakeld
view-apps-header-app-id = Toepassings-id
view-apps-none = (geen bedrijfstoepassingen)
view-app-heading = Bedrijfstoepassing { $app }
view-app-app-id = Toepassings-id
view-app-object-id = Object-id
view-app-publisher = Uitgever
view-app-verified = Geverifieerde uitgever
view-app-reply-url = Antwoord-URL
view-app-enabled = Ingeschakeld voor aanmelding door gebruikers?
view-app-created = Gemaakt
view-app-grants-heading = Gedelegeerde machtigingstoekenningen:
view-grants-header-app = Toepassing
view-grants-header-consent = Toestemmingstype
view-grants-header-granted = Verleend
view-grants-header-scopes = Bereiken
view-grants-none = (geen gedelegeerde machtigingstoekenningen)
view-client-delegated-app = Niet-interactief (app)
view-user-consent-allow-all = Gebruikerstoestemming voor apps toestaan
view-user-consent-verified-publishers = Gebruikerstoestemming toestaan voor apps van geverifieerde uitgevers, voor geselecteerde machtigingen
view-user-consent-do-not-allow = Gebruikerstoestemming niet toestaan
view-note-app-already-disabled = { $app } is al uitgeschakeld.
view-note-user-consent-already = Gebruikerstoestemming is al "{ $setting }".


# Conditional Access, ID Protection and the password spray playbook.
view-sign-in-message-blocked-by-ca = U hebt op dit moment geen toegang: uw aanmelding is gelukt, maar voldoet niet aan de criteria voor toegang tot deze resource.
view-role-conditional-access-administrator = Beheerder voor voorwaardelijke toegang
view-note-already-confirmed-compromised = { $upn } is al bevestigd als gecompromitteerd.
view-named-locations-heading = Benoemde locaties:
view-named-location-line = { $name } (IP-bereiken): { $ranges }
view-named-locations-none = Geen benoemde locaties.
view-ca-policies-heading = Beleid voor voorwaardelijke toegang:
view-ca-policy-on = Aan
view-ca-policy-off = Uit
view-ca-policy-block-locations = alle gebruikers, locaties { $locations }: toegang blokkeren
view-ca-policy-block-legacy = alle gebruikers, client-apps Exchange ActiveSync en andere clients: toegang blokkeren
view-ca-policy-require-mfa-modern = alle gebruikers, client-apps browser en mobiele apps en desktopclients: meervoudige verificatie vereisen
view-ca-policies-none = Geen beleid voor voorwaardelijke toegang.
view-risky-users-heading = Riskante gebruikers:
view-risky-user-line = { $upn }: bevestigd als gecompromitteerd, risiconiveau hoog, { $at } door { $by }
view-risky-users-none = Geen riskante gebruikers.
view-audit-activity-confirm-user-compromised = Bevestigen dat gebruiker is gecompromitteerd
