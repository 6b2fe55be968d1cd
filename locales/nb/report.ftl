# report: nb
# Kursdeltakerens tilbakemelding og rapporten: brudd, konsekvenser,
# resultatkontroller, kilder og betingelser.

## Kilder

report-citation = { $article }, { $count ->
    [one] trinn
   *[other] trinn
} { $steps }
report-citation-other = annen veiledning
report-step-reference = { $count ->
    [one] trinn
   *[other] trinn
} { $steps }
report-citation-link = { $citation }, { $url }
report-citation-other-page = annen veiledning: { $article }
report-source = kilde: { $article }
report-source-link = kilde: { $article }, { $url }

## Statuser og typer

report-status-done = utført
report-status-done-late = utført sent
report-status-out-of-order = i feil rekkefølge
report-status-missed = ikke utført
report-status-skipped = hoppet over
report-status-not-applicable = ikke aktuelt
report-kind-forbidden = forbudt
report-kind-order = rekkefølge
report-kind-harm = skade
report-kind-denied = avvist

## Tilbakemelding underveis

report-feedback-step = ✓ { $instruction } ({ $source })
report-feedback-step-late = ✓ { $instruction } ({ $source }) (sent: halv uttelling)
report-feedback-step-out-of-order = ✓ { $instruction } ({ $source }) (i feil rekkefølge: halv uttelling)
report-feedback-violation = ✗ { $message }
report-feedback-violation-points = ✗ { $message } (-{ $points ->
    [one] { $points } poeng
   *[other] { $points } poeng
})
report-feedback-consequence = ! { $message }
report-feedback-noted = · ingen tilgang: { $reason } (en undersøkelse eller test: notert, koster ingenting)

## Brudd

report-denied = ingen tilgang: { $reason }
report-error = feil: { $reason }
report-harm = { $what }: { $reason }
report-and = { $left } og { $right }
report-harm-legitimate = { $what }, som er legitim
report-removed-rule = fjernet innboksregelen «{ $rule }» for { $user }
report-removed-disabled-rule = deaktiverte innboksregelen «{ $rule }» for { $user }
report-removed-forwarding = fjernet videresendingen for { $user }
report-removed-delegate = fjernet tilgangen { $delegate } har til postboksen til { $user }
report-removed-role = fjernet { $role } fra { $user }
report-removed-method = fjernet metoden { $method } for { $user }
report-harm-wrong-user = { $action } på { $user }, som ikke er en del av hendelsen
report-harm-auto-forwarding-on = slo på automatisk ekstern videresending
report-harm-raised-limit = hevet grensen for utgående e-post for { $limit } fra { $from } til { $to }
report-harm-policy-only-alerts = satte policyen for utgående søppelpost til bare å varsle
report-harm-narrowed-sspr = snevret inn selvbetjent tilbakestilling av passord fra { $from } til { $to }
report-harm-lowered-sspr-methods = senket antallet metoder selvbetjent tilbakestilling krever fra { $from } til { $to }
report-harm-strong-passwords-off = slo av sterke passord for { $user }
report-harm-gave-role = ga { $role } til { $user }, som angriperen fortsatt har tilgang til eller har etterlatt noe på
report-harm-forwarded-outside = videresendte e-posten til { $user } til { $address }, utenfor organisasjonen
report-harm-rule-outside = laget en regel som sender e-posten til { $user } til { $address }, utenfor organisasjonen
report-harm-delegate-held = ga { $delegate }, som angriperen har kontroll over, tilgang til postboksen til { $user }
report-harm-rule-back-on = slo på igjen angriperens regel «{ $rule }» for { $user }
report-harm-released = opphevet blokkeringen av { $user } mens angriperen fortsatt { $held }
report-held-password = kjente passordet
report-held-session = hadde en økt Exchange fortsatt godtok
report-held-app-password = hadde et app-passord
report-held-delegate = leste postboksen som representant
report-harm-removed-own-global-admin = fjernet global administrator fra din egen konto
report-harm-blocked-own-users = policyen { $policy } blokkerer kontoradressen { $ip }, der brukerne dine logger på fra
report-harm-removed-last-global-admin = fjernet global administrator fra { $user }, den siste som hadde rollen
report-order-earlier = «{ $step }» kl. { $time }
report-order-first = «{ $step }» skal komme først, men { $earlier } kom før
report-order-before = «{ $step }» skal komme før «{ $other }», som ble utført kl. { $time }
report-order-after = «{ $step }» skal komme etter «{ $other }», som ikke var utført ennå

