# Seja: lastni odgovori seje (stanje, ura, namigi, prošnja drugemu
# skrbniku, klic podpori), poziv in pozdravno besedilo.

session-prompt-signed-out = odjavljeni
session-weekday = { $day ->
    [Mon] pon
    [Tue] tor
    [Wed] sre
    [Thu] čet
    [Fri] pet
    [Sat] sob
   *[Sun] ned
}
session-mode-practice = način vadbe
session-mode-exam = izpitni način
session-heading = { $title } ({ $id }) · seme { $seed } · { $mode }
session-banner-help = Vnesite `help` za ukaze, `hint`, če se zataknete, in `submit`, ko končate.
session-ended = Seja se je končala; za ponovno vadbo začnite novo.
session-line-error = napaka: { $message }
session-clock = { $now } (simulirano; preostane še { $left })
session-brief-you = Ste { $upn }. Časovna omejitev: { $limit } (do { $until }).
session-status-clock = ura { $clock } · preostane { $left } · { $commands } · { $hints }
session-status-commands = { $count ->
    [one] { $count } ukaz
    [two] { $count } ukaza
    [few] { $count } ukazi
   *[other] { $count } ukazov
}
session-status-hints = { $count ->
    [one] { $count } uporabljen namig
    [two] { $count } uporabljena namiga
    [few] { $count } uporabljeni namigi
   *[other] { $count } uporabljenih namigov
}
session-status-no-role = brez skrbniške vloge
session-status-acting = delujete kot { $upn } ({ $roles })
session-status-acting-signed-out = delujete kot { $upn } ({ $roles }, odjavljeni)
session-status-may-act-as = delujete lahko tudi kot: { $users }
session-status-nothing-pending = nič ne čaka
session-status-pending = čaka:
session-status-pending-release = sprostitev { $upn } s seznama omejenih entitet (zahtevano, še ne velja)
session-hint = { $count ->
    [one] Namig ({ $count } točka): { $text }
    [two] Namig ({ $count } točki): { $text }
    [few] Namig ({ $count } točke): { $text }
   *[other] Namig ({ $count } točk): { $text }
}
session-no-more-hints = Za ta scenarij ni več namigov.
session-check-in-exam = Ukaz `check` v izpitnem načinu ni na voljo; `submit` prikaže poročilo.
session-time-up = Čas je potekel.
session-act-as-refused = To lahko stori samo { $user }, ki pa ni za vašo mizo. Prosite to osebo ali ji pomagajte drugače.
session-ask-no-user = Uporabnika »{ $user }«, ki bi ga lahko prosili, ni.
session-ask-answers = { $upn } odgovori čez { $delay }:
session-ask-read-password = Novo geslo vam preberejo; spremenili ga boste ob naslednjem vpisu.
session-ask-password-kept = Geslo za { $target } je ponastavljeno. Novo geslo ima { $upn }, vi pa ne. Prosite, naj ga posreduje uporabniku (`ask { $upn } notify { $target } --via phone --password`).
session-support-reset = Microsoftova podpora pokliče nazaj čez { $delay }: lastništvo najemnika je preverjeno in geslo za { $upn } je ponastavljeno. Preberejo vam začasno geslo; spremenili ga boste ob naslednjem vpisu.
session-support-failed = Microsoftova podpora ni mogla pomagati: { $reason }
session-support-released = Microsoftova podpora pokliče nazaj čez { $delay }: { $result }

## Datoteke sej: zakaj datoteke ni mogoče uporabiti, kaj je opazila ponovitev.
session-file-not-utf8 = datoteka ni besedilo UTF-8: ni datoteka seje programa tenantdrill
session-file-empty = datoteka je prazna: ni datoteka seje programa tenantdrill
session-file-not-a-header = prva vrstica ni glava seje programa tenantdrill
session-file-header-cut = datoteka se konča sredi vrstice glave: nič ni bilo zapisano
session-file-version = datoteka seje ima različico zapisa { $version }; ta tenantdrill bere različice od { $oldest } do { $newest }
session-file-header-incomplete = glava je nepopolna: { $detail }
session-file-entry-number = tu je bil pričakovan ukaz številka { $expected }, najden pa { $found }: datoteka je bila urejena ali poškodovana
session-file-too-many = { $count ->
    [one] več kot { $count } ukaz: to ni seja, ki jo je zapisal tenantdrill
    [two] več kot { $count } ukaza: to ni seja, ki jo je zapisal tenantdrill
    [few] več kot { $count } ukazi: to ni seja, ki jo je zapisal tenantdrill
   *[other] več kot { $count } ukazov: to ni seja, ki jo je zapisal tenantdrill
}
session-file-unreadable-entry = ta vrstica ni berljiv zapis ukaza: { $detail }
session-file-no-build = scenarija ni mogoče sestaviti za seme { $seed }: { $detail }
session-file-other-scenario = seja je za scenarij »{ $recorded }«, ne za »{ $given }«
session-file-scenario-changed = scenarij »{ $scenario }« se je spremenil, odkar je bila ta seja posneta (povzetek takrat { $then }, zdaj { $now }); seje ni mogoče ponoviti na njem
session-warning-incomplete-last-line = zadnja vrstica je nepopolna (seja se je ustavila med pisanjem); preskočena je
session-warning-already-ended = seja se je pri ponovitvi tu že končala; ta in poznejši ukazi so prezrti
session-warning-differs = `{ $line }` { $difference }
session-warning-more = { $count ->
    [one] še { $count } razlika pri ponovitvi
    [two] še { $count } razliki pri ponovitvi
    [few] še { $count } razlike pri ponovitvi
   *[other] še { $count } razlik pri ponovitvi
}
session-differs-ended = seja se je tu že končala
session-differs-not-recorded = pri ponovitvi ni bil zapisan
session-differs-given-at = je bil ob snemanju dan ob { $then }, pri ponovitvi pa ob { $now }
session-differs-outcome = se je ob snemanju končal z »{ $then }«, pri ponovitvi pa z »{ $now }«
session-differs-message = se je pri ponovitvi končal z drugim sporočilom
session-differs-finished-at = je bil ob snemanju končan ob { $then }, pri ponovitvi pa ob { $now }
session-differs-output = je pri ponovitvi pokazal drug izhod

## Zavrnitve REPL-a: vrstice, ki se sploh ne izvedejo.
session-line-too-long = { $error }; vrstica ni bila izvedena ne zapisana
session-file-full = { $count ->
    [one] ta datoteka seje je polna ({ $count } ukaz, { $bytes } bajtov); zdaj je sprejet le še `submit`, da datoteka ostane berljiva
    [two] ta datoteka seje je polna ({ $count } ukaza, { $bytes } bajtov); zdaj je sprejet le še `submit`, da datoteka ostane berljiva
    [few] ta datoteka seje je polna ({ $count } ukazi, { $bytes } bajtov); zdaj je sprejet le še `submit`, da datoteka ostane berljiva
   *[other] ta datoteka seje je polna ({ $count } ukazov, { $bytes } bajtov); zdaj je sprejet le še `submit`, da datoteka ostane berljiva
}

# PowerShell: a cmdlet or parameter value the simulation does not model.
ps-not-modelled = tenantdrill v tej simulaciji ne modelira { $what }; ustrezni ukaz v ukaznem jeziku to morda zmore (poskusite `help`).
ps-dialect-powershell-off = Ta scenarij sprejema ukazni jezik, ne PowerShella.
ps-dialect-noun-verb-off = Ta scenarij zahteva PowerShell: vnesite raje cmdlet.
ps-dialect-try = V tem scenariju poskusite `{ $line }`.
