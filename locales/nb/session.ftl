# Økten: øktens egne svar (status, klokke, hint, spørre en annen
# administrator, ringe brukerstøtte), ledeteksten og velkomstteksten.

session-prompt-signed-out = logget av
session-weekday = { $day ->
    [Mon] man
    [Tue] tir
    [Wed] ons
    [Thu] tor
    [Fri] fre
    [Sat] lør
   *[Sun] søn
}
session-mode-practice = øvingsmodus
session-mode-exam = eksamensmodus
session-heading = { $title } ({ $id }) · frø { $seed } · { $mode }
session-banner-help = Skriv `help` for kommandoene, `hint` hvis du står fast, og `submit` når du er ferdig.
session-ended = Økten er avsluttet; start en ny for å øve igjen.
session-line-error = feil: { $message }
session-clock = { $now } (simulert; { $left } igjen)
session-brief-you = Du er { $upn }. Tidsgrense: { $limit } (til { $until }).
session-status-clock = klokke { $clock } · { $left } igjen · { $commands } · { $hints }
session-status-commands = { $count ->
    [one] { $count } kommando
   *[other] { $count } kommandoer
}
session-status-hints = { $count ->
    [one] { $count } hint brukt
   *[other] { $count } hint brukt
}
session-status-no-role = ingen administratorrolle
session-status-acting = handler som { $upn } ({ $roles })
session-status-acting-signed-out = handler som { $upn } ({ $roles }, logget av)
session-status-may-act-as = du kan også handle som: { $users }
session-status-nothing-pending = ingenting venter
session-status-pending = venter:
session-status-pending-release = frigivelse av { $upn } fra listen over begrensede enheter (forespurt, ikke i kraft ennå)
session-hint = { $count ->
    [one] Hint ({ $count } poeng): { $text }
   *[other] Hint ({ $count } poeng): { $text }
}
session-no-more-hints = Det finnes ikke flere hint for dette scenarioet.
session-check-in-exam = `check` er ikke tilgjengelig i eksamensmodus; `submit` viser rapporten.
session-time-up = Tiden er ute.
session-act-as-refused = Bare { $user } kan gjøre det, og de sitter ikke ved pulten din. Be dem om det, eller hjelp dem på en annen måte.
session-ask-no-user = Det finnes ingen bruker «{ $user }» å spørre.
session-ask-answers = { $upn } svarer etter { $delay }:
session-ask-read-password = De leser opp det nye passordet for deg; du endrer det ved neste pålogging.
session-ask-password-kept = Passordet for { $target } er tilbakestilt. { $upn } har det nye passordet, ikke du. Be dem gi det til brukeren (`ask { $upn } notify { $target } --via phone --password`).
session-support-reset = Microsoft-støtte ringer tilbake etter { $delay }: eierskapet til leieren er bekreftet, og passordet til { $upn } er tilbakestilt. De leser opp et midlertidig passord for deg; du endrer det ved neste pålogging.
session-support-failed = Microsoft-støtte kunne ikke hjelpe: { $reason }
session-support-released = Microsoft-støtte ringer tilbake etter { $delay }: { $result }

## Øktfiler: hvorfor en ikke kan brukes, hva en avspilling la merke til.
session-file-not-utf8 = filen er ikke UTF-8-tekst: den er ikke en øktfil fra tenantdrill
session-file-empty = filen er tom: den er ikke en øktfil fra tenantdrill
session-file-not-a-header = den første linjen er ikke et økthode fra tenantdrill
session-file-header-cut = filen slutter midt i hodelinjen: ingenting ble registrert
session-file-version = øktfilen har formatversjon { $version }; denne tenantdrill leser versjon { $oldest } til { $newest }
session-file-header-incomplete = hodet er ufullstendig: { $detail }
session-file-entry-number = forventet kommando nummer { $expected } her, fant { $found }: filen er redigert eller skadet
session-file-too-many = { $count ->
    [one] mer enn { $count } kommando: dette er ikke en økt tenantdrill har skrevet
   *[other] mer enn { $count } kommandoer: dette er ikke en økt tenantdrill har skrevet
}
session-file-unreadable-entry = denne linjen er ikke en lesbar kommandopost: { $detail }
session-file-no-build = scenarioet kan ikke bygges for frø { $seed }: { $detail }
session-file-other-scenario = økten gjelder scenarioet «{ $recorded }», ikke «{ $given }»
session-file-scenario-changed = scenarioet «{ $scenario }» er endret siden denne økten ble tatt opp (sammendrag { $then } da, { $now } nå); økten kan ikke spilles av mot det
session-warning-incomplete-last-line = den siste linjen er ufullstendig (økten stoppet mens den ble skrevet); den hoppes over
session-warning-already-ended = økten var allerede avsluttet her under avspillingen; denne og senere kommandoer ignoreres
session-warning-differs = `{ $line }` { $difference }
session-warning-more = { $count ->
    [one] { $count } forskjell til under avspillingen
   *[other] { $count } forskjeller til under avspillingen
}
session-differs-ended = økten var allerede avsluttet her
session-differs-not-recorded = ble ikke registrert under avspillingen
session-differs-given-at = ble gitt kl. { $then } ved opptak, men kl. { $now } under avspillingen
session-differs-outcome = endte «{ $then }» ved opptak, men «{ $now }» under avspillingen
session-differs-message = endte med en annen melding under avspillingen
session-differs-finished-at = ble ferdig kl. { $then } ved opptak, men kl. { $now } under avspillingen
session-differs-output = viste andre utdata under avspillingen

## REPL-ens avslag: linjer som ikke kjøres i det hele tatt.
session-line-too-long = { $error }; linjen ble verken kjørt eller registrert
session-file-full = { $count ->
    [one] denne øktfilen er full ({ $count } kommando, { $bytes } byte); bare `submit` godtas nå, slik at filen forblir lesbar
   *[other] denne øktfilen er full ({ $count } kommandoer, { $bytes } byte); bare `submit` godtas nå, slik at filen forblir lesbar
}

# PowerShell: a cmdlet or parameter value the simulation does not model.
ps-not-modelled = tenantdrill modellerer ikke { $what } i denne simuleringen; tilsvarende kommando i kommandospråket kan gjøre det (prøv `help`).
ps-dialect-powershell-off = Dette scenarioet tar kommandospråket, ikke PowerShell.
ps-dialect-noun-verb-off = Dette scenarioet krever PowerShell: skriv cmdleten i stedet.
ps-dialect-try = I dette scenarioet kan du prøve `{ $line }`.
