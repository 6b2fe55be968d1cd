# commands: sl
# Pomoč za ukazni jezik. Ukazne besede, zastavice, oznake mest in primeri so
# del jezika in ostanejo nespremenjeni; prevedena je le razlaga.

## Besede same pomoči

cmd-help-overview = Ukazi po področjih. Za podrobnosti vnesite 'help UKAZ', na primer 'help user reset-password'.
cmd-help-noun-heading = Ukazi za { $noun } (za podrobnosti vnesite 'help { $noun } GLAGOL'):
cmd-help-unknown-suggestion = ni pomoči za '{ $topic }'. Ste mislili '{ $suggestion }'?
cmd-help-unknown = ni pomoči za '{ $topic }'. Za seznam ukazov vnesite 'help'.
cmd-usage = uporaba: { $usage }
cmd-help-flags = zastavice:
cmd-help-examples = { $count ->
    [one] primer:
    [two] primera:
    [few] primeri:
   *[other] primeri:
}

## Kje se isto naredi v Microsoftovih portalih in v PowerShellu

cmd-where-microsoft365 = V skrbniškem središču za Microsoft 365:
cmd-where-entra = V skrbniškem središču za Microsoft Entra:
cmd-where-exchange = V skrbniškem središču za Exchange:
cmd-where-defender = V portalu Microsoft Defender:
cmd-where-purview = V portalu Microsoft Purview:
cmd-where-no-portal = V Microsoftovih skrbniških središčih: nikjer.
cmd-where-powershell = V PowerShellu:
cmd-where-no-powershell = V PowerShellu: ni cmdleta.
cmd-simulator-no-portal = Ukaz samega simulatorja; nobeno skrbniško središče ga nima.
cmd-simulator-no-powershell = Ukaz samega simulatorja; noben cmdlet tega ne naredi.

## Področja

cmd-section-users = Uporabniki
cmd-section-mailboxes = Nabiralniki
cmd-section-outbound-protection = Zaščita odhodne pošte
cmd-section-logs = Dnevniki in opozorila
cmd-section-policies = Pravilniki
cmd-section-people = Ljudje
cmd-section-session = Seja

## Kaj pomeni oznaka mesta

cmd-value-user = glavno ime uporabnika (`megan@contoso.com`) ali vzdevek, ki ga ima le en uporabnik (`megan`)
cmd-value-role = skrbniška vloga: njen vzdevek (`global-admin`) ali prikazno ime v narekovajih (`"Global Administrator"`)
cmd-value-method = način preverjanja pristnosti: alternate-email, mobile-phone, office-phone, authenticator-app, security-questions ali fido2
cmd-value-rule = ime ali identiteta pravila za mapo »Prejeto«, kot ju prikaže `mailbox rules`
cmd-value-delegate = uporabnik, ki ima pravico do nabiralnika, kot ga prikaže `mailbox delegates`
cmd-value-group = ime skupine
cmd-value-app = prikazno ime (v narekovajih, če vsebuje presledke), ID aplikacije ali ID predmeta podjetniške aplikacije
cmd-value-protocol = protokol nabiralnika: owa, mapi, ews, activesync, imap ali pop
cmd-value-duration = časovno obdobje: števila z enotami, največja najprej, na primer `90s`, `15m`, `90min`, `1h 30m`, `1 hour`, `2d` ali `PT1H30M`
cmd-value-number = celo število
cmd-value-text = besedilo; če vsebuje presledke, ga postavite v narekovaje
cmd-value-message = prosto besedilo do konca vrstice
cmd-value-address = e-poštni naslov
cmd-value-phone = telefonska številka; če vsebuje presledke, jo postavite v narekovaje
cmd-value-password = geslo; ustrezati mora pravilom za gesla najemnika, v zgodovini pa je skrito
cmd-value-choice = ena od navedenih besed
cmd-value-sspr-methods = načini, ločeni z vejicami, brez presledkov: mobile-app-notification, mobile-app-code, email, mobile-phone, office-phone, security-questions
cmd-value-named-locations = poimenovane lokacije, ločene z vejicami
cmd-value-command = celoten ukaz z lastnimi argumenti in zastavicami
cmd-value-topic = ukaz ali samostalnik, na primer `user reset-password` ali `mailbox`

## Zakaj vrstice ni bilo mogoče prebrati

