//! Views in words: tables and lists close to what the admin center or
//! PowerShell shows, with the real field names where the product shows them.
//!
//! Which words are translated: our own labels, headings, column titles
//! that are admin-center labels, yes/no, "(none)", counts and rule
//! descriptions. Which are not: the real cmdlets' and APIs' field names
//! (`UserPrincipalName`, `DisplayName`, `Department`, `ForwardingAddress`,
//! `ForwardingSmtpAddress`, `DeliverToMailboxAndForward`, `RuleIdentity`,
//! `Name`, `Priority`, `Enabled`, `Description`), their values (true/false as
//! PowerShell prints them, `FullAccess`, AADSTS codes), the audit log's activity names and
//! the alert titles (as the real portals show them), command words (method
//! and protocol names), and data (addresses, names, subjects, times).
//!
//! Columns are as wide as the English layout, or wider when a translated
//! header or value needs it (display width, so a column stays aligned).

use crate::action::Verification;
use crate::engine::view::{ForwardingBy, MailboxDetail, MembersOf, Note, Policies, RestrictedLine, UserDetail, UserSummary, View};
use crate::i18n::Lang;
use crate::t;
use crate::tenant::access::PolicyControl;
use crate::tenant::logs::{
    Activity, Alert, AlertDetail, AlertStatus, AuditDetail, AuditEntry, Classification, ClientApp, Place, Severity, SignInEntry,
    SignInStatus, TraceDetail, TraceEntry, TraceStatus, TraceTo,
};
use crate::tenant::mailbox::{InboxRule, RuleAction, RuleCondition};
use crate::tenant::outbound::LimitKind;
use crate::tenant::policy::{AutoForwardingMode, OutboundAction, SsprMethod, SsprPolicy, SsprScope};
use crate::tenant::role::Role;

