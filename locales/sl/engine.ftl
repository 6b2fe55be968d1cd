# engine: sl
# Izidi, zavrnitve, dogodki in dejstva, ki jih nosijo, z besedami.
# Kode (AADSTS…, odgovori SMTP), imena polj in ukazne besede ostanejo nespremenjeni.

## Izid koraka

engine-done = Končano.
engine-access-denied = Dostop je zavrnjen: { $reason }
engine-error = napaka: { $reason }

## Zavrnitve

engine-not-signed-in = { $user } ni vpisan: { $reason }
engine-mailbox-unreachable = { $user } ne more do nabiralnika: ni delujoče seje
engine-no-mailbox-session = ni delujoče seje za nabiralnik { $mailbox }
engine-no-full-access = { $delegate } nima dovoljenja FullAccess za nabiralnik { $mailbox }
engine-delegate-no-session = { $delegate } nima delujoče seje
engine-undeliverable = Sporočila ni bilo mogoče dostaviti: { $reply }
engine-sign-in-refused = { $message } (AADSTS{ $code })
engine-sspr-not-enabled = Samopostrežna ponastavitev gesla za { $user } ni omogočena. Obrnite se na skrbnika.
engine-sspr-account-disabled = { $user } je onemogočen; samopostrežna ponastavitev ga ne more odblokirati (AADSTS50057)
engine-sspr-too-few-methods = { $count ->
    [one] Samopostrežna ponastavitev zahteva { $count } način preverjanja; za { $user } je uporabnih registriranih { $usable }. Obrnite se na skrbnika.
    [two] Samopostrežna ponastavitev zahteva { $count } načina preverjanja; za { $user } je uporabnih registriranih { $usable }. Obrnite se na skrbnika.
    [few] Samopostrežna ponastavitev zahteva { $count } načine preverjanja; za { $user } je uporabnih registriranih { $usable }. Obrnite se na skrbnika.
   *[other] Samopostrežna ponastavitev zahteva { $count } načinov preverjanja; za { $user } je uporabnih registriranih { $usable }. Obrnite se na skrbnika.
}
engine-sspr-locked = { $message } (AADSTS50053). Namesto tega uporabite »Ste pozabili geslo?«.
engine-sspr-needs-current-password = Za to možnost potrebujete trenutno geslo.
engine-release-limit = { $count ->
    [one] { $user } je bil odblokiran že { $count }-krat, kolikor največ sme skrbnik; zdaj ga lahko odblokira le Microsoftova podpora
    [two] { $user } je bil odblokiran že { $count }-krat, kolikor največ sme skrbnik; zdaj ga lahko odblokira le Microsoftova podpora
    [few] { $user } je bil odblokiran že { $count }-krat, kolikor največ sme skrbnik; zdaj ga lahko odblokira le Microsoftova podpora
   *[other] { $user } je bil odblokiran že { $count }-krat, kolikor največ sme skrbnik; zdaj ga lahko odblokira le Microsoftova podpora
}

## Seje in gesla za aplikacije

engine-session-none = ni seje
engine-session-refresh-revoked = žeton za osvežitev je bil preklican (AADSTS50173)
engine-session-account-disabled = račun je onemogočen (AADSTS50057)
engine-session-refresh-expired = žeton za osvežitev je potekel (AADSTS700082)
engine-session-mfa-required = zdaj je zahtevano večkratno preverjanje pristnosti (AADSTS50076)
engine-session-blocked-by-conditional-access = pravilnik za pogojni dostop blokira mesto, s katerega se vpisuje (AADSTS53003)
engine-app-password-none-held = ni gesla za aplikacijo
engine-app-password-account-disabled = račun je onemogočen (AADSTS50057)
engine-app-password-not-legacy = gesla za aplikacije delujejo le s starejšimi protokoli
engine-app-password-protocol-disabled = protokol je za ta nabiralnik onemogočen

## Težave