cmd-error-reply = napaka: { $error }
cmd-error-did-you-mean = { $message }. Ste mislili '{ $suggestion }'?
cmd-list-or = { $rest } ali { $last }
cmd-list-and = { $rest } in { $last }
cmd-error-empty = prazna vrstica
cmd-error-too-long = vrstica je predolga: { $bytes ->
    [one] { $bytes } bajt
    [two] { $bytes } bajta
    [few] { $bytes } bajti
   *[other] { $bytes } bajtov
} (omejitev je { $limit })
cmd-error-unterminated-quote = nezaprt narekovaj: { $quote } v stolpcu { $column } ni nikoli zaprt
cmd-error-unknown-command = neznan ukaz '{ $word }'
cmd-error-unknown-command-help = neznan ukaz '{ $word }' (za seznam vnesite 'help')
cmd-error-cmdlet = neznan ukaz '{ $cmdlet }': to je cmdlet PowerShella. Tukaj isto naredi { $commands }; 'help { $command }' pokaže, kako
cmd-error-missing-verb = '{ $noun }' potrebuje glagol: { $verbs }
cmd-error-unknown-verb = neznan glagol '{ $verb }' za '{ $noun }'
cmd-error-unknown-verb-list = neznan glagol '{ $verb }' za '{ $noun }' (glagoli: { $verbs })
cmd-error-missing-argument = manjka argument { $placeholder }
cmd-error-unexpected-argument = nepričakovan argument '{ $word }'
cmd-error-unknown-flag = neznana zastavica '{ $flag }' za '{ $command }'
cmd-error-duplicate-flag = zastavica { $flag } je podana dvakrat
cmd-error-unexpected-flag-value = zastavica { $flag } ne sprejme vrednosti
cmd-error-missing-flag-value = zastavica { $flag } potrebuje vrednost ({ $usage })
cmd-error-flags-together = { $flags } ni mogoče uporabiti skupaj
cmd-error-missing-flag = manjka zastavica { $flag }
cmd-error-one-of-flags = podajte eno od { $flags }
cmd-error-any-of-flags = podajte { $flags } ali obe
cmd-error-nothing-to-change = ničesar ni treba spremeniti: podajte vsaj eno zastavico
cmd-error-needs-flag = { $given } zahteva { $needed }
cmd-error-goes-with = { $flag } se uporablja z { $with }, ne z { $given }
cmd-error-invalid-choice = neveljavna vrednost '{ $value }' za { $flag }: pričakovano { $choices }
cmd-error-unknown-role = neznana vloga '{ $role }'
cmd-error-unknown-role-help = neznana vloga '{ $role }' (vloge so navedene v 'help { $command }')
cmd-error-unknown-method = neznan način '{ $method }': pričakovano { $choices }
cmd-error-unknown-protocol = neznan protokol '{ $protocol }': pričakovano { $choices }
cmd-error-invalid-duration = neveljavno časovno obdobje '{ $text }': uporabite število in enoto, na primer 30s, 15m, 90min, 1h 30m, 1 hour ali 2d
cmd-error-invalid-number = neveljavno število '{ $text }' za { $flag }: pričakovano celo število od 0 do { $maximum }
cmd-error-unknown-sspr-method = neznan način '{ $method }' v { $flag }: pričakovano { $choices }
cmd-error-ask-in-ask = ask ne more vsebovati drugega ukaza ask
cmd-error-not-an-action = '{ $command }' v najemniku ne naredi ničesar, zato nikogar ni mogoče prositi, naj to stori

## Ukazi v vrstnem redu pomoči

cmd-users-summary = Prikaže uporabnike najemnika, razvrščene po imenu, in njihovo število.
cmd-users-help = Za vsakega uporabnika prikaže ime, prikazno ime, oddelek, stanje vpisa in ali ima skrbniško vlogo, razvrščeno po glavnem imenu uporabnika, ter koliko uporabnikov ustreza. `--search` ohrani uporabnike, katerih ime, prikazno ime ali oddelek vsebuje besedilo; `--department` ohrani en oddelek; skupaj ohranita uporabnike, ki ustrezajo obema. Izpis, ki je višji od terminala, se prikaže po straneh.
cmd-users-portal = Uporabniki > Aktivni uporabniki
cmd-users-flag-search = le uporabniki, katerih ime, prikazno ime ali oddelek vsebuje TEXT
cmd-users-flag-department = le uporabniki tega oddelka (velikost črk ni pomembna)
cmd-users-flag-filter = starejše ime za --search

cmd-user-show-summary = Prikaže račun uporabnika: stanje, vloge, starost gesla, kontaktne podatke.
cmd-user-show-help = UPN je polno glavno ime uporabnika ali vzdevek, ki ga ima le en uporabnik, na primer `megan`.
cmd-user-show-portal = Uporabniki > Aktivni uporabniki > izberite uporabnika

cmd-user-roles-summary = Prikaže skrbniške vloge uporabnika.
cmd-user-roles-help = Enak pogled kot `user show`, kadar iščete vloge.
cmd-user-roles-portal = Uporabniki > Aktivni uporabniki > izberite uporabnika > Račun > Upravljanje vlog

cmd-user-reset-password-summary = Ponastavi geslo uporabnika.
cmd-user-reset-password-help = V skrbniškem središču: Uporabniki > Aktivni uporabniki > … > Ponastavi geslo. Ponastavitev odjavi uporabnika iz sej, ki izvirajo iz vpisa z geslom, in odpravi pametno zaklepanje. Ne konča sej iz vpisov brez gesla in ne odstrani gesel za aplikacije. Privzeto mora uporabnik ob naslednjem vpisu spremeniti geslo. Kdor prebere geslo, poslano po e-pošti, ga pozna.
cmd-user-reset-password-portal = Uporabniki > Aktivni uporabniki > izberite uporabnika > Ponastavi geslo
cmd-user-reset-password-flag-auto = storitev naj ustvari geslo (privzeto); prikazano vam bo enkrat
cmd-user-reset-password-flag-password = nastavi to geslo; ustrezati mora pravilom za gesla
cmd-user-reset-password-flag-no-require-change = uporabniku ob naslednjem vpisu ni treba izbrati novega gesla
cmd-user-reset-password-flag-email-to = novo geslo pošlji tudi po e-pošti na ADDRESS

cmd-user-block-sign-in-summary = Uporabniku blokira nove vpise in osveževanje žetonov.
cmd-user-block-sign-in-help = Novi vpisi takoj spodletijo in žetoni za osvežitev prenehajo delovati, že izdan žeton za dostop pa deluje, dokler ne poteče, razen kjer ga prekine stalno vrednotenje dostopa.
cmd-user-block-sign-in-portal = Uporabniki > Aktivni uporabniki > izberite uporabnika > Blokiraj vpis > Uporabniku prepreči vpis > Shrani spremembe

cmd-user-allow-sign-in-summary = Blokiranemu uporabniku znova dovoli vpis.
cmd-user-allow-sign-in-help = Razveljavi `user block-sign-in`.
cmd-user-allow-sign-in-portal = Uporabniki > Aktivni uporabniki > izberite uporabnika > Več dejanj (...) > Uredi stanje vpisa

cmd-user-revoke-sessions-summary = Odjavi uporabnika iz vseh sej.
cmd-user-revoke-sessions-help = Prekliče vse žetone za osvežitev in piškotke sej, ne glede na način vpisa. Že izdani žetoni za dostop veljajo, dokler ne potečejo, razen kjer jih prekine stalno vrednotenje dostopa.
cmd-user-revoke-sessions-portal = Uporabniki > Aktivni uporabniki > izberite uporabnika > Račun > Odjava iz vseh sej

