# report: nl
# Feedback voor de cursist en het rapport: overtredingen, gevolgen,
# resultaatcontroles, bronnen en voorwaarden.

## Bronnen

report-citation = { $article }, { $count ->
    [one] stap
   *[other] stappen
} { $steps }
report-citation-other = andere richtlijnen
report-step-reference = { $count ->
    [one] stap
   *[other] stappen
} { $steps }
report-citation-link = { $citation }, { $url }
report-citation-other-page = andere richtlijnen: { $article }
report-source = bron: { $article }
report-source-link = bron: { $article }, { $url }

## Statussen en soorten

report-status-done = uitgevoerd
report-status-done-late = te laat uitgevoerd
report-status-out-of-order = verkeerde volgorde
report-status-missed = gemist
report-status-skipped = overgeslagen
report-status-not-applicable = niet van toepassing
report-kind-forbidden = verboden
report-kind-order = volgorde
report-kind-harm = schade
report-kind-denied = geweigerd

## Directe feedback

report-feedback-step = ✓ { $instruction } ({ $source })
report-feedback-step-late = ✓ { $instruction } ({ $source }) (te laat: de helft van de punten)
report-feedback-step-out-of-order = ✓ { $instruction } ({ $source }) (verkeerde volgorde: de helft van de punten)
report-feedback-violation = ✗ { $message }
report-feedback-violation-points = ✗ { $message } (-{ $points ->
    [one] { $points } punt
   *[other] { $points } punten
})
report-feedback-consequence = ! { $message }
report-feedback-noted = · toegang geweigerd: { $reason } (een controle of test: genoteerd, kost niets)

## Overtredingen

report-denied = toegang geweigerd: { $reason }
report-error = fout: { $reason }
report-harm = { $what }: { $reason }
report-and = { $left } en { $right }
report-harm-legitimate = { $what } (dat was legitiem)
report-removed-rule = u hebt de regel voor Postvak IN "{ $rule }" van { $user } verwijderd
report-removed-disabled-rule = u hebt de regel voor Postvak IN "{ $rule }" van { $user } uitgeschakeld
report-removed-forwarding = u hebt het doorsturen van { $user } gewist
report-removed-delegate = u hebt de toegang van { $delegate } tot het postvak van { $user } verwijderd
report-removed-role = u hebt { $role } van { $user } verwijderd
report-removed-method = u hebt de methode { $method } van { $user } verwijderd
report-harm-wrong-user = { $action } op { $user }, die niet bij het incident hoort
report-harm-auto-forwarding-on = u hebt automatisch extern doorsturen ingeschakeld
report-harm-raised-limit = u hebt de limiet voor uitgaande e-mail voor { $limit } verhoogd van { $from } naar { $to }
report-harm-policy-only-alerts = u hebt het beleid voor uitgaande spam alleen laten waarschuwen
report-harm-narrowed-sspr = u hebt self-service voor wachtwoordherstel beperkt van { $from } tot { $to }
report-harm-lowered-sspr-methods = u hebt het aantal methoden voor self-service wachtwoordherstel verlaagd van { $from } naar { $to }
report-harm-strong-passwords-off = u hebt sterke wachtwoorden uitgeschakeld voor { $user }
report-harm-gave-role = u hebt { $role } gegeven aan { $user }, waar de aanvaller nog toegang toe heeft of iets op heeft achtergelaten
report-harm-forwarded-outside = u hebt de e-mail van { $user } doorgestuurd naar { $address }, buiten de organisatie
report-harm-rule-outside = u hebt een regel gemaakt die de e-mail van { $user } naar { $address } stuurt, buiten de organisatie
report-harm-delegate-held = u hebt { $delegate }, dat in handen van de aanvaller is, toegang gegeven tot het postvak van { $user }
report-harm-rule-back-on = u hebt de regel "{ $rule }" van de aanvaller voor { $user } weer ingeschakeld
report-harm-released = u hebt de blokkering van { $user } opgeheven terwijl de aanvaller nog { $held }
report-held-password = het wachtwoord kende
report-held-session = een sessie had die Exchange nog accepteerde
report-held-app-password = een app-wachtwoord had
report-held-delegate = het postvak als gemachtigde las
report-harm-removed-own-global-admin = u hebt Globale beheerder van uw eigen account verwijderd
report-harm-blocked-own-users = het beleid { $policy } blokkeert het kantooradres { $ip }, waarvandaan uw gebruikers zich aanmelden
report-harm-removed-last-global-admin = u hebt Globale beheerder van { $user } verwijderd, de laatste met die rol
report-order-earlier = '{ $step }' om { $time }
report-order-first = '{ $step }' moet als eerste komen, maar { $earlier } kwam ervoor
report-order-before = '{ $step }' moet vóór '{ $other }' komen, dat om { $time } is uitgevoerd
report-order-after = '{ $step }' moet na '{ $other }' komen, dat nog niet was uitgevoerd

