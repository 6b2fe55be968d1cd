# views: en
# What views show. Field names of the real cmdlets (UserPrincipalName,
# ForwardingSmtpAddress, RuleIdentity, ...) are not here: they are the same
# in every language.

## Common words

view-yes = yes
view-no = no
# A field with no value.
view-none = (none)
# A list with nothing in it.
view-none-word = none

## Users and groups

view-users-header-blocked = Blocked
view-users-header-admin = Admin
view-users-count = { $count ->
    [one] 1 user
   *[other] { $count } users
}
view-users-shown = { $shown } of { $count } users shown; narrow it with --search or --department
view-groups-none = (no groups)
view-groups-header-group = Group
view-groups-header-members = Members
view-groups-count = { $count ->
    [one] { $count } group
   *[other] { $count } groups
}
view-members-heading = Members of { $of }:
view-members-of-group = group "{ $name }"
view-members-of-role = role "{ $role }"
view-members-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}

## One user

view-user-usual-location = Usual location
view-user-sign-in-blocked = Sign-in blocked
view-user-roles = Roles
view-user-mfa-required = MFA required
view-user-alternate-email = Alternate email
view-user-mobile-phone = Mobile phone
view-user-password-last-set = Password last set
view-user-password-never-expires = Password never expires
view-user-must-change-password = Must change password
view-user-licensed = Licensed (mailbox)
view-methods-heading = Authentication methods of { $upn }:
view-methods-none = (none registered)

## Roles, as the admin center names them

view-role-global-administrator = Global Administrator
view-role-privileged-authentication-administrator = Privileged Authentication Administrator
view-role-privileged-role-administrator = Privileged Role Administrator
view-role-user-administrator = User Administrator
view-role-groups-administrator = Groups Administrator
view-role-helpdesk-administrator = Helpdesk Administrator
view-role-password-administrator = Password Administrator
view-role-authentication-administrator = Authentication Administrator
view-role-authentication-policy-administrator = Authentication Policy Administrator
view-role-exchange-administrator = Exchange Administrator
view-role-security-administrator = Security Administrator
view-role-security-reader = Security Reader
view-role-global-reader = Global Reader
view-role-reports-reader = Reports Reader
view-role-message-center-reader = Message Center Reader
view-role-directory-readers = Directory Readers
view-role-guest-inviter = Guest Inviter

## Sign-in log and audit log (the portal's column names)

view-log-header-date = Date (UTC)
view-log-header-ip = IP address
view-log-header-location = Location
view-sign-ins-header-user = User
view-sign-ins-header-client = Client app
view-sign-ins-header-status = Status
view-sign-in-success = Success
view-sign-in-failure = Failure { $code }
view-sign-ins-none = (no sign-ins)
view-audit-header-actor = Actor
view-audit-header-activity = Activity
view-audit-header-target = Target
view-audit-header-details = Details
view-audit-none = (no audit entries)
view-client-browser = Browser
view-client-app-password = { $protocol } (app password)
view-client-non-interactive = Non-interactive
view-client-non-interactive-device = Non-interactive (PRT)
view-client-passwordless = Authenticator app
view-audit-activity-delete-app-passwords = Delete app passwords
view-audit-activity-create-app-password = Create app password
view-audit-activity-update-sspr-policy = Update password reset policy
view-audit-detail-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
view-audit-detail-app-passwords = { $count ->
    [one] { $count } app password
   *[other] { $count } app passwords
}
view-audit-detail-contact-info = contact info
view-audit-detail-passwords-never-expire = passwords never expire
view-audit-detail-passwords-expire = { $days ->
    [one] passwords expire after { $days } day
   *[other] passwords expire after { $days } days
}
view-audit-detail-sspr = { $count ->
    [one] enabled for: { $scope }; { $count } method required
   *[other] enabled for: { $scope }; { $count } methods required
}
view-audit-detail-outbound = { $external } external/h, { $internal } internal/h, { $day } per day, action: { $action }, automatic forwarding: { $forwarding }
view-audit-detail-protocols-disabled = disabled: { $protocols }
view-audit-detail-sending-resumes = sending resumes at { $time }
view-audit-detail-sspr-knew = user knew the current password
view-audit-detail-sspr-forgot = user forgot the password

## What the person signing in is told

view-sign-in-message-success = Signed in.
view-sign-in-message-must-change = You need to update your password because this is the first time you are signing in, or because your password has expired.
view-sign-in-message-wrong-password = Your account or password is incorrect.
view-sign-in-message-locked = Your account is temporarily locked to prevent unauthorized use. Try again later.
view-sign-in-message-disabled = Your account has been locked. Contact your support person to unlock it, then try again.
view-sign-in-message-expired = Your password has expired.
view-sign-in-message-mfa = More information required: approve the sign-in with your second factor.
view-sign-in-message-unknown-user = This username may be incorrect.
view-sign-in-message-token-revoked = Your session has expired. Sign in again.
view-temporary-password = Password reset for { $upn }. New password: { $password }
view-temporary-password-share = Share it with the user through a channel only they can read.

## Policies