/// A view as the trainee reads it.
#[must_use]
pub fn render(lang: Lang, view: &View) -> String {
    let mut out = String::new();
    match view {
        View::Users { users, total } => users_table(lang, users, *total, &mut out),
        View::Groups(groups) if groups.is_empty() => line(&mut out, &t!(lang, "view-groups-none")),
        View::Groups(groups) => {
            let header = t!(lang, "view-groups-header-group");
            let width = groups.iter().map(|group| width(&group.name)).max().unwrap_or(0).max(width(&header));
            line(&mut out, &format!("{}  {}", pad(&header, width), t!(lang, "view-groups-header-members")));
            for group in groups {
                line(&mut out, &format!("{}  {}", pad(&group.name, width), group.members));
            }
            line(&mut out, &t!(lang, "view-groups-count", count = groups.len()));
        }
        View::Members { of, members } => members_table(lang, of, members, &mut out),
        View::User(user) => user_detail(lang, user, &mut out),
        View::Methods { upn, methods, app_passwords } => {
            line(&mut out, &t!(lang, "view-methods-heading", upn = upn));
            for method in methods {
                match method.registered_at {
                    Some(at) => {
                        let registered = t!(lang, "view-methods-registered", at = at.to_string());
                        line(&mut out, &format!("  {:<20} {:<28} {registered}", method.method.name(), method.detail));
                    }
                    None => line(&mut out, &format!("  {:<20} {}", method.method.name(), method.detail)),
                }
            }
            if methods.is_empty() {
                line(&mut out, &format!("  {}", t!(lang, "view-methods-none")));
            }
            for name in app_passwords {
                line(&mut out, &format!("  {:<20} {name}", "app-password"));
            }
        }
        View::Devices { upn, devices } => {
            line(&mut out, &t!(lang, "view-devices-heading", upn = upn));
            // As Entra's devices list: name, operating system, enabled, registered.
            let headers =
                [t!(lang, "view-devices-header-name"), t!(lang, "view-devices-header-os"), t!(lang, "view-devices-header-enabled")];
            let widths = [column(24, &headers[..1]), column(14, &headers[1..2]), column(9, &headers[2..3])];
            let mut header = String::from("  ");
            for (text, columns) in headers.iter().zip(widths) {
                header.push_str(&pad(text, columns));
                header.push(' ');
            }
            header.push_str(&t!(lang, "view-devices-header-registered"));
            line(&mut out, &header);
            for device in devices {
                let enabled = if device.enabled { t!(lang, "view-devices-enabled-yes") } else { t!(lang, "view-devices-enabled-no") };
                let cells = [device.name.clone(), device.os.clone(), enabled];
                let mut row = String::from("  ");
                for (text, columns) in cells.iter().zip(widths) {
                    row.push_str(&pad(text, columns));
                    row.push(' ');
                }
                row.push_str(&device.registered_at.to_string());
                line(&mut out, &row);
            }
            if devices.is_empty() {
                line(&mut out, &format!("  {}", t!(lang, "view-devices-none")));
            }
        }
        View::Apps { user_consent, apps } => {
            line(&mut out, &t!(lang, "view-apps-user-consent", setting = user_consent_name(lang, *user_consent)));
            // As Entra's enterprise applications list: name, publisher,
            // verified publisher, enabled for sign-in, application ID.
            let headers = [
                t!(lang, "view-apps-header-name"),
                t!(lang, "view-apps-header-publisher"),
                t!(lang, "view-apps-header-verified"),
                t!(lang, "view-apps-header-enabled"),
            ];
            let widths = [column(24, &headers[..1]), column(22, &headers[1..2]), column(9, &headers[2..3]), column(8, &headers[3..4])];
            let mut header = String::from("  ");
            for (text, columns) in headers.iter().zip(widths) {
                header.push_str(&pad(text, columns));
                header.push(' ');
            }
            header.push_str(&t!(lang, "view-apps-header-app-id"));
            line(&mut out, &header);
            for app in apps {
                let cells = [app.name.clone(), app.publisher.clone(), yes_no(lang, app.verified), yes_no(lang, app.enabled)];
                let mut row = String::from("  ");
                for (text, columns) in cells.iter().zip(widths) {
                    row.push_str(&pad(text, columns));
                    row.push(' ');
                }
                row.push_str(&app.app_id);
                line(&mut out, &row);
            }
            if apps.is_empty() {
                line(&mut out, &format!("  {}", t!(lang, "view-apps-none")));
            }
        }
        View::App { app, grants } => {
            line(&mut out, &t!(lang, "view-app-heading", app = app.name.as_str()));
            let rows = vec![
                (t!(lang, "view-app-app-id"), app.app_id.clone()),
                (t!(lang, "view-app-object-id"), app.object_id.clone()),
                (t!(lang, "view-app-publisher"), app.publisher.clone()),
                (t!(lang, "view-app-verified"), yes_no(lang, app.verified)),
                (t!(lang, "view-app-reply-url"), app.reply_url.clone()),
                (t!(lang, "view-app-enabled"), yes_no(lang, app.enabled)),
                (t!(lang, "view-app-created"), app.created_at.to_string()),
            ];
            block(&mut out, 30, &rows);
            line(&mut out, &t!(lang, "view-app-grants-heading"));
            grants_table(lang, grants, &mut out);
        }
        View::Grants(grants) => grants_table(lang, grants, &mut out),
        View::SignIns(entries) => sign_ins(lang, entries, &mut out),
        View::NamedLocations(locations) => {
            // As Entra's Named locations page: name, type, ranges.
            line(&mut out, &t!(lang, "view-named-locations-heading"));
            for location in locations {
                let ranges = location.ranges.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
                line(&mut out, &format!("  {}", t!(lang, "view-named-location-line", name = location.name.as_str(), ranges = ranges)));
            }
            if locations.is_empty() {
                line(&mut out, &format!("  {}", t!(lang, "view-named-locations-none")));
            }
        }
        View::ConditionalAccessPolicies(policies) => {
            line(&mut out, &t!(lang, "view-ca-policies-heading"));
            for policy in policies {
                let state = if policy.enabled { t!(lang, "view-ca-policy-on") } else { t!(lang, "view-ca-policy-off") };
                let what = policy_control(lang, &policy.control);
                line(&mut out, &format!("  {} [{state}]: {what}", policy.name));
            }
            if policies.is_empty() {
                line(&mut out, &format!("  {}", t!(lang, "view-ca-policies-none")));
            }
        }
        View::RiskyUsers(users) => {
            // As Identity Protection's Risky users: user, risk state, level, when.
            line(&mut out, &t!(lang, "view-risky-users-heading"));
            for risky in users {
                line(
                    &mut out,
                    &format!(
                        "  {}",
                        t!(
                            lang,
                            "view-risky-user-line",
                            upn = risky.upn.as_str(),
                            at = risky.confirmed_at.to_string(),
                            by = risky.by.as_str()
                        )
                    ),
                );
            }
            if users.is_empty() {
                line(&mut out, &format!("  {}", t!(lang, "view-risky-users-none")));
            }
        }
        View::Audit(entries) => audit(lang, entries, &mut out),
        View::Policies(policies) => policies_block(lang, policies, &mut out),
        View::Sspr(policy) => sspr(lang, policy, &mut out),
        View::SignIn { status } => {
            let message = sign_in_message(lang, *status);
            match status.code() {
                0 => line(&mut out, &message),
                code => line(&mut out, &format!("{message} (AADSTS{code})")),
            }
        }
        View::TemporaryPassword { upn, password } => {
            line(&mut out, &t!(lang, "view-temporary-password", upn = upn, password = password));
            line(&mut out, &t!(lang, "view-temporary-password-share"));
        }
        View::Mailbox(mailbox) => mailbox_detail(lang, mailbox, &mut out),
        View::Rules { upn, rules } => {
            line(&mut out, &t!(lang, "view-rules-heading", upn = upn));
            // Get-InboxRule's own column names.
            line(&mut out, &format!("{:<12} {:<28} {:<9} {:<8} Description", "RuleIdentity", "Name", "Priority", "Enabled"));
            for rule in rules {
                line(
                    &mut out,
                    &format!(
                        "{:<12} {:<28} {:<9} {:<8} {}",
                        rule.identity,
                        format!("\"{}\"", rule.name),
                        rule.priority,
                        rule.enabled,
                        describe_rule(lang, rule)
                    ),
                );
            }
            if rules.is_empty() {
                line(&mut out, &t!(lang, "view-rules-none"));
            }
        }
        View::Delegates { upn, delegates } => {
            line(&mut out, &t!(lang, "view-delegates-heading", upn = upn));
            for (user, access) in delegates {
                line(&mut out, &format!("  {user:<36} {}", access.label()));
            }
            if delegates.is_empty() {
                line(&mut out, &format!("  {}", t!(lang, "view-delegates-owner-only")));
            }
        }
        View::Trace(entries) => trace(lang, entries, &mut out),
        View::ForwardingSearch { address, hits } => {
            line(&mut out, &t!(lang, "view-forwarding-search-heading", address = address));
            for hit in hits {
                let how = match &hit.by {
                    ForwardingBy::Mailbox => t!(lang, "view-forwarding-search-mailbox"),
                    ForwardingBy::Rule { name, enabled, hidden } => {
                        let state = match (enabled, hidden) {
                            (true, false) => t!(lang, "view-forwarding-search-rule-enabled"),
                            (false, false) => t!(lang, "view-forwarding-search-rule-disabled"),
                            (true, true) => t!(lang, "view-forwarding-search-rule-enabled-hidden"),
                            (false, true) => t!(lang, "view-forwarding-search-rule-disabled-hidden"),
                        };
                        t!(lang, "view-forwarding-search-rule", rule = name, state = state)
                    }
                };
                line(&mut out, &format!("  {:<36} {how}", hit.upn));
            }
            if hits.is_empty() {
                line(&mut out, &format!("  {}", t!(lang, "view-forwarding-search-none")));
            }
        }
        View::Restricted(lines) => {
            for entry in lines {
                line(&mut out, &restricted_line(lang, entry));
            }
            if lines.is_empty() {
                line(&mut out, &t!(lang, "view-restricted-none"));
            }
        }
        View::Alerts(alerts) => alerts_list(lang, alerts, &mut out),
        View::Mail { upn, subjects } => {
            line(&mut out, &t!(lang, "view-mail-read", count = subjects.len(), upn = upn));
            for subject in subjects {
                line(&mut out, &format!("  {subject}"));
            }
        }
        View::Note(note) => line(&mut out, &note_text(lang, note)),
    }
    out.truncate(out.trim_end_matches('\n').len());
    out
}

