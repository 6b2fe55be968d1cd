# commands: nl
# De help van de opdrachttaal. Opdrachtwoorden, vlaggen, tijdelijke aanduidingen
# en voorbeelden zijn van de taal zelf en blijven ongewijzigd; alleen de
# uitleg wordt vertaald.

## De eigen woorden van help

cmd-help-overview = Opdrachten per gebied. Typ 'help OPDRACHT' voor details, zoals 'help user reset-password'.
cmd-help-noun-heading = Opdrachten voor { $noun } (typ 'help { $noun } WERKWOORD' voor details):
cmd-help-unknown-suggestion = geen help voor '{ $topic }'. Bedoelde u '{ $suggestion }'?
cmd-help-unknown = geen help voor '{ $topic }'. Typ 'help' voor de lijst met opdrachten.
cmd-usage = gebruik: { $usage }
cmd-help-flags = vlaggen:
cmd-help-examples = { $count ->
    [one] voorbeeld:
   *[other] voorbeelden:
}

## Waar hetzelfde gebeurt in de portals van Microsoft en in PowerShell

cmd-where-microsoft365 = In het Microsoft 365-beheercentrum:
cmd-where-entra = In het Microsoft Entra-beheercentrum:
cmd-where-exchange = In het Exchange-beheercentrum:
cmd-where-defender = In de Microsoft Defender-portal:
cmd-where-purview = In de Microsoft Purview-portal:
cmd-where-no-portal = In de beheercentra van Microsoft: nergens.
cmd-where-powershell = In PowerShell:
cmd-where-no-powershell = In PowerShell: geen cmdlet.
cmd-simulator-no-portal = Een opdracht van de simulator zelf; geen enkel beheercentrum heeft deze.
cmd-simulator-no-powershell = Een opdracht van de simulator zelf; geen enkele cmdlet doet dit.

## Gebieden

cmd-section-users = Gebruikers
cmd-section-mailboxes = Postvakken
cmd-section-outbound-protection = Uitgaande beveiliging
cmd-section-logs = Logboeken en waarschuwingen
cmd-section-policies = Beleid
cmd-section-people = Personen
cmd-section-session = Sessie

## Waar een tijdelijke aanduiding voor staat

cmd-value-user = een user principal name (`megan@contoso.com`) of een alias die maar één gebruiker heeft (`megan`)
cmd-value-role = een beheerdersrol: de alias (`global-admin`) of de weergavenaam tussen aanhalingstekens (`"Global Administrator"`)
cmd-value-method = een verificatiemethode: alternate-email, mobile-phone, office-phone, authenticator-app, security-questions of fido2
cmd-value-rule = de naam of regelidentiteit van een regel voor Postvak IN, zoals `mailbox rules` ze toont
cmd-value-delegate = een gebruiker met een recht op het postvak, zoals `mailbox delegates` ze toont
cmd-value-group = de naam van een groep
cmd-value-app = de weergavenaam (tussen aanhalingstekens als er spaties in staan), toepassings-id of object-id van een bedrijfstoepassing
cmd-value-protocol = een postvakprotocol: owa, mapi, ews, activesync, imap of pop
cmd-value-duration = een tijdsduur: getallen met eenheden, grootste eerst, zoals `90s`, `15m`, `90min`, `1h 30m`, `1 hour`, `2d` of `PT1H30M`
cmd-value-number = een geheel getal
cmd-value-text = tekst; zet deze tussen aanhalingstekens als er spaties in staan
cmd-value-message = vrije tekst tot het einde van de regel
cmd-value-address = een e-mailadres
cmd-value-phone = een telefoonnummer; zet het tussen aanhalingstekens als er spaties in staan
cmd-value-password = een wachtwoord; het moet voldoen aan de wachtwoordregels van de tenant en wordt in de geschiedenis gemaskeerd
cmd-value-choice = een van de genoemde woorden
cmd-value-sspr-methods = methoden gescheiden door komma's, zonder spaties: mobile-app-notification, mobile-app-code, email, mobile-phone, office-phone, security-questions
cmd-value-named-locations = benoemde locaties, gescheiden door komma's
cmd-value-command = een volledige opdracht, met eigen argumenten en vlaggen
cmd-value-topic = een opdracht of zelfstandig naamwoord, zoals `user reset-password` of `mailbox`

## Waarom een regel niet gelezen kon worden

cmd-error-reply = fout: { $error }
cmd-error-did-you-mean = { $message }. Bedoelde u '{ $suggestion }'?
cmd-list-or = { $rest } of { $last }
cmd-list-and = { $rest } en { $last }
cmd-error-empty = lege regel
cmd-error-too-long = regel te lang: { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
} (de limiet is { $limit })
cmd-error-unterminated-quote = niet afgesloten aanhalingsteken: de { $quote } in kolom { $column } wordt nooit gesloten
cmd-error-unknown-command = onbekende opdracht '{ $word }'
cmd-error-unknown-command-help = onbekende opdracht '{ $word }' (typ 'help' voor de lijst)
cmd-error-cmdlet = onbekende opdracht '{ $cmdlet }': dat is een PowerShell-cmdlet. Hier doet { $commands } hetzelfde; 'help { $command }' laat zien hoe
cmd-error-missing-verb = '{ $noun }' heeft een werkwoord nodig: { $verbs }
cmd-error-unknown-verb = onbekend werkwoord '{ $verb }' voor '{ $noun }'
cmd-error-unknown-verb-list = onbekend werkwoord '{ $verb }' voor '{ $noun }' (werkwoorden: { $verbs })
cmd-error-missing-argument = argument { $placeholder } ontbreekt
cmd-error-unexpected-argument = onverwacht argument '{ $word }'
cmd-error-unknown-flag = onbekende vlag '{ $flag }' voor '{ $command }'
cmd-error-duplicate-flag = { $flag } is twee keer opgegeven
cmd-error-unexpected-flag-value = { $flag } neemt geen waarde
cmd-error-missing-flag-value = { $flag } heeft een waarde nodig ({ $usage })
cmd-error-flags-together = { $flags } kunnen niet samen worden gebruikt
cmd-error-missing-flag = vlag { $flag } ontbreekt
cmd-error-one-of-flags = geef een van { $flags } op
cmd-error-any-of-flags = geef { $flags } of beide op
cmd-error-nothing-to-change = niets te wijzigen: geef ten minste één vlag op
cmd-error-needs-flag = { $given } vereist { $needed }
cmd-error-goes-with = { $flag } hoort bij { $with }, niet bij { $given }
cmd-error-invalid-choice = ongeldige waarde '{ $value }' voor { $flag }: verwacht { $choices }
cmd-error-unknown-role = onbekende rol '{ $role }'
cmd-error-unknown-role-help = onbekende rol '{ $role }' (zie 'help { $command }' voor de rollen)
cmd-error-unknown-method = onbekende methode '{ $method }': verwacht { $choices }
cmd-error-unknown-protocol = onbekend protocol '{ $protocol }': verwacht { $choices }
cmd-error-invalid-duration = ongeldige tijdsduur '{ $text }': gebruik een getal en een eenheid, zoals 30s, 15m, 90min, 1h 30m, 1 hour of 2d
cmd-error-invalid-number = ongeldig getal '{ $text }' voor { $flag }: verwacht een geheel getal van 0 tot en met { $maximum }
cmd-error-unknown-sspr-method = onbekende methode '{ $method }' in { $flag }: verwacht { $choices }
cmd-error-ask-in-ask = ask kan geen andere ask bevatten
cmd-error-not-an-action = '{ $command }' doet niets in de tenant, dus niemand kan worden gevraagd het te doen