## Limieten voor uitgaande e-mail

report-limit-external-per-hour = externe ontvangers per uur
report-limit-internal-per-hour = interne ontvangers per uur
report-limit-per-day = ontvangers per dag
report-limit-service-per-day = de servicelimiet voor ontvangers per dag
report-limit-service-per-minute = de servicelimiet voor berichten per minuut
report-limit-service-per-message = de servicelimiet voor ontvangers per bericht

## Gevolgen

report-channel-email = e-mail aan { $address }
report-channel-phone = telefoon
report-channel-sms = sms
report-effect-rule-created = de aanvaller heeft om { $time } de regel voor Postvak IN "{ $rule }" in { $user } gemaakt
report-effect-rule-recreated = de aanvaller heeft om { $time } de regel voor Postvak IN "{ $rule }" in { $user } opnieuw gemaakt
report-effect-forwarding-set = de aanvaller heeft om { $time } het doorsturen van { $user } ingesteld op { $address }
report-effect-forwarding-set-again = de aanvaller heeft om { $time } het doorsturen van { $user } opnieuw ingesteld op { $address }
report-effect-delegate-added = de aanvaller heeft om { $time } { $delegate } toegang gegeven tot het postvak van { $user }
report-effect-delegate-added-again = de aanvaller heeft om { $time } { $delegate } opnieuw toegang gegeven tot het postvak van { $user }
report-effect-restricted = { $user } is om { $time } beperkt in het verzenden (limiet overschreden: { $limit })
report-effect-restricted-again = { $user } is om { $time } opnieuw beperkt in het verzenden (limiet overschreden: { $limit })
report-effect-password-learned = de aanvaller kwam om { $time } het wachtwoord van { $user } te weten dat u per { $channel } hebt verzonden ({ $how })
report-effect-password-changed-unread = de aanvaller heeft het wachtwoord dat u per { $channel } hebt verzonden niet gelezen voordat het om { $time } werd gewijzigd
report-effect-password-unread-at-end = om { $time } had de aanvaller het wachtwoord dat u per { $channel } hebt verzonden nog niet gelezen; dat had gekund

## Resultaatcontroles

report-check-attacker-out = De aanvaller is uit elk getroffen account
report-check-owner-signs-in = De gebruiker kan zich aanmelden met een wachtwoord dat alleen hij of zij kent
report-check-can-send = De gebruiker kan e-mail verzenden (een deblokkering die nog loopt, of een dagblokkering die afloopt, telt mee)
report-check-attacker-out-fine = geen toegang of achtergelaten middelen meer op { $users }
report-check-owner-signs-in-fine = { $count ->
    [one] { $users } kan zich aanmelden met een wachtwoord dat alleen hij of zij kent
   *[other] { $users } kunnen zich elk aanmelden met een wachtwoord dat alleen zij zelf kennen
}
report-check-account = { $user }: { $problem }
report-left-password = kent een werkend wachtwoord
report-left-session = heeft een werkende sessie
report-left-app-password = heeft een werkend app-wachtwoord
report-left-delegate-through = bereikt het postvak als gemachtigde { $account }
report-left-admin-roles = kan beheerdersrollen gebruiken ({ $roles })
report-left-rule = regel voor Postvak IN "{ $rule }"
report-left-forwarding = doorsturen naar { $address }
report-left-delegate = gemachtigde { $delegate }
report-left-method = methode { $method }
report-left-named-app-password = app-wachtwoord "{ $name }"
report-owner-blocked = aanmelden is geblokkeerd
report-owner-locked-out = is vergrendeld
report-owner-does-not-know = kent het huidige wachtwoord niet (geef het telefonisch of persoonlijk door)
report-owner-mfa-without-method = moet MFA doorlopen, maar heeft geen eigen methode
report-owner-attacker-knows = de aanvaller kent het huidige wachtwoord ook
report-owner-password-sent = het huidige wachtwoord is verzonden naar { $address }
report-owner-cannot-sign-in = kan zich niet aanmelden
report-send-yes = { $user } kan verzenden
report-send-after-release = { $user } gedeblokkeerd; verzenden wordt om { $time } hervat
report-send-next-day = { $user } is beperkt tot { $time } en kan niet eerder worden gedeblokkeerd; dan wordt verzenden hervat
report-send-restricted = { $user } is nog beperkt: deblokkeer de gebruiker op de pagina Beperkte gebruikers
report-objective-met = behaald
report-objective-not-met = niet behaald
report-objective-not-met-line = { $description }: niet behaald

