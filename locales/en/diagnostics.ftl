# diagnostics: en
# Diagnostics for hand-written RON files: the frame (levels, "expected",
# "did you mean", the closing count), the pre-scan's limits, ron's errors
# rewritten, and the semantic checks of scenario and procedure files.
# Field names, value names and tokens in backticks stay as written.

## The frame
diag-level-error = error
diag-level-warning = warning
diag-level-help = help
diag-level-note = note
diag-label-expected = expected { $expected }
diag-did-you-mean = did you mean { $suggestion }?
diag-summary-in-file = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} in { $file }
diag-summary-in-files = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} in { $files } files

## What was expected, and found
diag-found-end-of-file = the end of the file
diag-expected-either = { $first } or { $second }
diag-expected-nothing = nothing here
diag-expected-one-of = one of { $names }
diag-expected-field-before = { $field } before this
diag-expected-a-struct = a { $value }
diag-expected-list = a list `[...]`
diag-expected-map = a map `{"{"}...{"}"}`
diag-expected-name = a name
diag-expected-boolean = `true` or `false`
diag-expected-character = a character in single quotes
diag-expected-byte-string = a byte string
diag-expected-number = a number
diag-expected-whole-number = a whole number
diag-expected-option = `Some(...)` or `None`
diag-expected-string = a string in double quotes
diag-expected-closing-quote = a closing `"`
diag-expected-closing-comment = a closing `*/`
diag-expected-utf8 = UTF-8 text
diag-expected-text = text
diag-expected-end-of-file = the end of the file
diag-expected-id = an id such as `locked-out`
diag-expected-time = an RFC 3339 time such as `2026-03-10T09:00:00Z` or `2026-03-10T10:00:00+01:00`
diag-expected-duration = a duration such as `45m`, `1h 30m` or `PT1H30M`
diag-expected-duration-before = how long before the start, such as `50m`
diag-expected-offset = `5m` after or `-1h` before the start
diag-expected-upn = a user principal name such as `name@domain`

## The pre-scan and ron's errors
diag-file-too-large = the file is too large: { $size } bytes, more than the limit of { $limit } bytes
diag-not-utf8 = the file is not UTF-8 text; binary data at line { $line }, column { $column }
diag-too-deep = the nesting is too deep: more than { $limit } levels of brackets
diag-unterminated-string = unterminated string
diag-string-too-long = the string is too long: { $chars } characters, more than the limit of { $limit }
diag-control-character = the file is not plain text; control character { $code } at line { $line }, column { $column }
diag-unterminated-comment = unterminated comment
diag-empty-file = the file is empty; expected { $expected }
diag-expected-found = expected { $expected }, found { $found }
diag-unknown-field = unknown field { $field }
diag-unknown-field-in = unknown field { $field } in { $outer }
diag-unknown-value = unknown value { $value }
diag-unknown-value-for = unknown value { $value } for { $outer }
diag-missing-field = missing field { $field }
diag-missing-field-in = missing field { $field } in { $outer }
diag-duplicate-field = field { $field } is set twice
diag-duplicate-field-in = field { $field } is set twice in { $outer }
diag-first-on-line = (first on line { $line })
diag-unexpected-end-of-file = unexpected end of file
diag-trailing = unexpected { $found } after the end of the value
diag-number-out-of-range = the number is out of range for this field
diag-invalid-digit = invalid digit { $digit } in a base { $base } number
diag-misplaced-underscore = misplaced `_` in a number
diag-invalid-escape = invalid escape in a string: { $reason }
diag-unexpected-character = unexpected character { $character }
diag-unknown-extension = unknown RON extension { $name }
diag-raw-name = { $name } must be written as a raw name