engine-wait-too-long = čakanje lahko traja največ { $longest }
engine-ambiguous-user = »{ $name }« ustreza več uporabnikom; uporabite celotno glavno ime uporabnika
engine-unknown-user = v { $tenant } ni uporabnika »{ $name }«
engine-attacker-without-account = napadalec mora delovati prek računa, ki ga ima
engine-unknown-group = ni skupine »{ $group }« (`groups` jih izpiše)
engine-unknown-scope-group = ni skupine »{ $group }«
engine-role-not-held = { $user } nima vloge { $role }
engine-last-global-administrator = { $user } je zadnji globalni skrbnik v { $tenant }; preden ga odstranite, dodajte drugega
engine-no-such-method = { $user } nima registriranega načina { $method }
engine-no-app-passwords = { $user } nima gesel za aplikacije
engine-no-contact-info = navedite nadomestni e-poštni naslov, mobilni telefon ali oboje
engine-password-expiry-range = gesla morajo poteči po { $shortest } do { $longest } dneh ali nikoli
engine-misrouted-identity = to ni dejanje za identitete
engine-misrouted-mail = to ni dejanje za pošto
engine-misrouted-outbound = to ni dejanje za odhodno pošto
engine-sign-in-as-someone-else = { $user } se lahko vpiše le kot on sam
engine-service-cannot-sign-in = storitev in podpora se ne vpisujeta kot uporabnika
engine-own-account-reset = Te operacije ni mogoče izvesti na lastnem računu uporabnika: spremenite svoje geslo ali uporabite samopostrežno ponastavitev (`sspr reset`).
engine-no-phone-to-call-back = { $user } nima zabeležene telefonske številke za povratni klic
engine-password-not-known = trenutnega gesla uporabnika { $user } ne poznate; najprej ga ponastavite
engine-no-phone = { $user } nima zabeležene telefonske številke
engine-no-mobile-phone = { $user } nima zabeleženega mobilnega telefona
engine-password-reused = Nedavnega gesla ne morete znova uporabiti. Izberite drugo.
engine-password-unchanged = Novo geslo se mora razlikovati od trenutnega.
engine-sspr-methods-required-range = število zahtevanih načinov mora biti 1 ali 2
engine-sspr-reconfirm-range = ponovno potrditev je mogoče zahtevati po 0 do 730 dneh
engine-sspr-too-few-methods-allowed = { $count ->
    [one] zahtevan je { $count } način, dovoljenih pa le { $allowed }
    [two] zahtevana sta { $count } načina, dovoljenih pa le { $allowed }
    [few] zahtevani so { $count } načini, dovoljenih pa le { $allowed }
   *[other] zahtevanih je { $count } načinov, dovoljenih pa le { $allowed }
}
engine-no-forwarding-target = navedite naslov za posredovanje ali naslov SMTP za posredovanje
engine-forwarding-address-outside = ForwardingAddress mora biti prejemnik v organizaciji; »{ $address }« ni
engine-no-such-rule = v nabiralniku { $user } ni pravila za mapo »Prejeto« z imenom »{ $rule }« (skrita pravila so vidna le z --hidden)
engine-no-such-delegate = { $delegate } nima dovoljenja za nabiralnik { $user }
engine-no-mailbox = { $user } nima nabiralnika (ni licence za Exchange Online)
engine-only-people-read-mail = pošto bere le vpisana oseba
engine-rule-without-action = pravilo za mapo »Prejeto« potrebuje vsaj eno dejanje
engine-rule-quota-reached = nabiralnik je dosegel največje število pravil za mapo »Prejeto«
engine-no-recipients = sporočilo potrebuje vsaj enega prejemnika
engine-outbound-limit-range = omejitev prejemnikov odhodne pošte je število od 0 do { $largest }
engine-not-restricted = { $user } ni na seznamu omejenih entitet
engine-restricted-until-tomorrow = { $user } je omejen do naslednjega dne (BlockUserForToday) in ga ni mogoče odblokirati prej; pošiljanje se nadaljuje ob 00:00 UTC
engine-only-the-user = To lahko stori le { $user }, ki pa ni ob vaši mizi. Prosite to osebo ali ji pomagajte drugače.
engine-no-one-to-ask = Uporabnika »{ $name }«, ki bi ga lahko vprašali, ni.

