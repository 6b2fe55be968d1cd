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