## Opmerkingen bij stappen

report-note-skipped = het scenario slaat deze stap over
report-note-nothing-to-do = niets te doen
report-note-did-not-apply = niet van toepassing: { $condition }
report-note-required-here = vereist in dit scenario

## Voorwaarden

report-cond-and = { $left } en { $right }
report-cond-or = { $left } of { $right }
report-cond-for-user = { $condition } (voor { $user })
report-cond-attacker-out = { $holds ->
    [yes] de aanvaller is eruit (geen toegang, niets achtergelaten)
   *[no] de aanvaller is er niet uit
}
report-cond-no-footholds = { $holds ->
    [yes] de aanvaller heeft geen werkende toegang
   *[no] de aanvaller heeft een werkende toegang
}
report-cond-no-residue = { $holds ->
    [yes] er is niets meer over van wat de aanvaller achterliet
   *[no] er is nog iets over van wat de aanvaller achterliet
}
report-cond-no-malicious-rules = { $holds ->
    [yes] er is geen schadelijke regel voor Postvak IN ingeschakeld
   *[no] er is een schadelijke regel voor Postvak IN ingeschakeld
}
report-cond-no-malicious-forwarding = { $holds ->
    [yes] er is geen schadelijk doorsturen ingesteld
   *[no] er is schadelijk doorsturen ingesteld
}
report-cond-no-malicious-delegates = { $holds ->
    [yes] geen schadelijke gemachtigde heeft toegang
   *[no] een schadelijke gemachtigde heeft toegang
}
report-cond-no-attacker-methods = { $holds ->
    [yes] de aanvaller heeft geen methode geregistreerd
   *[no] de aanvaller heeft een eigen methode geregistreerd
}
report-cond-no-attacker-app-passwords = { $holds ->
    [yes] de aanvaller heeft geen app-wachtwoord
   *[no] de aanvaller heeft een app-wachtwoord
}
report-cond-attacker-lacks-password = { $holds ->
    [yes] de aanvaller kent het wachtwoord niet
   *[no] de aanvaller kent het wachtwoord
}
report-cond-no-attacker-sessions = { $holds ->
    [yes] geen sessie van de aanvaller werkt
   *[no] een sessie van de aanvaller werkt nog
}
report-cond-session-outlives-reset = { $holds ->
    [yes] de aanvaller heeft een sessie zonder wachtwoord die een wachtwoordherstel overleeft
   *[no] de aanvaller heeft geen sessie die een wachtwoordherstel overleeft
}
report-cond-password-changed = { $holds ->
    [yes] het wachtwoord is sinds het begin gewijzigd
   *[no] het wachtwoord is niet gewijzigd
}
report-cond-sign-in-allowed = { $holds ->
    [yes] aanmelden is toegestaan
   *[no] aanmelden is geblokkeerd
}
report-cond-locked-out = { $holds ->
    [yes] er geldt een slimme vergrendeling
   *[no] er geldt geen vergrendeling
}
report-cond-owner-can-sign-in = { $holds ->
    [yes] de eigenaar kan zich aanmelden
   *[no] de eigenaar kan zich niet aanmelden
}
report-cond-owner-alone-knows = { $holds ->
    [yes] alleen de eigenaar kent het wachtwoord
   *[no] iemand anders dan de eigenaar kent het wachtwoord
}
report-cond-can-send = { $holds ->
    [yes] de eigenaar kan e-mail verzenden
   *[no] de eigenaar kan geen e-mail verzenden
}
report-cond-restricted = { $holds ->
    [yes] de gebruiker is beperkt in het verzenden
   *[no] de gebruiker is niet beperkt in het verzenden
}
report-cond-releasable = { $holds ->
    [yes] de gebruiker is beperkt en kan worden gedeblokkeerd
   *[no] de gebruiker kan niet worden gedeblokkeerd
}
report-cond-has-admin-roles = { $holds ->
    [yes] het account heeft een beheerdersrol
   *[no] het account heeft geen beheerdersrol
}
report-cond-mfa-required = { $holds ->
    [yes] MFA is vereist
   *[no] MFA is niet vereist
}
report-cond-contact-info-complete = { $holds ->
    [yes] een alternatief e-mailadres en een mobiele telefoon zijn geregistreerd
   *[no] het alternatieve e-mailadres of de mobiele telefoon ontbreekt
}
report-cond-legacy-protocols-off = { $holds ->
    [yes] verouderde protocollen zijn uitgeschakeld
   *[no] een verouderd protocol is ingeschakeld
}
report-cond-password-expired = { $holds ->
    [yes] het wachtwoord is verlopen
   *[no] het wachtwoord is niet verlopen
}
report-cond-sspr-covers = { $holds ->
    [yes] self-service voor wachtwoordherstel geldt voor de gebruiker
   *[no] self-service voor wachtwoordherstel geldt niet voor de gebruiker
}
report-cond-scope-nobody = niemand
report-cond-scope-everyone = iedereen
report-cond-scope-group = de groep { $group }
report-cond-sspr-scope = { $holds ->
    [yes] self-service voor wachtwoordherstel geldt voor { $scope }
   *[no] self-service voor wachtwoordherstel geldt niet voor { $scope }
}
report-cond-sspr-methods = { $count ->
    [one] self-service voor wachtwoordherstel vraagt minstens { $count } methode
   *[other] self-service voor wachtwoordherstel vraagt minstens { $count } methoden
}
report-cond-sspr-methods-fewer = { $count ->
    [one] self-service voor wachtwoordherstel vraagt minder dan { $count } methode
   *[other] self-service voor wachtwoordherstel vraagt minder dan { $count } methoden
}
report-cond-passwords-never-expire = { $holds ->
    [yes] wachtwoorden verlopen nooit
   *[no] wachtwoorden verlopen
}
report-cond-password-expiry-days = { $count ->
    [one] wachtwoorden verlopen na { $count } dag
   *[other] wachtwoorden verlopen na { $count } dagen
}
report-cond-password-expiry-days-not = { $count ->
    [one] wachtwoorden verlopen niet na { $count } dag
   *[other] wachtwoorden verlopen niet na { $count } dagen
}
report-cond-working-global-admins = { $count ->
    [one] minstens { $count } globale beheerder kan zich aanmelden
   *[other] minstens { $count } globale beheerders kunnen zich aanmelden
}
report-cond-working-global-admins-fewer = { $count ->
    [one] minder dan { $count } globale beheerder kan zich aanmelden
   *[other] minder dan { $count } globale beheerders kunnen zich aanmelden
}

