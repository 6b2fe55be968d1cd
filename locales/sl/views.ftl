# views: sl
# Imena polj pravih cmdletov (UserPrincipalName, ForwardingSmtpAddress,
# RuleIdentity, ...) niso tukaj: v vseh jezikih so enaka.

## Common words

view-yes = da
view-no = ne
view-none = (brez)
view-none-word = brez

## Users and groups

view-users-header-blocked = Blokiran
view-users-header-admin = Skrbnik
view-users-count = { $count ->
    [one] { $count } uporabnik
    [two] { $count } uporabnika
    [few] { $count } uporabniki
   *[other] { $count } uporabnikov
}
view-users-shown = Prikazano: { $shown } od skupno { $count }; zožite izbor z --search ali --department
view-groups-none = (ni skupin)
view-groups-header-group = Skupina
view-groups-header-members = Člani
view-groups-count = { $count ->
    [one] { $count } skupina
    [two] { $count } skupini
    [few] { $count } skupine
   *[other] { $count } skupin
}
view-members-heading = Člani ({ $of }):
view-members-of-group = skupina »{ $name }«
view-members-of-role = vloga »{ $role }«
view-members-count = { $count ->
    [one] { $count } član
    [two] { $count } člana
    [few] { $count } člani
   *[other] { $count } članov
}

## One user

view-user-usual-location = Običajna lokacija
view-user-sign-in-blocked = Vpis blokiran
view-user-roles = Vloge
view-user-mfa-required = MFA zahtevano
view-user-alternate-email = Nadomestni e-poštni naslov
view-user-mobile-phone = Mobilni telefon
view-user-password-last-set = Geslo nazadnje nastavljeno
view-user-password-never-expires = Geslo nikoli ne poteče
view-user-must-change-password = Mora spremeniti geslo
view-user-licensed = Licenca (nabiralnik)
view-methods-heading = Načini preverjanja pristnosti za { $upn }:
view-methods-none = (ni registriranih načinov)

## Roles, as the admin center names them

view-role-global-administrator = Globalni skrbnik
view-role-privileged-authentication-administrator = Skrbnik za privilegirano preverjanje pristnosti
view-role-privileged-role-administrator = Skrbnik za privilegirane vloge
view-role-user-administrator = Skrbnik uporabnikov
view-role-groups-administrator = Skrbnik skupin
view-role-helpdesk-administrator = Skrbnik službe za pomoč uporabnikom
view-role-password-administrator = Skrbnik za gesla
view-role-authentication-administrator = Skrbnik za preverjanje pristnosti
view-role-authentication-policy-administrator = Skrbnik pravilnika za preverjanje pristnosti
view-role-exchange-administrator = Skrbnik za Exchange
view-role-security-administrator = Skrbnik za varnost
view-role-security-reader = Bralec za varnost
view-role-global-reader = Globalni bralec
view-role-reports-reader = Bralec poročil
view-role-message-center-reader = Bralec središča za sporočila
view-role-directory-readers = Bralci imenika
view-role-guest-inviter = Povabitelj gostov

## Sign-in log and audit log (the portal's column names)

