# engine: en
# Outcomes, denials, events and the facts they carry, in words.
# Codes (AADSTS…, SMTP replies), field names and command words stay as they are.

## A step's result

engine-done = Done.
engine-access-denied = Access denied: { $reason }
engine-error = error: { $reason }

## Refusals

engine-not-signed-in = { $user } is not signed in: { $reason }
engine-mailbox-unreachable = { $user } cannot reach the mailbox: no working session
engine-no-mailbox-session = no working session on the mailbox of { $mailbox }
engine-no-full-access = { $delegate } has no FullAccess permission on the mailbox of { $mailbox }
engine-delegate-no-session = { $delegate } has no working session
engine-undeliverable = Your message couldn't be delivered: { $reply }
engine-sign-in-refused = { $message } (AADSTS{ $code })
engine-sspr-not-enabled = Self-service password reset is not enabled for { $user }. Contact your administrator.
engine-sspr-account-disabled = { $user } is disabled; self-service reset cannot unblock it (AADSTS50057)
engine-sspr-too-few-methods = { $count ->
    [one] Self-service reset needs { $count } verification method; { $usable } registered for { $user } can be used. Contact your administrator.
   *[other] Self-service reset needs { $count } verification methods; { $usable } registered for { $user } can be used. Contact your administrator.
}
engine-sspr-locked = { $message } (AADSTS50053). Use "I forgot my password" instead.
engine-sspr-needs-current-password = You need your current password for this option.
engine-release-limit = { $count ->
    [one] { $user } has been released { $count } times, the most an admin may; only Microsoft support can release it now
   *[other] { $user } has been released { $count } times, the most an admin may; only Microsoft support can release it now
}

## Sessions and app passwords

engine-session-none = no session
engine-session-refresh-revoked = the refresh token was revoked (AADSTS50173)
engine-session-account-disabled = the account is disabled (AADSTS50057)
engine-session-refresh-expired = the refresh token expired (AADSTS700082)
engine-session-mfa-required = multifactor authentication is now required (AADSTS50076)
engine-session-blocked-by-conditional-access = a Conditional Access policy blocks where it signs in from (AADSTS53003)
engine-app-password-none-held = no app password held
engine-app-password-account-disabled = the account is disabled (AADSTS50057)
engine-app-password-not-legacy = app passwords work only with legacy protocols
engine-app-password-protocol-disabled = the protocol is disabled for this mailbox

## Problems

engine-wait-too-long = a wait may last at most { $longest }
engine-ambiguous-user = '{ $name }' matches more than one user; use the full user principal name
engine-unknown-user = no user '{ $name }' in { $tenant }
engine-attacker-without-account = the attacker must act through an account it holds
engine-unknown-group = no group '{ $group }' (`groups` lists them)
engine-unknown-scope-group = no group '{ $group }'
engine-role-not-held = { $user } does not hold { $role }
engine-last-global-administrator = { $user } is the last Global Administrator of { $tenant }; add another before removing this one
engine-no-such-method = { $user } has no { $method } method registered
engine-no-app-passwords = { $user } has no app passwords
engine-no-contact-info = give an alternate email, a mobile phone, or both
engine-password-expiry-range = password expiration must be between { $shortest } and { $longest } days, or never
engine-misrouted-identity = not an identity action
engine-misrouted-mail = not a mail action
engine-misrouted-outbound = not an outbound action
engine-sign-in-as-someone-else = { $user } can only sign in as themselves
engine-service-cannot-sign-in = the service and support do not sign in as users
engine-own-account-reset = This operation can't be performed on a user's own account: change your own password, or use self-service reset (`sspr reset`).
engine-no-phone-to-call-back = { $user } has no phone number on file to call back
engine-password-not-known = you do not know the current password of { $user }; reset it first
engine-no-phone = { $user } has no phone number on file
engine-no-mobile-phone = { $user } has no mobile phone on file
engine-password-reused = You can't reuse a recent password. Choose a different one.
engine-password-unchanged = The new password must differ from the current one.
engine-sspr-methods-required-range = the number of methods required must be 1 or 2
engine-sspr-reconfirm-range = reconfirmation may be asked after 0 to 730 days
engine-sspr-too-few-methods-allowed = { $count ->
    [one] { $count } method required but only { $allowed } allowed
   *[other] { $count } methods required but only { $allowed } allowed
}
engine-no-forwarding-target = give a forwarding address or a forwarding SMTP address
engine-forwarding-address-outside = ForwardingAddress must be a recipient in the organisation; '{ $address }' is not
engine-no-such-rule = no inbox rule '{ $rule }' in the mailbox of { $user } (hidden rules need --hidden to be seen)
engine-no-such-delegate = { $delegate } has no permission on the mailbox of { $user }
engine-no-mailbox = { $user } has no mailbox (no Exchange Online licence)
engine-only-people-read-mail = only a signed-in person reads mail
engine-rule-without-action = an inbox rule needs at least one action
engine-rule-quota-reached = the mailbox has reached its inbox rule quota
engine-no-recipients = a message needs at least one recipient
engine-outbound-limit-range = an outbound recipient limit is a number from 0 to { $largest }
engine-not-restricted = { $user } is not on the restricted entities list
engine-restricted-until-tomorrow = { $user } was restricted until the next day (BlockUserForToday) and cannot be released early; sending resumes at 00:00 UTC
engine-only-the-user = Only { $user } can do that, and they are not at your desk. Ask them, or help them another way.
engine-no-one-to-ask = There is no user '{ $name }' to ask.