## Pravila za gesla (besedilo storitve Entra)

engine-password-too-short = { $count ->
    [one] Geslo mora imeti vsaj { $count } znak.
    [two] Geslo mora imeti vsaj { $count } znaka.
    [few] Geslo mora imeti vsaj { $count } znake.
   *[other] Geslo mora imeti vsaj { $count } znakov.
}
engine-password-too-long = { $count ->
    [one] Geslo ne sme imeti več kot { $count } znak.
    [two] Geslo ne sme imeti več kot { $count } znaka.
    [few] Geslo ne sme imeti več kot { $count } znake.
   *[other] Geslo ne sme imeti več kot { $count } znakov.
}
engine-password-not-ascii = Geslo vsebuje znak, ki ni dovoljen. Uporabite le angleške črke, številke, presledke in simbole na standardni tipkovnici.
engine-password-too-few-classes = { $count ->
    [one] Geslo mora vsebovati vsaj { $count } od teh vrst: male črke, velike črke, številke in simboli (vsebuje jih { $found }).
    [two] Geslo mora vsebovati vsaj { $count } od teh vrst: male črke, velike črke, številke in simboli (vsebuje jih { $found }).
    [few] Geslo mora vsebovati vsaj { $count } od teh vrst: male črke, velike črke, številke in simboli (vsebuje jih { $found }).
   *[other] Geslo mora vsebovati vsaj { $count } od teh vrst: male črke, velike črke, številke in simboli (vsebuje jih { $found }).
}
engine-password-banned = Geslo je preveč preprosto uganiti. Izberite geslo, ki ga je teže uganiti.
engine-password-banned-terms = Geslo je preveč preprosto uganiti: vsebuje { $terms }. Izberite geslo, ki ga je teže uganiti.
engine-quoted = »{ $text }«
engine-and-list = { $rest } in { $last }

## Zavrnitve zaradi dovoljenj

engine-denied = za { $action } potrebujete vlogo { $needed }.
engine-denied-target = za { $action } uporabnika z vlogo { $held } potrebujete vlogo { $needed }.
engine-denied-target-no-role = za { $action } uporabnika brez skrbniške vloge potrebujete vlogo { $needed }.
engine-or-list = { $rest } ali { $last }
engine-no-role-can = (ki je nihče ne more imeti)
engine-permission-reset-password = ponastavitev gesla
engine-permission-set-sign-in-status = spremembo stanja vpisa
engine-permission-revoke-sessions = odjavo
engine-permission-manage-authentication-methods = upravljanje načinov preverjanja pristnosti
engine-permission-set-user-password-policy = spremembo pravilnika o geslih
engine-permission-read-directory = branje imenika
engine-permission-read-sign-in-logs = branje dnevnikov vpisa
engine-permission-read-audit-log = branje dnevnika nadzora
engine-permission-manage-role-membership = spreminjanje članstva v skrbniških vlogah
engine-permission-manage-sspr = spreminjanje nastavitev samopostrežne ponastavitve gesla
engine-permission-manage-smart-lockout = spreminjanje nastavitev pametnega zaklepanja
engine-permission-manage-password-expiration = spreminjanje pravilnika o poteku gesel
engine-permission-read-mailbox = branje nastavitev nabiralnika
engine-permission-manage-mailbox = spreminjanje nastavitev nabiralnika (posredovanje, pravila za mapo »Prejeto«, dovoljenja, protokoli)
engine-permission-message-trace = sledenje sporočilom
engine-permission-read-restricted-senders = ogled omejenih entitet
engine-permission-release-restricted-sender = odblokiranje omejenih pošiljateljev
engine-permission-read-alerts = ogled opozoril
engine-permission-manage-outbound-spam-policy = spreminjanje pravilnika za odhodno neželeno pošto

