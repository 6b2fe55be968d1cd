# The command line: errors, notes and warnings on standard error, the
# questions the REPL asks, `list`, `validate`'s and `grade`'s summary lines.

cli-error-label = error:
cli-warning-label = warning:
cli-output-write-error = cannot write the output: { $error }
cli-terminal-error = cannot use the terminal: { $error }
cli-terminal-read-error = cannot read the terminal: { $error }
cli-quit-question = Leave without a score? The session stays saved. [y/N]
cli-submit-question = Submit your work for grading now? [y/N]
cli-history-read-error = cannot read the command history { $path }: { $error }
cli-history-save-error = cannot save the command history { $path }: { $error }
cli-pager-failed = cannot run the pager '{ $pager }' ({ $error }); using the built-in one
cli-pager-prompt = { $count ->
    [one] -- { $count } more line(s): Enter for the next page, q to stop, or type a command --
   *[other] -- { $count } more line(s): Enter for the next page, q to stop, or type a command --
}
cli-session-file = Session file: { $path }
cli-session-already-ended = This session has already ended; its report follows.
cli-standard-input = standard input
cli-session-saved = Session saved: { $path }
cli-not-submitted-resume = Not submitted. Continue later with: tenantdrill play --resume { $path }
cli-not-submitted = Not submitted.
cli-no-home-folder = no home folder is known, so this session is not saved; use --session FILE to save it
cli-session-write-error = cannot write the session file { $path }: { $error }
cli-resume-mode-changed = { $file }: the header's mode was changed; the session continues in { $mode }, as it was started
cli-resume-altered = { $file }: the file was altered (command { $entry } does not follow from the lines before it); it cannot be continued
cli-resume-not-bundled = { $file }: the session was played on scenario '{ $scenario }', which is not bundled; name its file: `tenantdrill play FILE --resume { $file }`
cli-resumed = { $count ->
    [one] Resumed { $count } command(s); the simulated clock is at { $clock }.
   *[other] Resumed { $count } command(s); the simulated clock is at { $clock }.
}
cli-commands-file-error = cannot read the commands file { $path }: { $error }
cli-fail-under = the score { $score } is under --fail-under { $minimum }
cli-session-write-stopped = cannot write the session file: { $error }; stopping, because later commands could not be saved either
cli-history-folder-error = cannot create the history folder { $path }: { $error }
cli-history-open-error = cannot open the history file { $path }: { $error }
cli-history-private-error = cannot make the history file { $path } private: { $error }
cli-session-in-use = { $path } is in use by another tenantdrill (a session is being played or resumed from it); close that one first
cli-session-lock-error = cannot lock the session file { $path }: { $error }
cli-session-exists = { $path } already exists; continue it with `tenantdrill play --resume { $path }` or choose another file
cli-session-create-error = cannot create the session file { $path }: { $error }
cli-create-error = cannot create { $path }: { $error }
cli-too-many-sessions = { $path } holds too many sessions for { $scenario } seed { $seed }
cli-session-continue-error = cannot continue the session file { $path }: { $error }
cli-read-error = cannot read { $path }: { $error }
cli-not-a-regular-file = cannot read { $path }: it is not a regular file (a device, a pipe or a folder)
cli-too-many-session-files = { $count ->
    [one] more than { $count } session files; grade them in smaller groups
   *[other] more than { $count } session files; grade them in smaller groups
}
cli-folder-read-error = cannot read the folder { $path }: { $error }
cli-nonce-error = cannot draw a random session nonce: { $error }
cli-not-a-folder = { $path } is not a folder
cli-did-you-mean = Did you mean '{ $id }'?
cli-no-such-scenario = '{ $argument }' is neither a bundled scenario nor a file; `tenantdrill list` shows the bundled ones.
cli-no-such-procedure = there is no procedure '{ $id }' (bundled: { $bundled }).
cli-scenario-not-found = the session was recorded against scenario '{ $id }' (digest { $digest }), which is not bundled with tenantdrill and not among the scenario files given; name its file with --scenario FILE or a folder holding it with --scenarios DIR

## list
cli-list-id = ID
cli-list-difficulty = DIFFICULTY
cli-list-minutes = MINUTES
cli-list-title = TITLE
cli-difficulty-beginner = beginner
cli-difficulty-intermediate = intermediate
cli-difficulty-advanced = advanced

## new
cli-new-bad-id = '{ $id }' is not a scenario id: use lower-case letters, digits and single `-` between words
cli-new-exists = { $path } already exists; it is left as it is (choose another id or move it away)
cli-write-error = cannot write { $path }: { $error }
cli-new-wrote = Wrote { $path }. Check it with: tenantdrill validate { $path }
cli-new-id-not-found = cannot find the id of { $from } in its text to replace it

## demo
cli-demo-contained = contained: true
cli-demo-not-contained = contained: false

## validate
cli-validate-not-a-file-or-folder = not a file or folder
cli-validate-procedures-first = cannot check this scenario until its procedures load: { $error }
cli-validate-summary = { $files } checked: { $valid }, { $invalid } ({ $errors }, { $warnings })
cli-validate-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
cli-validate-valid = { $count ->
    [one] { $count } valid
   *[other] { $count } valid
}
cli-validate-invalid = { $count ->
    [one] { $count } invalid
   *[other] { $count } invalid
}
cli-validate-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
cli-validate-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}

## grade
cli-grade-no-files = no session files (*.jsonl) in { $paths }
cli-grade-in-progress-left-out = { $count ->
    [one] { $count } exam session(s) not yet submitted are left out: they show only their progress.
   *[other] { $count } exam session(s) not yet submitted are left out: they show only their progress.
}
cli-grade-not-an-email = trainee `{ $trainee }` is not an email address, so the gradebook import could not match them; left out
cli-grade-ungraded = { $count ->
    [one] { $count } session file(s) could not be graded.
   *[other] { $count } session file(s) could not be graded.
}
cli-grade-altered = At least one session file was altered after it was written (see its integrity).
cli-grade-mode-changed = { $file }: the header's mode was changed; graded in { $mode }, as the session was played

## debrief and manual page
cli-debrief-not-saved = (not saved)
cli-debrief-write-error = cannot write the debrief { $path }: { $error }
cli-debrief-written = Debrief: { $path }
cli-man-error = cannot render the manual page: { $error }
