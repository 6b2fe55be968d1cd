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
    [one] { $count } command
   *[other] { $count } commands
}
session-status-hints = { $count ->
    [one] { $count } hint used
   *[other] { $count } hints used
}
session-status-no-role = no admin role
session-status-acting = acting as { $upn } ({ $roles })
session-status-acting-signed-out = acting as { $upn } ({ $roles }, signed out)
session-status-may-act-as = you may also act as: { $users }
session-status-nothing-pending = nothing pending
session-status-pending = pending:
session-status-pending-release = release of { $upn } from the restricted entities list (requested, not yet in effect)
session-hint = { $count ->
    [one] Hint ({ $count } point): { $text }
   *[other] Hint ({ $count } points): { $text }
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

## Session files: why one cannot be used, what a replay noticed.
session-file-not-utf8 = the file is not UTF-8 text: it is not a tenantdrill session file
session-file-empty = the file is empty: it is not a tenantdrill session file
session-file-not-a-header = the first line is not a tenantdrill session header
session-file-header-cut = the file ends inside its header line: nothing was recorded
session-file-version = the session file has format version { $version }; this tenantdrill reads versions { $oldest } to { $newest }
session-file-header-incomplete = the header is incomplete: { $detail }
session-file-entry-number = expected command number { $expected } here, found { $found }: the file was edited or damaged
session-file-too-many = { $count ->
    [one] more than { $count } commands: this is not a session tenantdrill wrote
   *[other] more than { $count } commands: this is not a session tenantdrill wrote
}
session-file-unreadable-entry = this line is not a readable command record: { $detail }
session-file-no-build = the scenario does not build for seed { $seed }: { $detail }
session-file-other-scenario = the session is for scenario '{ $recorded }', not '{ $given }'
session-file-scenario-changed = scenario '{ $scenario }' has changed since this session was recorded (digest { $then } then, { $now } now); the session cannot be replayed against it
session-warning-incomplete-last-line = the last line is incomplete (the session stopped while writing it); it is skipped
session-warning-already-ended = the session had already ended here on replay; this and later commands are ignored
session-warning-differs = `{ $line }` { $difference }
session-warning-more = { $count ->
    [one] { $count } more difference on replay
   *[other] { $count } more differences on replay
}
session-differs-ended = the session had already ended here
session-differs-not-recorded = was not recorded on replay
session-differs-given-at = was given at { $then } when recorded but at { $now } on replay
session-differs-outcome = ended '{ $then }' when recorded but '{ $now }' on replay
session-differs-message = ended with another message on replay
session-differs-finished-at = finished at { $then } when recorded but at { $now } on replay
session-differs-output = showed another output on replay

## The REPL's refusals: lines that are not run at all.
session-line-too-long = { $error }; the line was not run or recorded
session-file-full = { $count ->
    [one] this session file is full ({ $count } commands, { $bytes } bytes); only `submit` is accepted now, so the file stays readable
   *[other] this session file is full ({ $count } commands, { $bytes } bytes); only `submit` is accepted now, so the file stays readable
}

# PowerShell: a cmdlet or parameter value the simulation does not model.
ps-not-modelled = tenantdrill does not model { $what } in this simulation; the command language's equivalent may do it (try `help`).
ps-dialect-powershell-off = This scenario takes the command language, not PowerShell.
ps-dialect-noun-verb-off = This scenario asks for PowerShell: type the cmdlet instead.
ps-dialect-try = In this scenario try `{ $line }`.