cmd-user-add-role-summary = Dodeli uporabniku skrbniško vlogo.
cmd-role-help = ROLE je vzdevek vloge ali njeno prikazno ime v narekovajih: global-admin, privileged-auth-admin, privileged-role-admin, user-admin, groups-admin, helpdesk-admin, password-admin, auth-admin, auth-policy-admin, exchange-admin, security-admin, security-reader, global-reader, reports-reader, message-center-reader, directory-readers, guest-inviter, organization-management, cloud-device-admin, intune-admin, cloud-app-admin, app-admin, ca-admin. Zadnjega globalnega skrbnika najemnika ni mogoče odstraniti.

cmd-user-remove-role-summary = Uporabniku odvzame skrbniško vlogo.

cmd-user-require-mfa-summary = Za uporabnika zahteva večkratno preverjanje pristnosti (MFA).
cmd-user-require-mfa-help = Odslej vpis zahteva drugi dejavnik, ki ga nadzoruje oseba, ki se vpisuje: telefon, aplikacijo za preverjanje pristnosti ali varnostni ključ.
cmd-user-require-mfa-portal = Entra ID > Uporabniki > Vsi uporabniki > MFA za posameznega uporabnika > izberite uporabnika > Omogoči MFA

cmd-user-methods-summary = Prikaže registrirane načine preverjanja pristnosti in gesla za aplikacije uporabnika.
cmd-user-methods-help = Poiščite načine, ki jih uporabnik ne prepozna: napadalec lahko registrira svoj telefon ali aplikacijo.
cmd-user-methods-portal = Entra ID > Uporabniki > Vsi uporabniki > izberite uporabnika > Načini preverjanja pristnosti

cmd-user-remove-method-summary = Odstrani enega od načinov preverjanja pristnosti uporabnika.
cmd-user-remove-method-help = METHOD je eden od alternate-email, mobile-phone, office-phone, authenticator-app, security-questions, fido2.
cmd-user-remove-method-portal = Entra ID > Uporabniki > Vsi uporabniki > izberite uporabnika > Načini preverjanja pristnosti > meni metode (...) > Izbriši

cmd-user-remove-app-passwords-summary = Izbriše vsa gesla za aplikacije uporabnika.
cmd-user-remove-app-passwords-help = Gesla za aplikacije spustijo starejše poštne odjemalce noter brez gesla računa; preživijo ponastavitev gesla in preklic sej.
cmd-user-remove-app-passwords-portal = Entra ID > Uporabniki > Vsi uporabniki > MFA za posameznega uporabnika > izberite uporabnika > Upravljanje uporabniških nastavitev > Izbriši vsa obstoječa gesla za aplikacije, ki so jih ustvarili izbrani uporabniki
cmd-user-remove-app-passwords-no-powershell = Microsoft Graph nima cmdleta za gesla za aplikacije; modula MSOnline, ki ga je imel, ni več na voljo.

cmd-user-contact-info-summary = Spremeni nadomestni e-poštni naslov ali mobilni telefon uporabnika.
cmd-user-contact-info-help = Podajte vsaj eno zastavico. Preverite kontaktne podatke, ki jih niste nastavili vi: napadalec, ki jih spremeni, lahko račun znova prevzame s samopostrežno ponastavitvijo gesla.
cmd-user-contact-info-portal = Entra ID > Uporabniki > Vsi uporabniki > izberite uporabnika > Uredi lastnosti > Kontaktni podatki
cmd-user-contact-info-flag-alternate-email = naslov za obnovitev in obvestila
cmd-user-contact-info-flag-mobile-phone = številka za sporočila SMS in povratne klice

cmd-user-password-policy-summary = Spremeni nastavitve poteka in moči gesla za enega uporabnika.
cmd-user-password-policy-help = Podajte vsaj eno zastavico. To sta stikali PasswordPolicies za posameznega uporabnika (DisablePasswordExpiration, DisableStrongPassword).
cmd-user-password-policy-no-portal = Stikala PasswordPolicies za posameznega uporabnika nimajo strani; Microsoft jih nastavlja le s PowerShellom.
cmd-user-password-policy-flag-never-expires = izvzemi geslo iz pravilnika o poteku
cmd-user-password-policy-flag-strong-password = zahtevaj močno geslo (privzeto vklopljeno)

cmd-groups-summary = Prikaže skupine najemnika s številom članov vsake.
cmd-groups-help = Stran Skupine v skrbniškem središču, razvrščeno po imenu. `group members GROUP` pokaže, kdo je v skupini.
cmd-groups-portal = Ekipe in skupine > Aktivne ekipe in skupine

cmd-group-members-summary = Prikaže člane skupine.
cmd-group-members-help = Ime, prikazno ime, oddelek in stanje vpisa vsakega člana, razvrščeno po imenu. Ime s presledki postavite v narekovaje.
cmd-group-members-portal = Ekipe in skupine > Aktivne ekipe in skupine > izberite skupino > Članstvo

cmd-role-members-summary = Prikaže, kdo ima skrbniško vlogo.
cmd-role-members-help = Stran Vloge v skrbniškem središču za eno vlogo: vsi uporabniki, ki jo imajo, razvrščeni po imenu. Preden odstranite globalnega skrbnika, preverite, da ostane še drug.
cmd-role-members-portal = Vloge > Dodelitve vlog > izberite vlogo > Dodeljeno

cmd-mailbox-show-summary = Prikaže posredovanje, protokole ter število pravil in pooblaščencev nabiralnika.
cmd-mailbox-show-help = Posredovanje ima dva naslova: ForwardingAddress (notranji prejemnik) in ForwardingSmtpAddress (kateri koli naslov, pogosto zunanji); če sta nastavljena oba, velja prvi.
cmd-mailbox-show-portal = Prejemniki > Nabiralniki > izberite nabiralnik