## Skrbniške vloge

engine-role-global-administrator = globalni skrbnik
engine-role-privileged-authentication-administrator = skrbnik za privilegirano preverjanje pristnosti
engine-role-privileged-role-administrator = skrbnik za privilegirane vloge
engine-role-user-administrator = skrbnik uporabnikov
engine-role-groups-administrator = skrbnik skupin
engine-role-helpdesk-administrator = skrbnik službe za pomoč uporabnikom
engine-role-password-administrator = skrbnik za gesla
engine-role-authentication-administrator = skrbnik za preverjanje pristnosti
engine-role-authentication-policy-administrator = skrbnik pravilnika za preverjanje pristnosti
engine-role-exchange-administrator = skrbnik za Exchange
engine-role-security-administrator = skrbnik za varnost
engine-role-security-reader = bralec za varnost
engine-role-global-reader = globalni bralec
engine-role-reports-reader = bralec poročil
engine-role-message-center-reader = bralec centra za sporočila
engine-role-directory-readers = bralci imenika
engine-role-guest-inviter = povabitelj gostov
engine-role-organization-management = Organization Management

## Kaj pove stran za vpis in kaj pomeni stanje

engine-sign-in-message-success = Vpisani ste.
engine-sign-in-message-must-change-password = Geslo morate posodobiti, ker se vpisujete prvič ali ker je geslo poteklo.
engine-sign-in-message-wrong-password = Račun ali geslo ni pravilno.
engine-sign-in-message-locked = Račun je začasno zaklenjen, da se prepreči nepooblaščena uporaba. Poskusite znova pozneje.
engine-sign-in-message-disabled = Račun je zaklenjen. Za odklepanje se obrnite na osebo za podporo in nato poskusite znova.
engine-sign-in-message-password-expired = Geslo je poteklo.
engine-sign-in-message-mfa-required = Zahtevanih je več informacij: odobrite vpis z drugim dejavnikom.
engine-sign-in-message-unknown-user = To uporabniško ime morda ni pravilno.
engine-sign-in-message-token-revoked = Seja je potekla. Znova se vpišite.
engine-sign-in-meaning-success = uspešno
engine-sign-in-meaning-must-change-password = mora spremeniti geslo
engine-sign-in-meaning-wrong-password = napačno geslo
engine-sign-in-meaning-locked = zaklenjeno s pametnim zaklepanjem
engine-sign-in-meaning-disabled = vpis blokiran
engine-sign-in-meaning-password-expired = geslo je poteklo
engine-sign-in-meaning-mfa-required = zahtevano večkratno preverjanje pristnosti
engine-sign-in-meaning-unknown-user = uporabnik ne obstaja
engine-sign-in-meaning-token-revoked = žeton za osvežitev preklican

## Dogodki