## Password rules (Entra's wording)

engine-password-too-short = { $count ->
    [one] The password must be at least { $count } characters long.
   *[other] The password must be at least { $count } characters long.
}
engine-password-too-long = { $count ->
    [one] The password can't be longer than { $count } characters.
   *[other] The password can't be longer than { $count } characters.
}
engine-password-not-ascii = The password contains a character that isn't allowed. Use only English letters, numbers, spaces and the symbols on a standard keyboard.
engine-password-too-few-classes = { $count ->
    [one] The password must contain at least { $count } of these: lowercase letters, uppercase letters, numbers and symbols (it contains { $found }).
   *[other] The password must contain at least { $count } of these: lowercase letters, uppercase letters, numbers and symbols (it contains { $found }).
}
engine-password-banned = The password is too easy to guess. Choose a password that is harder to guess.
engine-password-banned-terms = The password is too easy to guess: it contains { $terms }. Choose a password that is harder to guess.
engine-quoted = '{ $text }'
engine-and-list = { $rest } and { $last }

## Permission denials

engine-denied = to { $action } you need { $needed }.
engine-denied-target = to { $action } a user who holds { $held } you need { $needed }.
engine-denied-target-no-role = to { $action } a user who holds no admin role you need { $needed }.
engine-or-list = { $rest } or { $last }
engine-no-role-can = a role that no one can hold
engine-permission-reset-password = reset the password of
engine-permission-set-sign-in-status = change the sign-in status of
engine-permission-revoke-sessions = sign out
engine-permission-manage-authentication-methods = manage the authentication methods of
engine-permission-set-user-password-policy = change the password policy of
engine-permission-read-directory = read the directory
engine-permission-read-sign-in-logs = read sign-in logs
engine-permission-read-audit-log = read the audit log
engine-permission-manage-role-membership = change admin role membership
engine-permission-manage-sspr = change self-service password reset settings
engine-permission-manage-smart-lockout = change smart lockout settings
engine-permission-manage-password-expiration = change the password expiration policy
engine-permission-read-mailbox = read mailbox settings
engine-permission-manage-mailbox = change mailbox settings (forwarding, inbox rules, permissions, protocols)
engine-permission-message-trace = run a message trace
engine-permission-read-restricted-senders = view restricted entities
engine-permission-release-restricted-sender = release restricted senders
engine-permission-read-alerts = view alerts
engine-permission-manage-outbound-spam-policy = change the outbound spam policy

## Admin roles

engine-role-global-administrator = Global Administrator
engine-role-privileged-authentication-administrator = Privileged Authentication Administrator
engine-role-privileged-role-administrator = Privileged Role Administrator
engine-role-user-administrator = User Administrator
engine-role-groups-administrator = Groups Administrator
engine-role-helpdesk-administrator = Helpdesk Administrator
engine-role-password-administrator = Password Administrator
engine-role-authentication-administrator = Authentication Administrator
engine-role-authentication-policy-administrator = Authentication Policy Administrator
engine-role-exchange-administrator = Exchange Administrator
engine-role-security-administrator = Security Administrator
engine-role-security-reader = Security Reader
engine-role-global-reader = Global Reader
engine-role-reports-reader = Reports Reader
engine-role-message-center-reader = Message Center Reader
engine-role-directory-readers = Directory Readers
engine-role-guest-inviter = Guest Inviter
engine-role-organization-management = Organization Management

