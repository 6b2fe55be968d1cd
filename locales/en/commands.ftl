# commands: en
# The command language's help: each command's summary and help, its flags,
# the values its placeholders stand for, help's own words, and why a line
# did not parse. Command words, flags, placeholders and examples are the
# language's own and stay as they are in every language.

## Help's own words

cmd-help-overview = Commands by area. Type 'help COMMAND' for details, such as 'help user reset-password'.
cmd-help-noun-heading = { $noun } commands (type 'help { $noun } VERB' for details):
cmd-help-unknown-suggestion = no help for '{ $topic }'. Did you mean '{ $suggestion }'?
cmd-help-unknown = no help for '{ $topic }'. Type 'help' for the list of commands.
cmd-usage = usage: { $usage }
cmd-help-flags = flags:
cmd-help-examples = { $count ->
    [one] example:
   *[other] examples:
}

## Where the same is done in Microsoft's portals and PowerShell

cmd-where-microsoft365 = In the Microsoft 365 admin center:
cmd-where-entra = In the Microsoft Entra admin center:
cmd-where-exchange = In the Exchange admin center:
cmd-where-defender = In the Microsoft Defender portal:
cmd-where-purview = In the Microsoft Purview portal:
cmd-where-no-portal = In Microsoft's admin centers: none.
cmd-where-powershell = In PowerShell:
cmd-where-no-powershell = In PowerShell: no cmdlet.
cmd-simulator-no-portal = A command of the simulator itself; no admin center has it.
cmd-simulator-no-powershell = A command of the simulator itself; no cmdlet does it.

## Sections

cmd-section-users = Users
cmd-section-mailboxes = Mailboxes
cmd-section-outbound-protection = Outbound protection
cmd-section-logs = Logs and alerts
cmd-section-policies = Policies
cmd-section-people = People
cmd-section-session = Session

## What a placeholder stands for

cmd-value-user = a user principal name (`megan@contoso.com`) or an alias only one user has (`megan`)
cmd-value-role = an admin role: its alias (`global-admin`) or display name in quotes (`"Global Administrator"`)
cmd-value-method = an authentication method: alternate-email, mobile-phone, office-phone, authenticator-app, security-questions or fido2
cmd-value-rule = an inbox rule's name or rule identity, as `mailbox rules` shows them
cmd-value-delegate = a user who holds a right on the mailbox, as `mailbox delegates` shows them
cmd-value-group = a group's name
cmd-value-app = an enterprise application's display name (quoted if it has spaces), Application ID or object ID
cmd-value-protocol = a mailbox protocol: owa, mapi, ews, activesync, imap or pop
cmd-value-duration = a length of time: numbers with units, largest first, such as `90s`, `15m`, `90min`, `1h 30m`, `1 hour`, `2d` or `PT1H30M`
cmd-value-number = a whole number
cmd-value-text = text; quote it if it has spaces
cmd-value-message = free text to the end of the line
cmd-value-address = an email address
cmd-value-phone = a phone number; quote it if it has spaces
cmd-value-password = a password; it must pass the tenant's password rules, and is masked in history
cmd-value-choice = one of the listed words
cmd-value-sspr-methods = comma-separated methods, without spaces: mobile-app-notification, mobile-app-code, email, mobile-phone, office-phone, security-questions
cmd-value-named-locations = named locations, separated by commas
cmd-value-command = a whole command, with its own arguments and flags
cmd-value-topic = a command or noun, such as `user reset-password` or `mailbox`

## Why a line did not parse