engine-event-line = { $at } { $actor }: { $what }
engine-actor-admin = skrbnik { $user }
engine-actor-user = uporabnik { $user }
engine-actor-attacker-as = napadalec (kot { $user })
engine-actor-attacker = napadalec
engine-actor-service = storitev
engine-actor-support = Microsoftova podpora
engine-event-signed-in = { $party ->
    [owner] lastnik
   *[attacker] napadalec
} se je vpisal v { $user } z { $location ->
    [familiar] znane
   *[unfamiliar] neznane
} lokacije ({ $meaning })
engine-event-app-signed-in = napadalčeva aplikacija je z dodelitvijo dobila žeton za { $user } (neinteraktivni vpis)
engine-event-sign-in-failed = { $party ->
    [owner] lastnik
   *[attacker] napadalec
} se ni mogel vpisati v { $user } z { $location ->
    [familiar] znane
   *[unfamiliar] neznane
} lokacije: AADSTS{ $code } ({ $meaning })
engine-event-locked-out = pametno zaklepanje je zaklenilo { $user } za vpise z { $location ->
    [familiar] znanih
   *[unfamiliar] neznanih
} lokacij do { $until }
engine-event-lockout-ended = zaklepanje { $user } ({ $location ->
    [familiar] znane
   *[unfamiliar] neznane
} lokacije) je končano
engine-event-lockout-cleared = zaklepanje { $user } je odpravljeno
engine-event-session-issued = seja { $session } izdana { $party ->
    [owner] lastniku
   *[attacker] napadalcu
} za { $user }
engine-event-session-used = { $party ->
    [owner] lastnik
   *[attacker] napadalec
} je uporabil sejo { $session } za { $user }{ $refreshed ->
    [yes] {" "}(osvežil je žeton za dostop)
   *[no] {""}
}
engine-event-session-rejected = seja { $party ->
    [owner] lastnika
   *[attacker] napadalca
} za { $user } je zavrnjena: { $reason }
engine-event-access-token-expired = žeton za dostop seje { $session } za { $user } je potekel
engine-event-continuous-access-reached = Exchange Online je prejel kritični dogodek za sejo { $session } za { $user }
engine-event-app-password-used = { $party ->
    [owner] lastnik
   *[attacker] napadalec
} je uporabil geslo za aplikacijo za { $user }
engine-event-app-password-failed = { $party ->
    [owner] lastnik
   *[attacker] napadalec
} ni mogel uporabiti gesla za aplikacijo za { $user }: { $reason }
engine-event-password-reset = geslo za { $user } je ponastavljeno{ $change ->
    [yes] , ob naslednjem vpisu je zahtevana sprememba
   *[no] {""}
}
engine-event-password-changed = { $party ->
    [owner] lastnik
   *[attacker] napadalec
} je spremenil geslo za { $user }{ $self_service ->
    [yes] {" "}s samopostrežno ponastavitvijo
   *[no] {""}
}
engine-event-password-learned = { $party ->
    [owner] lastnik
   *[attacker] napadalec
} je izvedel trenutno geslo za { $user } ({ $how })
engine-event-password-exposed = geslo za { $user } je bilo poslano na { $address }
engine-event-refresh-tokens-revoked = { $count ->
    [one] { $count } žeton za osvežitev na podlagi gesla za { $user } je preklican
    [two] { $count } žetona za osvežitev na podlagi gesla za { $user } sta preklicana
    [few] { $count } žetoni za osvežitev na podlagi gesla za { $user } so preklicani
   *[other] { $count } žetonov za osvežitev na podlagi gesla za { $user } je preklicanih
}
engine-event-permitted-on = dovoljeno: { $action } { $user }
engine-event-permitted = dovoljeno: { $action }
engine-event-sign-in-blocked = vpis blokiran za { $user }
engine-event-sign-in-allowed = vpis dovoljen za { $user }
engine-event-sessions-revoked = { $count ->
    [one] odjava iz vseh sej za { $user }: preklican { $count } žeton za osvežitev
    [two] odjava iz vseh sej za { $user }: preklicana { $count } žetona za osvežitev
    [few] odjava iz vseh sej za { $user }: preklicani { $count } žetoni za osvežitev
   *[other] odjava iz vseh sej za { $user }: preklicanih { $count } žetonov za osvežitev
}
engine-event-role-added = vloga { $role } dodana uporabniku { $user }
engine-event-role-removed = vloga { $role } odstranjena uporabniku { $user }
engine-event-mfa-required = večkratno preverjanje pristnosti zahtevano za { $user }
engine-event-method-removed = { $count ->
    [one] { $count } način { $method } odstranjen za { $user }
    [two] { $count } načina { $method } odstranjena za { $user }
    [few] { $count } načini { $method } odstranjeni za { $user }
   *[other] { $count } načinov { $method } odstranjenih za { $user }
}
engine-event-app-passwords-removed = { $count ->
    [one] { $count } geslo za aplikacijo odstranjeno za { $user }
    [two] { $count } gesli za aplikacije odstranjeni za { $user }
    [few] { $count } gesla za aplikacije odstranjena za { $user }
   *[other] { $count } gesel za aplikacije odstranjenih za { $user }
}
engine-event-contact-info-updated = podatki za stik za { $user } so posodobljeni
engine-event-notified = sporočilo za { $user } prek { $channel }{ $password ->
    [yes] {" "}z geslom
   *[no] {""}
} je doseglo { $reached ->
    [owner] lastnika
    [attacker] napadalca
   *[none] nikogar
}
engine-event-caller-verified = klicatelj, ki trdi, da je { $user }, preverjen z { $via }: { $confirmed ->
    [yes] potrjeno
   *[no] ni uporabnik
}
engine-verification-callback = povratnim klicem
engine-verification-manager = vodjo
engine-verification-in-person = osebnim obiskom
engine-event-mail-sent = { $count ->
    [one] { $from } je poslal »{ $subject }« { $count } prejemniku
    [two] { $from } je poslal »{ $subject }« { $count } prejemnikoma
    [few] { $from } je poslal »{ $subject }« { $count } prejemnikom
   *[other] { $from } je poslal »{ $subject }« { $count } prejemnikom
}
engine-event-mail-rejected = pošta od { $from } zavrnjena: { $code }
engine-event-mail-delivered = »{ $subject }« dostavljeno { $to } ({ $folder })
engine-event-mail-forwarded-by-rule = pravilo za mapo »Prejeto« »{ $rule }« nabiralnika { $mailbox } je posredovalo sporočilo na { $to }
engine-event-mail-forwarded = posredovanje e-pošte nabiralnika { $mailbox } je poslalo sporočilo na { $to }
engine-event-mail-bounced = posredovanje iz { $mailbox } na { $to } je bilo vrnjeno: { $code }
engine-event-mail-read = { $count ->
    [0] { $party ->
        [owner] lastnik
       *[attacker] napadalec
    } je odprl { $mailbox }: brez novih sporočil
    [one] { $party ->
        [owner] lastnik
       *[attacker] napadalec
    } je prebral { $count } sporočilo v { $mailbox }
    [two] { $party ->
        [owner] lastnik
       *[attacker] napadalec
    } je prebral { $count } sporočili v { $mailbox }
    [few] { $party ->
        [owner] lastnik
       *[attacker] napadalec
    } je prebral { $count } sporočila v { $mailbox }
   *[other] { $party ->
        [owner] lastnik
       *[attacker] napadalec
    } je prebral { $count } sporočil v { $mailbox }
}
engine-event-forwarding-set = posredovanje za { $user } nastavljeno na { $address }
engine-event-forwarding-cleared = posredovanje za { $user } počiščeno
engine-event-rule-created = pravilo za mapo »Prejeto« »{ $rule }« ustvarjeno v { $user }
engine-event-rule-removed = pravilo za mapo »Prejeto« »{ $rule }« odstranjeno iz { $user }
engine-event-rule-enabled = pravilo za mapo »Prejeto« »{ $rule }« v { $user } je { $enabled ->
    [yes] omogočeno
   *[no] onemogočeno
}
engine-event-delegate-added = { $delegate } je dobil dostop do nabiralnika { $user }
engine-event-delegate-removed = dostop { $delegate } do nabiralnika { $user } je odstranjen
engine-event-protocols-disabled = protokoli { $protocols } onemogočeni za { $user }
engine-event-sender-restricted = { $user } ne sme več pošiljati e-pošte (presežena omejitev: { $limit })
engine-event-release-requested = zahtevana odblokada za { $user }; pošiljanje se nadaljuje ob { $at }
engine-event-sender-released = { $user } lahko znova pošilja e-pošto
engine-event-alert-raised = opozorilo »{ $title }« za { $user }
engine-event-helpdesk-call = { $user } kliče službo za pomoč uporabnikom: »{ $message }«
engine-event-attacker-gave-up = napadalec nima več delujočega oporišča in odneha
engine-event-clock-advanced = ura premaknjena na { $to }
engine-event-new-day = začne se nov dan po UTC
engine-cannot-sign-in = Ne morem se vpisati.
engine-cannot-sign-in-says = Ne morem se vpisati. Piše: { $message } (AADSTS{ $code })