cmd-mailbox-clear-forwarding-summary = Odstrani naslove za posredovanje nabiralnika.
cmd-mailbox-clear-forwarding-help = Počisti ForwardingAddress in ForwardingSmtpAddress ter izklopi DeliverToMailboxAndForward. Pravila za mapo »Prejeto«, ki posredujejo, so ločena: glejte `mailbox rules`.
cmd-mailbox-clear-forwarding-portal = Uporabniki > Aktivni uporabniki > izberite uporabnika > Pošta > Upravljanje posredovanja e-pošte

cmd-mailbox-rules-summary = Prikaže pravila za mapo »Prejeto« nabiralnika.
cmd-mailbox-rules-help = Za vsako pravilo prikaže identiteto, ime, prednost, ali je omogočeno, ter pogoje in dejanja. Pravila so lahko skrita pred Outlookom; prikaže jih le `--hidden`.
cmd-mailbox-rules-flag-hidden = vključi skrita pravila, ki jih Outlook ne prikaže
cmd-rules-no-portal = Nobeno skrbniško središče ne prikaže pravil za mapo »Prejeto« v nabiralniku. Vidi jih le lastnik, v Outlook v spletu > Nastavitve > Pravila za mapo »Prejeto«, skritih pa nikoli.

cmd-mailbox-disable-rule-summary = Izklopi pravilo za mapo »Prejeto«, ne da bi ga izbrisali.
cmd-rule-help = RULE je ime pravila (v narekovajih, če vsebuje presledke) ali njegova identiteta, kot ju prikaže `mailbox rules`.

cmd-mailbox-enable-rule-summary = Znova vklopi onemogočeno pravilo za mapo »Prejeto«.

cmd-mailbox-remove-rule-summary = Izbriše pravilo za mapo »Prejeto«.

cmd-mailbox-delegates-summary = Prikaže, kdo še ima dostop do nabiralnika.
cmd-mailbox-delegates-help = Prikaže vsakega pooblaščenca s pravico, ki jo ima: full-access, send-as ali read-permission.
cmd-mailbox-delegates-portal = Prejemniki > Nabiralniki > izberite nabiralnik > Dodeljevanje

cmd-mailbox-add-delegate-summary = Drugemu uporabniku omogoči dostop do nabiralnika.
cmd-mailbox-add-delegate-help = USER je uporabnik, ki dobi dostop. full-access odpre nabiralnik, send-as pošilja kot lastnik, read-permission bere njegova dovoljenja.
cmd-mailbox-add-delegate-flag-access = pravica, ki se dodeli (privzeto full-access)

cmd-mailbox-remove-delegate-summary = Drugemu uporabniku odvzame dostop do nabiralnika.
cmd-mailbox-remove-delegate-help = Odstrani vse pravice, ki jih ima DELEGATE do nabiralnika.

cmd-mailbox-disable-protocols-summary = Izklopi načine dostopa do nabiralnika.
cmd-mailbox-disable-protocols-help = PROTOCOL je kateri koli od owa, mapi, ews, activesync, imap, pop; brez navedbe se izklopijo vsi. Starejše protokole (imap, pop, ews) uporabljajo gesla za aplikacije.
cmd-mailbox-disable-protocols-portal = Uporabniki > Aktivni uporabniki > izberite uporabnika > Pošta > Upravljanje e-poštnih aplikacij

cmd-mailbox-trace-summary = Prikaže nedavno pošto, poslano v nabiralnik ali iz njega.
cmd-mailbox-trace-help = Sledenje sporočilom: pošiljatelj, prejemniki, zadeva, čas in ali je bilo posamezno sporočilo dostavljeno, zavrnjeno ali posredovano.
cmd-mailbox-trace-portal = Potek pošte > Sledenje sporočilom > Začni sledenje

cmd-restricted-list-summary = Prikaže pošiljatelje, ki jim je pošiljanje pošte omejeno.
cmd-restricted-list-help = Stran Omejene entitete na portalu Microsoft Defender: uporabniki, ki so presegli omejitev odhodne pošte in ne smejo pošiljati.
cmd-restricted-list-portal = E-pošta in sodelovanje > Pregled > Omejene entitete

cmd-restricted-release-summary = Omejenemu pošiljatelju znova dovoli pošiljanje pošte.
cmd-restricted-release-help = Pošiljanje se nadaljuje po zamiku, običajno v eni uri. Račun je mogoče sprostiti le nekajkrat; nato to lahko stori le Microsoftova podpora. Pošiljatelj, katerega račun je še vedno v rokah napadalca, je kmalu znova omejen.
cmd-restricted-release-portal = E-pošta in sodelovanje > Pregled > Omejene entitete > izberite uporabnika > Odblokiraj

cmd-policy-outbound-summary = Spremeni pravilnik za odhodno neželeno pošto.
cmd-policy-outbound-help = Podajte vsaj eno zastavico. Z block-user ostane omejeni pošiljatelj blokiran, dokler ga skrbnik ne sprosti; z block-user-for-today (privzeto v storitvi) do naslednjega dne po UTC in ga noben skrbnik ne more sprostiti prej; alert le obvesti.
cmd-policy-outbound-portal = E-pošta in sodelovanje > Pravilniki in pravila > Pravilniki za grožnje > Zaščita pred neželeno pošto > Pravilnik za odhodno neželeno pošto (privzeto) > Uredi nastavitve zaščite
cmd-policy-outbound-flag-external-recipients-per-hour = omejitev zunanjih prejemnikov na uro (od 0 do 10000)
cmd-policy-outbound-flag-internal-recipients-per-hour = omejitev notranjih prejemnikov na uro (od 0 do 10000)
cmd-policy-outbound-flag-recipients-per-day = omejitev prejemnikov na dan (od 0 do 10000)
cmd-policy-outbound-flag-action = kaj se zgodi, ko pošiljatelj preseže omejitev
cmd-policy-outbound-flag-auto-forwarding = samodejno zunanje posredovanje (automatic pomeni izklopljeno)