## Grenser for utgående e-post

report-limit-external-per-hour = eksterne mottakere per time
report-limit-internal-per-hour = interne mottakere per time
report-limit-per-day = mottakere per dag
report-limit-service-per-day = tjenestens grense for mottakere per dag
report-limit-service-per-minute = tjenestens grense for meldinger per minutt
report-limit-service-per-message = tjenestens grense for mottakere per melding

## Konsekvenser

report-channel-email = e-post til { $address }
report-channel-phone = telefon
report-channel-sms = tekstmelding
report-effect-rule-created = angriperen opprettet innboksregelen «{ $rule }» i { $user } kl. { $time }
report-effect-rule-recreated = angriperen opprettet innboksregelen «{ $rule }» i { $user } på nytt kl. { $time }
report-effect-forwarding-set = angriperen satte videresendingen for { $user } til { $address } kl. { $time }
report-effect-forwarding-set-again = angriperen satte videresendingen for { $user } til { $address } igjen kl. { $time }
report-effect-delegate-added = angriperen ga { $delegate } tilgang til postboksen til { $user } kl. { $time }
report-effect-delegate-added-again = angriperen ga { $delegate } tilgang til postboksen til { $user } igjen kl. { $time }
report-effect-restricted = { $user } ble begrenset fra å sende kl. { $time } (over grensen for { $limit })
report-effect-restricted-again = { $user } ble begrenset fra å sende igjen kl. { $time } (over grensen for { $limit })
report-effect-password-learned = angriperen fikk vite passordet til { $user } som du sendte med { $channel }, kl. { $time } ({ $how })
report-effect-password-changed-unread = angriperen leste ikke passordet du sendte med { $channel }, før det ble endret kl. { $time }
report-effect-password-unread-at-end = kl. { $time } hadde angriperen ikke lest passordet du sendte med { $channel }, men kunne ha gjort det

## Resultatkontroller

report-check-attacker-out = Angriperen er ute av alle berørte kontoer
report-check-owner-signs-in = Brukeren kan logge på med et passord bare brukeren kjenner
report-check-can-send = Brukeren kan sende e-post (en opphevelse som venter, eller en dagsblokkering som går ut, teller)
report-check-attacker-out-fine = ingen fotfeste eller vedvarende tilgang igjen på { $users }
report-check-owner-signs-in-fine = { $count ->
    [one] { $users } kan logge på med et passord bare brukeren kjenner
   *[other] { $users } kan hver logge på med et passord bare de selv kjenner
}
report-check-account = { $user }: { $problem }
report-left-password = kjenner et passord som virker
report-left-session = har en økt som virker
report-left-app-password = har et app-passord som virker
report-left-delegate-through = når postboksen som representanten { $account }
report-left-admin-roles = kan bruke administratorroller ({ $roles })
report-left-rule = innboksregelen «{ $rule }»
report-left-forwarding = videresending til { $address }
report-left-delegate = representanten { $delegate }
report-left-method = metoden { $method }
report-left-named-app-password = app-passordet «{ $name }»
report-owner-blocked = påloggingen er blokkert
report-owner-locked-out = er låst ute
report-owner-does-not-know = kjenner ikke det gjeldende passordet (gi det på telefon eller personlig)
report-owner-mfa-without-method = må bestå MFA, men har ingen egen metode
report-owner-attacker-knows = angriperen kjenner også det gjeldende passordet
report-owner-password-sent = det gjeldende passordet ble sendt til { $address }
report-owner-cannot-sign-in = kan ikke logge på
report-send-yes = { $user } kan sende
report-send-after-release = blokkeringen av { $user } er opphevet; sendingen fortsetter kl. { $time }
report-send-next-day = { $user } er begrenset til { $time } og kan ikke frigis tidligere; sendingen fortsetter da
report-send-restricted = { $user } er fortsatt begrenset: opphev blokkeringen på siden Begrensede brukere
report-objective-met = oppnådd
report-objective-not-met = ikke oppnådd
report-objective-not-met-line = { $description }: ikke oppnådd