view-log-header-date = Datum (UTC)
view-log-header-ip = Naslov IP
view-log-header-location = Lokacija
view-sign-ins-header-user = Uporabnik
view-sign-ins-header-client = Odjemalska aplikacija
view-sign-ins-header-status = Stanje
view-sign-in-success = Uspešno
view-sign-in-failure = Napaka { $code }
view-sign-ins-none = (ni vpisov)
view-audit-header-actor = Akter
view-audit-header-activity = Dejavnost
view-audit-header-target = Cilj
view-audit-header-details = Podrobnosti
view-audit-none = (ni vnosov v dnevniku nadzora)
view-client-browser = Brskalnik
view-client-app-password = { $protocol } (geslo za aplikacijo)
view-client-non-interactive = Neinteraktivno
view-client-non-interactive-device = Neinteraktivno (PRT)
view-client-passwordless = Aplikacija Authenticator
view-audit-activity-delete-app-passwords = Brisanje gesel za aplikacije
view-audit-activity-create-app-password = Ustvarjanje gesla za aplikacijo
view-audit-activity-update-sspr-policy = Posodobitev pravilnika za ponastavitev gesla
view-audit-detail-sessions = { $count ->
    [one] { $count } seja
    [two] { $count } seji
    [few] { $count } seje
   *[other] { $count } sej
}
view-audit-detail-app-passwords = { $count ->
    [one] { $count } geslo za aplikacijo
    [two] { $count } gesli za aplikacije
    [few] { $count } gesla za aplikacije
   *[other] { $count } gesel za aplikacije
}
view-audit-detail-contact-info = kontaktni podatki
view-audit-detail-passwords-never-expire = gesla nikoli ne potečejo
view-audit-detail-passwords-expire = { $days ->
    [one] gesla potečejo po { $days } dnevu
    [two] gesla potečejo po { $days } dneh
    [few] gesla potečejo po { $days } dneh
   *[other] gesla potečejo po { $days } dneh
}
view-audit-detail-sspr = { $count ->
    [one] omogočeno za: { $scope }; zahtevan { $count } način
    [two] omogočeno za: { $scope }; zahtevana { $count } načina
    [few] omogočeno za: { $scope }; zahtevani { $count } načini
   *[other] omogočeno za: { $scope }; zahtevanih { $count } načinov
}
view-audit-detail-outbound = { $external } zunanjih/h, { $internal } notranjih/h, { $day } na dan, dejanje: { $action }, samodejno posredovanje: { $forwarding }
view-audit-detail-protocols-disabled = onemogočeno: { $protocols }
view-audit-detail-sending-resumes = pošiljanje se nadaljuje ob { $time }
view-audit-detail-sspr-knew = uporabnik je poznal trenutno geslo
view-audit-detail-sspr-forgot = uporabnik je pozabil geslo

## What the person signing in is told

view-sign-in-message-success = Vpisani ste.
view-sign-in-message-must-change = Geslo morate posodobiti, ker se vpisujete prvič ali ker je vaše geslo poteklo.
view-sign-in-message-wrong-password = Vaš račun ali geslo ni pravilno.
view-sign-in-message-locked = Vaš račun je začasno zaklenjen, da se prepreči nepooblaščena uporaba. Poskusite znova pozneje.
view-sign-in-message-disabled = Vaš račun je zaklenjen. Za odklepanje se obrnite na osebo za podporo, nato poskusite znova.
view-sign-in-message-expired = Vaše geslo je poteklo.
view-sign-in-message-mfa = Potrebnih je več informacij: odobrite vpis z drugim dejavnikom.
view-sign-in-message-unknown-user = To uporabniško ime morda ni pravilno.
view-sign-in-message-token-revoked = Vaša seja je potekla. Znova se vpišite.
view-temporary-password = Geslo za { $upn } je ponastavljeno. Novo geslo: { $password }
view-temporary-password-share = Posredujte ga uporabniku po kanalu, ki ga ne more brati nihče drug.

## Policies