## Kako je bilo geslo izvedeno in kako so bili ljudje obveščeni

engine-learned-read-in-mailbox = prebral ga je v nabiralniku { $mailbox }
engine-learned-mail-to = e-pošta na { $address }
engine-learned-set-through-admin = nastavil ga je prek ogroženega skrbniškega računa
engine-learned-told = izvedel ga je prek: { $channel }
engine-learned-password-spray = razprševanje gesel
engine-channel-in-person = osebno
engine-channel-phone = telefon ({ $number })
engine-channel-sms = besedilno sporočilo ({ $number })
engine-channel-email = e-pošta na { $address }

## Omejitve odhodne pošte in opozorila

engine-limit-external-per-hour = zunanji prejemniki na uro
engine-limit-internal-per-hour = notranji prejemniki na uro
engine-limit-per-day = prejemniki na dan
engine-limit-service-per-day = omejitev storitve za prejemnike na dan
engine-limit-service-messages-per-minute = omejitev storitve za sporočila na minuto
engine-limit-service-per-message = omejitev storitve za prejemnike na sporočilo

## Spremembe pravilnikov

engine-policy-passwords-never-expire = pravilnik o poteku gesel spremenjen: gesla nikoli ne potečejo
engine-policy-passwords-expire = { $count ->
    [one] pravilnik o poteku gesel spremenjen: gesla potečejo po { $count } dnevu
    [two] pravilnik o poteku gesel spremenjen: gesla potečejo po { $count } dneh
    [few] pravilnik o poteku gesel spremenjen: gesla potečejo po { $count } dneh
   *[other] pravilnik o poteku gesel spremenjen: gesla potečejo po { $count } dneh
}
engine-policy-user-password-policy = pravilnik o geslih za { $user } spremenjen: PasswordPolicies: { $policies }
engine-policy-sspr = { $count ->
    [one] samopostrežna ponastavitev gesla spremenjena: obseg { $scope }, zahtevan { $count } način
    [two] samopostrežna ponastavitev gesla spremenjena: obseg { $scope }, zahtevana { $count } načina
    [few] samopostrežna ponastavitev gesla spremenjena: obseg { $scope }, zahtevani { $count } načini
   *[other] samopostrežna ponastavitev gesla spremenjena: obseg { $scope }, zahtevanih { $count } načinov
}
engine-policy-outbound-spam = pravilnik za odhodno neželeno pošto spremenjen: { $external } zunanjih/h, { $internal } notranjih/h, { $per_day } na dan, dejanje: { $action }, samodejno posredovanje: { $forwarding }
engine-outbound-action-block-user = uporabniku omeji pošiljanje e-pošte
engine-outbound-action-block-user-for-today = uporabniku omeji pošiljanje e-pošte do naslednjega dne
engine-outbound-action-alert = samo opozorilo
engine-auto-forwarding-automatic = samodejno (nadzoruje sistem)
engine-auto-forwarding-on = vklopljeno (posredovanje je omogočeno)
engine-auto-forwarding-off = izklopljeno (posredovanje je onemogočeno)

