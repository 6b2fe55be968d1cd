# report: en
# The scorer's words: live feedback, the report (text and JSON), violations,
# consequences, outcome checks, citations and conditions.

## Citations

report-citation = { $article }, { $count ->
    [one] step
   *[other] steps
} { $steps }
report-citation-other = other guidance
report-step-reference = { $count ->
    [one] step
   *[other] steps
} { $steps }
report-citation-link = { $citation }, { $url }
report-citation-other-page = other guidance: { $article }
report-source = source: { $article }
report-source-link = source: { $article }, { $url }

## Statuses and kinds

report-status-done = done
report-status-done-late = done late
report-status-out-of-order = out of order
report-status-missed = missed
report-status-skipped = skipped
report-status-not-applicable = not applicable
report-kind-forbidden = forbidden
report-kind-order = order
report-kind-harm = harm
report-kind-denied = denied

## Live feedback

report-feedback-step = ✓ { $instruction } ({ $source })
report-feedback-step-late = ✓ { $instruction } ({ $source }) (late: half credit)
report-feedback-step-out-of-order = ✓ { $instruction } ({ $source }) (out of order: half credit)
report-feedback-violation = ✗ { $message }
report-feedback-violation-points = ✗ { $message } (-{ $points } points)
report-feedback-consequence = ! { $message }
report-feedback-noted = · access denied: { $reason } (a look or a test: noted, no cost)

## Violations

report-denied = access denied: { $reason }
report-error = error: { $reason }
report-harm = { $what }: { $reason }
report-and = { $left } and { $right }
report-harm-legitimate = { $what }, which is legitimate
report-removed-rule = removed inbox rule "{ $rule }" of { $user }
report-removed-disabled-rule = disabled inbox rule "{ $rule }" of { $user }
report-removed-forwarding = cleared the forwarding of { $user }
report-removed-delegate = removed the access of { $delegate } to the mailbox of { $user }
report-removed-role = removed { $role } from { $user }
report-removed-method = removed the { $method } method of { $user }
report-harm-wrong-user = { $action } on { $user }, who is not part of the incident
report-harm-auto-forwarding-on = turned automatic external forwarding on
report-harm-raised-limit = raised the outbound limit of { $limit } from { $from } to { $to }
report-harm-policy-only-alerts = made the outbound spam policy only alert
report-harm-narrowed-sspr = narrowed self-service password reset from { $from } to { $to }
report-harm-lowered-sspr-methods = lowered the methods self-service reset asks for from { $from } to { $to }
report-harm-strong-passwords-off = turned strong passwords off for { $user }
report-harm-gave-role = gave { $role } to { $user }, which the attacker still holds or has left something on
report-harm-forwarded-outside = forwarded the mail of { $user } to { $address }, outside the organisation
report-harm-rule-outside = made a rule sending the mail of { $user } to { $address }, outside the organisation
report-harm-delegate-held = gave { $delegate }, which the attacker holds, access to the mailbox of { $user }
report-harm-rule-back-on = turned the attacker's rule "{ $rule }" of { $user } back on
report-harm-released = released { $user } while the attacker still { $held }
report-held-password = knew the password
report-held-session = held a session Exchange still honoured
report-held-app-password = held an app password
report-held-delegate = read the mailbox as a delegate
report-harm-removed-own-global-admin = removed Global Administrator from your own account
report-harm-blocked-own-users = the policy { $policy } blocks the office address { $ip }, where your users sign in from
report-harm-removed-last-global-admin = removed Global Administrator from { $user }, the last holder
report-order-earlier = '{ $step }' at { $time }
report-order-first = '{ $step }' should come first, but { $earlier } came before it
report-order-before = '{ $step }' should come before '{ $other }', which was done at { $time }
report-order-after = '{ $step }' should come after '{ $other }', which was not done yet

## Outbound limits

report-limit-external-per-hour = external recipients per hour
report-limit-internal-per-hour = internal recipients per hour
report-limit-per-day = recipients per day
report-limit-service-per-day = the service limit of recipients per day
report-limit-service-per-minute = the service limit of messages per minute
report-limit-service-per-message = the service limit of recipients per message

