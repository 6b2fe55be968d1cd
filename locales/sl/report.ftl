# report: sl
# Povratne informacije za udeleženca in poročilo: kršitve, posledice,
# preverjanja izida, viri in pogoji.

## Viri

report-citation = { $article }, { $count ->
    [one] korak
    [two] koraka
    [few] koraki
   *[other] koraki
} { $steps }
report-citation-other = druga navodila
report-step-reference = { $count ->
    [one] korak
    [two] koraka
    [few] koraki
   *[other] koraki
} { $steps }
report-citation-link = { $citation }, { $url }
report-citation-other-page = druga navodila: { $article }
report-source = vir: { $article }
report-source-link = vir: { $article }, { $url }

## Stanja in vrste

report-status-done = opravljeno
report-status-done-late = opravljeno prepozno
report-status-out-of-order = napačen vrstni red
report-status-missed = izpuščeno
report-status-skipped = preskočeno
report-status-not-applicable = ni relevantno
report-kind-forbidden = prepovedano
report-kind-order = vrstni red
report-kind-harm = škoda
report-kind-denied = zavrnjeno

## Sprotne povratne informacije

report-feedback-step = ✓ { $instruction } ({ $source })
report-feedback-step-late = ✓ { $instruction } ({ $source }) (prepozno: polovica točk)
report-feedback-step-out-of-order = ✓ { $instruction } ({ $source }) (napačen vrstni red: polovica točk)
report-feedback-violation = ✗ { $message }
report-feedback-violation-points = ✗ { $message } (-{ $points ->
    [one] { $points } točka
    [two] { $points } točki
    [few] { $points } točke
   *[other] { $points } točk
})
report-feedback-consequence = ! { $message }
report-feedback-noted = · dostop je zavrnjen: { $reason } (pregled ali preizkus: zabeleženo, brez stroškov)

## Kršitve

report-denied = dostop je zavrnjen: { $reason }
report-error = napaka: { $reason }
report-harm = { $what }: { $reason }
report-and = { $left } in { $right }
report-harm-legitimate = { $what }, ki je legitimno
report-removed-rule = odstranili ste pravilo za mapo »Prejeto« »{ $rule }« uporabnika { $user }
report-removed-disabled-rule = onemogočili ste pravilo za mapo »Prejeto« »{ $rule }« uporabnika { $user }
report-removed-forwarding = počistili ste posredovanje za { $user }
report-removed-delegate = odstranili ste dostop pooblaščenca { $delegate } do nabiralnika { $user }
report-removed-role = odstranili ste vlogo { $role } uporabniku { $user }
report-removed-method = odstranili ste način { $method } uporabnika { $user }
report-harm-wrong-user = { $action } za { $user }, ki ni del incidenta
report-harm-auto-forwarding-on = vklopili ste samodejno zunanje posredovanje
report-harm-raised-limit = zvišali ste omejitev odhodne pošte za { $limit } z { $from } na { $to }
report-harm-policy-only-alerts = pravilnik za odhodno neželeno pošto ste nastavili samo na opozarjanje
report-harm-narrowed-sspr = zožili ste samopostrežno ponastavitev gesla z { $from } na { $to }
report-harm-lowered-sspr-methods = zmanjšali ste število načinov, ki jih zahteva samopostrežna ponastavitev, z { $from } na { $to }
report-harm-strong-passwords-off = izklopili ste močna gesla za { $user }
report-harm-gave-role = vlogo { $role } ste dodelili uporabniku { $user }, ki ga napadalec še nadzoruje ali je na njem kaj pustil
report-harm-forwarded-outside = pošto uporabnika { $user } ste posredovali na { $address }, zunaj organizacije
report-harm-rule-outside = ustvarili ste pravilo, ki pošto uporabnika { $user } pošilja na { $address }, zunaj organizacije
report-harm-delegate-held = pooblaščencu { $delegate }, ki ga nadzoruje napadalec, ste dali dostop do nabiralnika { $user }
report-harm-rule-back-on = znova ste vklopili napadalčevo pravilo »{ $rule }« uporabnika { $user }
report-harm-released = odblokirali ste { $user }, medtem ko je napadalec še { $held }
report-held-password = poznal geslo
report-held-session = imel sejo, ki jo je Exchange še sprejemal
report-held-app-password = imel geslo za aplikacijo
report-held-delegate = bral nabiralnik kot pooblaščenec
report-harm-removed-own-global-admin = odstranili ste vlogo globalnega skrbnika svojemu računu
report-harm-blocked-own-users = pravilnik { $policy } blokira naslov pisarne { $ip }, s katerega se vpisujejo vaši uporabniki
report-harm-removed-last-global-admin = odstranili ste vlogo globalnega skrbnika uporabniku { $user }, zadnjemu s to vlogo
report-order-earlier = »{ $step }« ob { $time }
report-order-first = »{ $step }« mora biti prvi, vendar je bilo pred njim { $earlier }
report-order-before = »{ $step }« mora biti pred »{ $other }«, ki je bil opravljen ob { $time }
report-order-after = »{ $step }« mora biti za »{ $other }«, ki še ni bil opravljen