## De opdrachten, in de volgorde van help

cmd-users-summary = De gebruikers van de tenant weergeven, gesorteerd op naam, met het aantal.
cmd-users-help = Toont per gebruiker de naam, weergavenaam, afdeling, aanmeldstatus en of de gebruiker een beheerdersrol heeft, gesorteerd op user principal name, en hoeveel gebruikers overeenkomen. `--search` houdt gebruikers over van wie de naam, weergavenaam of afdeling de tekst bevat; `--department` houdt één afdeling over; samen houden ze gebruikers over die aan beide voldoen. Uitvoer die hoger is dan de terminal, loopt via een pager.
cmd-users-portal = Gebruikers > Actieve gebruikers
cmd-users-flag-search = alleen gebruikers van wie de naam, weergavenaam of afdeling TEXT bevat
cmd-users-flag-department = alleen gebruikers van deze afdeling (hoofdletters genegeerd)
cmd-users-flag-filter = de oudere naam van --search

cmd-user-show-summary = Het account van een gebruiker weergeven: status, rollen, leeftijd van het wachtwoord, contactgegevens.
cmd-user-show-help = UPN is een volledige user principal name of een alias die maar één gebruiker heeft, zoals `megan`.
cmd-user-show-portal = Gebruikers > Actieve gebruikers > selecteer de gebruiker

cmd-user-roles-summary = De beheerdersrollen van een gebruiker weergeven.
cmd-user-roles-help = Dezelfde weergave als `user show`, voor als u naar rollen zoekt.
cmd-user-roles-portal = Gebruikers > Actieve gebruikers > selecteer de gebruiker > Account > Rollen beheren

cmd-user-reset-password-summary = Het wachtwoord van een gebruiker opnieuw instellen.
cmd-user-reset-password-help = In het beheercentrum: Gebruikers > Actieve gebruikers > … > Wachtwoord opnieuw instellen. Hiermee wordt de gebruiker afgemeld bij sessies die uit een aanmelding met wachtwoord kwamen, en wordt een slimme vergrendeling opgeheven. Sessies uit aanmeldingen zonder wachtwoord blijven bestaan en app-wachtwoorden worden niet verwijderd. Standaard moet de gebruiker het wachtwoord bij de volgende aanmelding wijzigen. Wie een gemaild wachtwoord leest, kent het.
cmd-user-reset-password-portal = Gebruikers > Actieve gebruikers > selecteer de gebruiker > Wachtwoord opnieuw instellen
cmd-user-reset-password-flag-auto = laat de service het wachtwoord genereren (de standaard); het wordt u één keer getoond
cmd-user-reset-password-flag-password = dit wachtwoord instellen; het moet aan de wachtwoordregels voldoen
cmd-user-reset-password-flag-no-require-change = de gebruiker niet verplichten bij de volgende aanmelding een nieuw wachtwoord te kiezen
cmd-user-reset-password-flag-email-to = het nieuwe wachtwoord ook naar ADDRESS e-mailen

cmd-user-block-sign-in-summary = Nieuwe aanmeldingen en het vernieuwen van tokens voor een gebruiker blokkeren.
cmd-user-block-sign-in-help = Nieuwe aanmeldingen mislukken meteen en vernieuwingstokens werken niet meer, maar een al uitgegeven toegangstoken blijft werken tot het verloopt, behalve waar continue toegangsevaluatie het afbreekt.
cmd-user-block-sign-in-portal = Gebruikers > Actieve gebruikers > selecteer de gebruiker > Aanmelding blokkeren > De gebruiker blokkeren om zich aan te melden > Wijzigingen opslaan

cmd-user-allow-sign-in-summary = Een geblokkeerde gebruiker weer laten aanmelden.
cmd-user-allow-sign-in-help = Maakt `user block-sign-in` ongedaan.
cmd-user-allow-sign-in-portal = Gebruikers > Actieve gebruikers > selecteer de gebruiker > Meer acties (...) > Aanmeldstatus bewerken

cmd-user-revoke-sessions-summary = Een gebruiker afmelden bij alle sessies.
cmd-user-revoke-sessions-help = Trekt alle vernieuwingstokens en sessiecookies in, ongeacht de aanmeldmethode. Al uitgegeven toegangstokens blijven geldig tot ze verlopen, behalve waar continue toegangsevaluatie ze afbreekt.
cmd-user-revoke-sessions-portal = Gebruikers > Actieve gebruikers > selecteer de gebruiker > Account > Afloggen van alle sessies