## Merknader til trinn

report-note-skipped = scenarioet hopper over dette trinnet
report-note-nothing-to-do = ingenting å gjøre
report-note-did-not-apply = ikke aktuelt: { $condition }
report-note-required-here = påkrevd i dette scenarioet

## Betingelser

report-cond-and = { $left } og { $right }
report-cond-or = { $left } eller { $right }
report-cond-for-user = { $condition } (for { $user })
report-cond-attacker-out = { $holds ->
    [yes] angriperen er ute (ikke noe fotfeste, ingenting igjen)
   *[no] angriperen er ikke ute
}
report-cond-no-footholds = { $holds ->
    [yes] angriperen har ikke noe fotfeste som virker
   *[no] angriperen har et fotfeste som virker
}
report-cond-no-residue = { $holds ->
    [yes] ingenting angriperen etterlot, er igjen
   *[no] noe angriperen etterlot, er igjen
}
report-cond-no-malicious-rules = { $holds ->
    [yes] ingen ondsinnet innboksregel er på
   *[no] en ondsinnet innboksregel er på
}
report-cond-no-malicious-forwarding = { $holds ->
    [yes] ingen ondsinnet videresending er satt
   *[no] ondsinnet videresending er satt
}
report-cond-no-malicious-delegates = { $holds ->
    [yes] ingen ondsinnet representant har tilgang
   *[no] en ondsinnet representant har tilgang
}
report-cond-no-attacker-methods = { $holds ->
    [yes] angriperen har ingen registrert metode
   *[no] angriperen har registrert sin egen metode
}
report-cond-no-attacker-app-passwords = { $holds ->
    [yes] angriperen har ikke noe app-passord
   *[no] angriperen har et app-passord
}
report-cond-attacker-lacks-password = { $holds ->
    [yes] angriperen kjenner ikke passordet
   *[no] angriperen kjenner passordet
}
report-cond-no-attacker-sessions = { $holds ->
    [yes] ingen økt angriperen har, virker
   *[no] en økt angriperen har, virker fortsatt
}
report-cond-session-outlives-reset = { $holds ->
    [yes] angriperen har en økt uten passord som overlever en tilbakestilling
   *[no] angriperen har ingen økt som overlever en tilbakestilling
}
report-cond-password-changed = { $holds ->
    [yes] passordet er endret siden starten
   *[no] passordet er ikke endret
}
report-cond-sign-in-allowed = { $holds ->
    [yes] pålogging er tillatt
   *[no] påloggingen er blokkert
}
report-cond-locked-out = { $holds ->
    [yes] en smart utestengelse gjelder
   *[no] ingen utestengelse gjelder
}
report-cond-owner-can-sign-in = { $holds ->
    [yes] eieren kan logge på
   *[no] eieren kan ikke logge på
}
report-cond-owner-alone-knows = { $holds ->
    [yes] bare eieren kjenner passordet
   *[no] andre enn eieren kjenner passordet
}
report-cond-can-send = { $holds ->
    [yes] eieren kan sende e-post
   *[no] eieren kan ikke sende e-post
}
report-cond-restricted = { $holds ->
    [yes] brukeren er begrenset fra å sende
   *[no] brukeren er ikke begrenset fra å sende
}
report-cond-releasable = { $holds ->
    [yes] brukeren er begrenset, og blokkeringen kan oppheves
   *[no] blokkeringen av brukeren kan ikke oppheves
}
report-cond-has-admin-roles = { $holds ->
    [yes] kontoen har en administratorrolle
   *[no] kontoen har ingen administratorrolle
}
report-cond-mfa-required = { $holds ->
    [yes] MFA er påkrevd
   *[no] MFA er ikke påkrevd
}
report-cond-contact-info-complete = { $holds ->
    [yes] en alternativ e-postadresse og en mobiltelefon er registrert
   *[no] den alternative e-postadressen eller mobiltelefonen mangler
}
report-cond-legacy-protocols-off = { $holds ->
    [yes] eldre protokoller er slått av
   *[no] en eldre protokoll er slått på
}
report-cond-password-expired = { $holds ->
    [yes] passordet er utløpt
   *[no] passordet er ikke utløpt
}
report-cond-sspr-covers = { $holds ->
    [yes] selvbetjent tilbakestilling gjelder for brukeren
   *[no] selvbetjent tilbakestilling gjelder ikke for brukeren
}
report-cond-scope-nobody = ingen
report-cond-scope-everyone = alle
report-cond-scope-group = gruppen { $group }
report-cond-sspr-scope = { $holds ->
    [yes] selvbetjent tilbakestilling gjelder for { $scope }
   *[no] selvbetjent tilbakestilling gjelder ikke for { $scope }
}
report-cond-sspr-methods = { $count ->
    [one] selvbetjent tilbakestilling krever minst { $count } metode
   *[other] selvbetjent tilbakestilling krever minst { $count } metoder
}
report-cond-sspr-methods-fewer = { $count ->
    [one] selvbetjent tilbakestilling krever færre enn { $count } metode
   *[other] selvbetjent tilbakestilling krever færre enn { $count } metoder
}
report-cond-passwords-never-expire = { $holds ->
    [yes] passord utløper aldri
   *[no] passord utløper
}
report-cond-password-expiry-days = { $count ->
    [one] passord utløper etter { $count } dag
   *[other] passord utløper etter { $count } dager
}
report-cond-password-expiry-days-not = { $count ->
    [one] passord utløper ikke etter { $count } dag
   *[other] passord utløper ikke etter { $count } dager
}
report-cond-working-global-admins = { $count ->
    [one] minst { $count } global administrator kan logge på
   *[other] minst { $count } globale administratorer kan logge på
}
report-cond-working-global-admins-fewer = { $count ->
    [one] færre enn { $count } global administrator kan logge på
   *[other] færre enn { $count } globale administratorer kan logge på
}