## Semantic checks of scenario and procedure files
diag-check-id-form = an id is lower-case words joined by `-`
diag-check-step-id-form = a step id is lower-case words joined by `-`
diag-check-empty-title = the title is empty
diag-check-empty-brief = the brief is empty: the trainee needs to know what happened
diag-check-estimated-minutes = estimated_minutes must be between 1 and 600
diag-check-not-a-time = { $value } is not a time
diag-check-time-limit = time_limit must be more than 0 and at most 30 days
diag-check-not-a-duration = { $value } is not a duration
diag-check-turn-interval = turn_interval_s must be at least { $minimum }, not { $seconds }
diag-check-lockout-threshold = the lockout threshold must be between 1 and 100, not { $value }
diag-check-expiry-days = expiry_days must be between 14 and 730, not { $value }
diag-check-methods-required = methods_required must be 1 or 2, not { $value }
diag-check-no-domain = the tenant needs at least one domain
diag-check-too-many-written-users = { $users } users written out; at most { $maximum } (use `generated` for more)
diag-check-too-many-banned-terms = { $terms } custom banned-password terms; Entra accepts at most { $maximum }
diag-check-outbound-limit = { $field } is { $value }; an outbound recipient limit is 0 to { $maximum }
diag-check-not-a-upn = { $upn } is not a user principal name
diag-check-upn-space = a space
diag-check-upn-non-ascii = the non-ASCII letter { $letter }
diag-check-upn-empty-name = an empty name before `@`
diag-check-upn-character = { $upn } is not a user principal name Entra allows: it has { $bad }; use ASCII letters, digits and ' . - _ ! # ^ ~ before `@`
diag-check-not-in-domains = { $upn } is not in one of the tenant's domains ({ $domains })
diag-check-user-twice = user { $upn } is listed twice
diag-check-too-many-generated = { $users } generated users; at most { $maximum }
diag-check-generated-lists = generated users need first_names, last_names and departments
diag-check-too-many-scripted = { $actions } scripted actions; at most { $maximum }
diag-check-history-order = { $at } before the start is earlier than the action listed above it; list history in time order
diag-check-not-a-duration-before = { $value } is not a duration before the start
diag-check-not-an-offset = { $value } is not an offset from the start
diag-check-not-after-start = { $value } is not a time after the start
diag-check-no-subjects = truth.subjects is empty: name the accounts the incident is about
diag-check-unknown-user = unknown user { $name }
diag-check-unknown-procedure = unknown procedure { $name }
diag-check-unknown-step = unknown step { $name }
diag-check-unknown-rule = unknown rule in { $mailbox }'s mailbox { $name }
diag-check-malicious-and-legitimate = { $artefact } is marked both malicious and legitimate
diag-check-no-procedures = grading.procedures is empty: name the procedures the trainee is graded on
diag-check-already-required = { $step } is already required; raising it changes nothing
diag-check-pass-mark = pass_mark { $value } is more than 100
diag-check-objective-twice = objective { $id } is listed twice
diag-check-hint-cost = a hint costs at most 100 points, not { $cost }
diag-check-variable-name = { $name } is not a variable name (lower-case letters, digits, `_`)
diag-check-variable-without-values = variable { $name } has no values
diag-check-variable-value = value { $value } of { $name } may not contain quotes, backslashes, braces or control characters
diag-check-undeclared-variable = { $placeholder } is not a declared variable
diag-check-empty-solution = the solution is empty: write the commands an expert would type
diag-check-no-dialect = `dialects` is empty: allow `NounVerb`, `PowerShell` or both (leave it out for both)
diag-check-solution-dialect = solution command { $line } is PowerShell, which `dialects` does not allow
diag-check-too-many-solution-commands = { $commands } solution commands; at most { $maximum }
diag-check-solution-powershell = solution line { $line } is not valid PowerShell: { $error }
diag-check-solution-command = solution command { $line }: { $error }
diag-check-trainee-cannot = the trainee's roles cannot do required step { $step } themselves; they will need to ask someone
diag-check-no-steps = a procedure needs at least one step
diag-check-step-twice = step { $id } is listed twice
diag-check-step-never-done = step { $id } has neither `done_by` nor `done_when`: nothing could complete it
diag-check-step-against-itself = step { $id } is ordered against itself
diag-check-step-names-users = step { $id } names users; a procedure should speak of the subject
diag-check-points-objective = objective { $name } is worth { $points } points; at most { $maximum } are allowed
diag-check-points-step = step { $name } is worth { $points } points; at most { $maximum } are allowed
diag-check-points-forbidden = forbidden action of step { $name } is worth { $points } points; at most { $maximum } are allowed
diag-check-points-harm = harm rule { $name } is worth { $points } points; at most { $maximum } are allowed
diag-check-no-verdict = { $step } checks the alerts' classification, but truth.verdict is not set
diag-build-failed = seed { $seed }: { $problem }
diag-build-too-many-users = a tenant holds at most { $maximum } users
diag-build-names-exhausted = could not make unique names for the generated users; add more names
diag-build-history-failed = incident.before[{ $index }] ({ $action } by { $actor }) failed: { $reason }
diag-procedure-not-loaded = the scenario is graded on procedure { $id }, which is not loaded
diag-procedures-first = cannot check this scenario until the procedures in { $folder } load; validate that folder to see why they do not
diag-expected-text-or-translations = a string, or a map of language code to string such as {"{"}"en": "...", "nb": "..."{"}"}
diag-language-twice = language { $code } is given twice
diag-check-unknown-named-location = no named location called { $name }: add it to named_locations
diag-check-duplicate-access-name = the name { $name } is used twice among the named locations and policies
diag-check-invalid-range = { $range } is not an IPv4 range in CIDR notation (such as 102.89.0.0/16, host bits zero)