## Omejitve odhodne pošte

report-limit-external-per-hour = zunanji prejemniki na uro
report-limit-internal-per-hour = notranji prejemniki na uro
report-limit-per-day = prejemniki na dan
report-limit-service-per-day = omejitev storitve za prejemnike na dan
report-limit-service-per-minute = omejitev storitve za sporočila na minuto
report-limit-service-per-message = omejitev storitve za prejemnike na sporočilo

## Posledice

report-channel-email = e-pošti na { $address }
report-channel-phone = telefonu
report-channel-sms = SMS-u
report-effect-rule-created = napadalec je ob { $time } ustvaril pravilo za mapo »Prejeto« »{ $rule }« v { $user }
report-effect-rule-recreated = napadalec je ob { $time } znova ustvaril pravilo za mapo »Prejeto« »{ $rule }« v { $user }
report-effect-forwarding-set = napadalec je ob { $time } nastavil posredovanje za { $user } na { $address }
report-effect-forwarding-set-again = napadalec je ob { $time } znova nastavil posredovanje za { $user } na { $address }
report-effect-delegate-added = napadalec je ob { $time } dal { $delegate } dostop do nabiralnika { $user }
report-effect-delegate-added-again = napadalec je ob { $time } znova dal { $delegate } dostop do nabiralnika { $user }
report-effect-restricted = { $user } je bil ob { $time } omejen pri pošiljanju (prekoračena omejitev: { $limit })
report-effect-restricted-again = { $user } je bil ob { $time } znova omejen pri pošiljanju (prekoračena omejitev: { $limit })
report-effect-password-learned = napadalec je ob { $time } izvedel geslo za { $user }, ki ste ga poslali po { $channel } ({ $how })
report-effect-password-changed-unread = napadalec ni prebral gesla, ki ste ga poslali po { $channel }, preden se je ob { $time } spremenilo
report-effect-password-unread-at-end = do { $time } napadalec ni prebral gesla, ki ste ga poslali po { $channel }; lahko bi ga

## Preverjanja izida