fn line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}

/// How many terminal columns `text` takes.
fn width(text: &str) -> usize {
    textwrap::core::display_width(text)
}

/// `text` padded with spaces to `columns` terminal columns.
fn pad(text: &str, columns: usize) -> String {
    let mut padded = text.to_string();
    padded.extend(std::iter::repeat_n(' ', columns.saturating_sub(width(text))));
    padded
}

/// A column at least `fixed` wide (the English layout) and as wide as the
/// widest of `texts` (a translated header or value).
fn column<S: AsRef<str>>(fixed: usize, texts: &[S]) -> usize {
    texts.iter().map(|text| width(text.as_ref())).max().unwrap_or(0).max(fixed)
}

/// `label : value` lines with the colons aligned: at `fixed` as in the
/// English layout (where one label one column longer touches its colon),
/// or after the widest label when a translation is longer.
fn block(out: &mut String, fixed: usize, rows: &[(String, String)]) {
    let widest = rows.iter().map(|(label, _)| width(label)).max().unwrap_or(0);
    let at = if widest <= fixed + 1 { fixed } else { widest + 1 };
    for (label, value) in rows {
        line(out, &format!("{}: {value}", pad(label, at)));
    }
}

fn yes_no(lang: Lang, value: bool) -> String {
    if value { t!(lang, "view-yes") } else { t!(lang, "view-no") }
}

fn users_table(lang: Lang, users: &[UserSummary], total: usize, out: &mut String) {
    let blocked = t!(lang, "view-users-header-blocked");
    let blocked_width = column(8, &[blocked.clone(), yes_no(lang, true), yes_no(lang, false)]);
    line(
        out,
        &format!(
            "{:<36} {:<24} {:<14} {} {}",
            "UserPrincipalName",
            "DisplayName",
            "Department",
            pad(&blocked, blocked_width),
            t!(lang, "view-users-header-admin")
        ),
    );
    for user in users {
        line(
            out,
            &format!(
                "{:<36} {:<24} {:<14} {} {}",
                user.upn,
                user.display_name,
                user.department,
                pad(&yes_no(lang, user.sign_in_blocked), blocked_width),
                yes_no(lang, user.admin)
            ),
        );
    }
    if total > users.len() {
        line(out, &t!(lang, "view-users-shown", shown = users.len(), count = total));
    } else {
        line(out, &t!(lang, "view-users-count", count = total));
    }
}

fn members_table(lang: Lang, of: &MembersOf, members: &[UserSummary], out: &mut String) {
    let of = match of {
        MembersOf::Group(name) => t!(lang, "view-members-of-group", name = name),
        MembersOf::Role(role) => t!(lang, "view-members-of-role", role = role_name(lang, *role)),
    };
    line(out, &t!(lang, "view-members-heading", of = of));
    if members.is_empty() {
        line(out, &t!(lang, "view-none"));
        return;
    }
    line(out, &format!("{:<36} {:<24} {:<14} {}", "UserPrincipalName", "DisplayName", "Department", t!(lang, "view-users-header-blocked")));
    for user in members {
        line(out, &format!("{:<36} {:<24} {:<14} {}", user.upn, user.display_name, user.department, yes_no(lang, user.sign_in_blocked)));
    }
    line(out, &t!(lang, "view-members-count", count = members.len()));
}

fn user_detail(lang: Lang, user: &UserDetail, out: &mut String) {
    let none = || t!(lang, "view-none");
    let roles = if user.roles.is_empty() {
        t!(lang, "view-none-word")
    } else {
        user.roles.iter().map(|role| role_name(lang, *role)).collect::<Vec<_>>().join(", ")
    };
    let rows = [
        ("UserPrincipalName".to_string(), user.upn.clone()),
        ("DisplayName".to_string(), user.display_name.clone()),
        ("Department".to_string(), user.department.clone()),
        (t!(lang, "view-user-usual-location"), place(lang, &user.location)),
        (t!(lang, "view-user-sign-in-blocked"), yes_no(lang, user.sign_in_blocked)),
        (t!(lang, "view-user-roles"), roles),
        (t!(lang, "view-user-mfa-required"), yes_no(lang, user.mfa_required)),
        (t!(lang, "view-user-alternate-email"), user.alternate_email.clone().unwrap_or_else(none)),
        (t!(lang, "view-user-mobile-phone"), user.mobile_phone.clone().unwrap_or_else(none)),
        (t!(lang, "view-user-password-last-set"), user.password_last_set.to_string()),
        (t!(lang, "view-user-password-never-expires"), yes_no(lang, user.password_never_expires)),
        (t!(lang, "view-user-must-change-password"), yes_no(lang, user.must_change_password)),
        (t!(lang, "view-user-licensed"), yes_no(lang, user.licensed)),
    ];
    block(out, 21, &rows);
}

fn mailbox_detail(lang: Lang, mailbox: &MailboxDetail, out: &mut String) {
    let none = || t!(lang, "view-none");
    let disabled = if mailbox.disabled_protocols.is_empty() {
        t!(lang, "view-none-word")
    } else {
        mailbox.disabled_protocols.iter().map(|protocol| protocol.name()).collect::<Vec<_>>().join(", ")
    };
    let rows = [
        (t!(lang, "view-mailbox-mailbox"), mailbox.upn.clone()),
        ("ForwardingAddress".to_string(), mailbox.forwarding_address.clone().unwrap_or_else(none)),
        ("ForwardingSmtpAddress".to_string(), mailbox.forwarding_smtp_address.clone().unwrap_or_else(none)),
        ("DeliverToMailboxAndForward".to_string(), mailbox.deliver_and_forward.to_string()),
        (t!(lang, "view-mailbox-rules"), mailbox.rule_count.to_string()),
        (t!(lang, "view-mailbox-delegates"), mailbox.delegate_count.to_string()),
        (t!(lang, "view-mailbox-disabled-protocols"), disabled),
        (t!(lang, "view-mailbox-restricted"), yes_no(lang, mailbox.restricted)),
    ];
    block(out, 27, &rows);
}