## What the sign-in page says, and what a status means

engine-sign-in-message-success = Signed in.
engine-sign-in-message-must-change-password = You need to update your password because this is the first time you are signing in, or because your password has expired.
engine-sign-in-message-wrong-password = Your account or password is incorrect.
engine-sign-in-message-locked = Your account is temporarily locked to prevent unauthorized use. Try again later.
engine-sign-in-message-disabled = Your account has been locked. Contact your support person to unlock it, then try again.
engine-sign-in-message-password-expired = Your password has expired.
engine-sign-in-message-mfa-required = More information required: approve the sign-in with your second factor.
engine-sign-in-message-unknown-user = This username may be incorrect.
engine-sign-in-message-token-revoked = Your session has expired. Sign in again.
engine-sign-in-meaning-success = success
engine-sign-in-meaning-must-change-password = must change the password
engine-sign-in-meaning-wrong-password = wrong password
engine-sign-in-meaning-locked = locked by smart lockout
engine-sign-in-meaning-disabled = sign-in blocked
engine-sign-in-meaning-password-expired = password expired
engine-sign-in-meaning-mfa-required = multifactor authentication required
engine-sign-in-meaning-unknown-user = no such user
engine-sign-in-meaning-token-revoked = refresh token revoked

## Events

engine-event-line = { $at } { $actor }: { $what }
engine-actor-admin = admin { $user }
engine-actor-user = user { $user }
engine-actor-attacker-as = attacker (as { $user })
engine-actor-attacker = attacker
engine-actor-service = service
engine-actor-support = Microsoft support
engine-event-signed-in = { $party ->
    [owner] the owner
   *[attacker] the attacker
} signed in to { $user } from { $location ->
    [familiar] a familiar
   *[unfamiliar] an unfamiliar
} location ({ $meaning })
engine-event-app-signed-in = the attacker's application got a token for { $user } with its grant (non-interactive sign-in)
engine-event-sign-in-failed = { $party ->
    [owner] the owner
   *[attacker] the attacker
} failed to sign in to { $user } from { $location ->
    [familiar] a familiar
   *[unfamiliar] an unfamiliar
} location: AADSTS{ $code } ({ $meaning })
engine-event-locked-out = smart lockout locked { $user } for { $location ->
    [familiar] familiar
   *[unfamiliar] unfamiliar
} sign-ins until { $until }
engine-event-lockout-ended = lockout of { $user } ({ $location ->
    [familiar] familiar
   *[unfamiliar] unfamiliar
}) ended
engine-event-lockout-cleared = lockout of { $user } cleared
engine-event-session-issued = session { $session } issued to { $party ->
    [owner] the owner
   *[attacker] the attacker
} for { $user }
engine-event-session-used = { $party ->
    [owner] the owner
   *[attacker] the attacker
} used session { $session } of { $user }{ $refreshed ->
    [yes] {" "}(refreshed the access token)
   *[no] {""}
}
engine-event-session-rejected = { $party ->
    [owner] the owner
   *[attacker] the attacker
}'s session on { $user } rejected: { $reason }
engine-event-access-token-expired = access token of session { $session } on { $user } expired
engine-event-continuous-access-reached = Exchange Online received the critical event for session { $session } on { $user }
engine-event-app-password-used = { $party ->
    [owner] the owner
   *[attacker] the attacker
} used an app password on { $user }
engine-event-app-password-failed = { $party ->
    [owner] the owner
   *[attacker] the attacker
} failed to use an app password on { $user }: { $reason }
engine-event-password-reset = password of { $user } reset{ $change ->
    [yes] , change required at next sign-in
   *[no] {""}
}
engine-event-password-changed = { $party ->
    [owner] the owner
   *[attacker] the attacker
} changed the password of { $user }{ $self_service ->
    [yes] {" "}through self-service reset
   *[no] {""}
}
engine-event-password-learned = { $party ->
    [owner] the owner
   *[attacker] the attacker
} learned the current password of { $user } ({ $how })
engine-event-password-exposed = the password of { $user } was sent to { $address }
engine-event-refresh-tokens-revoked = { $count ->
    [one] { $count } password-based refresh token of { $user } revoked
   *[other] { $count } password-based refresh tokens of { $user } revoked
}
engine-event-permitted-on = permitted to { $action } { $user }
engine-event-permitted = permitted to { $action }
engine-event-sign-in-blocked = sign-in blocked for { $user }
engine-event-sign-in-allowed = sign-in allowed for { $user }
engine-event-sessions-revoked = { $count ->
    [one] sign-out of all sessions of { $user }: { $count } refresh token revoked
   *[other] sign-out of all sessions of { $user }: { $count } refresh tokens revoked
}
engine-event-role-added = { $role } added to { $user }
engine-event-role-removed = { $role } removed from { $user }
engine-event-mfa-required = multifactor authentication required for { $user }
engine-event-method-removed = { $count ->
    [one] { $count } { $method } method removed from { $user }
   *[other] { $count } { $method } methods removed from { $user }
}
engine-event-app-passwords-removed = { $count ->
    [one] { $count } app password removed from { $user }
   *[other] { $count } app passwords removed from { $user }
}
engine-event-contact-info-updated = contact info of { $user } updated
engine-event-notified = message to { $user } by { $channel }{ $password ->
    [yes] {" "}with the password
   *[no] {""}
} reached { $reached ->
    [owner] the owner
    [attacker] the attacker
   *[none] no one
}
engine-event-caller-verified = caller claiming to be { $user } checked by { $via }: { $confirmed ->
    [yes] confirmed
   *[no] not the user
}
engine-verification-callback = callback
engine-verification-manager = manager
engine-verification-in-person = in-person
engine-event-mail-sent = { $count ->
    [one] { $from } sent "{ $subject }" to { $count } recipient
   *[other] { $from } sent "{ $subject }" to { $count } recipients
}
engine-event-mail-rejected = mail from { $from } rejected: { $code }
engine-event-mail-delivered = "{ $subject }" delivered to { $to } ({ $folder })
engine-event-mail-forwarded-by-rule = inbox rule "{ $rule }" of { $mailbox } forwarded a message to { $to }
engine-event-mail-forwarded = mailbox forwarding of { $mailbox } sent a message to { $to }
engine-event-mail-bounced = forwarding from { $mailbox } to { $to } bounced: { $code }
engine-event-mail-read = { $count ->
    [0] { $party ->
        [owner] the owner
       *[attacker] the attacker
    } opened { $mailbox }: no new messages
    [one] { $party ->
        [owner] the owner
       *[attacker] the attacker
    } read { $count } message in { $mailbox }
   *[other] { $party ->
        [owner] the owner
       *[attacker] the attacker
    } read { $count } messages in { $mailbox }
}
engine-event-forwarding-set = forwarding of { $user } set to { $address }
engine-event-forwarding-cleared = forwarding of { $user } cleared
engine-event-rule-created = inbox rule "{ $rule }" created in { $user }
engine-event-rule-removed = inbox rule "{ $rule }" removed from { $user }
engine-event-rule-enabled = inbox rule "{ $rule }" of { $user } { $enabled ->
    [yes] enabled
   *[no] disabled
}
engine-event-delegate-added = { $delegate } given access to the mailbox of { $user }
engine-event-delegate-removed = access of { $delegate } to the mailbox of { $user } removed
engine-event-protocols-disabled = protocols { $protocols } disabled for { $user }
engine-event-sender-restricted = { $user } restricted from sending email (crossed { $limit })
engine-event-release-requested = release of { $user } requested; sending resumes at { $at }
engine-event-sender-released = { $user } can send email again
engine-event-alert-raised = alert "{ $title }" for { $user }
engine-event-helpdesk-call = { $user } calls the helpdesk: "{ $message }"
engine-event-attacker-gave-up = the attacker has no working foothold left and gives up
engine-event-clock-advanced = clock advanced to { $to }
engine-event-new-day = a new UTC day begins
engine-cannot-sign-in = I can't sign in.
engine-cannot-sign-in-says = I can't sign in. It says: { $message } (AADSTS{ $code })