# Alert triage
engine-event-alert-resolved = opozorilo št. { $id } za { $user } razrešeno: { $verdict }
engine-permission-manage-alerts = upravljanje opozoril
engine-no-such-alert = opozorilo št. { $id } ne obstaja
# Registered devices and token theft.
engine-permission-manage-devices = onemogočiti ali izbrisati naprave
engine-event-device-disabled = naprava { $device } uporabnika { $user } je onemogočena
engine-event-device-deleted = naprava { $device } uporabnika { $user } je izbrisana
engine-no-such-device = { $user } nima registrirane naprave z imenom { $device }.
engine-role-cloud-device-administrator = skrbnik naprav v oblaku
engine-role-intune-administrator = skrbnik za Intune
engine-role-cloud-application-administrator = skrbnik aplikacij v oblaku
engine-role-application-administrator = skrbnik aplikacij
engine-permission-manage-applications = onemogočiti ali izbrisati podjetniške aplikacije in preklicati njihove dodelitve dovoljenj
engine-permission-manage-consent-policy = spremeniti nastavitve uporabniškega soglasja
engine-no-such-app = Podjetniške aplikacije z imenom { $app } ni.
engine-no-grants = { $app } nima nobene dodelitve delegiranih dovoljenj.
engine-no-grants-of-user = { $app } nima nobene dodelitve delegiranih dovoljenj, ki bi jo dal { $user }.
engine-misrouted-apps = to ni dejanje za podjetniške aplikacije
engine-event-app-disabled = podjetniška aplikacija { $app } je onemogočena
engine-event-app-deleted = podjetniška aplikacija { $app } je izbrisana
engine-event-grants-revoked = { $count ->
    [one] { $count } dodelitev dovoljenj aplikacije { $app } preklicana
    [two] { $count } dodelitvi dovoljenj aplikacije { $app } preklicani
    [few] { $count } dodelitve dovoljenj aplikacije { $app } preklicane
   *[other] { $count } dodelitev dovoljenj aplikacije { $app } preklicanih
}
engine-event-user-consent-changed = uporabniško soglasje za aplikacije je nastavljeno na »{ $setting }«
engine-event-consent-granted = { $user } je dal soglasje aplikaciji { $app }