fn sign_ins(lang: Lang, entries: &[SignInEntry], out: &mut String) {
    // As Get-MgAuditLogSignIn: IpAddress, ClientAppUsed, Location, Status (ErrorCode); newest first.
    let headers = [
        t!(lang, "view-log-header-date"),
        t!(lang, "view-sign-ins-header-user"),
        t!(lang, "view-log-header-ip"),
        t!(lang, "view-sign-ins-header-client"),
        t!(lang, "view-log-header-location"),
    ];
    let widths = [
        column(20, &headers[..1]),
        column(32, &headers[1..2]),
        column(15, &headers[2..3]),
        column(22, &headers[3..4]),
        column(14, &headers[4..5]),
    ];
    let mut header = String::new();
    for (text, columns) in headers.iter().zip(widths) {
        header.push_str(&pad(text, columns));
        header.push(' ');
    }
    header.push_str(&t!(lang, "view-sign-ins-header-status"));
    line(out, &header);
    for entry in entries {
        let ip = if entry.ip.is_empty() { "-" } else { entry.ip.as_str() };
        let cells = [entry.at.to_string(), entry.upn.clone(), ip.to_string(), client_app(lang, entry.client), place(lang, &entry.place)];
        let mut row = String::new();
        for (text, columns) in cells.iter().zip(widths) {
            row.push_str(&pad(text, columns));
            row.push(' ');
        }
        row.push_str(&sign_in_status(lang, entry.status));
        line(out, &row);
    }
    if entries.is_empty() {
        line(out, &t!(lang, "view-sign-ins-none"));
    }
}

/// The sign-in log's Status column: success, or failure with the code.
fn sign_in_status(lang: Lang, status: SignInStatus) -> String {
    match status.code() {
        0 => t!(lang, "view-sign-in-success"),
        code => t!(lang, "view-sign-in-failure", code = code),
    }
}

/// What the person signing in is told (the AADSTS code is added after it).
#[must_use]
pub(crate) fn sign_in_message(lang: Lang, status: SignInStatus) -> String {
    match status {
        SignInStatus::Success => t!(lang, "view-sign-in-message-success"),
        SignInStatus::MustChangePassword => t!(lang, "view-sign-in-message-must-change"),
        SignInStatus::WrongPassword => t!(lang, "view-sign-in-message-wrong-password"),
        SignInStatus::Locked => t!(lang, "view-sign-in-message-locked"),
        SignInStatus::Disabled => t!(lang, "view-sign-in-message-disabled"),
        SignInStatus::PasswordExpired => t!(lang, "view-sign-in-message-expired"),
        SignInStatus::MfaRequired => t!(lang, "view-sign-in-message-mfa"),
        SignInStatus::UnknownUser => t!(lang, "view-sign-in-message-unknown-user"),
        SignInStatus::TokenRevoked => t!(lang, "view-sign-in-message-token-revoked"),
        SignInStatus::BlockedByConditionalAccess => t!(lang, "view-sign-in-message-blocked-by-ca"),
    }
}

fn audit(lang: Lang, entries: &[AuditEntry], out: &mut String) {
    // Newest first: when, who (from which address and place), what, on whom.
    let headers = [
        t!(lang, "view-log-header-date"),
        t!(lang, "view-audit-header-actor"),
        t!(lang, "view-log-header-ip"),
        t!(lang, "view-log-header-location"),
        t!(lang, "view-audit-header-activity"),
        t!(lang, "view-audit-header-target"),
    ];
    let fixed = [20, 30, 15, 14, 38, 30];
    let mut widths: Vec<usize> = headers.iter().zip(fixed).map(|(header, fixed)| column(fixed, &[header])).collect();
    // The simulator's own activity names are translated, and some are long.
    let activities: Vec<String> = entries.iter().map(|entry| activity_name(lang, entry.activity)).collect();
    widths[4] = widths[4].max(column(0, &activities));
    if !entries.is_empty() {
        let mut header = String::new();
        for (text, columns) in headers.iter().zip(&widths) {
            header.push_str(&pad(text, *columns));
            header.push(' ');
        }
        header.push_str(&t!(lang, "view-audit-header-details"));
        line(out, &header);
    }
    for (entry, activity) in entries.iter().zip(activities) {
        let ip = if entry.ip.is_empty() { "-" } else { entry.ip.as_str() };
        let place = entry.place.as_ref().map_or_else(|| "-".to_string(), |known| place(lang, known));
        // The password reset policy's target is Entra's "Password reset" page, by its name in `lang`.
        let target =
            if entry.activity == Activity::UpdateSsprPolicy { t!(lang, "view-audit-target-password-reset") } else { entry.target.clone() };
        let cells = [entry.at.to_string(), entry.actor.clone(), ip.to_string(), place, activity, target];
        let mut row = String::new();
        for (text, columns) in cells.iter().zip(&widths) {
            row.push_str(&pad(text, *columns));
            row.push(' ');
        }
        row.push_str(&audit_detail(lang, &entry.details));
        line(out, &row);
    }
    if entries.is_empty() {
        line(out, &t!(lang, "view-audit-none"));
    }
}