cmd-user-add-role-summary = Een gebruiker een beheerdersrol geven.
cmd-role-help = ROLE is de alias van een rol of de weergavenaam tussen aanhalingstekens: global-admin, privileged-auth-admin, privileged-role-admin, user-admin, groups-admin, helpdesk-admin, password-admin, auth-admin, auth-policy-admin, exchange-admin, security-admin, security-reader, global-reader, reports-reader, message-center-reader, directory-readers, guest-inviter, organization-management, cloud-device-admin, intune-admin, cloud-app-admin, app-admin, ca-admin. De laatste Globale beheerder van de tenant kan niet worden verwijderd.

cmd-user-remove-role-summary = Een beheerdersrol van een gebruiker afnemen.

cmd-user-require-mfa-summary = Meervoudige verificatie (MFA) vereisen voor een gebruiker.
cmd-user-require-mfa-help = Vanaf nu vereist een aanmelding een tweede factor die de aanmelder beheert: een telefoon, de authenticator-app of een beveiligingssleutel.
cmd-user-require-mfa-portal = Entra ID > Gebruikers > Alle gebruikers > MFA per gebruiker > selecteer de gebruiker > MFA inschakelen

cmd-user-methods-summary = De geregistreerde verificatiemethoden en app-wachtwoorden van een gebruiker weergeven.
cmd-user-methods-help = Let op methoden die de gebruiker niet herkent: een aanvaller kan een eigen telefoon of app registreren.
cmd-user-methods-portal = Entra ID > Gebruikers > Alle gebruikers > selecteer de gebruiker > Verificatiemethoden

cmd-user-remove-method-summary = Een van de verificatiemethoden van een gebruiker verwijderen.
cmd-user-remove-method-help = METHOD is een van alternate-email, mobile-phone, office-phone, authenticator-app, security-questions, fido2.
cmd-user-remove-method-portal = Entra ID > Gebruikers > Alle gebruikers > selecteer de gebruiker > Verificatiemethoden > het menu (...) van de methode > Verwijderen

cmd-user-remove-app-passwords-summary = Alle app-wachtwoorden van een gebruiker verwijderen.
cmd-user-remove-app-passwords-help = Met app-wachtwoorden komen oudere e-mailclients binnen zonder het accountwachtwoord; ze overleven het opnieuw instellen van het wachtwoord en het intrekken van sessies.
cmd-user-remove-app-passwords-portal = Entra ID > Gebruikers > Alle gebruikers > MFA per gebruiker > selecteer de gebruiker > Gebruikersinstellingen beheren > Alle bestaande app-wachtwoorden verwijderen die door de geselecteerde gebruikers zijn gegenereerd
cmd-user-remove-app-passwords-no-powershell = Microsoft Graph heeft geen cmdlet voor app-wachtwoorden; de MSOnline-module die er een had, is buiten gebruik gesteld.

cmd-user-contact-info-summary = Het alternatieve e-mailadres of mobiele telefoonnummer van een gebruiker wijzigen.
cmd-user-contact-info-help = Geef ten minste één vlag op. Controleer contactgegevens die u niet zelf hebt ingesteld: een aanvaller die ze wijzigt, kan het account terugnemen via Self-service voor wachtwoordherstel.
cmd-user-contact-info-portal = Entra ID > Gebruikers > Alle gebruikers > selecteer de gebruiker > Eigenschappen bewerken > Contactgegevens
cmd-user-contact-info-flag-alternate-email = het adres voor herstel en meldingen
cmd-user-contact-info-flag-mobile-phone = het nummer voor sms-berichten en terugbellen

cmd-user-password-policy-summary = De instellingen voor wachtwoordverloop en -sterkte van één gebruiker wijzigen.
cmd-user-password-policy-help = Geef ten minste één vlag op. Dit zijn de PasswordPolicies-schakelaars per gebruiker (DisablePasswordExpiration, DisableStrongPassword).
cmd-user-password-policy-no-portal = De PasswordPolicies-schakelaars per gebruiker hebben geen pagina; Microsoft stelt ze alleen met PowerShell in.
cmd-user-password-policy-flag-never-expires = het wachtwoord uitzonderen van het verloopbeleid
cmd-user-password-policy-flag-strong-password = een sterk wachtwoord vereisen (standaard aan)

cmd-groups-summary = De groepen van de tenant weergeven met het aantal leden van elke groep.
cmd-groups-help = De pagina Groepen van het beheercentrum, gesorteerd op naam. `group members GROUP` toont wie er in een groep zit.
cmd-groups-portal = Teams en groepen > Actieve teams en groepen

cmd-group-members-summary = De leden van een groep weergeven.
cmd-group-members-help = Naam, weergavenaam, afdeling en aanmeldstatus van elk lid, gesorteerd op naam. Zet een naam met spaties tussen aanhalingstekens.
cmd-group-members-portal = Teams en groepen > Actieve teams en groepen > selecteer de groep > Lidmaatschap

cmd-role-members-summary = Weergeven wie een beheerdersrol heeft.
cmd-role-members-help = De pagina Rollen van het beheercentrum voor één rol: elke gebruiker die de rol heeft, gesorteerd op naam. Controleer voordat u een Globale beheerder verwijdert, of er nog een andere overblijft.
cmd-role-members-portal = Rollen > Roltoewijzingen > selecteer de rol > Toegewezen

cmd-mailbox-show-summary = Het doorsturen, de protocollen en het aantal regels en gemachtigden van een postvak weergeven.
cmd-mailbox-show-help = Doorsturen kent twee adressen: ForwardingAddress (een interne ontvanger) en ForwardingSmtpAddress (elk adres, vaak extern); het eerste wint als beide zijn ingesteld.
cmd-mailbox-show-portal = Ontvangers > Postvakken > selecteer het postvak

cmd-mailbox-clear-forwarding-summary = De doorstuuradressen van een postvak verwijderen.
cmd-mailbox-clear-forwarding-help = Wist ForwardingAddress en ForwardingSmtpAddress en schakelt DeliverToMailboxAndForward uit. Regels voor Postvak IN die doorsturen, staan hier los van: zie `mailbox rules`.
cmd-mailbox-clear-forwarding-portal = Gebruikers > Actieve gebruikers > selecteer de gebruiker > E-mail > E-mail doorsturen beheren