## Tekstrapporten

report-seed = frø { $seed }
report-score = Poengsum { $score }/100 · grense for bestått { $pass_mark } · { $verdict }
report-passed = BESTÅTT
report-failed = IKKE BESTÅTT
report-points = { $earned } av { $possible } poeng oppnådd, { $lost } tapt på brudd og hint · { $from } til { $to } (simulert)
report-heading-steps = Trinn i fremgangsmåten
report-why = hvorfor
report-heading-outcome = Resultat
report-no-checks = ingen kontroller gjelder
report-heading-violations = Brudd
report-none = ingen
report-heading-noted = Notert (koster ingenting)
report-heading-consequences = Konsekvenser
report-half-credit = halv uttelling
report-heading-efficiency = Effektivitet
report-containment = tid til inneslutning { $duration } (innesluttet fra { $time })
report-never-contained = tid til inneslutning: aldri innesluttet
report-commands = { $count ->
    [one] { $count } kommando
   *[other] { $count } kommandoer
}
report-hints = { $count ->
    [one] { $count } hint
   *[other] { $count } hint
}
report-hint-points = (-{ $points ->
    [one] { $points } poeng
   *[other] { $points } poeng
})
report-heading-timeline = Tidslinje
report-nothing-happened = ingenting skjedde
report-omitted = { $count ->
    [one] … { $count } oppføring til vises ikke
   *[other] … { $count } oppføringer til vises ikke
}

## Fremdrift (`check`)

report-progress-score = Poengsum så langt { $score }/100 · grense for bestått { $pass_mark } · { $earned } av { $possible } poeng oppnådd, { $lost } tapt · { $time }
report-heading-done-so-far = Utført så langt
report-nothing-yet = ingenting ennå
report-heading-goals = Resultatmål
report-goal-met = ✓ oppnådd
report-goal-not-yet = ✗ ikke ennå
report-progress-footer = `hint` foreslår hva du kan gjøre nå (det koster poeng); `submit` avslutter økten med hele rapporten.

## Hvor poengene gikk tapt (én linje)