fn policies_block(lang: Lang, policies: &Policies, out: &mut String) {
    let expiry =
        policies.password.expiry_days.map_or_else(|| t!(lang, "view-policies-never"), |days| t!(lang, "view-policies-days", count = days));
    let lockout = t!(
        lang,
        "view-policies-lockout",
        threshold = policies.lockout.threshold,
        first = policies.lockout.first_duration_s,
        growth = policies.lockout.growth_factor,
        maximum = policies.lockout.maximum_duration_s
    );
    let outbound = t!(
        lang,
        "view-policies-outbound",
        external = policies.outbound.external_recipients_per_hour,
        internal = policies.outbound.internal_recipients_per_hour,
        daily = policies.outbound.recipients_per_day,
        action = outbound_action(lang, policies.outbound.action),
        forwarding = auto_forwarding(lang, policies.outbound.auto_forwarding)
    );
    let rows = [
        (t!(lang, "view-policies-password-expiration"), expiry),
        (t!(lang, "view-policies-smart-lockout"), lockout),
        (t!(lang, "view-policies-outbound-spam"), outbound),
    ];
    block(out, 22, &rows);
}

fn outbound_action(lang: Lang, action: OutboundAction) -> String {
    match action {
        OutboundAction::BlockUser => t!(lang, "view-outbound-action-block-user"),
        OutboundAction::BlockUserForToday => t!(lang, "view-outbound-action-block-user-for-today"),
        OutboundAction::Alert => t!(lang, "view-outbound-action-alert"),
    }
}

fn auto_forwarding(lang: Lang, mode: AutoForwardingMode) -> String {
    match mode {
        AutoForwardingMode::Automatic => t!(lang, "view-auto-forwarding-automatic"),
        AutoForwardingMode::On => t!(lang, "view-auto-forwarding-on"),
        AutoForwardingMode::Off => t!(lang, "view-auto-forwarding-off"),
    }
}

/// Where an address is, as the logs show it.
pub fn place(lang: Lang, place: &Place) -> String {
    match place {
        Place::Office => t!(lang, "view-place-office"),
        Place::HotelWifi => t!(lang, "view-place-hotel-wifi"),
        Place::Named(name) => name.clone(),
    }
}

/// The sign-in log's "Client app" column, as Entra words it in the
/// portal's language (a legacy protocol's own name stays).
/// What a Conditional Access policy applies to and does.
fn policy_control(lang: Lang, control: &PolicyControl) -> String {
    match control {
        PolicyControl::BlockLocations(names) => t!(lang, "view-ca-policy-block-locations", locations = names.join(", ")),
        PolicyControl::BlockLegacyAuthentication => t!(lang, "view-ca-policy-block-legacy"),
        PolicyControl::RequireMfaModernClients => t!(lang, "view-ca-policy-require-mfa-modern"),
    }
}

/// A legacy client's name as the sign-in log's "Client app" column shows
/// it (Entra's own names, the same in every language).
const fn legacy_client(protocol: crate::tenant::mailbox::Protocol) -> &'static str {
    use crate::tenant::mailbox::Protocol;
    match protocol {
        Protocol::Imap => "IMAP4",
        Protocol::Pop => "POP3",
        Protocol::ActiveSync => "Exchange ActiveSync",
        Protocol::Ews => "Exchange Web Services",
        Protocol::Mapi => "MAPI Over HTTP",
        Protocol::OutlookWeb => "Other clients",
    }
}

pub fn client_app(lang: Lang, client: ClientApp) -> String {
    match client {
        ClientApp::Browser => t!(lang, "view-client-browser"),
        ClientApp::AppPassword(protocol) => t!(lang, "view-client-app-password", protocol = protocol.name().to_ascii_uppercase()),
        ClientApp::Legacy(protocol) => legacy_client(protocol).to_string(),
        ClientApp::NonInteractive => t!(lang, "view-client-non-interactive"),
        ClientApp::NonInteractiveDevice => t!(lang, "view-client-non-interactive-device"),
        ClientApp::Passwordless => t!(lang, "view-client-passwordless"),
        ClientApp::DelegatedApp => t!(lang, "view-client-delegated-app"),
    }
}

/// The user-consent setting as Entra's User consent settings page names it.
pub fn user_consent_name(lang: Lang, setting: crate::tenant::apps::UserConsent) -> String {
    use crate::tenant::apps::UserConsent;
    match setting {
        UserConsent::AllowAll => t!(lang, "view-user-consent-allow-all"),
        UserConsent::VerifiedPublishers => t!(lang, "view-user-consent-verified-publishers"),
        UserConsent::DoNotAllow => t!(lang, "view-user-consent-do-not-allow"),
    }
}

/// Delegated permission grants: the application, for whom (the consent
/// type as Graph names it, and the user), when, and the scopes.
fn grants_table(lang: Lang, grants: &[crate::engine::view::GrantLine], out: &mut String) {
    use crate::tenant::apps::ConsentType;
    let headers = [t!(lang, "view-grants-header-app"), t!(lang, "view-grants-header-consent"), t!(lang, "view-grants-header-granted")];
    let widths = [column(24, &headers[..1]), column(34, &headers[1..2]), column(20, &headers[2..3])];
    let mut header = String::from("  ");
    for (text, columns) in headers.iter().zip(widths) {
        header.push_str(&pad(text, columns));
        header.push(' ');
    }
    header.push_str(&t!(lang, "view-grants-header-scopes"));
    line(out, &header);
    for grant in grants {
        let consent = match &grant.consent {
            ConsentType::AllPrincipals => "AllPrincipals".to_string(),
            ConsentType::Principal(upn) => format!("Principal: {upn}"),
        };
        let cells = [grant.app.clone(), consent, grant.granted_at.to_string()];
        let mut row = String::from("  ");
        for (text, columns) in cells.iter().zip(widths) {
            row.push_str(&pad(text, columns));
            row.push(' ');
        }
        row.push_str(&grant.scopes.join(" "));
        line(out, &row);
    }
    if grants.is_empty() {
        line(out, &format!("  {}", t!(lang, "view-grants-none")));
    }
}