report-check-attacker-out = Napadalca ni več v nobenem prizadetem računu
report-check-owner-signs-in = Uporabnik se lahko vpiše z geslom, ki ga ne pozna nihče drug
report-check-can-send = Uporabnik lahko pošilja pošto (šteje tudi odblokiranje v teku ali iztek dnevne blokade)
report-check-attacker-out-fine = na { $users } ni več nobenega oporišča ali obstojnega dostopa
report-check-owner-signs-in-fine = { $count ->
    [one] { $users } se lahko vpiše z geslom, ki ga ne pozna nihče drug
    [two] { $users } se lahko vpišeta, vsak z geslom, ki ga pozna samo sam
    [few] { $users } se lahko vpišejo, vsak z geslom, ki ga pozna samo sam
   *[other] { $users } se lahko vpišejo, vsak z geslom, ki ga pozna samo sam
}
report-check-account = { $user }: { $problem }
report-left-password = pozna delujoče geslo
report-left-session = ima delujočo sejo
report-left-app-password = ima delujoče geslo za aplikacijo
report-left-delegate-through = dostopa do nabiralnika kot pooblaščenec { $account }
report-left-admin-roles = lahko uporablja skrbniške vloge ({ $roles })
report-left-rule = pravilo za mapo »Prejeto« »{ $rule }«
report-left-forwarding = posredovanje na { $address }
report-left-delegate = pooblaščenec { $delegate }
report-left-method = način { $method }
report-left-named-app-password = geslo za aplikacijo »{ $name }«
report-owner-blocked = vpis je blokiran
report-owner-locked-out = je zaklenjen
report-owner-does-not-know = ne pozna trenutnega gesla (povejte ga po telefonu ali osebno)
report-owner-mfa-without-method = mora opraviti MFA, vendar nima lastnega načina
report-owner-attacker-knows = trenutno geslo pozna tudi napadalec
report-owner-password-sent = trenutno geslo je bilo poslano na { $address }
report-owner-cannot-sign-in = se ne more vpisati
report-send-yes = { $user } lahko pošilja
report-send-after-release = { $user } je odblokiran; pošiljanje se nadaljuje ob { $time }
report-send-next-day = { $user } je omejen do { $time } in ga ni mogoče odblokirati prej; takrat se pošiljanje nadaljuje
report-send-restricted = { $user } je še vedno omejen: odblokirajte ga na strani Omejeni uporabniki
report-objective-met = doseženo
report-objective-not-met = ni doseženo
report-objective-not-met-line = { $description }: ni doseženo

## Opombe h korakom

report-note-skipped = scenarij ta korak preskoči
report-note-nothing-to-do = ni bilo kaj narediti
report-note-did-not-apply = ni relevantno: { $condition }
report-note-required-here = v tem scenariju zahtevano

## Pogoji