## How a password was learned, how people were told

engine-learned-read-in-mailbox = read it in the mailbox of { $mailbox }
engine-learned-mail-to = mail to { $address }
engine-learned-set-through-admin = set it through a compromised admin account
engine-learned-told = told by { $channel }
engine-learned-password-spray = password spray
engine-channel-in-person = in person
engine-channel-phone = phone ({ $number })
engine-channel-sms = text message ({ $number })
engine-channel-email = email to { $address }

## Outbound limits and alerts

engine-limit-external-per-hour = external recipients per hour
engine-limit-internal-per-hour = internal recipients per hour
engine-limit-per-day = recipients per day
engine-limit-service-per-day = the service limit of recipients per day
engine-limit-service-messages-per-minute = the service limit of messages per minute
engine-limit-service-per-message = the service limit of recipients per message

## Policy changes

engine-policy-passwords-never-expire = password expiration policy changed: passwords never expire
engine-policy-passwords-expire = { $count ->
    [one] password expiration policy changed: passwords expire after { $count } days
   *[other] password expiration policy changed: passwords expire after { $count } days
}
engine-policy-user-password-policy = password policy of { $user } changed: PasswordPolicies: { $policies }
engine-policy-sspr = { $count ->
    [one] self-service password reset changed: scope { $scope }, { $count } method required
   *[other] self-service password reset changed: scope { $scope }, { $count } methods required
}
engine-policy-outbound-spam = outbound spam policy changed: { $external } external/h, { $internal } internal/h, { $per_day } per day, action: { $action }, automatic forwarding: { $forwarding }
engine-outbound-action-block-user = restrict the user from sending email
engine-outbound-action-block-user-for-today = restrict the user from sending email until the following day
engine-outbound-action-alert = alert only
engine-auto-forwarding-automatic = automatic (system-controlled)
engine-auto-forwarding-on = on (forwarding is enabled)
engine-auto-forwarding-off = off (forwarding is disabled)