/// The audit log's Activity column: the real log's own name where it has
/// one, else the simulator's, in `lang`.
pub fn activity_name(lang: Lang, activity: Activity) -> String {
    if let Some(name) = activity.product_name() {
        return name.to_string();
    }
    match activity {
        Activity::DeleteAppPasswords => t!(lang, "view-audit-activity-delete-app-passwords"),
        Activity::CreateAppPassword => t!(lang, "view-audit-activity-create-app-password"),
        Activity::ConfirmUserCompromised => t!(lang, "view-audit-activity-confirm-user-compromised"),
        _ => t!(lang, "view-audit-activity-update-sspr-policy"),
    }
}

/// The audit log's Details column: recorded properties as the service
/// records them, the simulator's own descriptions in `lang`.
pub fn audit_detail(lang: Lang, detail: &AuditDetail) -> String {
    match detail {
        AuditDetail::None => String::new(),
        AuditDetail::Recorded(text) => text.clone(),
        AuditDetail::SessionsRevoked(count) => t!(lang, "view-audit-detail-sessions", count = count),
        AuditDetail::AppPasswordsDeleted(count) => t!(lang, "view-audit-detail-app-passwords", count = count),
        AuditDetail::ContactInfo => t!(lang, "view-audit-detail-contact-info"),
        AuditDetail::PasswordExpiry(None) => t!(lang, "view-audit-detail-passwords-never-expire"),
        AuditDetail::PasswordExpiry(Some(days)) => t!(lang, "view-audit-detail-passwords-expire", days = days),
        AuditDetail::Sspr { scope, methods_required } => {
            t!(lang, "view-audit-detail-sspr", scope = sspr_scope(lang, scope), count = u32::from(*methods_required))
        }
        AuditDetail::OutboundPolicy { external_per_hour, internal_per_hour, per_day, action, auto_forwarding: mode } => t!(
            lang,
            "view-audit-detail-outbound",
            external = external_per_hour,
            internal = internal_per_hour,
            day = per_day,
            action = outbound_action(lang, *action),
            forwarding = auto_forwarding(lang, *mode)
        ),
        AuditDetail::ConditionalAccessPolicy(control) => policy_control(lang, control),
        AuditDetail::ProtocolsDisabled(protocols) => {
            let names: Vec<&str> = protocols.iter().map(|protocol| protocol.name()).collect();
            t!(lang, "view-audit-detail-protocols-disabled", protocols = names.join(", "))
        }
        AuditDetail::SendingResumes(at) => t!(lang, "view-audit-detail-sending-resumes", time = at.to_string()),
        AuditDetail::SelfServiceReset { knew_password: true } => t!(lang, "view-audit-detail-sspr-knew"),
        AuditDetail::SelfServiceReset { knew_password: false } => t!(lang, "view-audit-detail-sspr-forgot"),
        // Entra's own property names and values, in every language.
        AuditDetail::Grant { consent, scopes } => {
            let consent = match consent {
                crate::tenant::apps::ConsentType::AllPrincipals => "AllPrincipals".to_string(),
                crate::tenant::apps::ConsentType::Principal(upn) => format!("Principal ({upn})"),
            };
            format!("ConsentType: {consent}; Scope: {}", scopes.join(" "))
        }
    }
}

/// Who self-service password reset is enabled for, as the Password reset
/// page's "Self service password reset enabled" setting shows it.
pub fn sspr_scope(lang: Lang, scope: &SsprScope) -> String {
    match scope {
        SsprScope::None => t!(lang, "view-sspr-scope-none"),
        SsprScope::Selected(group) => t!(lang, "view-sspr-scope-selected", group = group),
        SsprScope::All => t!(lang, "view-sspr-scope-all"),
    }
}

fn sspr(lang: Lang, policy: &SsprPolicy, out: &mut String) {
    let scope = sspr_scope(lang, &policy.scope);
    let methods: Vec<String> = policy.methods_allowed.iter().map(|method| sspr_method(lang, *method)).collect();
    let methods = if methods.is_empty() { t!(lang, "view-none-word") } else { methods.join(", ") };
    let rows = [
        (t!(lang, "view-sspr-enabled"), scope),
        (t!(lang, "view-sspr-methods-required"), policy.methods_required.to_string()),
        (t!(lang, "view-sspr-methods-available"), methods),
        (t!(lang, "view-sspr-require-registration"), yes_no(lang, policy.require_registration)),
        (t!(lang, "view-sspr-reconfirm-days"), policy.reconfirm_days.to_string()),
    ];
    block(out, 35, &rows);
    line(out, &t!(lang, "view-sspr-administrators"));
}

fn sspr_method(lang: Lang, method: SsprMethod) -> String {
    match method {
        SsprMethod::MobileAppNotification => t!(lang, "view-sspr-method-app-notification"),
        SsprMethod::MobileAppCode => t!(lang, "view-sspr-method-app-code"),
        SsprMethod::Email => t!(lang, "view-sspr-method-email"),
        SsprMethod::MobilePhone => t!(lang, "view-sspr-method-mobile-phone"),
        SsprMethod::OfficePhone => t!(lang, "view-sspr-method-office-phone"),
        SsprMethod::SecurityQuestions => t!(lang, "view-sspr-method-security-questions"),
    }
}

fn trace(lang: Lang, entries: &[TraceEntry], out: &mut String) {
    let statuses =
        [TraceStatus::Delivered, TraceStatus::Forwarded, TraceStatus::Failed, TraceStatus::Sent].map(|status| trace_status(lang, status));
    let status_width = column(10, &statuses);
    for entry in entries {
        line(
            out,
            &format!(
                "{} {:<30} -> {:<32} {} \"{}\" {}",
                entry.at,
                entry.from,
                trace_to(lang, &entry.to),
                pad(&trace_status(lang, entry.status), status_width),
                entry.subject,
                trace_detail(lang, &entry.detail)
            ),
        );
    }
    if entries.is_empty() {
        line(out, &t!(lang, "view-trace-none"));
    }
}

fn trace_to(lang: Lang, to: &TraceTo) -> String {
    match to {
        TraceTo::Address(address) => address.clone(),
        TraceTo::Recipients(count) => t!(lang, "view-trace-recipients", count = count),
        TraceTo::OutsideRecipients(count) => t!(lang, "view-trace-outside-recipients", count = count),
    }
}