view-policies-password-expiration = Pravilnik o poteku gesel
view-policies-smart-lockout = Pametno zaklepanje
view-policies-outbound-spam = Pravilnik za odhodno neželeno pošto
view-policies-never = nikoli
view-policies-days = { $count ->
    [one] { $count } dan
    [two] { $count } dneva
    [few] { $count } dnevi
   *[other] { $count } dni
}
view-policies-lockout = prag { $threshold }, prvo zaklepanje { $first } s, rast x{ $growth }, največ { $maximum } s
view-policies-outbound = { $external } zunanjih/h, { $internal } notranjih/h, { $daily } na dan, dejanje: { $action }, samodejno posredovanje: { $forwarding }
view-outbound-action-block-user = uporabniku prepreči pošiljanje e-pošte
view-outbound-action-block-user-for-today = uporabniku prepreči pošiljanje e-pošte do naslednjega dne
view-outbound-action-alert = samo opozorilo
view-auto-forwarding-automatic = samodejno (nadzoruje sistem)
view-auto-forwarding-on = vklopljeno (posredovanje je omogočeno)
view-auto-forwarding-off = izklopljeno (posredovanje je onemogočeno)
view-sspr-enabled = Samopostrežna ponastavitev gesla omogočena
view-sspr-methods-required = Število načinov, potrebnih za ponastavitev
view-sspr-methods-available = Načini, ki so na voljo uporabnikom
view-sspr-require-registration = Zahtevaj registracijo uporabnikov
view-sspr-reconfirm-days = Dnevi do ponovne potrditve
view-sspr-administrators = Skrbniki: vedno omogočeno, dva načina, brez varnostnih vprašanj
view-sspr-scope-none = Brez
view-sspr-scope-selected = Izbrano (skupina »{ $group }«)
view-sspr-scope-all = Vsi
view-sspr-method-app-notification = Obvestilo v mobilni aplikaciji
view-sspr-method-app-code = Koda iz mobilne aplikacije
view-sspr-method-email = E-pošta
view-sspr-method-mobile-phone = Mobilni telefon
view-sspr-method-office-phone = Službeni telefon
view-sspr-method-security-questions = Varnostna vprašanja

## Mailboxes

view-mailbox-mailbox = Nabiralnik
view-mailbox-rules = Pravila za mapo »Prejeto« (vidna)
view-mailbox-delegates = Pooblaščenci
view-mailbox-disabled-protocols = Onemogočeni protokoli
view-mailbox-restricted = Pošiljanje omejeno
view-rules-heading = Pravila za mapo »Prejeto« za { $upn }:
view-rules-none = (ni pravil)
view-delegates-heading = Dovoljenja za nabiralnik { $upn }:
view-delegates-owner-only = (samo lastnik)
view-mail-read = { $count ->
    [one] { $count } prebrano sporočilo v { $upn }
    [two] { $count } prebrani sporočili v { $upn }
    [few] { $count } prebrana sporočila v { $upn }
   *[other] { $count } prebranih sporočil v { $upn }
}

## What an inbox rule does, as Outlook describes it

view-rule-description = { $conditions }: { $actions }
view-rule-every-message = vsako sporočilo
view-rule-and = in
view-rule-from = od { $address }
view-rule-subject-contains = zadeva vsebuje { $words }
view-rule-body-contains = telo vsebuje { $words }
view-rule-subject-or-body-contains = zadeva ali telo vsebuje { $words }
view-rule-has-attachment = ima prilogo
view-rule-sent-to = poslano za { $address }
view-rule-forward-to = posreduj na { $targets }
view-rule-forward-as-attachment-to = posreduj kot prilogo na { $targets }
view-rule-redirect-to = preusmeri na { $targets }
view-rule-move-to = premakni v { $folder }
view-rule-delete = izbriši
view-rule-mark-as-read = označi kot prebrano
view-rule-stop-processing = ustavi obdelavo pravil

## Message trace, restricted entities, alerts

view-trace-status-delivered = Dostavljeno
view-trace-status-forwarded = Posredovano
view-trace-status-failed = Ni uspelo
view-trace-status-sent = Poslano
view-trace-none = (ni sporočil v oknu sledenja)
view-restricted-since = omejeno { $at } ({ $limit })
view-restricted-release-pending = , sprostitev v teku do { $at }
view-restricted-none = (ni omejenih entitet)
view-limit-external-per-hour = zunanji prejemniki na uro
view-limit-internal-per-hour = notranji prejemniki na uro
view-limit-per-day = prejemniki na dan
view-limit-service-per-day = omejitev storitve za prejemnike na dan
view-limit-service-messages-per-minute = omejitev storitve za sporočila na minuto
view-limit-service-recipients-per-message = omejitev storitve za prejemnike na sporočilo
view-severity-low = Nizka
view-severity-medium = Srednja
view-severity-high = Visoka
view-alerts-none = (ni opozoril)

## Short answers