## Consequences

report-channel-email = email to { $address }
report-channel-phone = phone
report-channel-sms = text message
report-effect-rule-created = the attacker created inbox rule "{ $rule }" in { $user } at { $time }
report-effect-rule-recreated = the attacker re-created inbox rule "{ $rule }" in { $user } at { $time }
report-effect-forwarding-set = the attacker set the forwarding of { $user } to { $address } at { $time }
report-effect-forwarding-set-again = the attacker set the forwarding of { $user } to { $address } again at { $time }
report-effect-delegate-added = the attacker gave { $delegate } access to the mailbox of { $user } at { $time }
report-effect-delegate-added-again = the attacker gave { $delegate } access to the mailbox of { $user } again at { $time }
report-effect-restricted = { $user } was restricted from sending at { $time } (crossed { $limit })
report-effect-restricted-again = { $user } was restricted from sending again at { $time } (crossed { $limit })
report-effect-password-learned = the attacker learned the password of { $user } you sent by { $channel } at { $time } ({ $how })
report-effect-password-changed-unread = the attacker did not read the password you sent by { $channel } before it changed at { $time }
report-effect-password-unread-at-end = by { $time } the attacker had not read the password you sent by { $channel }; it could have

## Outcome checks

report-check-attacker-out = The attacker is out of every affected account
report-check-owner-signs-in = The user can sign in with a password only they know
report-check-can-send = The user can send mail (a pending release, or a day's block ending, counts)
report-check-attacker-out-fine = no foothold or persistence left on { $users }
report-check-owner-signs-in-fine = { $count ->
    [one] { $users } can sign in with a password only they know
   *[other] { $users } can each sign in with a password only they know
}
report-check-account = { $user }: { $problem }
report-left-password = knows a working password
report-left-session = holds a working session
report-left-app-password = holds a working app password
report-left-delegate-through = reaches the mailbox as delegate { $account }
report-left-admin-roles = can use admin roles ({ $roles })
report-left-rule = inbox rule "{ $rule }"
report-left-forwarding = forwarding to { $address }
report-left-delegate = delegate { $delegate }
report-left-method = { $method } method
report-left-named-app-password = app password "{ $name }"
report-owner-blocked = sign-in is blocked
report-owner-locked-out = is locked out
report-owner-does-not-know = does not know the current password (tell them by phone or in person)
report-owner-mfa-without-method = must pass MFA but has no method of their own
report-owner-attacker-knows = the attacker knows the current password too
report-owner-password-sent = the current password was sent to { $address }
report-owner-cannot-sign-in = cannot sign in
report-send-yes = { $user } can send
report-send-after-release = { $user } released; sending resumes at { $time }
report-send-next-day = { $user } is restricted until { $time } and cannot be released early; sending resumes then
report-send-restricted = { $user } is still restricted: release them on the Restricted users page
report-objective-met = met
report-objective-not-met = not met
report-objective-not-met-line = { $description }: not met

## Step notes

report-note-skipped = the scenario skips this step
report-note-nothing-to-do = nothing to do
report-note-did-not-apply = did not apply: { $condition }
report-note-required-here = required in this scenario

## Conditions (when a step applies, and why it did not)

report-cond-and = { $left } and { $right }
report-cond-or = { $left } or { $right }
report-cond-for-user = { $condition } (for { $user })
report-cond-attacker-out = { $holds ->
    [yes] the attacker is out (no foothold, nothing left)
   *[no] the attacker is not out
}
report-cond-no-footholds = { $holds ->
    [yes] the attacker has no working foothold
   *[no] the attacker has a working foothold
}
report-cond-no-residue = { $holds ->
    [yes] nothing the attacker left remains
   *[no] something the attacker left remains
}
report-cond-no-malicious-rules = { $holds ->
    [yes] no malicious inbox rule is on
   *[no] a malicious inbox rule is on
}
report-cond-no-malicious-forwarding = { $holds ->
    [yes] no malicious forwarding is set
   *[no] malicious forwarding is set
}
report-cond-no-malicious-delegates = { $holds ->
    [yes] no malicious delegate has access
   *[no] a malicious delegate has access
}
report-cond-no-attacker-methods = { $holds ->
    [yes] the attacker has no method registered
   *[no] the attacker has its own method registered
}
report-cond-no-attacker-app-passwords = { $holds ->
    [yes] the attacker has no app password
   *[no] the attacker has an app password
}
report-cond-attacker-lacks-password = { $holds ->
    [yes] the attacker does not know the password
   *[no] the attacker knows the password
}
report-cond-no-attacker-sessions = { $holds ->
    [yes] no attacker session works
   *[no] an attacker session still works
}
report-cond-session-outlives-reset = { $holds ->
    [yes] the attacker holds a passwordless session that outlives a reset
   *[no] the attacker holds no session a reset leaves alive
}
report-cond-password-changed = { $holds ->
    [yes] the password changed since the start
   *[no] the password has not changed
}
report-cond-sign-in-allowed = { $holds ->
    [yes] sign-in is allowed
   *[no] sign-in is blocked
}
report-cond-locked-out = { $holds ->
    [yes] a smart lockout is in force
   *[no] no lockout is in force
}
report-cond-owner-can-sign-in = { $holds ->
    [yes] the owner can sign in
   *[no] the owner cannot sign in
}
report-cond-owner-alone-knows = { $holds ->
    [yes] only the owner knows the password
   *[no] someone besides the owner knows the password
}
report-cond-can-send = { $holds ->
    [yes] the owner can send mail
   *[no] the owner cannot send mail
}
report-cond-restricted = { $holds ->
    [yes] the user is restricted from sending
   *[no] the user is not restricted from sending
}
report-cond-releasable = { $holds ->
    [yes] the user is restricted and can be released
   *[no] the user cannot be released
}
report-cond-has-admin-roles = { $holds ->
    [yes] the account holds an admin role
   *[no] the account holds no admin role
}
report-cond-mfa-required = { $holds ->
    [yes] MFA is required
   *[no] MFA is not required
}
report-cond-contact-info-complete = { $holds ->
    [yes] an alternate email and a mobile phone are registered
   *[no] the alternate email or mobile phone is missing
}
report-cond-legacy-protocols-off = { $holds ->
    [yes] legacy protocols are off
   *[no] a legacy protocol is on
}
report-cond-password-expired = { $holds ->
    [yes] the password has expired
   *[no] the password has not expired
}
report-cond-sspr-covers = { $holds ->
    [yes] self-service reset covers the user
   *[no] self-service reset does not cover the user
}
report-cond-scope-nobody = nobody
report-cond-scope-everyone = everyone
report-cond-scope-group = the group { $group }
report-cond-sspr-scope = { $holds ->
    [yes] self-service reset is for { $scope }
   *[no] self-service reset is not for { $scope }
}
report-cond-sspr-methods = self-service reset asks for at least { $count } methods
report-cond-sspr-methods-fewer = self-service reset asks for fewer than { $count } methods
report-cond-passwords-never-expire = { $holds ->
    [yes] passwords never expire
   *[no] passwords expire
}
report-cond-password-expiry-days = passwords expire after { $count } days
report-cond-password-expiry-days-not = passwords do not expire after { $count } days
report-cond-working-global-admins = at least { $count } Global Administrators can sign in
report-cond-working-global-admins-fewer = fewer than { $count } Global Administrators can sign in

## The text report

report-seed = seed { $seed }
report-score = Score { $score }/100 · pass mark { $pass_mark } · { $verdict }
report-passed = PASSED
report-failed = FAILED
report-points = { $earned } of { $possible } points earned, { $lost } lost to violations and hints · { $from } to { $to } (simulated)
report-heading-steps = Procedure steps
report-why = why
report-heading-outcome = Outcome
report-no-checks = no checks apply
report-heading-violations = Violations
report-none = none
report-heading-noted = Noted (no cost)
report-heading-consequences = Consequences
report-half-credit = half credit
report-heading-efficiency = Efficiency
report-containment = time to containment { $duration } (contained from { $time })
report-never-contained = time to containment: never contained
report-commands = { $count ->
    [one] { $count } command
   *[other] { $count } commands
}
report-hints = { $count ->
    [one] { $count } hint
   *[other] { $count } hints
}
report-hint-points = (-{ $points } points)
report-heading-timeline = Timeline
report-nothing-happened = nothing happened
report-omitted = … { $count } more entries not shown

## Progress (`check`)

report-progress-score = Score so far { $score }/100 · pass mark { $pass_mark } · { $earned } of { $possible } points earned, { $lost } lost · { $time }
report-heading-done-so-far = Done so far
report-nothing-yet = nothing yet
report-heading-goals = Outcome goals
report-goal-met = ✓ met
report-goal-not-yet = ✗ not yet
report-progress-footer = `hint` suggests what to do next (at its cost); `submit` ends the session with the full report.

## Where points were lost (one line)

report-lost-step = { $step } { $status } (-{ $points })
report-lost-check = { $check } not met (-{ $points })
report-lost-violation = { $kind }: { $message } (-{ $points })
report-lost-hints = { $count ->
    [one] { $count } hint (-{ $points })
   *[other] { $count } hints (-{ $points })
}
report-nothing-lost = nothing lost

## Who acted (timeline)

report-who-you = you
report-who-you-as = you as { $user }
report-who-asked = { $user } (asked)
report-who-admin = admin { $user }
report-who-attacker = attacker
report-who-attacker-as = attacker (as { $user })
report-who-service = service
report-who-support = Microsoft support

## The validator's self-check of a scenario

report-selfcheck-nothing-passes = doing nothing passes with { $score } points: the grading does not check that anything was fixed
report-selfcheck-does-not-build = seed { $seed }: the scenario does not build: { $problem }
report-selfcheck-command-failed = seed { $seed }: solution command `{ $line }` failed: { $output }
report-selfcheck-time-ran-out = seed { $seed }: the time limit ran out at solution command `{ $line }`
report-selfcheck-not-full-marks = seed { $seed }: the reference solution scores { $score } instead of 100: { $shortfall }
report-selfcheck-unknown-problem = unknown problem
report-cond-alerts-classified = { $holds ->
    [yes] every alert about the subject is resolved with the right classification
   *[no] an alert about the subject is open or wrongly classified
}
report-cond-other-accounts-contained = { $holds ->
    [yes] every other account the attacker got into is contained
   *[no] another account the attacker got into is not contained
}

# Registered devices and token theft.
report-cond-no-attacker-devices = { $holds ->
    [yes] no device the attacker registered is enabled
   *[no] a device the attacker registered is still enabled
}
report-held-credential = held a device or passwordless method of its own
report-left-device = device "{ $device }"
report-left-passwordless-method = { $method } method that signs in without the password
report-removed-device = disabled or deleted device { $device } of { $user }
report-cond-no-attacker-grants = { $holds ->
    [yes] no permission grant of the attacker's application remains
   *[no] a permission grant of the attacker's application remains
}
report-cond-attacker-apps-disabled = { $holds ->
    [yes] the attacker's application is disabled
   *[no] the attacker's application is still enabled
}
report-cond-user-consent-restricted = { $holds ->
    [yes] users can no longer consent to any application on their own
   *[no] users can still consent to any application on their own
}
report-left-grant = permission grant of the application "{ $app }"
report-removed-app = disabled, deleted or revoked the grants of the application { $app }
report-left-app-reads-mail = the application "{ $app }", still enabled, reading the mail with its grant


# Conditional Access, ID Protection and the password spray playbook.
report-cond-attacker-knows-no-other-password = { $holds ->
    [yes] the attacker knows no other account's current password
   *[no] the attacker knows another account's current password
}
report-cond-attacker-addresses-blocked = { $holds ->
    [yes] Conditional Access blocks every address the attacker signs in from
   *[no] an address the attacker signs in from is not blocked
}
report-cond-legacy-authentication-blocked = { $holds ->
    [yes] no legacy client can sign in with a password: Conditional Access blocks legacy authentication, or basic authentication is off
   *[no] legacy authentication is not blocked
}
report-cond-confirmed-compromised = { $holds ->
    [yes] confirmed compromised in ID Protection
   *[no] not confirmed compromised in ID Protection
}