fn trace_detail(lang: Lang, detail: &TraceDetail) -> String {
    match detail {
        // The server's own words, as the real trace shows them.
        TraceDetail::Smtp(response) => response.clone(),
        TraceDetail::ForwardedByRule(rule) => t!(lang, "view-trace-forwarded-by-rule", rule = rule),
        TraceDetail::ForwardedByMailbox => t!(lang, "view-trace-forwarded-by-mailbox"),
    }
}

fn alert_detail(lang: Lang, detail: &AlertDetail) -> String {
    match detail {
        AlertDetail::Rule(rule) => t!(lang, "view-alert-rule", rule = rule),
        AlertDetail::ForwardedTo(address) => t!(lang, "view-alert-forwarded-to", address = address),
        AlertDetail::Limit(limit) => limit_text(lang, *limit),
    }
}

pub(crate) fn trace_status(lang: Lang, status: TraceStatus) -> String {
    match status {
        TraceStatus::Delivered => t!(lang, "view-trace-status-delivered"),
        TraceStatus::Forwarded => t!(lang, "view-trace-status-forwarded"),
        TraceStatus::Failed => t!(lang, "view-trace-status-failed"),
        TraceStatus::Sent => t!(lang, "view-trace-status-sent"),
    }
}

fn restricted_line(lang: Lang, entry: &RestrictedLine) -> String {
    let since = t!(lang, "view-restricted-since", at = entry.at.to_string(), limit = limit_text(lang, entry.limit));
    let release =
        entry.release_effective_at.map_or_else(String::new, |at| t!(lang, "view-restricted-release-pending", at = at.to_string()));
    format!("{:<36} {since}{release}", entry.upn)
}

/// The limit a sender went over, in words.
#[must_use]
pub(crate) fn limit_text(lang: Lang, limit: LimitKind) -> String {
    match limit {
        LimitKind::ExternalRecipientsPerHour => t!(lang, "view-limit-external-per-hour"),
        LimitKind::InternalRecipientsPerHour => t!(lang, "view-limit-internal-per-hour"),
        LimitKind::RecipientsPerDay => t!(lang, "view-limit-per-day"),
        LimitKind::ServiceRecipientsPerDay => t!(lang, "view-limit-service-per-day"),
        LimitKind::ServiceMessagesPerMinute => t!(lang, "view-limit-service-messages-per-minute"),
        LimitKind::ServiceRecipientsPerMessage => t!(lang, "view-limit-service-recipients-per-message"),
    }
}

fn alerts_list(lang: Lang, alerts: &[Alert], out: &mut String) {
    let severities = [Severity::Low, Severity::Medium, Severity::High].map(|severity| severity_name(lang, severity));
    let severity_width = column(6, &severities);
    let statuses = [AlertStatus::New, AlertStatus::Resolved].map(|status| alert_status_name(lang, status));
    let status_width = column(8, &statuses);
    for alert in alerts {
        // The title is the real portal's, in English as it shows it.
        line(
            out,
            &format!(
                "#{:<4} {} {} {} {:<44} {} {}",
                alert.id,
                alert.at,
                pad(&severity_name(lang, alert.severity), severity_width),
                pad(&alert_status_name(lang, alert.status), status_width),
                alert.title,
                alert.upn,
                alert_detail(lang, &alert.detail)
            ),
        );
        if let Some(classification) = alert.classification {
            let by = alert.resolved_by.as_deref().unwrap_or("-");
            let verdict = classification_name(lang, classification);
            let text = if let Some(comment) = &alert.comment {
                t!(lang, "view-alert-resolved-comment", verdict = verdict, by = by, comment = comment)
            } else {
                t!(lang, "view-alert-resolved", verdict = verdict, by = by)
            };
            line(out, &format!("      {text}"));
        }
    }
    if alerts.is_empty() {
        line(out, &t!(lang, "view-alerts-none"));
    }
}

/// An alert's status, as the portal's alert queue labels it.
#[must_use]
pub fn alert_status_name(lang: Lang, status: AlertStatus) -> String {
    match status {
        AlertStatus::New => t!(lang, "view-alert-status-new"),
        AlertStatus::Resolved => t!(lang, "view-alert-status-resolved"),
    }
}

/// An alert's classification, as the portal labels it.
#[must_use]
pub fn classification_name(lang: Lang, classification: Classification) -> String {
    match classification {
        Classification::TruePositive => t!(lang, "view-classification-true-positive"),
        Classification::InformationalExpectedActivity => t!(lang, "view-classification-informational"),
        Classification::FalsePositive => t!(lang, "view-classification-false-positive"),
    }
}

/// An alert's severity, as the portal labels it.
#[must_use]
pub(crate) fn severity_name(lang: Lang, severity: Severity) -> String {
    match severity {
        Severity::Low => t!(lang, "view-severity-low"),
        Severity::Medium => t!(lang, "view-severity-medium"),
        Severity::High => t!(lang, "view-severity-high"),
    }
}