cmd-mailbox-rules-summary = De regels voor Postvak IN van een postvak weergeven.
cmd-mailbox-rules-help = Toont per regel de identiteit, naam, prioriteit, of de regel is ingeschakeld, en de voorwaarden en acties. Regels kunnen voor Outlook verborgen zijn; alleen `--hidden` toont ze.
cmd-mailbox-rules-flag-hidden = ook verborgen regels tonen, die Outlook niet toont
cmd-rules-no-portal = Geen enkel beheercentrum toont de regels voor Postvak IN van een postvak. Alleen de eigenaar ziet ze, in Outlook op het web > Instellingen > Regels voor Postvak IN, en nooit de verborgen regels.

cmd-mailbox-disable-rule-summary = Een regel voor Postvak IN uitschakelen zonder deze te verwijderen.
cmd-rule-help = RULE is de naam van de regel (tussen aanhalingstekens als er spaties in staan) of de regelidentiteit, zoals `mailbox rules` ze toont.

cmd-mailbox-enable-rule-summary = Een uitgeschakelde regel voor Postvak IN weer inschakelen.

cmd-mailbox-remove-rule-summary = Een regel voor Postvak IN verwijderen.

cmd-mailbox-delegates-summary = Weergeven wie nog meer toegang heeft tot een postvak.
cmd-mailbox-delegates-help = Toont elke gemachtigde met het recht dat deze heeft: full-access, send-as of read-permission.
cmd-mailbox-delegates-portal = Ontvangers > Postvakken > selecteer het postvak > Delegering

cmd-mailbox-add-delegate-summary = Een andere gebruiker toegang geven tot een postvak.
cmd-mailbox-add-delegate-help = USER is de gebruiker die toegang krijgt. full-access opent het postvak, send-as verzendt als de eigenaar, read-permission leest de machtigingen.
cmd-mailbox-add-delegate-flag-access = het recht dat wordt verleend (standaard full-access)

cmd-mailbox-remove-delegate-summary = De toegang van een andere gebruiker tot een postvak intrekken.
cmd-mailbox-remove-delegate-help = Verwijdert elk recht dat DELEGATE op het postvak heeft.

cmd-mailbox-disable-protocols-summary = Manieren om een postvak te bereiken uitschakelen.
cmd-mailbox-disable-protocols-help = PROTOCOL is een van owa, mapi, ews, activesync, imap, pop; zonder protocol worden ze allemaal uitgeschakeld. Oudere protocollen (imap, pop, ews) zijn wat app-wachtwoorden gebruiken.
cmd-mailbox-disable-protocols-portal = Gebruikers > Actieve gebruikers > selecteer de gebruiker > E-mail > E-mail-apps beheren

cmd-mailbox-trace-summary = Recente e-mail van of naar een postvak weergeven.
cmd-mailbox-trace-help = Bericht traceren: afzender, ontvangers, onderwerp, tijd en of elk bericht is bezorgd, geweigerd of doorgestuurd.
cmd-mailbox-trace-portal = E-mailstroom > Berichttracering > Een tracering starten

cmd-restricted-list-summary = Afzenders weergeven die geen e-mail mogen verzenden.
cmd-restricted-list-help = De pagina Beperkte entiteiten van de Microsoft Defender-portal: gebruikers die een uitgaande limiet hebben overschreden en niet mogen verzenden.
cmd-restricted-list-portal = E-mail en samenwerking > Controleren > Beperkte entiteiten

cmd-restricted-release-summary = Een beperkte afzender weer e-mail laten verzenden.
cmd-restricted-release-help = Het verzenden wordt na enige tijd hervat, meestal binnen een uur. Een account kan maar een paar keer worden vrijgegeven; daarna kan alleen Microsoft-ondersteuning dat nog. Een afzender van wie het account nog in handen van een aanvaller is, wordt snel weer beperkt.
cmd-restricted-release-portal = E-mail en samenwerking > Controleren > Beperkte entiteiten > selecteer de gebruiker > Deblokkeren

cmd-policy-outbound-summary = Het beleid voor uitgaande spam wijzigen.
cmd-policy-outbound-help = Geef ten minste één vlag op. Met block-user blijft een beperkte afzender geblokkeerd tot een beheerder deze vrijgeeft; met block-user-for-today (de standaard van de service) tot de volgende UTC-dag, en geen beheerder kan de afzender eerder vrijgeven; alert waarschuwt alleen.
cmd-policy-outbound-portal = E-mail en samenwerking > Beleid en regels > Bedreigingsbeleid > Antispam > Beleid voor uitgaande spam (standaard) > Beveiligingsinstellingen bewerken
cmd-policy-outbound-flag-external-recipients-per-hour = limiet voor externe ontvangers per uur (0 tot en met 10000)
cmd-policy-outbound-flag-internal-recipients-per-hour = limiet voor interne ontvangers per uur (0 tot en met 10000)
cmd-policy-outbound-flag-recipients-per-day = limiet voor ontvangers per dag (0 tot en met 10000)
cmd-policy-outbound-flag-action = wat er gebeurt als een afzender een limiet overschrijdt
cmd-policy-outbound-flag-auto-forwarding = automatisch extern doorsturen (automatic betekent uit)

cmd-logs-sign-ins-summary = Het aanmeldingslogboek weergeven, voor iedereen of voor één gebruiker.
cmd-logs-sign-ins-help = Nieuwste eerst: tijd, gebruiker, IP-adres, client-app, locatie, resultaat en foutcode (50053 vergrendeld, 50057 geblokkeerd, 50055 wachtwoord verlopen, 50126 verkeerd wachtwoord). Aanmeldingen vanaf een adres en plaats die de gebruiker nooit gebruikt, vallen op; een password spray komt van meerdere adressen.
cmd-logs-sign-ins-portal = Entra ID > Bewaking en status > Aanmeldingslogboeken