cmd-error-reply = error: { $error }
cmd-error-did-you-mean = { $message }. Did you mean '{ $suggestion }'?
cmd-list-or = { $rest } or { $last }
cmd-list-and = { $rest } and { $last }
cmd-error-empty = empty line
cmd-error-too-long = line too long: { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
} (the limit is { $limit })
cmd-error-unterminated-quote = unterminated quote: the { $quote } at column { $column } is never closed
cmd-error-unknown-command = unknown command '{ $word }'
cmd-error-unknown-command-help = unknown command '{ $word }' (type 'help' for the list)
cmd-error-cmdlet = unknown command '{ $cmdlet }': that is a PowerShell cmdlet. Here { $commands } does the same; 'help { $command }' shows how
cmd-error-missing-verb = '{ $noun }' needs a verb: { $verbs }
cmd-error-unknown-verb = unknown verb '{ $verb }' for '{ $noun }'
cmd-error-unknown-verb-list = unknown verb '{ $verb }' for '{ $noun }' (verbs: { $verbs })
cmd-error-missing-argument = missing argument { $placeholder }
cmd-error-unexpected-argument = unexpected argument '{ $word }'
cmd-error-unknown-flag = unknown flag '{ $flag }' for '{ $command }'
cmd-error-duplicate-flag = { $flag } given twice
cmd-error-unexpected-flag-value = { $flag } takes no value
cmd-error-missing-flag-value = { $flag } needs a value ({ $usage })
cmd-error-flags-together = { $flags } cannot be used together
cmd-error-missing-flag = missing flag { $flag }
cmd-error-one-of-flags = give one of { $flags }
cmd-error-any-of-flags = give { $flags } or both
cmd-error-nothing-to-change = nothing to change: give at least one flag
cmd-error-needs-flag = { $given } needs { $needed }
cmd-error-goes-with = { $flag } goes with { $with }, not { $given }
cmd-error-invalid-choice = invalid value '{ $value }' for { $flag }: expected { $choices }
cmd-error-unknown-role = unknown role '{ $role }'
cmd-error-unknown-role-help = unknown role '{ $role }' (see 'help { $command }' for the roles)
cmd-error-unknown-method = unknown method '{ $method }': expected { $choices }
cmd-error-unknown-protocol = unknown protocol '{ $protocol }': expected { $choices }
cmd-error-invalid-duration = invalid duration '{ $text }': use a number and a unit, like 30s, 15m, 90min, 1h 30m, 1 hour or 2d
cmd-error-invalid-number = invalid number '{ $text }' for { $flag }: expected a whole number from 0 to { $maximum }
cmd-error-unknown-sspr-method = unknown method '{ $method }' in { $flag }: expected { $choices }
cmd-error-ask-in-ask = ask cannot carry another ask
cmd-error-not-an-action = '{ $command }' does nothing in the tenant, so nobody can be asked to do it

## The commands, in help's order


cmd-users-summary = List the tenant's users, sorted by name, with a count.
cmd-users-help = Shows each user's name, display name, department, sign-in status and whether they hold an admin role, sorted by user principal name, and how many users match. `--search` keeps users whose name, display name or department contains the text; `--department` keeps one department; both together keep users who match both. Output taller than the terminal goes through a pager.
cmd-users-portal = Users > Active users
cmd-users-flag-search = only users whose name, display name or department contains TEXT
cmd-users-flag-department = only users of this department (case ignored)
cmd-users-flag-filter = the older name of --search

cmd-user-show-summary = Show a user's account: status, roles, password age, contact details.
cmd-user-show-help = UPN is a full user principal name or an alias that only one user has, such as `megan`.
cmd-user-show-portal = Users > Active users > select the user

cmd-user-roles-summary = Show the admin roles a user holds.
cmd-user-roles-help = The same view as `user show`, for when roles are what you are looking for.
cmd-user-roles-portal = Users > Active users > select the user > Account > Manage roles

cmd-user-reset-password-summary = Reset a user's password.
cmd-user-reset-password-help = The admin center's Reset password. A reset signs the user out of sessions that came from a password sign-in, and clears a smart lockout. It does not end sessions from passwordless sign-ins, and it does not remove app passwords. By default the user must change the password at the next sign-in. Whoever reads an emailed password learns it.
cmd-user-reset-password-portal = Users > Active users > select the user > Reset password
cmd-user-reset-password-flag-auto = let the service generate the password (the default); it is shown to you once
cmd-user-reset-password-flag-password = set this password; it must pass the password rules
cmd-user-reset-password-flag-no-require-change = do not make the user choose a new password at the next sign-in
cmd-user-reset-password-flag-email-to = also email the new password to ADDRESS

cmd-user-block-sign-in-summary = Block new sign-ins and token refresh for a user.
cmd-user-block-sign-in-help = New sign-ins fail at once and refresh tokens stop working, but an access token already issued keeps working until it expires, except where continuous access evaluation cuts it off.
cmd-user-block-sign-in-portal = Users > Active users > select the user > Block sign-in > Block this user from signing in > Save changes