/// A role's name as the admin center shows it in `lang`.
#[must_use]
pub(crate) fn role_name(lang: Lang, role: Role) -> String {
    match role {
        Role::GlobalAdministrator => t!(lang, "view-role-global-administrator"),
        Role::PrivilegedAuthenticationAdministrator => t!(lang, "view-role-privileged-authentication-administrator"),
        Role::PrivilegedRoleAdministrator => t!(lang, "view-role-privileged-role-administrator"),
        Role::UserAdministrator => t!(lang, "view-role-user-administrator"),
        Role::GroupsAdministrator => t!(lang, "view-role-groups-administrator"),
        Role::HelpdeskAdministrator => t!(lang, "view-role-helpdesk-administrator"),
        Role::PasswordAdministrator => t!(lang, "view-role-password-administrator"),
        Role::AuthenticationAdministrator => t!(lang, "view-role-authentication-administrator"),
        Role::AuthenticationPolicyAdministrator => t!(lang, "view-role-authentication-policy-administrator"),
        Role::ExchangeAdministrator => t!(lang, "view-role-exchange-administrator"),
        Role::SecurityAdministrator => t!(lang, "view-role-security-administrator"),
        Role::SecurityReader => t!(lang, "view-role-security-reader"),
        Role::GlobalReader => t!(lang, "view-role-global-reader"),
        Role::ReportsReader => t!(lang, "view-role-reports-reader"),
        Role::MessageCenterReader => t!(lang, "view-role-message-center-reader"),
        Role::DirectoryReaders => t!(lang, "view-role-directory-readers"),
        Role::GuestInviter => t!(lang, "view-role-guest-inviter"),
        Role::CloudDeviceAdministrator => t!(lang, "view-role-cloud-device-administrator"),
        Role::CloudApplicationAdministrator => t!(lang, "view-role-cloud-application-administrator"),
        Role::ApplicationAdministrator => t!(lang, "view-role-application-administrator"),
        Role::IntuneAdministrator => t!(lang, "view-role-intune-administrator"),
        Role::ConditionalAccessAdministrator => t!(lang, "view-role-conditional-access-administrator"),
        // An Exchange role group: its name is the same in every language.
        Role::OrganizationManagement => "Organization Management".to_string(),
    }
}

/// One line saying what a rule does, like Outlook's rule description.
#[must_use]
pub(crate) fn describe_rule(lang: Lang, rule: &InboxRule) -> String {
    let conditions: Vec<String> = rule
        .conditions
        .iter()
        .map(|condition| match condition {
            RuleCondition::From(address) => t!(lang, "view-rule-from", address = address),
            RuleCondition::SubjectContainsWords(words) => t!(lang, "view-rule-subject-contains", words = words.join("/")),
            RuleCondition::BodyContainsWords(words) => t!(lang, "view-rule-body-contains", words = words.join("/")),
            RuleCondition::SubjectOrBodyContainsWords(words) => {
                t!(lang, "view-rule-subject-or-body-contains", words = words.join("/"))
            }
            RuleCondition::HasAttachment => t!(lang, "view-rule-has-attachment"),
            RuleCondition::SentTo(address) => t!(lang, "view-rule-sent-to", address = address),
        })
        .collect();
    let actions: Vec<String> = rule
        .actions
        .iter()
        .map(|action| match action {
            RuleAction::ForwardTo(targets) => t!(lang, "view-rule-forward-to", targets = targets.join(", ")),
            RuleAction::ForwardAsAttachmentTo(targets) => t!(lang, "view-rule-forward-as-attachment-to", targets = targets.join(", ")),
            RuleAction::RedirectTo(targets) => t!(lang, "view-rule-redirect-to", targets = targets.join(", ")),
            RuleAction::MoveToFolder(folder) => t!(lang, "view-rule-move-to", folder = folder),
            RuleAction::DeleteMessage => t!(lang, "view-rule-delete"),
            RuleAction::MarkAsRead => t!(lang, "view-rule-mark-as-read"),
            RuleAction::StopProcessingRules => t!(lang, "view-rule-stop-processing"),
        })
        .collect();
    let when = if conditions.is_empty() {
        t!(lang, "view-rule-every-message")
    } else {
        conditions.join(&format!(" {} ", t!(lang, "view-rule-and")))
    };
    t!(lang, "view-rule-description", conditions = when, actions = actions.join(", "))
}

/// A short answer in words.
#[must_use]
pub(crate) fn note_text(lang: Lang, note: &Note) -> String {
    match note {
        Note::NoForwarding { upn } => t!(lang, "view-note-no-forwarding", upn = upn),
        Note::AlreadyDelegated { delegate, access, upn } => {
            t!(lang, "view-note-already-delegated", delegate = delegate, access = access.label(), upn = upn)
        }
        Note::SignInAlready { upn, blocked: true } => t!(lang, "view-note-sign-in-already-blocked", upn = upn),
        Note::SignInAlready { upn, blocked: false } => t!(lang, "view-note-sign-in-already-allowed", upn = upn),
        Note::AlreadyHoldsRole { upn, role } => t!(lang, "view-note-already-holds-role", upn = upn, role = role_name(lang, *role)),
        Note::MfaAlreadyRequired { upn } => t!(lang, "view-note-mfa-already-required", upn = upn),
        Note::DeviceAlreadyDisabled { upn, device } => t!(lang, "view-note-device-already-disabled", upn = upn, device = device),
        Note::AppAlreadyDisabled { app } => t!(lang, "view-note-app-already-disabled", app = app),
        Note::UserConsentAlready { setting } => {
            t!(lang, "view-note-user-consent-already", setting = user_consent_name(lang, *setting))
        }
        Note::AlreadyConfirmedCompromised { upn } => t!(lang, "view-note-already-confirmed-compromised", upn = upn),
        Note::SessionAccepted { session } => t!(lang, "view-note-session-accepted", session = session),
        Note::CallerGenuine { upn } => t!(lang, "view-note-caller-genuine", upn = upn),
        Note::CallerConfirmedByAnswerer { upn } => t!(lang, "view-note-caller-confirmed-by-answerer", upn = upn),
        Note::CallerImpostor { upn, via: Verification::Callback } => t!(lang, "view-note-caller-impostor-callback", upn = upn),
        Note::CallerImpostor { upn, via: Verification::Manager } => t!(lang, "view-note-caller-impostor-manager", upn = upn),
        Note::CallerImpostor { upn, via: Verification::InPerson } => t!(lang, "view-note-caller-impostor-in-person", upn = upn),
        Note::PasswordChanged => t!(lang, "view-note-password-changed"),
        Note::PasswordResetBySelf => t!(lang, "view-note-password-reset-by-self"),
        Note::ReleaseInProgress { upn, resumes_at } => {
            t!(lang, "view-note-release-in-progress", upn = upn, time = resumes_at.clock_text())
        }
        Note::ReleaseRequested { upn, delay, resumes_at } => {
            t!(lang, "view-note-release-requested", upn = upn, delay = crate::i18n::duration(lang, *delay), time = resumes_at.clock_text())
        }
    }
}