## Het tekstrapport

report-seed = seed { $seed }
report-score = Score { $score }/100 · slaaggrens { $pass_mark } · { $verdict }
report-passed = GESLAAGD
report-failed = NIET GESLAAGD
report-points = { $earned } van { $possible } punten behaald, { $lost } verloren door overtredingen en hints · { $from } tot { $to } (gesimuleerd)
report-heading-steps = Stappen van de procedure
report-why = waarom
report-heading-outcome = Resultaat
report-no-checks = er zijn geen controles van toepassing
report-heading-violations = Overtredingen
report-none = geen
report-heading-noted = Genoteerd (kost niets)
report-heading-consequences = Gevolgen
report-half-credit = halve punten
report-heading-efficiency = Efficiëntie
report-containment = tijd tot insluiting { $duration } (ingesloten vanaf { $time })
report-never-contained = tijd tot insluiting: nooit ingesloten
report-commands = { $count ->
    [one] { $count } opdracht
   *[other] { $count } opdrachten
}
report-hints = { $count ->
    [one] { $count } hint
   *[other] { $count } hints
}
report-hint-points = (-{ $points ->
    [one] { $points } punt
   *[other] { $points } punten
})
report-heading-timeline = Tijdlijn
report-nothing-happened = er is niets gebeurd
report-omitted = { $count ->
    [one] … nog { $count } item niet weergegeven
   *[other] … nog { $count } items niet weergegeven
}

## Voortgang (`check`)

report-progress-score = Score tot nu toe { $score }/100 · slaaggrens { $pass_mark } · { $earned } van { $possible } punten behaald, { $lost } verloren · { $time }
report-heading-done-so-far = Tot nu toe uitgevoerd
report-nothing-yet = nog niets
report-heading-goals = Resultaatdoelen
report-goal-met = ✓ behaald
report-goal-not-yet = ✗ nog niet
report-progress-footer = `hint` stelt voor wat u nu kunt doen (dat kost punten); `submit` beëindigt de sessie met het volledige rapport.

## Waar punten verloren gingen (één regel)