view-policies-password-expiration = Password expiration
view-policies-smart-lockout = Smart lockout
view-policies-outbound-spam = Outbound spam policy
view-policies-never = never
view-policies-days = { $count } days
view-policies-lockout = threshold { $threshold }, first lockout { $first }s, growth x{ $growth }, at most { $maximum }s
view-policies-outbound = { $external } external/h, { $internal } internal/h, { $daily } per day, action: { $action }, automatic forwarding: { $forwarding }
view-outbound-action-block-user = restrict the user from sending email
view-outbound-action-block-user-for-today = restrict the user from sending email until the following day
view-outbound-action-alert = alert only
view-auto-forwarding-automatic = automatic (system-controlled)
view-auto-forwarding-on = on (forwarding is enabled)
view-auto-forwarding-off = off (forwarding is disabled)
view-sspr-enabled = Self-service password reset enabled
view-sspr-methods-required = Number of methods required to reset
view-sspr-methods-available = Methods available to users
view-sspr-require-registration = Require users to register
view-sspr-reconfirm-days = Days before reconfirming
view-sspr-administrators = Administrators: always enabled, two methods, no security questions
view-sspr-scope-none = None
view-sspr-scope-selected = Selected (group "{ $group }")
view-sspr-scope-all = All
view-sspr-method-app-notification = Mobile app notification
view-sspr-method-app-code = Mobile app code
view-sspr-method-email = Email
view-sspr-method-mobile-phone = Mobile phone
view-sspr-method-office-phone = Office phone
view-sspr-method-security-questions = Security questions

## Mailboxes

view-mailbox-mailbox = Mailbox
view-mailbox-rules = Inbox rules (visible)
view-mailbox-delegates = Delegates
view-mailbox-disabled-protocols = Disabled protocols
view-mailbox-restricted = Restricted from sending
view-rules-heading = Inbox rules of { $upn }:
view-rules-none = (no rules)
view-delegates-heading = Mailbox permissions of { $upn }:
view-delegates-owner-only = (only the owner)
view-mail-read = { $count ->
    [one] { $count } message read in { $upn }
   *[other] { $count } messages read in { $upn }
}

## What an inbox rule does, as Outlook describes it

view-rule-description = { $conditions }: { $actions }
view-rule-every-message = every message
view-rule-and = and
view-rule-from = from { $address }
view-rule-subject-contains = subject contains { $words }
view-rule-body-contains = body contains { $words }
view-rule-subject-or-body-contains = subject or body contains { $words }
view-rule-has-attachment = has attachment
view-rule-sent-to = sent to { $address }
view-rule-forward-to = forward to { $targets }
view-rule-forward-as-attachment-to = forward as attachment to { $targets }
view-rule-redirect-to = redirect to { $targets }
view-rule-move-to = move to { $folder }
view-rule-delete = delete
view-rule-mark-as-read = mark as read
view-rule-stop-processing = stop processing rules

## Message trace, restricted entities, alerts

view-trace-status-delivered = Delivered
view-trace-status-forwarded = Forwarded
view-trace-status-failed = Failed
view-trace-status-sent = Sent
view-trace-none = (no messages in the trace window)
view-restricted-since = restricted { $at } ({ $limit })
view-restricted-release-pending = , release pending until { $at }
view-restricted-none = (no restricted entities)
view-limit-external-per-hour = external recipients per hour
view-limit-internal-per-hour = internal recipients per hour
view-limit-per-day = recipients per day
view-limit-service-per-day = the service limit of recipients per day
view-limit-service-messages-per-minute = the service limit of messages per minute
view-limit-service-recipients-per-message = the service limit of recipients per message
view-severity-low = Low
view-severity-medium = Medium
view-severity-high = High
view-alerts-none = (no alerts)

## Short answers

view-note-no-forwarding = { $upn } has no forwarding set.
view-note-already-delegated = { $delegate } already has { $access } on { $upn }.
view-note-sign-in-already-blocked = Sign-in for { $upn } is already blocked.
view-note-sign-in-already-allowed = Sign-in for { $upn } is already allowed.
view-note-already-holds-role = { $upn } already holds { $role }.
view-note-mfa-already-required = MFA is already required for { $upn }.
view-note-session-accepted = Session { $session } accepted.
view-note-caller-genuine = Confirmed: the request really comes from { $upn }.
view-note-caller-confirmed-by-answerer = The person who answered confirms the request for { $upn }.
view-note-caller-impostor-callback = { $upn } answers the callback and says they never asked for this: the caller was not { $upn }.
view-note-caller-impostor-manager = { $upn }'s manager checks with them: they never asked for this. The caller was not { $upn }.
view-note-caller-impostor-in-person = { $upn } is at their desk and never asked for this: the caller was not { $upn }.
view-note-password-changed = Password changed.
view-note-password-reset-by-self = Your password has been reset.
view-note-release-in-progress = Release of { $upn } is already in progress; sending resumes at { $time }.
view-note-release-requested = { $upn } will be able to send again within about { $delay } (at { $time }).

## Notices: what the trainee notices while working