cmd-logs-audit-summary = Het auditlogboek weergeven, voor iedereen of over één gebruiker.
cmd-logs-audit-help = Nieuwste eerst: wie wat heeft gewijzigd, wanneer, vanaf welk IP-adres en welke plaats: rollen, aanmeldstatus, wachtwoorden (ook via self-service), geregistreerde beveiligingsgegevens en app-wachtwoorden, regels voor Postvak IN, doorsturen en machtigingen. Kijk ook naar wat er vlak voor het incident gebeurde.
cmd-logs-audit-portal = Oplossingen > Audit > Zoeken

cmd-alerts-summary = Beveiligingswaarschuwingen weergeven.
cmd-alerts-help = Waarschuwingen die de service heeft gegeven, zoals een gebruiker die geen e-mail meer mag verzenden.
cmd-alerts-portal = Incidenten en waarschuwingen > Waarschuwingen

cmd-policy-show-summary = Het vergrendelings-, wachtwoord- en uitgaandespambeleid van de tenant weergeven.
cmd-policy-show-help = Alles wat `policy password-expiration` en `policy outbound` wijzigen, en de instellingen voor slimme vergrendeling.
cmd-policy-show-no-portal = Geen pagina toont ze samen: het verlopen van wachtwoorden staat in het Microsoft 365-beheercentrum (Instellingen > Organisatie-instellingen > Beveiliging en privacy), het beleid voor uitgaande spam in de Microsoft Defender-portal (E-mail en samenwerking > Beleid en regels > Bedreigingsbeleid > Antispam), slimme vergrendeling in het Microsoft Entra-beheercentrum (Entra ID > Verificatiemethoden > Wachtwoordbeveiliging).

cmd-policy-password-expiration-summary = Instellen wanneer wachtwoorden verlopen, voor de hele organisatie.
cmd-policy-password-expiration-help = Met een verlopen wachtwoord lukt aanmelden niet meer tot het is gewijzigd.
cmd-policy-password-expiration-portal = Instellingen > Organisatie-instellingen > Beveiliging en privacy > Verloopbeleid wachtwoorden
cmd-policy-password-expiration-flag-never = wachtwoorden verlopen nooit (de standaard voor nieuwe tenants)
cmd-policy-password-expiration-flag-days = wachtwoorden verlopen na N dagen (14 tot en met 730)

cmd-sspr-show-summary = Het beleid voor Self-service voor wachtwoordherstel weergeven.
cmd-sspr-show-help = Wie het eigen wachtwoord opnieuw mag instellen, met hoeveel en welke methoden, en of gebruikers methoden moeten registreren.
cmd-sspr-portal = Entra ID > Wachtwoord opnieuw instellen > Eigenschappen, Verificatiemethoden, Registratie
cmd-sspr-no-powershell = Microsoft Graph PowerShell heeft geen cmdlet voor wie Self-service voor wachtwoordherstel mag gebruiken of welke methoden daarbij worden gevraagd.

cmd-sspr-set-summary = Het beleid voor Self-service voor wachtwoordherstel wijzigen.
cmd-sspr-set-help = Geef ten minste één vlag op; de rest blijft zoals het is. LIST noemt een of meer van mobile-app-notification, mobile-app-code, email, mobile-phone, office-phone, security-questions. Beheerders hebben altijd twee methoden nodig en kunnen geen beveiligingsvragen gebruiken, wat dit beleid ook zegt.
cmd-sspr-set-flag-scope = wie self-service voor wachtwoordherstel mag gebruiken
cmd-sspr-set-flag-group = de groep die het mag gebruiken (betekent --scope selected)
cmd-sspr-set-flag-methods-required = aantal methoden dat een gebruiker moet doorstaan
cmd-sspr-set-flag-methods = door komma's gescheiden methoden die gebruikers mogen gebruiken
cmd-sspr-set-flag-require-registration = gebruikers vragen zich bij aanmelding te registreren
cmd-sspr-set-flag-reconfirm-days = dagen voordat gebruikers hun methoden opnieuw bevestigen (0 is nooit)

cmd-sspr-reset-summary = Self-service voor wachtwoordherstel doorlopen als gebruiker ('Wachtwoord vergeten').
cmd-sspr-reset-help = Alleen als het scenario u als die gebruiker laat handelen. De gebruiker moet binnen het bereik van het beleid vallen en het vereiste aantal geregistreerde methoden doorstaan; een geslaagd herstel heft ook een slimme vergrendeling op.
cmd-sspr-reset-no-portal = De gebruiker doet dit zelf, geen beheerder: Wachtwoord vergeten op de aanmeldingspagina.
cmd-sspr-reset-no-powershell = Self-service voor wachtwoordherstel is van de gebruiker zelf; geen enkele beheerders-cmdlet doorloopt het.
cmd-sspr-reset-flag-password = het nieuwe wachtwoord (een sterke standaardwaarde als het wordt weggelaten)

cmd-notify-summary = Een gebruiker iets laten weten, eventueel het nieuwe wachtwoord.
cmd-notify-help = Met `--via phone` of `sms` gaat het bericht naar het geregistreerde nummer; met `email` naar het postvak van de gebruiker, tenzij `--to` een ander adres noemt. MESSAGE is de rest van de regel; met --password en zonder bericht staat er "Your password was reset." Wie een wachtwoord ontvangt, kent het: iedereen die het postvak leest, en elk adres waarnaar het wordt doorgestuurd.
cmd-notify-no-portal = Een gebruiker iets laten weten gebeurt buiten de tenant: telefonisch, per sms, persoonlijk of per e-mail vanuit uw eigen postvak.
cmd-notify-no-powershell = Wat u een gebruiker vertelt, is een gesprek, geen wijziging in de tenant.
cmd-notify-flag-via = hoe het bericht de persoon bereikt
cmd-notify-flag-to = met --via email: hierheen sturen in plaats van naar het postvak van de gebruiker
cmd-notify-flag-password = het wachtwoord meesturen dat u voor de gebruiker hebt ingesteld