report-cond-and = { $left } in { $right }
report-cond-or = { $left } ali { $right }
report-cond-for-user = { $condition } (za { $user })
report-cond-attacker-out = { $holds ->
    [yes] napadalca ni več (nobenega oporišča, nič ni ostalo)
   *[no] napadalec je še notri
}
report-cond-no-footholds = { $holds ->
    [yes] napadalec nima delujočega oporišča
   *[no] napadalec ima delujoče oporišče
}
report-cond-no-residue = { $holds ->
    [yes] nič od tega, kar je pustil napadalec, ni ostalo
   *[no] nekaj od tega, kar je pustil napadalec, je ostalo
}
report-cond-no-malicious-rules = { $holds ->
    [yes] nobeno zlonamerno pravilo za mapo »Prejeto« ni vklopljeno
   *[no] zlonamerno pravilo za mapo »Prejeto« je vklopljeno
}
report-cond-no-malicious-forwarding = { $holds ->
    [yes] zlonamerno posredovanje ni nastavljeno
   *[no] zlonamerno posredovanje je nastavljeno
}
report-cond-no-malicious-delegates = { $holds ->
    [yes] noben zlonamerni pooblaščenec nima dostopa
   *[no] zlonamerni pooblaščenec ima dostop
}
report-cond-no-attacker-methods = { $holds ->
    [yes] napadalec nima registriranega načina
   *[no] napadalec ima registriran lasten način
}
report-cond-no-attacker-app-passwords = { $holds ->
    [yes] napadalec nima gesla za aplikacijo
   *[no] napadalec ima geslo za aplikacijo
}
report-cond-attacker-lacks-password = { $holds ->
    [yes] napadalec ne pozna gesla
   *[no] napadalec pozna geslo
}
report-cond-no-attacker-sessions = { $holds ->
    [yes] nobena napadalčeva seja ne deluje
   *[no] napadalčeva seja še deluje
}
report-cond-session-outlives-reset = { $holds ->
    [yes] napadalec ima sejo brez gesla, ki preživi ponastavitev
   *[no] napadalec nima seje, ki bi preživela ponastavitev
}
report-cond-password-changed = { $holds ->
    [yes] geslo se je od začetka spremenilo
   *[no] geslo se ni spremenilo
}
report-cond-sign-in-allowed = { $holds ->
    [yes] vpis je dovoljen
   *[no] vpis je blokiran
}
report-cond-locked-out = { $holds ->
    [yes] velja pametno zaklepanje
   *[no] zaklepanje ne velja
}
report-cond-owner-can-sign-in = { $holds ->
    [yes] lastnik se lahko vpiše
   *[no] lastnik se ne more vpisati
}
report-cond-owner-alone-knows = { $holds ->
    [yes] geslo pozna samo lastnik
   *[no] geslo pozna še nekdo poleg lastnika
}
report-cond-can-send = { $holds ->
    [yes] lastnik lahko pošilja pošto
   *[no] lastnik ne more pošiljati pošte
}
report-cond-restricted = { $holds ->
    [yes] uporabnik je omejen pri pošiljanju
   *[no] uporabnik ni omejen pri pošiljanju
}
report-cond-releasable = { $holds ->
    [yes] uporabnik je omejen in ga je mogoče odblokirati
   *[no] uporabnika ni mogoče odblokirati
}
report-cond-has-admin-roles = { $holds ->
    [yes] račun ima skrbniško vlogo
   *[no] račun nima skrbniške vloge
}
report-cond-mfa-required = { $holds ->
    [yes] MFA je zahtevano
   *[no] MFA ni zahtevano
}
report-cond-contact-info-complete = { $holds ->
    [yes] nadomestni e-poštni naslov in mobilni telefon sta registrirana
   *[no] nadomestni e-poštni naslov ali mobilni telefon manjka
}
report-cond-legacy-protocols-off = { $holds ->
    [yes] starejši protokoli so izklopljeni
   *[no] starejši protokol je vklopljen
}
report-cond-password-expired = { $holds ->
    [yes] geslo je poteklo
   *[no] geslo ni poteklo
}
report-cond-sspr-covers = { $holds ->
    [yes] samopostrežna ponastavitev velja za uporabnika
   *[no] samopostrežna ponastavitev ne velja za uporabnika
}
report-cond-scope-nobody = nikogar
report-cond-scope-everyone = vse
report-cond-scope-group = skupino { $group }
report-cond-sspr-scope = { $holds ->
    [yes] samopostrežna ponastavitev velja za { $scope }
   *[no] samopostrežna ponastavitev ne velja za { $scope }
}
report-cond-sspr-methods = { $count ->
    [one] samopostrežna ponastavitev zahteva vsaj { $count } način
    [two] samopostrežna ponastavitev zahteva vsaj { $count } načina
    [few] samopostrežna ponastavitev zahteva vsaj { $count } načine
   *[other] samopostrežna ponastavitev zahteva vsaj { $count } načinov
}
report-cond-sspr-methods-fewer = { $count ->
    [one] samopostrežna ponastavitev zahteva manj kot { $count } način
    [two] samopostrežna ponastavitev zahteva manj kot { $count } načina
    [few] samopostrežna ponastavitev zahteva manj kot { $count } načine
   *[other] samopostrežna ponastavitev zahteva manj kot { $count } načinov
}
report-cond-passwords-never-expire = { $holds ->
    [yes] gesla nikoli ne potečejo
   *[no] gesla potečejo
}
report-cond-password-expiry-days = { $count ->
    [one] gesla potečejo po { $count } dnevu
    [two] gesla potečejo po { $count } dneh
    [few] gesla potečejo po { $count } dneh
   *[other] gesla potečejo po { $count } dneh
}
report-cond-password-expiry-days-not = { $count ->
    [one] gesla ne potečejo po { $count } dnevu
    [two] gesla ne potečejo po { $count } dneh
    [few] gesla ne potečejo po { $count } dneh
   *[other] gesla ne potečejo po { $count } dneh
}
report-cond-working-global-admins = { $count ->
    [one] vpiše se lahko vsaj { $count } globalni skrbnik
    [two] vpišeta se lahko vsaj { $count } globalna skrbnika
    [few] vpišejo se lahko vsaj { $count } globalni skrbniki
   *[other] vpiše se lahko vsaj { $count } globalnih skrbnikov
}
report-cond-working-global-admins-fewer = { $count ->
    [one] vpiše se lahko manj kot { $count } globalni skrbnik
    [two] vpišeta se lahko manj kot { $count } globalna skrbnika
    [few] vpišejo se lahko manj kot { $count } globalni skrbniki
   *[other] vpiše se lahko manj kot { $count } globalnih skrbnikov
}