cmd-user-allow-sign-in-summary = Allow a blocked user to sign in again.
cmd-user-allow-sign-in-help = Undoes `user block-sign-in`.
cmd-user-allow-sign-in-portal = Users > Active users > select the user > More actions (...) > Edit sign-in status

cmd-user-revoke-sessions-summary = Sign a user out of every session.
cmd-user-revoke-sessions-help = Revokes every refresh token and session cookie, whatever the sign-in method. Access tokens already issued live until they expire, except where continuous access evaluation cuts them off.
cmd-user-revoke-sessions-portal = Users > Active users > select the user > Account > Sign out of all sessions

cmd-user-add-role-summary = Give a user an admin role.
cmd-role-help = ROLE is a role's alias or its display name in quotes: global-admin, privileged-auth-admin, privileged-role-admin, user-admin, groups-admin, helpdesk-admin, password-admin, auth-admin, auth-policy-admin, exchange-admin, security-admin, security-reader, global-reader, reports-reader, message-center-reader, directory-readers, guest-inviter, organization-management, cloud-device-admin, intune-admin, cloud-app-admin, app-admin, ca-admin. The tenant's last Global Administrator cannot be removed.

cmd-user-remove-role-summary = Take an admin role away from a user.

cmd-user-require-mfa-summary = Require multifactor authentication for a user.
cmd-user-require-mfa-help = From now on a sign-in needs a second factor the signer controls: a phone, the authenticator app or a security key.
cmd-user-require-mfa-portal = Entra ID > Users > All users > Per-user MFA > select the user > Enable MFA

cmd-user-methods-summary = List a user's registered authentication methods and app passwords.
cmd-user-methods-help = Look for methods the user does not recognise: an attacker may register their own phone or app.
cmd-user-methods-portal = Entra ID > Users > All users > select the user > Authentication methods

cmd-user-remove-method-summary = Remove one of a user's authentication methods.
cmd-user-remove-method-help = METHOD is one of alternate-email, mobile-phone, office-phone, authenticator-app, security-questions, fido2.
cmd-user-remove-method-portal = Entra ID > Users > All users > select the user > Authentication methods > the method's menu (...) > Delete

cmd-user-remove-app-passwords-summary = Delete all of a user's app passwords.
cmd-user-remove-app-passwords-help = App passwords let legacy mail clients in without the account password; they survive password resets and session revocation.
cmd-user-remove-app-passwords-portal = Entra ID > Users > All users > Per-user MFA > select the user > Manage user settings > Delete all existing app passwords generated by the selected users
cmd-user-remove-app-passwords-no-powershell = Microsoft Graph has no cmdlet for app passwords; the MSOnline module that had one is retired.

cmd-user-contact-info-summary = Change a user's alternate email or mobile phone.
cmd-user-contact-info-help = Give at least one flag. Check contact details you did not set: an attacker who changes them can take the account back through self-service reset.
cmd-user-contact-info-portal = Entra ID > Users > All users > select the user > Edit properties > Contact information
cmd-user-contact-info-flag-alternate-email = the address used for recovery and notices
cmd-user-contact-info-flag-mobile-phone = the number used for texts and calls back

cmd-user-password-policy-summary = Change one user's password expiry and strength settings.
cmd-user-password-policy-help = Give at least one flag. These are the per-user PasswordPolicies switches (DisablePasswordExpiration, DisableStrongPassword).
cmd-user-password-policy-no-portal = The per-user PasswordPolicies switches have no page; Microsoft sets them with PowerShell only.
cmd-user-password-policy-flag-never-expires = exempt the password from the expiry policy
cmd-user-password-policy-flag-strong-password = require a strong password (on by default)

cmd-groups-summary = List the tenant's groups with how many members each has.
cmd-groups-help = The admin center's Groups page, sorted by name. `group members GROUP` shows who is in one.
cmd-groups-portal = Teams & groups > Active teams & groups

cmd-group-members-summary = List the members of a group.
cmd-group-members-help = Each member's name, display name, department and sign-in status, sorted by name. Quote a name with spaces.
cmd-group-members-portal = Teams & groups > Active teams & groups > select the group > Membership