cmd-logs-sign-ins-summary = Prikaže dnevnik vpisa za vse ali za enega uporabnika.
cmd-logs-sign-ins-help = Najnovejše najprej: čas, uporabnik, naslov IP, odjemalska aplikacija, lokacija, rezultat in koda napake (50053 zaklenjen, 50057 blokiran, 50055 geslo je poteklo, 50126 napačno geslo). Vpisi z naslova in kraja, ki ju uporabnik nikoli ne uporablja, izstopajo; napad z razprševanjem gesel prihaja z več naslovov.
cmd-logs-sign-ins-portal = Entra ID > Nadzor in stanje > Dnevniki vpisa

cmd-logs-audit-summary = Prikaže dnevnik nadzora za vse ali o enem uporabniku.
cmd-logs-audit-help = Najnovejše najprej: kdo je kaj spremenil, kdaj, s katerega naslova IP in iz katerega kraja: vloge, stanje vpisa, gesla (tudi samopostrežno), registrirane varnostne podatke in gesla za aplikacije, pravila za mapo »Prejeto«, posredovanje in dovoljenja. Oglejte si tudi, kaj se je zgodilo tik pred incidentom.
cmd-logs-audit-portal = Rešitve > Nadzor > Iskanje

cmd-alerts-summary = Prikaže varnostna opozorila.
cmd-alerts-help = Opozorila, ki jih je sprožila storitev, na primer o uporabniku, ki mu je omejeno pošiljanje e-pošte.
cmd-alerts-portal = Incidenti in opozorila > Opozorila

cmd-policy-show-summary = Prikaže pravilnike najemnika za zaklepanje, gesla in odhodno neželeno pošto.
cmd-policy-show-help = Vse, kar spremenita `policy password-expiration` in `policy outbound`, ter nastavitve pametnega zaklepanja.
cmd-policy-show-no-portal = Nobena stran jih ne prikaže skupaj: potek gesel je v skrbniškem središču za Microsoft 365 (Nastavitve > Nastavitve organizacije > Varnost in zasebnost), pravilnik za odhodno neželeno pošto v portalu Microsoft Defender (E-pošta in sodelovanje > Pravilniki in pravila > Pravilniki za grožnje > Zaščita pred neželeno pošto), pametno zaklepanje v skrbniškem središču za Microsoft Entra (Entra ID > Načini preverjanja pristnosti > Zaščita gesel).

cmd-policy-password-expiration-summary = Nastavi, kdaj gesla potečejo, za vso organizacijo.
cmd-policy-password-expiration-help = Poteklo geslo prepreči vpis, dokler ga ne spremenite.
cmd-policy-password-expiration-portal = Nastavitve > Nastavitve organizacije > Varnost in zasebnost > Pravilnik o poteku gesel
cmd-policy-password-expiration-flag-never = gesla nikoli ne potečejo (privzeto za nove najemnike)
cmd-policy-password-expiration-flag-days = gesla potečejo po N dneh (od 14 do 730)

cmd-sspr-show-summary = Prikaže pravilnik za samopostrežno ponastavitev gesla.
cmd-sspr-show-help = Kdo lahko ponastavi svoje geslo, s koliko in katerimi načini ter ali morajo uporabniki registrirati načine.
cmd-sspr-portal = Entra ID > Ponastavitev gesla > Lastnosti, Načini preverjanja pristnosti, Registracija
cmd-sspr-no-powershell = Microsoft Graph PowerShell nima cmdleta za to, kdo sme uporabljati samopostrežno ponastavitev gesla in katere načine zahteva.

cmd-sspr-set-summary = Spremeni pravilnik za samopostrežno ponastavitev gesla.
cmd-sspr-set-help = Podajte vsaj eno zastavico; druge ostanejo, kot so. LIST navaja katere koli od mobile-app-notification, mobile-app-code, email, mobile-phone, office-phone, security-questions. Skrbniki vedno potrebujejo dva načina in ne morejo uporabljati varnostnih vprašanj, ne glede na ta pravilnik.
cmd-sspr-set-flag-scope = kdo lahko uporablja samopostrežno ponastavitev
cmd-sspr-set-flag-group = skupina, ki jo lahko uporablja (pomeni --scope selected)
cmd-sspr-set-flag-methods-required = število načinov, ki jih mora uporabnik opraviti
cmd-sspr-set-flag-methods = z vejicami ločeni načini, ki jih uporabniki lahko uporabljajo
cmd-sspr-set-flag-require-registration = ob vpisu pozovi uporabnike k registraciji
cmd-sspr-set-flag-reconfirm-days = dnevi, preden uporabniki znova potrdijo svoje načine (0 pomeni nikoli)

cmd-sspr-reset-summary = Opravi samopostrežno ponastavitev kot uporabnik (»Ste pozabili geslo?«).
cmd-sspr-reset-help = Le kadar vam scenarij dovoli delovati kot ta uporabnik. Uporabnik mora biti v obsegu pravilnika in opraviti zahtevano število registriranih načinov; uspešna ponastavitev odpravi tudi pametno zaklepanje.
cmd-sspr-reset-no-portal = To naredi uporabnik sam, ne skrbnik: Ste pozabili geslo? na strani za vpis.
cmd-sspr-reset-no-powershell = Samopostrežna ponastavitev gesla je uporabnikova; noben skrbniški cmdlet je ne izvede.
cmd-sspr-reset-flag-password = novo geslo (če ga izpustite, močno privzeto geslo)

cmd-notify-summary = Uporabniku nekaj sporoči, po želji tudi novo geslo.
cmd-notify-help = Z `--via phone` ali `sms` gre sporočilo na zabeleženo številko; z `email` v nabiralnik uporabnika, razen če `--to` navede drug naslov. MESSAGE je preostanek vrstice; z --password in brez sporočila se glasi »Your password was reset.« Kdor prejme geslo, ga pozna: vsak, ki bere nabiralnik, in vsak naslov, na katerega nabiralnik posreduje.
cmd-notify-no-portal = Obveščanje uporabnika poteka zunaj najemnika: po telefonu, z besedilnim sporočilom, osebno ali po e-pošti iz vašega nabiralnika.
cmd-notify-no-powershell = Kar poveste uporabniku, je pogovor, ne sprememba v najemniku.
cmd-notify-flag-via = kako sporočilo doseže osebo
cmd-notify-flag-to = z --via email: pošlji sem namesto v nabiralnik uporabnika
cmd-notify-flag-password = priloži geslo, ki ste ga nastavili uporabniku