## Besedilno poročilo

report-seed = seme { $seed }
report-score = Rezultat { $score }/100 · prag { $pass_mark } · { $verdict }
report-passed = OPRAVLJENO
report-failed = NI OPRAVLJENO
report-points = { $earned } od { $possible } točk doseženih, { $lost } izgubljenih zaradi kršitev in namigov · { $from } do { $to } (simulirano)
report-heading-steps = Koraki postopka
report-why = zakaj
report-heading-outcome = Izid
report-no-checks = nobeno preverjanje ne velja
report-heading-violations = Kršitve
report-none = nobena
report-heading-noted = Zabeleženo (brez stroškov)
report-heading-consequences = Posledice
report-half-credit = polovica točk
report-heading-efficiency = Učinkovitost
report-containment = čas do zajezitve { $duration } (zajezeno od { $time })
report-never-contained = čas do zajezitve: nikoli zajezeno
report-commands = { $count ->
    [one] { $count } ukaz
    [two] { $count } ukaza
    [few] { $count } ukazi
   *[other] { $count } ukazov
}
report-hints = { $count ->
    [one] { $count } namig
    [two] { $count } namiga
    [few] { $count } namigi
   *[other] { $count } namigov
}
report-hint-points = (-{ $points ->
    [one] { $points } točka
    [two] { $points } točki
    [few] { $points } točke
   *[other] { $points } točk
})
report-heading-timeline = Časovnica
report-nothing-happened = nič se ni zgodilo
report-omitted = { $count ->
    [one] … še { $count } vnos ni prikazan
    [two] … še { $count } vnosa nista prikazana
    [few] … še { $count } vnosi niso prikazani
   *[other] … še { $count } vnosov ni prikazanih
}

## Napredek (`check`)

report-progress-score = Rezultat doslej { $score }/100 · prag { $pass_mark } · { $earned } od { $possible } točk doseženih, { $lost } izgubljenih · { $time }
report-heading-done-so-far = Doslej opravljeno
report-nothing-yet = še nič
report-heading-goals = Cilji izida
report-goal-met = ✓ doseženo
report-goal-not-yet = ✗ še ne
report-progress-footer = `hint` predlaga, kaj storiti naprej (za ceno točk); `submit` konča sejo s celotnim poročilom.

## Kje so bile izgubljene točke (ena vrstica)

report-lost-step = { $step } { $status } (-{ $points })
report-lost-check = { $check } ni doseženo (-{ $points })
report-lost-violation = { $kind }: { $message } (-{ $points })
report-lost-hints = { $count ->
    [one] { $count } namig (-{ $points })
    [two] { $count } namiga (-{ $points })
    [few] { $count } namigi (-{ $points })
   *[other] { $count } namigov (-{ $points })
}
report-nothing-lost = nič izgubljenega

## Kdo je ukrepal (časovnica)