view-note-no-forwarding = { $upn } nima nastavljenega posredovanja.
view-note-already-delegated = { $delegate } že ima { $access } za { $upn }.
view-note-sign-in-already-blocked = Vpis za { $upn } je že blokiran.
view-note-sign-in-already-allowed = Vpis za { $upn } je že dovoljen.
view-note-already-holds-role = { $upn } že ima vlogo { $role }.
view-note-mfa-already-required = MFA je za { $upn } že zahtevano.
view-note-session-accepted = Seja { $session } je sprejeta.
view-note-caller-genuine = Potrjeno: zahteva res prihaja od { $upn }.
view-note-caller-confirmed-by-answerer = Oseba, ki se je oglasila, potrjuje zahtevo za { $upn }.
view-note-caller-impostor-callback = { $upn } se oglasi na povratni klic: te zahteve ni bilo. Klicatelj ni bil { $upn }.
view-note-caller-impostor-manager = Vodja uporabnika { $upn } preveri: te zahteve ni bilo. Klicatelj ni bil { $upn }.
view-note-caller-impostor-in-person = { $upn } je za svojo mizo: te zahteve ni bilo. Klicatelj ni bil { $upn }.
view-note-password-changed = Geslo je spremenjeno.
view-note-password-reset-by-self = Vaše geslo je ponastavljeno.
view-note-release-in-progress = Sprostitev za { $upn } je že v teku; pošiljanje se nadaljuje ob { $time }.
view-note-release-requested = Pošiljanje za { $upn } bo znova mogoče čez približno { $delay } (ob { $time }).

## Notices: what the trainee notices while working

notice-call = { $time } ☎ { $name } kliče: »{ $said }«
notice-said-cannot-sign-in = Ne morem se vpisati.
notice-said-cannot-sign-in-because = Ne morem se vpisati. Piše: { $message } (AADSTS{ $code })
notice-said-mail-bounces = Moja pošta se ves čas vrača: 550 5.1.8 Access denied, bad outbound sender. Ničesar ne morem poslati.
notice-reply-back-in = { $time } ✉ { $name } odgovori: »Hvala, geslo deluje: spet sem notri.«
# Naslov je ime opozorila v portalu Defender, v vseh jezikih v angleščini.
notice-alert = { $time } ⚠ Novo opozorilo ({ $severity }): { $title }, { $user }

## Message trace and alert details

view-trace-recipients = { $count ->
    [one] { $count } prejemnik
    [two] { $count } prejemnika
    [few] { $count } prejemniki
   *[other] { $count } prejemnikov
}
view-trace-outside-recipients = { $count ->
    [one] { $count } zunanji prejemnik
    [two] { $count } zunanja prejemnika
    [few] { $count } zunanji prejemniki
   *[other] { $count } zunanjih prejemnikov
}
view-trace-forwarded-by-rule = posredovano s pravilom »{ $rule }« za mapo »Prejeto«
view-trace-forwarded-by-mailbox = posredovano s posredovanjem nabiralnika
view-alert-rule = pravilo »{ $rule }«
view-alert-forwarded-to = posredovano na { $address }