report-lost-step = { $step } { $status } (-{ $points })
report-lost-check = { $check } niet behaald (-{ $points })
report-lost-violation = { $kind }: { $message } (-{ $points })
report-lost-hints = { $count ->
    [one] { $count } hint (-{ $points })
   *[other] { $count } hints (-{ $points })
}
report-nothing-lost = niets verloren

## Wie handelde (tijdlijn)

report-who-you = u
report-who-you-as = u als { $user }
report-who-asked = { $user } (gevraagd)
report-who-admin = beheerder { $user }
report-who-attacker = aanvaller
report-who-attacker-as = aanvaller (als { $user })
report-who-service = service
report-who-support = Microsoft-ondersteuning

## De zelfcontrole van een scenario door de validator

report-selfcheck-nothing-passes = niets doen slaagt met { $score } punten: de beoordeling controleert niet of er iets is hersteld
report-selfcheck-does-not-build = seed { $seed }: het scenario kan niet worden opgebouwd: { $problem }
report-selfcheck-command-failed = seed { $seed }: de oplossingsopdracht `{ $line }` is mislukt: { $output }
report-selfcheck-time-ran-out = seed { $seed }: de tijdslimiet verliep bij de oplossingsopdracht `{ $line }`
report-selfcheck-not-full-marks = seed { $seed }: de referentieoplossing scoort { $score } in plaats van 100: { $shortfall }
report-selfcheck-unknown-problem = onbekend probleem
report-cond-alerts-classified = { $holds ->
    [yes] elke waarschuwing over de gebruiker is opgelost met de juiste classificatie
   *[no] een waarschuwing over de gebruiker is open of verkeerd geclassificeerd
}
report-cond-other-accounts-contained = { $holds ->
    [yes] elk ander account waarin de aanvaller is binnengekomen, is ingedamd
   *[no] een ander account waarin de aanvaller is binnengekomen, is niet ingedamd
}

# Registered devices and token theft.
report-cond-no-attacker-devices = { $holds ->
    [yes] geen apparaat dat de aanvaller heeft geregistreerd, is ingeschakeld
   *[no] een apparaat dat de aanvaller heeft geregistreerd, is nog ingeschakeld
}
report-held-credential = had een eigen apparaat of wachtwoordloze methode
report-left-device = apparaat "{ $device }"
report-left-passwordless-method = { $method }-methode die zonder wachtwoord aanmeldt
report-removed-device = u hebt apparaat { $device } van { $user } uitgeschakeld of verwijderd
report-cond-no-attacker-grants = { $holds ->
    [yes] er is geen machtigingstoekenning van de toepassing van de aanvaller meer
   *[no] er is nog een machtigingstoekenning van de toepassing van de aanvaller
}
report-cond-attacker-apps-disabled = { $holds ->
    [yes] de toepassing van de aanvaller is uitgeschakeld
   *[no] de toepassing van de aanvaller is nog ingeschakeld
}
report-cond-user-consent-restricted = { $holds ->
    [yes] gebruikers kunnen niet meer zelf toestemming geven aan elke toepassing
   *[no] gebruikers kunnen nog zelf toestemming geven aan elke toepassing
}
report-left-grant = machtigingstoekenning van de toepassing "{ $app }"
report-removed-app = u hebt de toepassing { $app } uitgeschakeld, verwijderd of haar toekenningen ingetrokken
report-left-app-reads-mail = de toepassing "{ $app }", nog ingeschakeld, die de mail leest met haar toekenning


# Conditional Access, ID Protection and the password spray playbook.
report-cond-attacker-knows-no-other-password = { $holds ->
    [yes] de aanvaller kent het huidige wachtwoord van geen enkel ander account
   *[no] de aanvaller kent het huidige wachtwoord van een ander account
}
report-cond-attacker-addresses-blocked = { $holds ->
    [yes] voorwaardelijke toegang blokkeert elk adres waarvandaan de aanvaller zich aanmeldt
   *[no] een adres waarvandaan de aanvaller zich aanmeldt, is niet geblokkeerd
}
report-cond-legacy-authentication-blocked = { $holds ->
    [yes] geen verouderde client kan zich met een wachtwoord aanmelden: voorwaardelijke toegang blokkeert verouderde verificatie, of basisverificatie is uitgeschakeld
   *[no] verouderde verificatie is niet geblokkeerd
}
report-cond-confirmed-compromised = { $holds ->
    [yes] in ID-beveiliging bevestigd als gecompromitteerd
   *[no] niet in ID-beveiliging bevestigd als gecompromitteerd
}