# Alert triage
engine-event-alert-resolved = alert #{ $id } for { $user } resolved: { $verdict }
engine-permission-manage-alerts = manage alerts
engine-no-such-alert = there is no alert #{ $id }
# Registered devices and token theft.
engine-permission-manage-devices = disable or delete devices
engine-event-device-disabled = device { $device } of { $user } disabled
engine-event-device-deleted = device { $device } of { $user } deleted
engine-no-such-device = { $user } has no registered device named { $device }.
engine-role-cloud-device-administrator = Cloud Device Administrator
engine-role-intune-administrator = Intune Administrator
engine-role-cloud-application-administrator = Cloud Application Administrator
engine-role-application-administrator = Application Administrator
engine-permission-manage-applications = disable or delete enterprise applications and revoke their permission grants
engine-permission-manage-consent-policy = change the user consent settings
engine-no-such-app = There is no enterprise application named { $app }.
engine-no-grants = { $app } holds no delegated permission grant.
engine-no-grants-of-user = { $app } holds no delegated permission grant that { $user } gave.
engine-misrouted-apps = that is not an action on enterprise applications
engine-event-app-disabled = enterprise application { $app } disabled
engine-event-app-deleted = enterprise application { $app } deleted
engine-event-grants-revoked = { $count ->
    [one] { $count } permission grant of { $app } revoked
   *[other] { $count } permission grants of { $app } revoked
}
engine-event-user-consent-changed = user consent for applications set to "{ $setting }"
engine-event-consent-granted = { $user } consented to the application { $app }


# Conditional Access, ID Protection and the password spray playbook.
engine-misrouted-access = not a Conditional Access or ID Protection action
engine-invalid-range = { $range } is not an IPv4 range in CIDR notation (such as 102.89.0.0/16, host bits zero).
engine-no-ranges = A named location needs at least one IP range.
engine-too-many-ranges = A named location holds at most { $limit } ranges here.
engine-named-location-exists = A named location called { $name } already exists.
engine-too-many-named-locations = The tenant holds at most { $limit } named locations here.
engine-unknown-named-location = There is no named location called { $name } (see `ca locations`).
engine-no-locations = A blocking policy needs at least one named location.
engine-policy-exists = A Conditional Access policy called { $name } already exists.
engine-too-many-policies = The tenant holds at most { $limit } Conditional Access policies here.
engine-bad-access-name = A name must have 1 to { $limit } characters and no control characters.
engine-permission-read-conditional-access = read Conditional Access policies and named locations
engine-permission-manage-conditional-access = create Conditional Access policies and named locations
engine-permission-read-risky-users = read ID Protection's risky users
engine-permission-manage-user-risk = confirm users compromised in ID Protection
engine-role-conditional-access-administrator = Conditional Access Administrator
engine-sign-in-message-blocked-by-ca = You cannot access this right now: your sign-in was successful but does not meet the criteria to access this resource.
engine-sign-in-meaning-blocked-by-ca = blocked by Conditional Access
engine-event-named-location-created = named location { $name } created with { $count ->
    [one] one range
   *[other] { $count } ranges
}
engine-event-ca-policy-created = Conditional Access policy { $name } created and turned on
engine-event-user-confirmed-compromised = { $user } confirmed compromised (user risk high)
