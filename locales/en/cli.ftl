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
    [one] -- { $count } more line: Enter for the next page, q to stop, or type a command --
   *[other] -- { $count } more lines: Enter for the next page, q to stop, or type a command --
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
    [one] Resumed { $count } command; the simulated clock is at { $clock }.
   *[other] Resumed { $count } commands; the simulated clock is at { $clock }.
}
cli-resumed-made-up-passwords = Passwords you made up before stopping are not in the session file (it never holds a password): if you type one of them again now, it counts as a new password that nobody in the simulation knows.
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
    [one] { $count } exam session not yet submitted are left out: they show only their progress.
   *[other] { $count } exam sessions not yet submitted are left out: they show only their progress.
}
cli-grade-not-an-email = trainee `{ $trainee }` is not an email address, so the gradebook import could not match them; left out
cli-grade-ungraded = { $count ->
    [one] { $count } session file could not be graded.
   *[other] { $count } session files could not be graded.
}
cli-grade-altered = At least one session file was altered after it was written (see its integrity).
cli-grade-mode-changed = { $file }: the header's mode was changed; graded in { $mode }, as the session was played

## debrief and manual page
cli-debrief-not-saved = (not saved)
cli-debrief-write-error = cannot write the debrief { $path }: { $error }
cli-debrief-written = Debrief: { $path }
cli-man-error = cannot render the manual page: { $error }