cmd-verify-summary = Prek zaupanja vrednega kanala preveri, ali je klicatelj res ta uporabnik.
cmd-verify-help = `callback` prekine klic in pokliče zabeleženo številko, `manager` vpraša uporabnikovega nadrejenega, `in-person` vidi osebo z osebnim dokumentom. To storite, preden ukrepate na zahtevo, ki je prišla po telefonu ali e-pošti.
cmd-verify-no-portal = Preverjanje klicatelja poteka zunaj najemnika: pokličite nazaj na zabeleženo številko, vprašajte vodjo, se z osebo srečajte osebno.
cmd-verify-no-powershell = Noben cmdlet ne preveri, kdo kliče.
cmd-verify-flag-via = kako preveriti

cmd-ask-summary = Prosi drugega skrbnika, naj namesto vas zažene ukaz.
cmd-ask-help = UPN je drugi skrbnik. Ta deluje s svojimi vlogami, z zamikom; uporabite ga, kadar vam manjka dovoljenje ali se sami ne morete vpisati. COMMAND je kateri koli ukaz, ki deluje na najemnika, z lastnimi zastavicami. Novo geslo, ki ga ta skrbnik nastavi, posreduje sam: vidite ga le, kadar je vaše lastno (prebere vam ga). Klici in opozorila, ki medtem prispejo, so prikazani ob svojem času.
cmd-ask-no-portal = Drugi skrbnik to naredi tam, kjer se naredi sam ukaz, vpisan s svojim računom in svojimi vlogami.
cmd-ask-no-powershell = Drugi skrbnik zažene cmdlet samega ukaza v svoji seji.

cmd-support-call-summary = Pokliče Microsoftovo podporo.
cmd-support-call-help = Podpora zmore, česar ne zmore noben skrbnik v najemniku, vendar traja dolgo: zadnja možnost. Brez zastavice podpora preveri, da ste lastnik najemnika, in ponastavi vaše geslo (kadar se noben globalni skrbnik ne more vpisati). Z --release podpora sprosti omejenega pošiljatelja, ki ga skrbniki ne morejo več sprostiti (po preseženi omejitvi sprostitev).
cmd-support-call-flag-release = prosi podporo, naj sprosti tega omejenega pošiljatelja
cmd-support-call-portal = Podpora > Pomoč in podpora > Stik s podporo
cmd-support-call-no-powershell = Noben cmdlet ne odpre zahteve za podporo.

cmd-help-summary = Prikaže ukaze ali pojasni en ukaz ali samostalnik.
cmd-help-help = Brez teme prikaže vse ukaze po področjih. S samostalnikom (`help mailbox`) prikaže njegove ukaze; z ukazom (`help user reset-password`) prikaže uporabo, kaj ukaz naredi, njegove zastavice in primer.

cmd-brief-summary = Znova prikaže opis naloge scenarija.
cmd-brief-help = Ponovi, kar ste izvedeli na začetku: kdo je klical, kaj se dogaja in kaj morate storiti.

cmd-status-summary = Prikaže stanje seje.
cmd-status-help = Povzetek seje do zdaj: simulirani čas, račun, s katerim delujete, in njegove vloge, uporabniki, kot katere lahko delujete, ter zahteve, ki še niso začele veljati (sprostitev omejenega pošiljatelja).

cmd-clock-summary = Prikaže simulirani čas.
cmd-clock-help = Čas v najemniku teče, medtem ko delate, tako kot bi za pravega skrbnika: vsak pregled (`users`, `user show`, `mailbox rules`) vzame 20 sekund simuliranega časa in vsaka sprememba (`user reset-password`, `mailbox remove-rule`) 60 sekund; `ask` vzame 10 minut in `support call` 26 ur, z `wait` pa pustite, da mine več časa. Ukazi seje (`help`, `status`, `clock`, `history`) ne vzamejo časa. Kar bi medtem opazili (klici, odgovori, opozorila), je prikazano skupaj z ukazom.

cmd-wait-summary = Pusti, da mine simulirani čas.
cmd-wait-help = Vse, kar je na vrsti, se zgodi, medtem ko čakate, po vrsti: poteze napadalca in uporabnikov, potek žetonov, stalno vrednotenje dostopa, ki doseže Exchange, sprostitev omejenega pošiljatelja, ki začne veljati. DURATION je število z enoto (d, h, m, s ali besede, kot so `min`, `hour`, `days`); dele je mogoče kombinirati, največje najprej: `90s`, `15m`, `90min`, `1h 30m`, `1 hour`, `2d 4h`; deluje tudi ISO 8601 (`PT1H30M`). Eno čakanje traja največ 30 dni. Kar bi medtem opazili, je prikazano ob svojem času: uporabnik, ki pokliče službo za pomoč (`09:30 ☎ ... calls`), uporabnik, ki odgovori, potem ko ste mu sporočili geslo, novo opozorilo.

cmd-hint-summary = Da namig, kaj si ogledati naslednje.
cmd-hint-help = Predlaga, kje v tem scenariju iskati naprej, ne da bi kar koli storil namesto vas.

cmd-check-summary = Pokaže, kateri cilji scenarija so doslej doseženi.
cmd-check-help = Način vadbe: rezultat do zdaj, opravljeni koraki, kateri cilji izida so doseženi in kršitve, ne da bi se seja končala. Ne navaja korakov, ki še manjkajo: `hint` predlaga naslednjega, za ceno.