notice-call = { $time } ☎ { $name } calls: "{ $said }"
notice-said-cannot-sign-in = I can't sign in.
notice-said-cannot-sign-in-because = I can't sign in. It says: { $message } (AADSTS{ $code })
notice-said-mail-bounces = My mail keeps coming back: 550 5.1.8 Access denied, bad outbound sender. I can't send anything.
notice-reply-back-in = { $time } ✉ { $name } replies: "Thanks, that password works: I'm back in."
# The title is the Defender portal's alert name, in English in every language.
notice-alert = { $time } ⚠ New alert ({ $severity }): { $title }, { $user }

## Message trace and alert details

view-trace-recipients = { $count ->
    [one] { $count } recipient
   *[other] { $count } recipients
}
view-trace-outside-recipients = { $count ->
    [one] { $count } outside recipient
   *[other] { $count } outside recipients
}
view-trace-forwarded-by-rule = forwarded by inbox rule "{ $rule }"
view-trace-forwarded-by-mailbox = forwarded by mailbox forwarding
view-alert-rule = rule "{ $rule }"
view-alert-forwarded-to = forwarded to { $address }

# Alert triage
view-alert-status-new = New
view-alert-status-resolved = Resolved
view-classification-true-positive = True positive
view-classification-informational = Informational, expected activity
view-classification-false-positive = False positive
view-alert-resolved = Classification: { $verdict } (resolved by { $by })
view-alert-resolved-comment = Classification: { $verdict } (resolved by { $by }): { $comment }
view-forwarding-search-heading = Mailboxes that send mail to { $address }:
view-forwarding-search-mailbox = mailbox forwarding
view-forwarding-search-rule = inbox rule "{ $rule }" ({ $state })
view-forwarding-search-rule-enabled = enabled
view-forwarding-search-rule-disabled = disabled
view-forwarding-search-rule-enabled-hidden = enabled, hidden
view-forwarding-search-rule-disabled-hidden = disabled, hidden
view-forwarding-search-none = (none)
# Places the logs show that are the simulator's own (not a city).
view-place-office = Office
view-place-hotel-wifi = Hotel Wi-Fi
# The audit log's target of a password reset policy change: the Entra page (glossary #21).
view-audit-target-password-reset = Password reset
# Registered devices and token theft.
view-methods-registered = registered { $at }
view-devices-heading = Devices registered to { $upn }:
view-devices-header-name = Name
view-devices-header-os = OS
view-devices-header-enabled = Enabled
view-devices-header-registered = Registered
view-devices-enabled-yes = Yes
view-devices-enabled-no = No
view-devices-none = (no devices)
view-note-device-already-disabled = Device { $device } of { $upn } is already disabled.
view-role-cloud-device-administrator = Cloud Device Administrator
view-role-intune-administrator = Intune Administrator
view-role-cloud-application-administrator = Cloud Application Administrator
view-role-application-administrator = Application Administrator
view-apps-user-consent = User consent for applications: { $setting }
view-apps-header-name = Name
view-apps-header-publisher = Publisher
view-apps-header-verified = Verified
view-apps-header-enabled = Enabled
view-apps-header-app-id = Application ID
view-apps-none = (no enterprise applications)
view-app-heading = Enterprise application { $app }
view-app-app-id = Application ID
view-app-object-id = Object ID
view-app-publisher = Publisher
view-app-verified = Verified publisher
view-app-reply-url = Reply URL
view-app-enabled = Enabled for users to sign in?
view-app-created = Created
view-app-grants-heading = Delegated permission grants:
view-grants-header-app = Application
view-grants-header-consent = Consent type
view-grants-header-granted = Granted
view-grants-header-scopes = Scopes
view-grants-none = (no delegated permission grants)
view-client-delegated-app = Non-interactive (app)
view-user-consent-allow-all = Allow user consent for apps
view-user-consent-verified-publishers = Allow user consent for apps from verified publishers, for selected permissions
view-user-consent-do-not-allow = Do not allow user consent
view-note-app-already-disabled = { $app } is already disabled.
view-note-user-consent-already = User consent is already "{ $setting }".


# Conditional Access, ID Protection and the password spray playbook.
view-sign-in-message-blocked-by-ca = You cannot access this right now: your sign-in was successful but does not meet the criteria to access this resource.
view-role-conditional-access-administrator = Conditional Access Administrator
view-note-already-confirmed-compromised = { $upn } is already confirmed compromised.
view-named-locations-heading = Named locations:
view-named-location-line = { $name } (IP ranges): { $ranges }
view-named-locations-none = No named locations.
view-ca-policies-heading = Conditional Access policies:
view-ca-policy-on = On
view-ca-policy-off = Off
view-ca-policy-block-locations = all users, locations { $locations }: block access
view-ca-policy-block-legacy = all users, client apps Exchange ActiveSync and other clients: block access
view-ca-policy-require-mfa-modern = all users, client apps browser and mobile apps and desktop clients: require multifactor authentication
view-ca-policies-none = No Conditional Access policies.
view-risky-users-heading = Risky users:
view-risky-user-line = { $upn }: confirmed compromised, risk level high, { $at } by { $by }
view-risky-users-none = No risky users.
view-audit-activity-confirm-user-compromised = Confirm user compromised