cmd-verify-summary = Via een vertrouwd kanaal controleren of een beller echt deze gebruiker is.
cmd-verify-help = `callback` hangt op en belt het geregistreerde nummer, `manager` vraagt het de manager van de gebruiker, `in-person` ziet de persoon met een identiteitsbewijs. Doe dit voordat u handelt op een verzoek dat per telefoon of e-mail binnenkwam.
cmd-verify-no-portal = Controleren wie er belt gebeurt buiten de tenant: het geregistreerde nummer terugbellen, het de manager vragen, de persoon zien.
cmd-verify-no-powershell = Geen enkele cmdlet controleert wie er belt.
cmd-verify-flag-via = hoe u controleert

cmd-ask-summary = Een andere beheerder vragen een opdracht voor u uit te voeren.
cmd-ask-help = UPN is de andere beheerder. Die handelt met de eigen rollen, na enige tijd; gebruik dit als u een machtiging mist of als u zich zelf niet kunt aanmelden. COMMAND is elke opdracht die iets in de tenant doet, met eigen vlaggen. Een nieuw wachtwoord dat die beheerder instelt, geeft die zelf door: u ziet het alleen als het uw eigen wachtwoord is (het wordt u voorgelezen). Oproepen en waarschuwingen die intussen binnenkomen, worden op hun tijd getoond.
cmd-ask-no-portal = De andere beheerder doet het waar de opdracht zelf wordt uitgevoerd, aangemeld met een eigen account en eigen rollen.
cmd-ask-no-powershell = De andere beheerder voert de eigen cmdlet van de opdracht uit in een eigen sessie.

cmd-support-call-summary = Microsoft-ondersteuning bellen.
cmd-support-call-help = Ondersteuning kan wat geen beheerder in de tenant kan, maar het duurt lang: een laatste redmiddel. Zonder vlag controleert ondersteuning of u de eigenaar van de tenant bent en stelt uw eigen wachtwoord opnieuw in (als geen Globale beheerder zich kan aanmelden). Met --release geeft ondersteuning een beperkte afzender vrij die beheerders niet meer kunnen vrijgeven (na de vrijgavelimiet).
cmd-support-call-flag-release = ondersteuning vragen deze beperkte afzender vrij te geven
cmd-support-call-portal = Ondersteuning > Help en ondersteuning > Contact opnemen met ondersteuning
cmd-support-call-no-powershell = Geen enkele cmdlet opent een ondersteuningsaanvraag.

cmd-help-summary = De opdrachten weergeven, of één opdracht of zelfstandig naamwoord uitleggen.
cmd-help-help = Zonder onderwerp worden alle opdrachten per gebied weergegeven. Met een zelfstandig naamwoord (`help mailbox`) de opdrachten daarvan; met een opdracht (`help user reset-password`) het gebruik, wat de opdracht doet, de vlaggen en een voorbeeld.

cmd-brief-summary = De opdrachtomschrijving van het scenario opnieuw weergeven.
cmd-brief-help = Herhaalt wat u aan het begin is verteld: wie er belde, wat er gebeurt en wat u wordt gevraagd te doen.

cmd-status-summary = Weergeven hoe de sessie ervoor staat.
cmd-status-help = Een overzicht van de sessie tot nu toe: de gesimuleerde tijd, het account waarmee u werkt en de rollen ervan, de gebruikers als wie u mag handelen, en verzoeken die nog niet van kracht zijn (het vrijgeven van een beperkte afzender).

cmd-clock-summary = De gesimuleerde tijd weergeven.
cmd-clock-help = De tijd in de tenant verstrijkt terwijl u werkt, zoals bij een echte beheerder: elke weergave (`users`, `user show`, `mailbox rules`) kost 20 seconden gesimuleerde tijd en elke wijziging (`user reset-password`, `mailbox remove-rule`) 60 seconden; `ask` kost 10 minuten en `support call` 26 uur, en met `wait` laat u meer tijd verstrijken. Sessieopdrachten (`help`, `status`, `clock`, `history`) kosten geen tijd. Wat u intussen zou merken (oproepen, antwoorden, waarschuwingen), wordt bij de opdracht getoond.

cmd-wait-summary = Gesimuleerde tijd laten verstrijken.
cmd-wait-help = Alles wat aan de beurt is, gebeurt terwijl u wacht, op volgorde: de beurten van de aanvaller en de gebruikers, verlopen tokens, continue toegangsevaluatie die Exchange bereikt, een vrijgave van een beperkte afzender die van kracht wordt. DURATION is een getal met een eenheid (d, h, m, s, of woorden zoals `min`, `hour`, `days`); delen kunnen worden gecombineerd, grootste eerst: `90s`, `15m`, `90min`, `1h 30m`, `1 hour`, `2d 4h`; ISO 8601 (`PT1H30M`) werkt ook. Eén keer wachten duurt hoogstens 30 dagen. Wat u intussen zou merken, wordt op zijn tijd getoond: een gebruiker die de helpdesk belt (`09:30 ☎ ... calls`), een gebruiker die antwoordt nadat u een wachtwoord hebt doorgegeven, een nieuwe waarschuwing.

cmd-hint-summary = Een hint krijgen over waar u nu naar kunt kijken.
cmd-hint-help = Stelt voor waar u in dit scenario verder kunt kijken, zonder iets voor u te doen.

cmd-check-summary = Bekijken welke doelen van het scenario tot nu toe zijn bereikt.
cmd-check-help = Oefenmodus: de score tot nu toe, de uitgevoerde stappen, welke resultaatdoelen zijn bereikt en de overtredingen, zonder de sessie te beëindigen. De stappen die nog ontbreken, worden niet genoemd: `hint` stelt de volgende voor, tegen een prijs.

cmd-history-summary = De opdrachten weergeven die in deze sessie zijn getypt.
cmd-history-help = Genummerd, met de gesimuleerde tijd waarop elke opdracht is getypt; wachtwoorden zijn gemaskeerd. Met Pijl-omhoog en Pijl-omlaag haalt u ze terug bij de prompt, en met Ctrl-R zoekt u erin.