cmd-history-summary = Prikaže ukaze, vnesene v tej seji.
cmd-history-help = Oštevilčeni, s simuliranim časom vnosa; gesla so skrita. S puščicama gor in dol jih prikličete v poziv, s Ctrl-R pa jih iščete.

cmd-clear-summary = Počisti zaslon.
cmd-clear-help = Počisti terminal, kot to stori Ctrl-L; seja in njena zgodovina ostaneta.

cmd-submit-summary = Konča scenarij in prikaže poročilo z rezultatom.
cmd-submit-help = Uporabite ga, ko menite, da je incident obravnavan: poročilo pove, kaj ste naredili dobro in kaj bi napadalec še lahko storil.

cmd-quit-summary = Zapusti scenarij brez rezultata.
cmd-quit-help = Zapusti brez oddaje: nič se ne oceni. V interaktivnem načinu boste najprej pozvani k potrditvi; iz cevovoda `play` takoj konča in nikoli ne odda. Datoteka seje ohrani, kar ste naredili, zato `tenantdrill play --resume FILE` nadaljuje. (`tenantdrill run` vseeno oceni ukaze, ki jih je dobil: njegova naloga je poročilo.)

# Alert triage
cmd-logs-sign-ins-flag-ip = samo vpisi s tega naslova IP, za vse uporabnike: kot kdo vse se je še vpisal napadalec
cmd-alert-resolve-summary = Razrešite opozorilo s svojo oceno: resnično pozitivno, neškodljivo ali lažno pozitivno.
cmd-alert-resolve-help = Zabeleži razvrstitev na opozorilu, kot to stori portal Defender, ko opozorilo razrešite.
cmd-alert-resolve-flag-verdict = true-positive (zlonamerno), benign (zgodilo se je in je bilo pričakovano: »Informational, expected activity«) ali false-positive (nič sumljivega se ni zgodilo)
cmd-alert-resolve-flag-reason = zakaj, z vašimi besedami (shrani se na opozorilu, kot ga vnesete)
cmd-mailbox-search-forwarding-summary = Poiščite vse nabiralnike, ki pošiljajo pošto na naslov, s posredovanjem ali s pravilom za mapo »Prejeto«.
cmd-mailbox-search-forwarding-help = Pogleda dlje od enega uporabnika: kdo še posreduje na isti cilj.
cmd-alert-resolve-portal = Incidenti in opozorila > Opozorila > izberite opozorilo > Upravljanje opozorila > Razvrstitev
cmd-search-forwarding-no-portal = Nobeno skrbniško središče ne prikaže nabiralnikov, ki posredujejo na naslov; poročilo o samodejno posredovanih sporočilih v skrbniškem središču za Exchange (Poročila > Pretok pošte) prikaže le že posredovana sporočila.
# Registered devices.
cmd-user-devices-summary = Prikažite naprave, registrirane za uporabnika.
cmd-user-devices-help = Poiščite naprave, ki jih uporabnik ne prepozna: napadalec z ukradeno sejo lahko pridruži lastno napravo, ki se znova vpiše brez gesla.
cmd-user-disable-device-summary = Onemogočite napravo, registrirano za uporabnika, da se ne more več vpisati.
cmd-user-disable-device-help = DEVICE je ime naprave, kot ga prikaže `user devices`.
cmd-user-delete-device-summary = Izbrišite napravo, registrirano za uporabnika.
cmd-user-delete-device-help = DEVICE je ime naprave, kot ga prikaže `user devices`.
cmd-user-devices-portal = Entra ID > Uporabniki > Vsi uporabniki > izberite uporabnika > Naprave
cmd-user-disable-device-portal = Entra ID > Naprave > Vse naprave > izberite napravo > Onemogoči
cmd-user-delete-device-portal = Entra ID > Naprave > Vse naprave > izberite napravo > Izbriši

