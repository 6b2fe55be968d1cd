# The trainee's session: the drill's own replies (status, clock, hints,
# asking another admin, calling support), the prompt and the banner.

session-prompt-signed-out = signed out
session-weekday = { $day ->
    [Mon] Mon
    [Tue] Tue
    [Wed] Wed
    [Thu] Thu
    [Fri] Fri
    [Sat] Sat
   *[Sun] Sun
}
session-mode-practice = practice mode
session-mode-exam = exam mode
session-heading = { $title } ({ $id }) · seed { $seed } · { $mode }
session-banner-help = Type `help` for the commands, `hint` if you are stuck, `submit` when you are done.
session-ended = The session has ended; start a new one to practise again.
session-line-error = error: { $message }
session-clock = { $now } (simulated; { $left } left)
session-brief-you = You are { $upn }. Time limit: { $limit } (until { $until }).
session-status-clock = clock { $clock } · { $left } left · { $commands } · { $hints }
session-status-commands = { $count ->
    [one] { $count } command(s)
   *[other] { $count } command(s)
}
session-status-hints = { $count ->
    [one] { $count } hint(s) used
   *[other] { $count } hint(s) used
}
session-status-no-role = no admin role
session-status-acting = acting as { $upn } ({ $roles })
session-status-acting-signed-out = acting as { $upn } ({ $roles }, signed out)
session-status-may-act-as = you may also act as: { $users }
session-status-nothing-pending = nothing pending
session-status-pending = pending:
session-status-pending-release = release of { $upn } from the restricted entities list (requested, not yet in effect)
session-hint = { $count ->
    [one] Hint ({ $count } point(s)): { $text }
   *[other] Hint ({ $count } point(s)): { $text }
}
session-no-more-hints = No more hints for this scenario.
session-check-in-exam = `check` is not available in exam mode; `submit` shows the report.
session-time-up = Time is up.
session-act-as-refused = Only { $user } can do that, and they are not at your desk. Ask them, or help them another way.
session-ask-no-user = There is no user '{ $user }' to ask.
session-ask-answers = { $upn } answers after { $delay }:
session-ask-read-password = They read the new password to you; you will change it at your next sign-in.
session-ask-password-kept = Password reset for { $target }. { $upn } has the new password; you do not. Ask them to give it to the user (`ask { $upn } notify { $target } --via phone --password`).
session-support-reset = Microsoft support calls back after { $delay }: ownership of the tenant is verified and the password of { $upn } has been reset. They read you a temporary password; you will change it at your next sign-in.
session-support-failed = Microsoft support could not help: { $reason }
session-support-released = Microsoft support calls back after { $delay }: { $result }