cmd-role-members-summary = List who holds an admin role.
cmd-role-members-help = The admin center's Roles page for one role: every user who holds it, sorted by name. Before removing a Global Administrator, check that another one remains.
cmd-role-members-portal = Roles > Role assignments > select the role > Assigned

cmd-mailbox-show-summary = Show a mailbox's forwarding, protocols and counts of rules and delegates.
cmd-mailbox-show-help = Forwarding has two addresses: ForwardingAddress (an internal recipient) and ForwardingSmtpAddress (any address, often outside); the first wins when both are set.
cmd-mailbox-show-portal = Recipients > Mailboxes > select the mailbox

cmd-mailbox-clear-forwarding-summary = Remove a mailbox's forwarding addresses.
cmd-mailbox-clear-forwarding-help = Clears ForwardingAddress and ForwardingSmtpAddress and turns off DeliverToMailboxAndForward. Inbox rules that forward are separate: see `mailbox rules`.
cmd-mailbox-clear-forwarding-portal = Users > Active users > select the user > Mail > Manage email forwarding

cmd-mailbox-rules-summary = List a mailbox's inbox rules.
cmd-mailbox-rules-help = Shows each rule's identity, name, priority, whether it is enabled, its conditions and actions. Rules can be hidden from Outlook; only `--hidden` lists them.
cmd-mailbox-rules-flag-hidden = include hidden rules, which Outlook does not show
cmd-rules-no-portal = No admin center shows a mailbox's inbox rules. Only the owner sees them, in Outlook on the web > Settings > Inbox rules, and never the hidden ones.

cmd-mailbox-disable-rule-summary = Turn an inbox rule off without deleting it.
cmd-rule-help = RULE is the rule's name (quote it if it has spaces) or its rule identity, as `mailbox rules` shows them.

cmd-mailbox-enable-rule-summary = Turn a disabled inbox rule back on.

cmd-mailbox-remove-rule-summary = Delete an inbox rule.

cmd-mailbox-delegates-summary = List who else has access to a mailbox.
cmd-mailbox-delegates-help = Shows each delegate with the right they hold: full-access, send-as or read-permission.
cmd-mailbox-delegates-portal = Recipients > Mailboxes > select the mailbox > Delegation

cmd-mailbox-add-delegate-summary = Give another user access to a mailbox.
cmd-mailbox-add-delegate-help = USER is the user who gets access. full-access opens the mailbox, send-as sends as its owner, read-permission reads its permissions.
cmd-mailbox-add-delegate-flag-access = the right to grant (default full-access)

cmd-mailbox-remove-delegate-summary = Take away another user's access to a mailbox.
cmd-mailbox-remove-delegate-help = Removes every right DELEGATE holds on the mailbox.

cmd-mailbox-disable-protocols-summary = Turn off ways of reaching a mailbox.
cmd-mailbox-disable-protocols-help = PROTOCOL is any of owa, mapi, ews, activesync, imap, pop; without any, all of them are turned off. Legacy protocols (imap, pop, ews) are what app passwords use.
cmd-mailbox-disable-protocols-portal = Users > Active users > select the user > Mail > Manage email apps

cmd-mailbox-trace-summary = Show recent mail sent to or from a mailbox.
cmd-mailbox-trace-help = The message trace: sender, recipients, subject, time and whether each message was delivered, bounced or forwarded.
cmd-mailbox-trace-portal = Mail flow > Message trace > Start a trace

cmd-restricted-list-summary = List senders restricted from sending mail.
cmd-restricted-list-help = The Defender portal's Restricted entities page: users who crossed an outbound limit and may not send.
cmd-restricted-list-portal = Email & collaboration > Review > Restricted entities

cmd-restricted-release-summary = Let a restricted sender send mail again.
cmd-restricted-release-help = Sending resumes after a delay, usually within an hour. An account can be released only a few times; after that only Microsoft support can. A sender whose account is still in an attacker's hands is soon restricted again.
cmd-restricted-release-portal = Email & collaboration > Review > Restricted entities > select the user > Unblock