cmd-section-applications = Podjetniške aplikacije
cmd-app-flag-user = Samo dodelitve, s katerimi aplikacija deluje kot ta uporabnik.
cmd-apps-summary = Prikaz podjetniških aplikacij in nastavitve uporabniškega soglasja.
cmd-apps-help = Vse aplikacije z dostopom do podatkov organizacije, z izdajateljem, ali je Microsoft izdajatelja preveril in ali se uporabniki lahko vpišejo vanjo. Bodite pozorni na imena, ki posnemajo znan izdelek, na prazna ali napačno črkovana imena in na nepreverjene izdajatelje.
cmd-apps-portal = Entra ID > Podjetniške aplikacije > Vse aplikacije
cmd-app-show-summary = Prikaz lastnosti aplikacije in njenih dodelitev delegiranih dovoljenj.
cmd-app-show-help = APP je prikazno ime aplikacije (v narekovajih, če vsebuje presledke), njen ID aplikacije ali ID predmeta. Preglejte URL za odgovor in dovoljenja, ki jih ima: Mail.*, Contacts.*, MailboxSettings.*, Files.* in podobna berejo podatke uporabnika.
cmd-app-show-portal = Entra ID > Podjetniške aplikacije > Vse aplikacije > izberite aplikacijo > Lastnosti, Dovoljenja
cmd-app-grants-summary = Prikaz dodelitev delegiranih dovoljenj: ene aplikacije, za delovanje kot en uporabnik, ali vseh.
cmd-app-grants-help = Vsaka dodelitev navaja aplikacijo, vrsto soglasja (AllPrincipals: skrbnik je soglašal za vse; Principal: en uporabnik je soglašal zase), čas in obsege. Dodelitev z offline_access deluje tudi po ponastavitvi gesla.
cmd-app-grants-portal = Entra ID > Podjetniške aplikacije > Vse aplikacije > izberite aplikacijo > Dovoljenja
cmd-app-revoke-grants-summary = Preklic dodelitev delegiranih dovoljenj aplikacije.
cmd-app-revoke-grants-help = Brez `--user` vse dodelitve aplikacije, z njim le dodelitev, ki jo je dal ta uporabnik. Žetoni, ki jih aplikacija že ima, delujejo, dokler ne potečejo; dokler aplikaciji še lahko kdo da soglasje, ji jo uporabnik, ki ga enkrat prelisiči, lahko znova dodeli.
cmd-app-revoke-grants-portal = Entra ID > Podjetniške aplikacije > Vse aplikacije > izberite aplikacijo > Dovoljenja > Uporabniško soglasje > Prekliči dovoljenje
cmd-app-disable-summary = Onemogočenje aplikacije: nihče se ne more vpisati vanjo ali ji dati soglasja.
cmd-app-disable-help = Nastavi »Omogočeno za vpis uporabnikov?« na Ne. Onemogočena aplikacija ne dobi novih žetonov in noben uporabnik ji ne more znova dati soglasja: Microsoftov priročnik zlonamerno aplikacijo onemogoči, namesto da bi jo izbrisal.
cmd-app-disable-portal = Entra ID > Podjetniške aplikacije > Vse aplikacije > izberite aplikacijo > Lastnosti > Omogočeno za vpis uporabnikov? > Ne > Shrani
cmd-app-delete-summary = Izbris podjetniške aplikacije in njenih dodelitev.
cmd-app-delete-help = Izbrisane aplikacije v najemniku ni več, vendar se lahko vrne: naslednji uporabnik, ki ji da soglasje, jo znova doda. Zlonamerno aplikacijo raje onemogočite.
cmd-app-delete-portal = Entra ID > Podjetniške aplikacije > Vse aplikacije > izberite aplikacijo > Lastnosti > Izbriši
cmd-app-user-consent-summary = Izbira, čemu lahko uporabniki sami dajo soglasje.
cmd-app-user-consent-help = allow-all uporabnikom dovoli soglasje kateri koli aplikaciji za dovoljenja, ki ne zahtevajo skrbniškega soglasja; verified-publishers le aplikacijam preverjenih izdajateljev za dovoljenja z majhnim vplivom; do-not-allow soglasje prepusti skrbnikom. Obstoječe dodelitve ostanejo, kot so.
cmd-app-user-consent-flag-setting = Nastavitev: allow-all, verified-publishers ali do-not-allow.
cmd-app-user-consent-portal = Entra ID > Podjetniške aplikacije > Soglasje in dovoljenja > Nastavitve uporabniškega soglasja

# Conditional Access, ID Protection and the password spray playbook.
cmd-ca-locations-summary = Prikažite poimenovane lokacije (obsege IP), ki jih lahko uporablja pogojni dostop.
cmd-ca-locations-help = Poimenovana lokacija navaja obsege IPv4 v zapisu CIDR; pravilnik za pogojni dostop lahko blokira vpise z nje.
cmd-ca-locations-portal = Entra ID > Pogojni dostop > Poimenovane lokacije
cmd-ca-add-location-summary = Ustvarite poimenovano lokacijo iz obsegov IPv4 (lokacija z obsegi IP).
cmd-ca-add-location-help = Vsak RANGE je obseg IPv4 v zapisu CIDR, na primer 102.89.0.0/16, ali en naslov (šteje kot /32). Lokacija sama ne blokira ničesar: to stori pravilnik, ustvarjen z `ca add-policy --block-locations`.
cmd-ca-add-location-portal = Entra ID > Pogojni dostop > Poimenovane lokacije > Lokacija z obsegi IP
cmd-ca-policies-summary = Prikažite pravilnike za pogojni dostop.
cmd-ca-policies-help = Prikaže vsak pravilnik, ali je vklopljen in kaj naredi: blokira vpise s poimenovanih lokacij, blokira starejše preverjanje pristnosti ali zahteva MFA v brskalnikih in sodobnih odjemalcih.
cmd-ca-policies-portal = Entra ID > Pogojni dostop > Pravilniki
cmd-ca-add-policy-summary = Ustvarite vklopljen pravilnik za pogojni dostop za vse uporabnike, ki blokira dostop.
cmd-ca-add-policy-help = Z --block-locations pravilnik blokira vsak vpis z navedenih poimenovanih lokacij; z --block-legacy-auth blokira odjemalce s starejšim preverjanjem pristnosti (Exchange ActiveSync in druge odjemalce, kot sta IMAP in POP). Pravilnik velja za nove vpise in za žetone za osvežitev, unovčene od tedaj naprej: že izdan žeton za dostop deluje, dokler ne poteče (do 90 minut), seja, osvežena z mesta, ki ga pravilnik ne blokira, pa se nadaljuje, zato prekličite seje računa, v katerem je napadalec.
cmd-ca-add-policy-flag-block-locations = blokiraj vpise s teh poimenovanih lokacij (ločenih z vejicami)
cmd-ca-add-policy-flag-block-legacy-auth = blokiraj odjemalce s starejšim preverjanjem pristnosti
cmd-ca-add-policy-portal = Entra ID > Pogojni dostop > Pravilniki > Nov pravilnik
cmd-risky-users-summary = Prikažite uporabnike, ki so v zaščiti ID potrjeno ogroženi.
cmd-risky-users-help = Prikaže uporabnike, za katere je skrbnik potrdil ogroženost, z visoko ravnjo tveganja. Lastna zaznavanja tveganj in pravilniki tveganja zaščite ID niso simulirani.
cmd-risky-users-portal = Entra ID > Zaščita ID > Tvegani uporabniki
cmd-user-confirm-compromised-summary = V zaščiti ID potrdite, da je uporabnik ogrožen (visoko tveganje uporabnika).
cmd-user-confirm-compromised-help = Priročnik za napad z razprševanjem gesel zahteva, da tako označite vsak ogrožen račun. Uporabnik se zabeleži kot tvegan z visoko ravnjo tveganja; to samo po sebi nikogar ne blokira, ponastavi ali odjavi.
cmd-user-confirm-compromised-portal = Entra ID > Zaščita ID > Tvegani uporabniki > izberite uporabnika > Potrdi ogroženost uporabnika