cmd-clear-summary = Het scherm wissen.
cmd-clear-help = Wist de terminal, zoals Ctrl-L doet; de sessie en de geschiedenis blijven bewaard.

cmd-submit-summary = Het scenario beëindigen en het scorerapport krijgen.
cmd-submit-help = Gebruik dit als u denkt dat het incident is afgehandeld: het rapport zegt wat u goed deed en wat de aanvaller nog zou kunnen doen.

cmd-quit-summary = Het scenario verlaten zonder score.
cmd-quit-help = Stopt zonder in te dienen: er wordt niets beoordeeld. Aan het toetsenbord wordt u eerst om bevestiging gevraagd; vanuit een pipe stopt `play` meteen en dient nooit in. Het sessiebestand bewaart wat u hebt gedaan, zodat `tenantdrill play --resume FILE` verdergaat. (`tenantdrill run` beoordeelt toch de opdrachten die het kreeg: het gaat daar om het rapport.)

# Alert triage
cmd-logs-sign-ins-flag-ip = alleen aanmeldingen vanaf dit IP-adres, voor alle gebruikers: als wie de aanvaller zich nog meer heeft aangemeld
cmd-alert-resolve-summary = Een waarschuwing oplossen met uw oordeel: terecht-positief, onschuldig of fout-positief.
cmd-alert-resolve-help = Legt de classificatie vast op de waarschuwing, zoals de Defender-portal doet wanneer u een waarschuwing oplost.
cmd-alert-resolve-flag-verdict = true-positive (kwaadaardig), benign (het gebeurde en was verwacht: "Informational, expected activity") of false-positive (er gebeurde niets verdachts)
cmd-alert-resolve-flag-reason = waarom, in uw eigen woorden (wordt op de waarschuwing bewaard zoals u het typt)
cmd-mailbox-search-forwarding-summary = Alle postvakken zoeken die mail naar een adres sturen, via doorsturen of via een regel voor Postvak IN.
cmd-mailbox-search-forwarding-help = Kijkt verder dan één gebruiker: wie stuurt er nog meer door naar dezelfde bestemming.
cmd-alert-resolve-portal = Incidenten en waarschuwingen > Waarschuwingen > selecteer de waarschuwing > Waarschuwing beheren > Classificatie
cmd-search-forwarding-no-portal = Geen beheercentrum toont de postvakken die naar een adres doorsturen; het rapport Automatisch doorgestuurde berichten in het Exchange-beheercentrum (Rapporten > E-mailstroom) toont alleen berichten die al zijn doorgestuurd.
# Registered devices.
cmd-user-devices-summary = Geef de apparaten weer die voor een gebruiker zijn geregistreerd.
cmd-user-devices-help = Zoek naar apparaten die de gebruiker niet herkent: een aanvaller met een gestolen sessie kan een eigen apparaat toevoegen, dat zonder het wachtwoord opnieuw aanmeldt.
cmd-user-disable-device-summary = Schakel een apparaat uit dat voor een gebruiker is geregistreerd, zodat het niet meer kan aanmelden.
cmd-user-disable-device-help = DEVICE is de naam van het apparaat zoals `user devices` die toont.
cmd-user-delete-device-summary = Verwijder een apparaat dat voor een gebruiker is geregistreerd.
cmd-user-delete-device-help = DEVICE is de naam van het apparaat zoals `user devices` die toont.
cmd-user-devices-portal = Entra ID > Gebruikers > Alle gebruikers > selecteer de gebruiker > Apparaten
cmd-user-disable-device-portal = Entra ID > Apparaten > Alle apparaten > selecteer het apparaat > Uitschakelen
cmd-user-delete-device-portal = Entra ID > Apparaten > Alle apparaten > selecteer het apparaat > Verwijderen

cmd-section-applications = Bedrijfstoepassingen
cmd-app-flag-user = Alleen de toekenningen waarmee de toepassing als deze gebruiker optreedt.
cmd-apps-summary = Geef de bedrijfstoepassingen en de instelling voor gebruikerstoestemming weer.
cmd-apps-help = Elke toepassing met toegang tot de gegevens van de organisatie, met de uitgever, of Microsoft de uitgever heeft geverifieerd en of gebruikers zich erbij kunnen aanmelden. Let op namen die een bekend product nabootsen, nietszeggende of verkeerd gespelde namen en niet-geverifieerde uitgevers.
cmd-apps-portal = Entra ID > Bedrijfstoepassingen > Alle toepassingen
cmd-app-show-summary = Geef de eigenschappen van een toepassing en haar gedelegeerde machtigingstoekenningen weer.
cmd-app-show-help = APP is de weergavenaam van de toepassing (tussen aanhalingstekens als er spaties in staan), de toepassings-id of de object-id. Kijk naar de antwoord-URL en de machtigingen die ze heeft: Mail.*, Contacts.*, MailboxSettings.*, Files.* en dergelijke lezen de gegevens van een gebruiker.
cmd-app-show-portal = Entra ID > Bedrijfstoepassingen > Alle toepassingen > selecteer de toepassing > Eigenschappen, Machtigingen
cmd-app-grants-summary = Geef gedelegeerde machtigingstoekenningen weer: van één toepassing, om als één gebruiker op te treden, of alle.
cmd-app-grants-help = Elke toekenning noemt de toepassing, het toestemmingstype (AllPrincipals: een beheerder gaf toestemming voor iedereen; Principal: één gebruiker gaf toestemming voor zichzelf), wanneer en de bereiken. Een toekenning met offline_access blijft werken nadat het wachtwoord opnieuw is ingesteld.
cmd-app-grants-portal = Entra ID > Bedrijfstoepassingen > Alle toepassingen > selecteer de toepassing > Machtigingen
cmd-app-revoke-grants-summary = Trek de gedelegeerde machtigingstoekenningen van een toepassing in.
cmd-app-revoke-grants-help = Zonder `--user` elke toekenning van de toepassing; met `--user` alleen de toekenning die die gebruiker gaf. Tokens die de toepassing al heeft, werken tot ze verlopen; zolang er nog toestemming aan de toepassing kan worden gegeven, kan een gebruiker die ze eenmaal misleidt, haar opnieuw toegang geven.
cmd-app-revoke-grants-portal = Entra ID > Bedrijfstoepassingen > Alle toepassingen > selecteer de toepassing > Machtigingen > Gebruikerstoestemming > Machtiging intrekken
cmd-app-disable-summary = Schakel een toepassing uit: niemand kan zich erbij aanmelden of er toestemming aan geven.
cmd-app-disable-help = Zet "Ingeschakeld voor aanmelding door gebruikers?" op Nee. Een uitgeschakelde toepassing krijgt geen nieuwe tokens en geen gebruiker kan er opnieuw toestemming aan geven: het playbook van Microsoft schakelt een schadelijke toepassing uit in plaats van haar te verwijderen.
cmd-app-disable-portal = Entra ID > Bedrijfstoepassingen > Alle toepassingen > selecteer de toepassing > Eigenschappen > Ingeschakeld voor aanmelding door gebruikers? > Nee > Opslaan
cmd-app-delete-summary = Verwijder een bedrijfstoepassing en haar toekenningen.
cmd-app-delete-help = Een verwijderde toepassing is weg uit de tenant, maar ze kan terugkomen: de volgende gebruiker die er toestemming aan geeft, voegt haar opnieuw toe. Schakel een schadelijke toepassing liever uit.
cmd-app-delete-portal = Entra ID > Bedrijfstoepassingen > Alle toepassingen > selecteer de toepassing > Eigenschappen > Verwijderen
cmd-app-user-consent-summary = Kies waaraan gebruikers zelf toestemming mogen geven.
cmd-app-user-consent-help = allow-all laat gebruikers toestemming geven aan elke toepassing voor machtigingen waarvoor geen beheerderstoestemming nodig is; verified-publishers alleen aan toepassingen van geverifieerde uitgevers voor machtigingen met weinig impact; do-not-allow laat toestemming aan beheerders over. Bestaande toekenningen blijven zoals ze zijn.
cmd-app-user-consent-flag-setting = De instelling: allow-all, verified-publishers of do-not-allow.
cmd-app-user-consent-portal = Entra ID > Bedrijfstoepassingen > Toestemming en machtigingen > Instellingen voor gebruikerstoestemming