cmd-policy-outbound-summary = Change the outbound spam policy.
cmd-policy-outbound-help = Give at least one flag. With block-user a restricted sender stays blocked until an admin releases them; with block-user-for-today (the service default) until the next UTC day, and no admin can release them early; alert only notifies.
cmd-policy-outbound-portal = Email & collaboration > Policies & rules > Threat policies > Anti-spam > Anti-spam outbound policy (Default) > Edit protection settings
cmd-policy-outbound-flag-external-recipients-per-hour = limit on outside recipients per hour (0 to 10000)
cmd-policy-outbound-flag-internal-recipients-per-hour = limit on internal recipients per hour (0 to 10000)
cmd-policy-outbound-flag-recipients-per-day = limit on recipients per day (0 to 10000)
cmd-policy-outbound-flag-action = what happens when a sender crosses a limit
cmd-policy-outbound-flag-auto-forwarding = automatic external forwarding (automatic means off)

cmd-logs-sign-ins-summary = Show the sign-in log, for everyone or one user.
cmd-logs-sign-ins-help = Newest first: time, user, IP address, client app, location, result and error code (50053 locked, 50057 blocked, 50055 password expired, 50126 wrong password). Sign-ins from an address and place the user never uses stand out; a spray comes from several.
cmd-logs-sign-ins-portal = Entra ID > Monitoring & health > Sign-in logs

cmd-logs-audit-summary = Show the audit log, for everyone or about one user.
cmd-logs-audit-help = Newest first: who changed what, when, from which IP address and place: roles, sign-in status, passwords (self-service too), security info and app passwords registered, mailbox rules, forwarding and permissions. Look at what happened just before the incident too.
cmd-logs-audit-portal = Solutions > Audit > Search

cmd-alerts-summary = Show security alerts.
cmd-alerts-help = Alerts the service raised, such as a user restricted from sending email.
cmd-alerts-portal = Incidents & alerts > Alerts

cmd-policy-show-summary = Show the tenant's lockout, password and outbound spam policies.
cmd-policy-show-help = Everything `policy password-expiration` and `policy outbound` change, and the smart lockout settings.
cmd-policy-show-no-portal = No page shows them together: password expiration is in the Microsoft 365 admin center (Settings > Org settings > Security & privacy), the outbound spam policy in the Defender portal (Email & collaboration > Policies & rules > Threat policies > Anti-spam), smart lockout in the Entra admin center (Entra ID > Authentication methods > Password protection).

cmd-policy-password-expiration-summary = Set when passwords expire, for the whole organisation.
cmd-policy-password-expiration-help = An expired password stops sign-in until it is changed.
cmd-policy-password-expiration-portal = Settings > Org settings > Security & privacy > Password expiration policy
cmd-policy-password-expiration-flag-never = passwords never expire (the default for new tenants)
cmd-policy-password-expiration-flag-days = passwords expire after N days (14 to 730)

cmd-sspr-show-summary = Show the self-service password reset policy.
cmd-sspr-show-help = Who may reset their own password, with how many and which methods, and whether users must register methods.
cmd-sspr-portal = Entra ID > Password reset > Properties, Authentication methods, Registration
cmd-sspr-no-powershell = Microsoft Graph PowerShell has no cmdlet for who may use self-service reset or which methods it asks for.

cmd-sspr-set-summary = Change the self-service password reset policy.
cmd-sspr-set-help = Give at least one flag; the others stay as they are. LIST names any of mobile-app-notification, mobile-app-code, email, mobile-phone, office-phone, security-questions. Administrators always need two methods and cannot use security questions, whatever this policy says.
cmd-sspr-set-flag-scope = who may use self-service reset
cmd-sspr-set-flag-group = the group allowed to use it (means --scope selected)
cmd-sspr-set-flag-methods-required = methods a user must pass
cmd-sspr-set-flag-methods = comma-separated methods users may use
cmd-sspr-set-flag-require-registration = ask users to register at sign-in
cmd-sspr-set-flag-reconfirm-days = days before users confirm their methods again (0 is never)

cmd-sspr-reset-summary = Go through self-service reset as a user ("I forgot my password").
cmd-sspr-reset-help = Only when the scenario lets you act as that user. The user must be in the policy's scope and pass the required number of registered methods; a successful reset also clears a smart lockout.
cmd-sspr-reset-no-portal = The user does it, not an admin: Forgot password on the sign-in page.
cmd-sspr-reset-no-powershell = Self-service reset is the user's own; no admin cmdlet goes through it.
cmd-sspr-reset-flag-password = the new password (a strong default when left out)

