# De sessie: de eigen antwoorden van de sessie (status, klok, hints, een
# andere beheerder iets vragen, ondersteuning bellen), de prompt en de welkomsttekst.

session-prompt-signed-out = afgemeld
session-weekday = { $day ->
    [Mon] ma
    [Tue] di
    [Wed] wo
    [Thu] do
    [Fri] vr
    [Sat] za
   *[Sun] zo
}
session-mode-practice = oefenmodus
session-mode-exam = examenmodus
session-heading = { $title } ({ $id }) · seed { $seed } · { $mode }
session-banner-help = Typ `help` voor de opdrachten, `hint` als u vastloopt en `submit` als u klaar bent.
session-ended = De sessie is beëindigd; start een nieuwe om opnieuw te oefenen.
session-line-error = fout: { $message }
session-clock = { $now } (gesimuleerd; nog { $left })
session-brief-you = U bent { $upn }. Tijdslimiet: { $limit } (tot { $until }).
session-status-clock = klok { $clock } · nog { $left } · { $commands } · { $hints }
session-status-commands = { $count ->
    [one] { $count } opdracht
   *[other] { $count } opdrachten
}
session-status-hints = { $count ->
    [one] { $count } hint gebruikt
   *[other] { $count } hints gebruikt
}
session-status-no-role = geen beheerdersrol
session-status-acting = u handelt als { $upn } ({ $roles })
session-status-acting-signed-out = u handelt als { $upn } ({ $roles }, afgemeld)
session-status-may-act-as = u kunt ook handelen als: { $users }
session-status-nothing-pending = niets in behandeling
session-status-pending = in behandeling:
session-status-pending-release = vrijgave van { $upn } uit de lijst met beperkte entiteiten (aangevraagd, nog niet van kracht)
session-hint = { $count ->
    [one] Hint ({ $count } punt): { $text }
   *[other] Hint ({ $count } punten): { $text }
}
session-no-more-hints = Er zijn geen hints meer voor dit scenario.
session-check-in-exam = `check` is niet beschikbaar in de examenmodus; `submit` toont het rapport.
session-time-up = De tijd is om.
session-act-as-refused = Alleen { $user } kan dat doen, en die zit niet aan uw bureau. Vraag het aan die gebruiker, of help op een andere manier.
session-ask-no-user = Er is geen gebruiker '{ $user }' om het te vragen.
session-ask-answers = { $upn } antwoordt na { $delay }:
session-ask-read-password = Het nieuwe wachtwoord wordt u voorgelezen; u wijzigt het bij uw volgende aanmelding.
session-ask-password-kept = Wachtwoord opnieuw ingesteld voor { $target }. { $upn } heeft het nieuwe wachtwoord, u niet. Vraag { $upn } het aan de gebruiker te geven (`ask { $upn } notify { $target } --via phone --password`).
session-support-reset = Microsoft-ondersteuning belt terug na { $delay }: het eigendom van de tenant is geverifieerd en het wachtwoord van { $upn } is opnieuw ingesteld. U krijgt een tijdelijk wachtwoord voorgelezen; u wijzigt het bij uw volgende aanmelding.
session-support-failed = Microsoft-ondersteuning kon niet helpen: { $reason }
session-support-released = Microsoft-ondersteuning belt terug na { $delay }: { $result }

## Sessiebestanden: waarom een bestand niet bruikbaar is, wat een herhaling opmerkte.
session-file-not-utf8 = het bestand is geen UTF-8-tekst: het is geen sessiebestand van tenantdrill
session-file-empty = het bestand is leeg: het is geen sessiebestand van tenantdrill
session-file-not-a-header = de eerste regel is geen sessieheader van tenantdrill
session-file-header-cut = het bestand eindigt midden in de headerregel: er is niets vastgelegd
session-file-version = het sessiebestand heeft formaatversie { $version }; deze tenantdrill leest versies { $oldest } tot en met { $newest }
session-file-header-incomplete = de header is onvolledig: { $detail }
session-file-entry-number = hier werd opdracht nummer { $expected } verwacht, maar { $found } gevonden: het bestand is bewerkt of beschadigd
session-file-too-many = { $count ->
    [one] meer dan { $count } opdracht: dit is geen sessie die tenantdrill heeft geschreven
   *[other] meer dan { $count } opdrachten: dit is geen sessie die tenantdrill heeft geschreven
}
session-file-unreadable-entry = deze regel is geen leesbaar opdrachtrecord: { $detail }
session-file-no-build = het scenario kan niet worden opgebouwd voor seed { $seed }: { $detail }
session-file-other-scenario = de sessie hoort bij scenario '{ $recorded }', niet bij '{ $given }'
session-file-scenario-changed = scenario '{ $scenario }' is gewijzigd sinds deze sessie is opgenomen (digest toen { $then }, nu { $now }); de sessie kan er niet mee worden herhaald
session-warning-incomplete-last-line = de laatste regel is onvolledig (de sessie stopte tijdens het schrijven); deze wordt overgeslagen
session-warning-already-ended = de sessie was hier bij de herhaling al beëindigd; deze en latere opdrachten worden genegeerd
session-warning-differs = `{ $line }` { $difference }
session-warning-more = { $count ->
    [one] nog { $count } verschil bij de herhaling
   *[other] nog { $count } verschillen bij de herhaling
}
session-differs-ended = de sessie was hier al beëindigd
session-differs-not-recorded = is bij de herhaling niet vastgelegd
session-differs-given-at = werd bij de opname gegeven om { $then }, maar bij de herhaling om { $now }
session-differs-outcome = eindigde bij de opname '{ $then }', maar bij de herhaling '{ $now }'
session-differs-message = eindigde bij de herhaling met een ander bericht
session-differs-finished-at = was bij de opname klaar om { $then }, maar bij de herhaling om { $now }
session-differs-output = toonde bij de herhaling andere uitvoer

## De weigeringen van de REPL: regels die helemaal niet worden uitgevoerd.
session-line-too-long = { $error }; de regel is niet uitgevoerd en niet vastgelegd
session-file-full = { $count ->
    [one] dit sessiebestand is vol ({ $count } opdracht, { $bytes } bytes); alleen `submit` wordt nu nog geaccepteerd, zodat het bestand leesbaar blijft
   *[other] dit sessiebestand is vol ({ $count } opdrachten, { $bytes } bytes); alleen `submit` wordt nu nog geaccepteerd, zodat het bestand leesbaar blijft
}

# PowerShell: a cmdlet or parameter value the simulation does not model.
ps-not-modelled = tenantdrill modelleert { $what } niet in deze simulatie; het overeenkomstige commando in de commandotaal kan het wel (probeer `help`).
ps-dialect-powershell-off = Dit scenario neemt de commandotaal, geen PowerShell.
ps-dialect-noun-verb-off = Dit scenario vraagt om PowerShell: typ in plaats daarvan de cmdlet.
ps-dialect-try = Probeer in dit scenario `{ $line }`.