report-lost-step = { $step } { $status } (-{ $points })
report-lost-check = { $check } ikke oppnådd (-{ $points })
report-lost-violation = { $kind }: { $message } (-{ $points })
report-lost-hints = { $count ->
    [one] { $count } hint (-{ $points })
   *[other] { $count } hint (-{ $points })
}
report-nothing-lost = ingenting tapt

## Hvem som handlet (tidslinjen)

report-who-you = du
report-who-you-as = du som { $user }
report-who-asked = { $user } (spurt)
report-who-admin = administrator { $user }
report-who-attacker = angriper
report-who-attacker-as = angriper (som { $user })
report-who-service = tjenesten
report-who-support = Microsoft-kundestøtte

## Validatorens egenkontroll av et scenario

report-selfcheck-nothing-passes = å gjøre ingenting gir bestått med { $score } poeng: vurderingen sjekker ikke at noe ble rettet
report-selfcheck-does-not-build = frø { $seed }: scenarioet kan ikke bygges: { $problem }
report-selfcheck-command-failed = frø { $seed }: løsningskommandoen `{ $line }` mislyktes: { $output }
report-selfcheck-time-ran-out = frø { $seed }: tidsgrensen gikk ut ved løsningskommandoen `{ $line }`
report-selfcheck-not-full-marks = frø { $seed }: referanseløsningen får { $score } i stedet for 100: { $shortfall }
report-selfcheck-unknown-problem = ukjent problem
report-cond-alerts-classified = { $holds ->
    [yes] alle varsler om brukeren er løst med riktig klassifisering
   *[no] et varsel om brukeren er åpent eller feil klassifisert
}
report-cond-other-accounts-contained = { $holds ->
    [yes] alle andre kontoer angriperen kom inn i, er under kontroll
   *[no] en annen konto angriperen kom inn i, er ikke under kontroll
}

# Registered devices and token theft.
report-cond-no-attacker-devices = { $holds ->
    [yes] ingen enhet som angriperen registrerte, er aktivert
   *[no] en enhet som angriperen registrerte, er fortsatt aktivert
}
report-held-credential = hadde en egen enhet eller passordløs metode
report-left-device = enhet «{ $device }»
report-left-passwordless-method = { $method }-metode som logger på uten passord
report-removed-device = deaktiverte eller slettet enheten { $device } for { $user }
report-cond-no-attacker-grants = { $holds ->
    [yes] ingen tillatelsestildeling til angriperens app er igjen
   *[no] en tillatelsestildeling til angriperens app er fortsatt igjen
}
report-cond-attacker-apps-disabled = { $holds ->
    [yes] angriperens app er deaktivert
   *[no] angriperens app er fortsatt aktivert
}
report-cond-user-consent-restricted = { $holds ->
    [yes] brukere kan ikke lenger samtykke til en hvilken som helst app på egen hånd
   *[no] brukere kan fortsatt samtykke til en hvilken som helst app på egen hånd
}
report-left-grant = tillatelsestildeling til appen «{ $app }»
report-removed-app = deaktiverte, slettet eller tilbakekalte tildelingene til appen { $app }
report-left-app-reads-mail = appen «{ $app }», fortsatt aktivert, som leser e-posten med tildelingen sin


# Conditional Access, ID Protection and the password spray playbook.
report-cond-attacker-knows-no-other-password = { $holds ->
    [yes] angriperen kjenner ikke det gjeldende passordet til noen annen konto
   *[no] angriperen kjenner det gjeldende passordet til en annen konto
}
report-cond-attacker-addresses-blocked = { $holds ->
    [yes] betinget tilgang blokkerer alle adressene angriperen logger på fra
   *[no] en adresse angriperen logger på fra, er ikke blokkert
}
report-cond-legacy-authentication-blocked = { $holds ->
    [yes] ingen eldre klient kan logge på med passord: betinget tilgang blokkerer eldre godkjenning, eller grunnleggende godkjenning er slått av
   *[no] eldre godkjenning er ikke blokkert
}
report-cond-confirmed-compromised = { $holds ->
    [yes] bekreftet kompromittert i ID-beskyttelse
   *[no] ikke bekreftet kompromittert i ID-beskyttelse
}