cmd-notify-summary = Tell a user something, optionally their new password.
cmd-notify-help = With `--via phone` or `sms` the message goes to the number on file; with `email`, to the user's mailbox unless `--to` names another address. MESSAGE is the rest of the line; with --password and no message it says "Your password was reset." Whoever receives a password learns it: anyone reading the mailbox, and any address it forwards to.
cmd-notify-no-portal = Telling a user happens outside the tenant: by phone, text message, in person or mail from your own mailbox.
cmd-notify-no-powershell = What you tell a user is a conversation, not a change in the tenant.
cmd-notify-flag-via = how the message reaches the person
cmd-notify-flag-to = with --via email: send here instead of the user's mailbox
cmd-notify-flag-password = include the password you set for the user

cmd-verify-summary = Check through a trusted channel that a caller really is this user.
cmd-verify-help = `callback` hangs up and calls the number on file, `manager` asks the user's manager, `in-person` sees the person with identification. Do it before acting on a request that arrived by phone or mail.
cmd-verify-no-portal = Checking who calls happens outside the tenant: call the number on file back, ask the manager, see the person.
cmd-verify-no-powershell = No cmdlet checks who a caller is.
cmd-verify-flag-via = how to check

cmd-ask-summary = Ask another admin to run a command for you.
cmd-ask-help = UPN is the other admin. They act with their own roles, after a delay; use it when you lack a permission, or when you cannot sign in yourself. COMMAND is any command that acts on the tenant, with its own flags. A new password they set is theirs to pass on: you see it only when it is your own (they read it to you). Calls and alerts that come in meanwhile are shown at their time.
cmd-ask-no-portal = The other admin does it where the command itself is done, signed in with their own account and roles.
cmd-ask-no-powershell = The other admin runs the command's own cmdlet in their own session.

cmd-support-call-summary = Call Microsoft support.
cmd-support-call-help = Support can do what no admin in the tenant can, but it takes a long time: a last resort. Without a flag, support verifies that you own the tenant and resets your own password (when no Global Administrator can sign in). With --release, support releases a restricted sender that admins can no longer release (past the release limit).
cmd-support-call-flag-release = ask support to release this restricted sender
cmd-support-call-portal = Support > Help & support > Contact support
cmd-support-call-no-powershell = No cmdlet opens a support request.

cmd-help-summary = List the commands, or explain one command or noun.
cmd-help-help = Without a topic, lists every command by area. With a noun (`help mailbox`) lists that noun's commands; with a command (`help user reset-password`) shows its usage, what it does, its flags and an example.

cmd-brief-summary = Show the scenario's briefing again.
cmd-brief-help = Repeats what you were told at the start: who called, what is happening and what you are asked to do.