## clap's help: English is the declaration's own (src/cli/args.rs); these
## are its words, used for the other languages.
cli-about = Practise Microsoft 365 account recovery and incident response on a simulated tenant.
cli-arg-color = When to colour the output: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE colours a pipe too)
cli-arg-lang = Language of everything tenantdrill prints: en, nb (Norwegian Bokmål), nl (Dutch) or sl (Slovenian); default from LC_ALL, LC_MESSAGES or LANG, else English
cli-about-play = Play a scenario in an interactive session (reads commands from standard input when it is not a terminal)
cli-about-run = Run a scenario on commands from a file or standard input and print the transcript and the report
cli-about-grade = Re-grade saved sessions (files or folders): reports, a class summary, and exports for spreadsheets, gradebooks, learning record stores and the projector
cli-about-validate = Check scenario and procedure files (folders: every `.ron` inside)
cli-about-list = List the bundled scenarios
cli-about-procedure = Show a documented procedure's steps
cli-about-new = Write a scenario skeleton, `<ID>.ron`, in the current folder
cli-about-completions = Print shell completions for tenantdrill (bash, zsh, fish, PowerShell, elvish); they complete the bundled scenario ids
cli-about-man = Print the manual page (roff) for tenantdrill and every subcommand
cli-about-demo = Play the built-in compromised-mailbox incident with a scripted admin and print the timeline of everything that happened
cli-arg-play-scenario = A bundled scenario id or a path to a `.ron` scenario file (with `--resume`: the session's bundled scenario when left out; a scenario file must be named here, and must be the one the session was played on)
cli-arg-seed = Seed for the scenario's variations and every random choice (the scenario's own seed when left out)
cli-arg-mode = Practice shows feedback after each command; exam only at the end
cli-arg-play-session = Where to write the session (default: the user's data folder)
cli-arg-play-resume = Continue a saved session where it stopped
cli-arg-play-trainee = Your id (a name or an email address), recorded in the session file for the instructor's gradebook (default: your login name)
cli-arg-play-no-pager = Never page long output (by default output taller than the terminal goes through $PAGER, or a built-in pager)
cli-arg-play-debrief = When the session ends, write its HTML debrief to this file and say where it is
cli-arg-run-scenario = A bundled scenario id or a path to a `.ron` scenario file
cli-arg-run-commands = The commands, one per line; `-` reads standard input
cli-arg-run-session = Also write the session to this file
cli-arg-run-fail-under = Exit with status 1 when the score is below this
cli-arg-run-trainee = The trainee's id (a name or an email address), recorded in the session file (default: the login name)
cli-arg-run-debrief = At the end, write the session's HTML debrief to this file and say where it is
cli-arg-grade-paths = Session files written by `play` or `run --session`, or folders: every `*.jsonl` file inside, at any depth
cli-arg-grade-scenario = A scenario file the sessions may have been played on; a session is matched to it by the scenario digest it recorded (repeatable). Bundled scenarios need no file
cli-arg-grade-scenarios = A folder of scenario files (`.ron`), matched like `--scenario` (repeatable)
cli-arg-validate-paths = Scenario files, procedure files (under a `procedures` folder) or folders holding them
cli-arg-procedure-id = A bundled procedure id or a path to a procedure file
cli-arg-new-id = The new scenario's id: lower-case words joined by `-`
cli-arg-new-from = Start from a copy of this scenario (a bundled id or a file)
cli-arg-demo-seed = Seed for every random choice in the run
cli-arg-demo-order = The remediation order the scripted admin follows
cli-clap-help-subcommand = Print this message or the help of the given subcommand(s)
cli-clap-print-help = Print help
cli-clap-print-version = Print version
cli-clap-usage = Usage:
cli-clap-commands = Commands:
cli-clap-arguments = Arguments:
cli-clap-options = Options:
cli-clap-possible-values = Possible values:
cli-clap-possible-values-inline = possible values
cli-clap-default = default
cli-clap-see-more = (see more with '--help')

# Usage errors in the words of the language (clap writes English only).
cli-usage-unknown-argument = unexpected argument '{ $argument }' found
cli-usage-unknown-subcommand = unrecognized subcommand '{ $subcommand }'
cli-usage-missing-arguments = { $count ->
    [one] the following required argument was not provided:
   *[other] the following required arguments were not provided:
}
cli-usage-missing-subcommand = '{ $command }' requires a subcommand but one was not provided: { $subcommands }
cli-usage-value-required = a value is required for '{ $argument }' but none was supplied
cli-usage-invalid-value = invalid value '{ $value }' for '{ $argument }'
cli-usage-expected-whole-number = expected a whole number
cli-usage-expected-range = expected a whole number from { $min } to { $max }
cli-usage-conflict = the argument '{ $argument }' cannot be used with '{ $other }'
cli-usage-used-twice = the argument '{ $argument }' cannot be used multiple times
cli-usage-too-many-values = unexpected value '{ $value }' for '{ $argument }' found; no more were expected
cli-usage-wrong-values = wrong number of values for '{ $argument }'
cli-usage-invalid-utf8 = an argument is not valid UTF-8
cli-usage-invalid = the command line is not valid
cli-usage-possible-values = [possible values: { $values }]
cli-usage-did-you-mean = tip: a similar one exists: '{ $suggestion }'
cli-usage-tip-escape = tip: to pass '{ $argument }' as a value, use '-- { $argument }'
cli-usage-more-information = For more information, try '--help'.
cli-clap-see-summary = (see a summary with '-h')
cli-value-grade-csv = One row per session: for a spreadsheet
cli-value-grade-gradebook-csv = Email address and a score column per scenario: for Moodle's CSV grade import
cli-value-grade-xapi = A JSON array of xAPI 1.0.3 statements, for a learning record store
cli-value-grade-html = One self-contained page: the class report and every debrief
cli-value-order-documented = Reset, revoke, clean forwarding and rules, release, in the documented order
cli-value-order-rules-first = Remove the rule first and reset the password last: watch the attacker put it back
cli-man-name = NAME
cli-man-synopsis = SYNOPSIS
cli-man-description = DESCRIPTION
cli-man-options = OPTIONS
cli-man-commands = COMMANDS
cli-man-version = VERSION
cli-man-subcommands = subcommands
cli-grade-session = { $trainee } · { $scenario } · seed { $seed } · { $mode }
cli-grade-not-submitted = not submitted (score so far)
cli-grade-in-progress = { $count ->
    [one] in progress, { $count } command
   *[other] in progress, { $count } commands
}
cli-grade-not-graded = Not graded
cli-grade-integrity-unverified = INTEGRITY UNVERIFIED: written by an older tenantdrill (format version 1), which recorded no digests
cli-grade-integrity-altered = INTEGRITY: ALTERED: { $reason }
cli-grade-place-header = the header
cli-grade-place-command = command { $entry }
cli-grade-altered-chain = { $place } does not follow from the lines before it (a line was edited, added, removed or moved, or the header changed)
cli-grade-altered-not-sealed = { $place } carries no digest, which tenantdrill always writes
cli-grade-altered-replay = { $place } { $difference }
cli-grade-altered-copy = this is the same session as { $other } (a copied file)