# Conditional Access, ID Protection and the password spray playbook.
cmd-ca-locations-summary = Geef de benoemde locaties (IP-bereiken) weer die voorwaardelijke toegang kan gebruiken.
cmd-ca-locations-help = Een benoemde locatie bevat IPv4-bereiken in CIDR-notatie; een beleid voor voorwaardelijke toegang kan aanmeldingen vanaf die locatie blokkeren.
cmd-ca-locations-portal = Entra ID > Voorwaardelijke toegang > Benoemde locaties
cmd-ca-add-location-summary = Maak een benoemde locatie van IPv4-bereiken (een locatie met IP-bereiken).
cmd-ca-add-location-help = Elke RANGE is een IPv4-bereik in CIDR-notatie, zoals 102.89.0.0/16, of één adres (geldt als /32). De locatie blokkeert zelf niets: dat doet een beleid dat u maakt met `ca add-policy --block-locations`.
cmd-ca-add-location-portal = Entra ID > Voorwaardelijke toegang > Benoemde locaties > Locatie met IP-bereiken
cmd-ca-policies-summary = Geef het beleid voor voorwaardelijke toegang weer.
cmd-ca-policies-help = Toont elk beleid, of het is ingeschakeld en wat het doet: aanmeldingen vanaf benoemde locaties blokkeren, verouderde verificatie blokkeren, of MFA vereisen vanuit browsers en moderne clients.
cmd-ca-policies-portal = Entra ID > Voorwaardelijke toegang > Beleid
cmd-ca-add-policy-summary = Maak een ingeschakeld beleid voor voorwaardelijke toegang voor alle gebruikers dat toegang blokkeert.
cmd-ca-add-policy-help = Met --block-locations blokkeert het beleid elke aanmelding vanaf de opgegeven benoemde locaties; met --block-legacy-auth blokkeert het clients met verouderde verificatie (Exchange ActiveSync en andere clients zoals IMAP en POP). Een beleid geldt voor nieuwe aanmeldingen en voor vernieuwingstokens die vanaf dan worden ingewisseld: een toegangstoken dat al is uitgegeven, blijft werken tot het verloopt (tot 90 minuten), en een sessie die wordt vernieuwd vanaf een plek die het beleid niet blokkeert, gaat door, dus trek de sessies in van een account waarin de aanvaller zit.
cmd-ca-add-policy-flag-block-locations = aanmeldingen vanaf deze benoemde locaties blokkeren (gescheiden door komma's)
cmd-ca-add-policy-flag-block-legacy-auth = clients met verouderde verificatie blokkeren
cmd-ca-add-policy-portal = Entra ID > Voorwaardelijke toegang > Beleid > Nieuw beleid
cmd-risky-users-summary = Geef de gebruikers weer die in ID-beveiliging als gecompromitteerd zijn bevestigd.
cmd-risky-users-help = Toont de gebruikers die een beheerder als gecompromitteerd heeft bevestigd, met risiconiveau hoog. De eigen risicodetecties en het risicobeleid van ID-beveiliging worden niet gesimuleerd.
cmd-risky-users-portal = Entra ID > ID-beveiliging > Riskante gebruikers
cmd-user-confirm-compromised-summary = Bevestig in ID-beveiliging dat een gebruiker is gecompromitteerd (gebruikersrisico hoog).
cmd-user-confirm-compromised-help = Het playbook voor wachtwoordspray vraagt elk gecompromitteerd account zo te markeren. De gebruiker wordt als riskant vastgelegd met risiconiveau hoog; dit blokkeert, herstelt of meldt zelf niemand af.
cmd-user-confirm-compromised-portal = Entra ID > ID-beveiliging > Riskante gebruikers > selecteer de gebruiker > Bevestigen dat gebruiker is gecompromitteerd