# Conditional Access, ID Protection and the password spray playbook.
engine-misrouted-access = ni dejanje pogojnega dostopa ali zaščite ID
engine-invalid-range = { $range } ni obseg IPv4 v zapisu CIDR (na primer 102.89.0.0/16, z ničelnimi biti gostitelja).
engine-no-ranges = Poimenovana lokacija potrebuje vsaj en obseg IP.
engine-too-many-ranges = Poimenovana lokacija ima tukaj največ { $limit } obsegov.
engine-named-location-exists = Poimenovana lokacija z imenom { $name } že obstaja.
engine-too-many-named-locations = Najemnik ima tukaj največ { $limit } poimenovanih lokacij.
engine-unknown-named-location = Poimenovana lokacija z imenom { $name } ne obstaja (glejte `ca locations`).
engine-no-locations = Pravilnik za blokiranje potrebuje vsaj eno poimenovano lokacijo.
engine-policy-exists = Pravilnik za pogojni dostop z imenom { $name } že obstaja.
engine-too-many-policies = Najemnik ima tukaj največ { $limit } pravilnikov za pogojni dostop.
engine-bad-access-name = Ime mora imeti od 1 do { $limit } znakov in nobenega krmilnega znaka.
engine-permission-read-conditional-access = brati pravilnike in poimenovane lokacije za pogojni dostop
engine-permission-manage-conditional-access = ustvarjati pravilnike in poimenovane lokacije za pogojni dostop
engine-permission-read-risky-users = brati tvegane uporabnike v zaščiti ID
engine-permission-manage-user-risk = v zaščiti ID potrjevati ogroženost uporabnikov
engine-role-conditional-access-administrator = skrbnik pogojnega dostopa
engine-sign-in-message-blocked-by-ca = Do tega trenutno ne morete dostopati: vpis je uspel, vendar ne izpolnjuje pogojev za dostop do tega vira.
engine-sign-in-meaning-blocked-by-ca = blokirano s pogojnim dostopom
engine-event-named-location-created = poimenovana lokacija { $name } ustvarjena z { $count ->
    [one] { $count } obsegom
    [two] { $count } obsegoma
    [few] { $count } obsegi
   *[other] { $count } obsegi
}
engine-event-ca-policy-created = pravilnik za pogojni dostop { $name } ustvarjen in vklopljen
engine-event-user-confirmed-compromised = { $user } potrjeno ogrožen (visoko tveganje uporabnika)