cmd-status-summary = Show where the session stands.
cmd-status-help = A summary of the session so far: the simulated time, the account you act as and its roles, the users you may act as, and requests that have not taken effect yet (a restricted sender's release).

cmd-clock-summary = Show the simulated time.
cmd-clock-help = Time in the tenant passes as you work, as it would for a real admin: every look (`users`, `user show`, `mailbox rules`) takes 20 seconds of simulated time and every change (`user reset-password`, `mailbox remove-rule`) 60 seconds; `ask` takes 10 minutes and `support call` 26 hours, and `wait` lets more pass. Session commands (`help`, `status`, `clock`, `history`) take none. What you would notice meanwhile (calls, replies, alerts) is shown with the command.

cmd-wait-summary = Let simulated time pass.
cmd-wait-help = Everything that is due happens while you wait, in order: the attacker's and users' turns, token expiry, continuous access evaluation reaching Exchange, a release of a restricted sender taking effect. DURATION is a number with a unit (d, h, m, s, or words such as `min`, `hour`, `days`); parts may be combined, largest first: `90s`, `15m`, `90min`, `1h 30m`, `1 hour`, `2d 4h`; ISO 8601 (`PT1H30M`) works too. One wait lasts at most 30 days. What you would notice meanwhile is shown at its time: a user calling the helpdesk (`09:30 ☎ ... calls`), a user answering after you told them a password, a new alert.

cmd-hint-summary = Get a hint about what to look at next.
cmd-hint-help = Suggests where to look next in this scenario, without doing anything for you.

cmd-check-summary = See which of the scenario's goals are met so far.
cmd-check-help = Practice mode: the score so far, the steps done, which outcome goals are met and the violations, without ending the session. It does not list the steps still missing: `hint` suggests the next one, at its cost.

cmd-history-summary = List the commands typed this session.
cmd-history-help = Numbered, with the simulated time each was typed at; passwords are masked. Up and Down recall them at the prompt, and Ctrl-R searches them.

cmd-clear-summary = Clear the screen.
cmd-clear-help = Clears the terminal, as Ctrl-L does; the session and its history are kept.

cmd-submit-summary = End the scenario and get the score report.
cmd-submit-help = Use it when you believe the incident is handled: the report says what you did well and what the attacker could still do.

cmd-quit-summary = Leave the scenario without a score.
cmd-quit-help = Leaves without submitting: nothing is scored. At the keyboard you are asked to confirm first; from a pipe `play` leaves at once and never submits. The session file keeps what you did, so `tenantdrill play --resume FILE` carries on. (`tenantdrill run` still grades the commands it was given: its job is the report.)

# Alert triage
cmd-logs-sign-ins-flag-ip = only sign-ins from this IP address, for every user: who else the attacker signed in as
cmd-alert-resolve-summary = Resolve an alert with your verdict: true positive, benign or false positive.
cmd-alert-resolve-help = Records the classification on the alert, as the Defender portal does when you resolve an alert.
cmd-alert-resolve-flag-verdict = true-positive (malicious), benign (it happened and was expected: "Informational, expected activity") or false-positive (nothing suspicious happened)
cmd-alert-resolve-flag-reason = why, in your own words (kept on the alert as you type it)
cmd-mailbox-search-forwarding-summary = Find every mailbox that sends mail to an address, by its forwarding or by an inbox rule.
cmd-mailbox-search-forwarding-help = Looks beyond one user: who else forwards to the same destination.
cmd-alert-resolve-portal = Incidents & alerts > Alerts > select the alert > Manage alert > Classification
cmd-search-forwarding-no-portal = No admin center lists the mailboxes that forward to an address; the Exchange admin center's Auto forwarded messages report (Reports > Mail flow) shows only messages already forwarded.
# Registered devices.
cmd-user-devices-summary = List the devices registered to a user.
cmd-user-devices-help = Look for devices the user does not recognise: an attacker holding a stolen session can join a device of its own, which signs in again without the password.
cmd-user-disable-device-summary = Disable a device registered to a user, so it can no longer sign in.
cmd-user-disable-device-help = DEVICE is the device's name as `user devices` shows it.
cmd-user-delete-device-summary = Delete a device registered to a user.
cmd-user-delete-device-help = DEVICE is the device's name as `user devices` shows it.
cmd-user-devices-portal = Entra ID > Users > All users > select the user > Devices
cmd-user-disable-device-portal = Entra ID > Devices > All devices > select the device > Disable
cmd-user-delete-device-portal = Entra ID > Devices > All devices > select the device > Delete

cmd-section-applications = Enterprise applications
cmd-app-flag-user = Only the grants that let the application act as this user.
cmd-apps-summary = List the enterprise applications and the user-consent setting.
cmd-apps-help = Every application with access to the organisation's data, with its publisher, whether Microsoft verified the publisher, and whether users can sign in to it. Look for names that imitate a known product, bland or misspelled names, and unverified publishers.
cmd-apps-portal = Entra ID > Enterprise apps > All applications
cmd-app-show-summary = Show an application's properties and its delegated permission grants.
cmd-app-show-help = APP is the application's display name (in quotes when it has spaces), its Application ID or its object ID. Look at the reply URL and at the permissions it holds: Mail.*, Contacts.*, MailboxSettings.*, Files.* and the like read a user's data.
cmd-app-show-portal = Entra ID > Enterprise apps > All applications > select the app > Properties, Permissions
cmd-app-grants-summary = List delegated permission grants: of one application, to act as one user, or all.
cmd-app-grants-help = Each grant names the application, its consent type (AllPrincipals: an admin consented for everyone; Principal: one user consented for themselves), when and the scopes. A grant with offline_access keeps working after a password reset.
cmd-app-grants-portal = Entra ID > Enterprise apps > All applications > select the app > Permissions
cmd-app-revoke-grants-summary = Revoke an application's delegated permission grants.
cmd-app-revoke-grants-help = Without `--user`, every grant of the application; with it, only the grant that user gave. Tokens the application already holds live until they expire; while the application can still be consented to, a user it tricks once can grant it again.
cmd-app-revoke-grants-portal = Entra ID > Enterprise apps > All applications > select the app > Permissions > User consent > Revoke permission
cmd-app-disable-summary = Disable an application: no one can sign in to it or consent to it.
cmd-app-disable-help = Sets "Enabled for users to sign in?" to No. A disabled application obtains no new tokens, and no user can grant it consent again: Microsoft's playbook disables a malicious application rather than deleting it.
cmd-app-disable-portal = Entra ID > Enterprise apps > All applications > select the app > Properties > Enabled for users to sign in? > No > Save
cmd-app-delete-summary = Delete an enterprise application and its grants.
cmd-app-delete-help = A deleted application is gone from the tenant, but it can come back: the next user who consents to it adds it again. Disable a malicious application instead.
cmd-app-delete-portal = Entra ID > Enterprise apps > All applications > select the app > Properties > Delete
cmd-app-user-consent-summary = Choose what users may consent to on their own.
cmd-app-user-consent-help = allow-all lets users consent to any application for permissions that need no admin consent; verified-publishers only to verified publishers' applications for low-impact permissions; do-not-allow leaves consent to admins. Existing grants stay as they are.
cmd-app-user-consent-flag-setting = The setting: allow-all, verified-publishers or do-not-allow.
cmd-app-user-consent-portal = Entra ID > Enterprise apps > Consent and permissions > User consent settings

# Conditional Access, ID Protection and the password spray playbook.
cmd-ca-locations-summary = List the named locations (IP ranges) Conditional Access can use.
cmd-ca-locations-help = A named location lists IPv4 ranges in CIDR notation; a Conditional Access policy can block sign-ins from it.
cmd-ca-locations-portal = Entra ID > Conditional Access > Named locations
cmd-ca-add-location-summary = Create a named location from IPv4 ranges (an IP ranges location).
cmd-ca-add-location-help = Each RANGE is an IPv4 range in CIDR notation, such as 102.89.0.0/16, or one address (taken as /32). The location blocks nothing by itself: a policy made with `ca add-policy --block-locations` does.
cmd-ca-add-location-portal = Entra ID > Conditional Access > Named locations > IP ranges location
cmd-ca-policies-summary = List the Conditional Access policies.
cmd-ca-policies-help = Shows each policy, whether it is on, and what it does: block sign-ins from named locations, block legacy authentication, or require MFA from browsers and modern clients.
cmd-ca-policies-portal = Entra ID > Conditional Access > Policies
cmd-ca-add-policy-summary = Create a Conditional Access policy for all users that blocks access, turned on.
cmd-ca-add-policy-help = With --block-locations the policy blocks every sign-in from the named locations given; with --block-legacy-auth it blocks legacy authentication clients (Exchange ActiveSync and other clients such as IMAP and POP). A policy applies to new sign-ins and to refresh tokens redeemed from then on: an access token already issued keeps working until it expires (up to 90 minutes), and a session refreshed from a place the policy does not block goes on, so revoke the sessions of an account the attacker is in.
cmd-ca-add-policy-flag-block-locations = block sign-ins from these named locations (comma-separated)
cmd-ca-add-policy-flag-block-legacy-auth = block legacy authentication clients
cmd-ca-add-policy-portal = Entra ID > Conditional Access > Policies > New policy
cmd-risky-users-summary = List the users confirmed compromised in ID Protection.
cmd-risky-users-help = Lists the users an admin confirmed compromised, with risk level high. ID Protection's own risk detections and risk policies are not simulated.
cmd-risky-users-portal = Entra ID > ID Protection > Risky users
cmd-user-confirm-compromised-summary = Confirm a user compromised in ID Protection (user risk high).
cmd-user-confirm-compromised-help = The password spray playbook asks to mark every compromised account so. It records the user as risky with risk level high; it does not block, reset or sign out anyone by itself.
cmd-user-confirm-compromised-portal = Entra ID > ID Protection > Risky users > select the user > Confirm user compromised