report-who-you = vi
report-who-you-as = vi kot { $user }
report-who-asked = { $user } (na vašo prošnjo)
report-who-admin = skrbnik { $user }
report-who-attacker = napadalec
report-who-attacker-as = napadalec (kot { $user })
report-who-service = storitev
report-who-support = Microsoftova podpora

## Samopreverjanje scenarija v validatorju

report-selfcheck-nothing-passes = če ne storite ničesar, je opravljeno s { $score } točkami: ocenjevanje ne preverja, ali je bilo kaj odpravljeno
report-selfcheck-does-not-build = seme { $seed }: scenarija ni mogoče zgraditi: { $problem }
report-selfcheck-command-failed = seme { $seed }: ukaz rešitve `{ $line }` ni uspel: { $output }
report-selfcheck-time-ran-out = seme { $seed }: časovna omejitev je potekla pri ukazu rešitve `{ $line }`
report-selfcheck-not-full-marks = seme { $seed }: referenčna rešitev doseže { $score } namesto 100: { $shortfall }
report-selfcheck-unknown-problem = neznana težava
report-cond-alerts-classified = { $holds ->
    [yes] vsa opozorila o uporabniku so razrešena s pravilno razvrstitvijo
   *[no] opozorilo o uporabniku je odprto ali napačno razvrščeno
}
report-cond-other-accounts-contained = { $holds ->
    [yes] vsi drugi računi, v katere je vdrl napadalec, so zajezeni
   *[no] drug račun, v katerega je vdrl napadalec, ni zajezen
}

# Registered devices and token theft.
report-cond-no-attacker-devices = { $holds ->
    [yes] nobena naprava, ki jo je registriral napadalec, ni omogočena
   *[no] naprava, ki jo je registriral napadalec, je še omogočena
}
report-held-credential = je imel lastno napravo ali način brez gesla
report-left-device = naprava »{ $device }«
report-left-passwordless-method = način { $method }, ki se vpiše brez gesla
report-removed-device = onemogočili ali izbrisali ste napravo { $device } uporabnika { $user }
report-cond-no-attacker-grants = { $holds ->
    [yes] nobena dodelitev dovoljenj napadalčeve aplikacije ne ostane
   *[no] dodelitev dovoljenj napadalčeve aplikacije še ostaja
}
report-cond-attacker-apps-disabled = { $holds ->
    [yes] napadalčeva aplikacija je onemogočena
   *[no] napadalčeva aplikacija je še omogočena
}
report-cond-user-consent-restricted = { $holds ->
    [yes] uporabniki ne morejo več sami dati soglasja kateri koli aplikaciji
   *[no] uporabniki lahko še sami dajo soglasje kateri koli aplikaciji
}
report-left-grant = dodelitev dovoljenj aplikacije »{ $app }«
report-removed-app = onemogočili ali izbrisali ste aplikacijo { $app } ali ji preklicali dodelitve
report-left-app-reads-mail = aplikacija »{ $app }«, še omogočena, ki z dodelitvijo bere pošto


# Conditional Access, ID Protection and the password spray playbook.
report-cond-attacker-knows-no-other-password = { $holds ->
    [yes] napadalec ne pozna trenutnega gesla nobenega drugega računa
   *[no] napadalec pozna trenutno geslo drugega računa
}
report-cond-attacker-addresses-blocked = { $holds ->
    [yes] pogojni dostop blokira vse naslove, s katerih se vpisuje napadalec
   *[no] naslov, s katerega se vpisuje napadalec, ni blokiran
}
report-cond-legacy-authentication-blocked = { $holds ->
    [yes] noben starejši odjemalec se ne more vpisati z geslom: pogojni dostop blokira starejše preverjanje pristnosti ali pa je osnovno preverjanje pristnosti izklopljeno
   *[no] starejše preverjanje pristnosti ni blokirano
}
report-cond-confirmed-compromised = { $holds ->
    [yes] v zaščiti ID potrjeno ogrožen
   *[no] v zaščiti ID ni potrjeno ogrožen
}