# Alert triage
view-alert-status-new = Novo
view-alert-status-resolved = Razrešeno
view-classification-true-positive = Resnično pozitivno
view-classification-informational = Informativno, pričakovana dejavnost
view-classification-false-positive = Lažno pozitivno
view-alert-resolved = Razvrstitev: { $verdict } (razrešil { $by })
view-alert-resolved-comment = Razvrstitev: { $verdict } (razrešil { $by }): { $comment }
view-forwarding-search-heading = Nabiralniki, ki pošiljajo pošto na { $address }:
view-forwarding-search-mailbox = posredovanje nabiralnika
view-forwarding-search-rule = pravilo za mapo »Prejeto« »{ $rule }« ({ $state })
view-forwarding-search-rule-enabled = omogočeno
view-forwarding-search-rule-disabled = onemogočeno
view-forwarding-search-rule-enabled-hidden = omogočeno, skrito
view-forwarding-search-rule-disabled-hidden = onemogočeno, skrito
view-forwarding-search-none = (nobenega)
# Places the logs show that are the simulator's own (not a city).
view-place-office = Pisarna
view-place-hotel-wifi = Hotelski Wi-Fi
# The audit log's target of a password reset policy change: the Entra page (glossary #21).
view-audit-target-password-reset = Ponastavitev gesla
# Registered devices and token theft.
view-methods-registered = registrirano { $at }
view-devices-heading = Naprave, registrirane za { $upn }:
view-devices-header-name = Ime
view-devices-header-os = OS
view-devices-header-enabled = Omogočeno
view-devices-header-registered = Registrirano
view-devices-enabled-yes = Da
view-devices-enabled-no = Ne
view-devices-none = (ni naprav)
view-note-device-already-disabled = Naprava { $device } uporabnika { $upn } je že onemogočena.
view-role-cloud-device-administrator = Skrbnik naprav v oblaku
view-role-intune-administrator = Skrbnik za Intune
view-role-cloud-application-administrator = skrbnik aplikacij v oblaku
view-role-application-administrator = skrbnik aplikacij
view-apps-user-consent = Uporabniško soglasje za aplikacije: { $setting }
view-apps-header-name = Ime
view-apps-header-publisher = Izdajatelj
view-apps-header-verified = Preverjen
view-apps-header-enabled = Omogočena
view-apps-header-app-id = ID aplikacije
view-apps-none = (ni podjetniških aplikacij)
view-app-heading = Podjetniška aplikacija { $app }
view-app-app-id = ID aplikacije
view-app-object-id = ID predmeta
view-app-publisher = Izdajatelj
view-app-verified = Preverjen izdajatelj
view-app-reply-url = URL za odgovor
view-app-enabled = Omogočeno za vpis uporabnikov?
view-app-created = Ustvarjena
view-app-grants-heading = Dodelitve delegiranih dovoljenj:
view-grants-header-app = Aplikacija
view-grants-header-consent = Vrsta soglasja
view-grants-header-granted = Dodeljeno
view-grants-header-scopes = Obsegi
view-grants-none = (ni dodelitev delegiranih dovoljenj)
view-client-delegated-app = Neinteraktivno (apl.)
view-user-consent-allow-all = Dovoli uporabniško soglasje za aplikacije
view-user-consent-verified-publishers = Dovoli uporabniško soglasje za aplikacije preverjenih izdajateljev, za izbrana dovoljenja
view-user-consent-do-not-allow = Ne dovoli uporabniškega soglasja
view-note-app-already-disabled = { $app } je že onemogočena.
view-note-user-consent-already = Uporabniško soglasje je že »{ $setting }«.


# Conditional Access, ID Protection and the password spray playbook.
view-sign-in-message-blocked-by-ca = Do tega trenutno ne morete dostopati: vpis je uspel, vendar ne izpolnjuje pogojev za dostop do tega vira.
view-role-conditional-access-administrator = Skrbnik pogojnega dostopa
view-note-already-confirmed-compromised = { $upn } je že potrjeno ogrožen.
view-named-locations-heading = Poimenovane lokacije:
view-named-location-line = { $name } (obsegi IP): { $ranges }
view-named-locations-none = Ni poimenovanih lokacij.
view-ca-policies-heading = Pravilniki za pogojni dostop:
view-ca-policy-on = Vklopljeno
view-ca-policy-off = Izklopljeno
view-ca-policy-block-locations = vsi uporabniki, lokacije { $locations }: blokiraj dostop
view-ca-policy-block-legacy = vsi uporabniki, odjemalske aplikacije Exchange ActiveSync in drugi odjemalci: blokiraj dostop
view-ca-policy-require-mfa-modern = vsi uporabniki, odjemalske aplikacije brskalnik ter mobilne aplikacije in namizni odjemalci: zahtevaj večkratno preverjanje pristnosti
view-ca-policies-none = Ni pravilnikov za pogojni dostop.
view-risky-users-heading = Tvegani uporabniki:
view-risky-user-line = { $upn }: potrjeno ogrožen, visoka raven tveganja, { $at }, potrdil { $by }
view-risky-users-none = Ni tveganih uporabnikov.
view-audit-activity-confirm-user-compromised = Potrdi ogroženost uporabnika
