//! What a read-only action shows, as data, with a plain-text rendering close
//! to what the admin center or PowerShell would print.

use crate::clock::SimTime;
use crate::tenant::logs::{Alert, AuditEntry, SignInEntry, SignInStatus, TraceEntry};
use crate::tenant::mailbox::{AccessRight, InboxRule};
use crate::tenant::outbound::LimitKind;
use crate::tenant::policy::{LockoutPolicy, OutboundPolicy, PasswordPolicy, SsprPolicy};
use crate::tenant::role::Role;
use crate::tenant::user::MethodKind;
use serde::{Deserialize, Serialize};
use std::fmt::{self, Write as _};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserSummary {
    pub upn: String,
    pub display_name: String,
    pub department: String,
    pub sign_in_blocked: bool,
    pub admin: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupSummary {
    pub name: String,
    pub members: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDetail {
    pub upn: String,
    pub display_name: String,
    pub department: String,
    pub location: String,
    pub sign_in_blocked: bool,
    pub roles: Vec<Role>,
    pub mfa_required: bool,
    pub alternate_email: Option<String>,
    pub mobile_phone: Option<String>,
    pub password_last_set: SimTime,
    pub password_never_expires: bool,
    pub must_change_password: bool,
    pub licensed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MethodLine {
    pub method: MethodKind,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailboxDetail {
    pub upn: String,
    pub forwarding_address: Option<String>,
    pub forwarding_smtp_address: Option<String>,
    pub deliver_and_forward: bool,
    pub rule_count: usize,
    pub delegate_count: usize,
    pub disabled_protocols: Vec<String>,
    pub restricted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RestrictedLine {
    pub upn: String,
    pub limit: LimitKind,
    pub at: SimTime,
    pub release_effective_at: Option<SimTime>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policies {
    pub lockout: LockoutPolicy,
    pub password: PasswordPolicy,
    pub outbound: OutboundPolicy,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    Users {
        users: Vec<UserSummary>,
        total: usize,
    },
    User(UserDetail),
    Methods {
        upn: String,
        methods: Vec<MethodLine>,
        app_passwords: Vec<String>,
    },
    SignIns(Vec<SignInEntry>),
    Audit(Vec<AuditEntry>),
    Policies(Policies),
    Sspr(SsprPolicy),
    Groups(Vec<GroupSummary>),
    /// The members of a group or the holders of a role (`of` says which).
    Members {
        of: String,
        members: Vec<UserSummary>,
    },
    SignIn {
        status: SignInStatus,
        message: String,
    },
    /// An admin reset shows the new password once.
    TemporaryPassword {
        upn: String,
        password: String,
    },
    Mailbox(MailboxDetail),
    Rules {
        upn: String,
        rules: Vec<InboxRule>,
    },
    Delegates {
        upn: String,
        delegates: Vec<(String, AccessRight)>,
    },
    Trace(Vec<TraceEntry>),
    Restricted(Vec<RestrictedLine>),
    Alerts(Vec<Alert>),
    /// Messages a reader saw.
    Mail {
        upn: String,
        subjects: Vec<String>,
    },
    Note(String),
}

/// How many rows a list view shows at most.
pub const VIEW_ROW_LIMIT: usize = 200;

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

impl fmt::Display for View {
    #[allow(clippy::too_many_lines)]
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        match self {
            View::Users { users, total } => {
                let _ = writeln!(out, "{:<36} {:<24} {:<14} {:<8} Admin", "UserPrincipalName", "DisplayName", "Department", "Blocked");
                for user in users {
                    let _ = writeln!(
                        out,
                        "{:<36} {:<24} {:<14} {:<8} {}",
                        user.upn,
                        user.display_name,
                        user.department,
                        yes_no(user.sign_in_blocked),
                        yes_no(user.admin)
                    );
                }
                if *total > users.len() {
                    let _ = writeln!(out, "{} of {total} users shown; narrow it with --search or --department", users.len());
                } else if *total == 1 {
                    let _ = writeln!(out, "1 user");
                } else {
                    let _ = writeln!(out, "{total} users");
                }
            }
            View::Groups(groups) if groups.is_empty() => {
                let _ = writeln!(out, "(no groups)");
            }
            View::Groups(groups) => {
                let width = groups.iter().map(|group| group.name.chars().count()).max().unwrap_or(0).max("Group".len());
                let _ = writeln!(out, "{:<width$}  Members", "Group");
                for group in groups {
                    let _ = writeln!(out, "{:<width$}  {}", group.name, group.members);
                }
                let _ = writeln!(out, "{} group(s)", groups.len());
            }
            View::Members { of, members } => {
                let _ = writeln!(out, "Members of {of}:");
                if members.is_empty() {
                    let _ = writeln!(out, "(none)");
                } else {
                    let _ = writeln!(out, "{:<36} {:<24} {:<14} Blocked", "UserPrincipalName", "DisplayName", "Department");
                    for user in members {
                        let _ = writeln!(
                            out,
                            "{:<36} {:<24} {:<14} {}",
                            user.upn,
                            user.display_name,
                            user.department,
                            yes_no(user.sign_in_blocked)
                        );
                    }
                    let _ = writeln!(out, "{} member(s)", members.len());
                }
            }
            View::User(user) => {
                let roles = if user.roles.is_empty() {
                    "none".to_string()
                } else {
                    user.roles.iter().copied().map(Role::display_name).collect::<Vec<_>>().join(", ")
                };
                let _ = writeln!(out, "UserPrincipalName    : {}", user.upn);
                let _ = writeln!(out, "DisplayName          : {}", user.display_name);
                let _ = writeln!(out, "Department           : {}", user.department);
                let _ = writeln!(out, "Office               : {}", user.location);
                let _ = writeln!(out, "Sign-in blocked      : {}", yes_no(user.sign_in_blocked));
                let _ = writeln!(out, "Roles                : {roles}");
                let _ = writeln!(out, "MFA required         : {}", yes_no(user.mfa_required));
                let _ = writeln!(out, "Alternate email      : {}", user.alternate_email.as_deref().unwrap_or("(none)"));
                let _ = writeln!(out, "Mobile phone         : {}", user.mobile_phone.as_deref().unwrap_or("(none)"));
                let _ = writeln!(out, "Password last set    : {}", user.password_last_set);
                let _ = writeln!(out, "Password never expires: {}", yes_no(user.password_never_expires));
                let _ = writeln!(out, "Must change password : {}", yes_no(user.must_change_password));
                let _ = writeln!(out, "Licensed (mailbox)   : {}", yes_no(user.licensed));
            }
            View::Methods { upn, methods, app_passwords } => {
                let _ = writeln!(out, "Authentication methods of {upn}:");
                for method in methods {
                    let _ = writeln!(out, "  {:<20} {}", method.method.name(), method.detail);
                }
                if methods.is_empty() {
                    let _ = writeln!(out, "  (none registered)");
                }
                for name in app_passwords {
                    let _ = writeln!(out, "  {:<20} {name}", "app-password");
                }
            }
            View::SignIns(entries) => {
                // As Get-MgAuditLogSignIn: IpAddress, ClientAppUsed, Location, Status (ErrorCode); newest first.
                let _ = writeln!(
                    out,
                    "{:<20} {:<32} {:<15} {:<22} {:<14} Status",
                    "Date (UTC)", "User", "IP address", "Client app", "Location"
                );
                for entry in entries {
                    let status = entry.status.label();
                    let ip = if entry.ip.is_empty() { "-" } else { entry.ip.as_str() };
                    let _ = writeln!(
                        out,
                        "{:<20} {:<32} {ip:<15} {:<22} {:<14} {status}",
                        entry.at.to_string(),
                        entry.upn,
                        entry.client,
                        entry.place,
                    );
                }
                if entries.is_empty() {
                    let _ = writeln!(out, "(no sign-ins)");
                }
            }
            View::Audit(entries) => {
                // Newest first: when, who (from which address and place), what, on whom.
                if !entries.is_empty() {
                    let _ = writeln!(
                        out,
                        "{:<20} {:<30} {:<15} {:<14} {:<34} {:<30} Details",
                        "Date (UTC)", "Actor", "IP address", "Location", "Activity", "Target"
                    );
                }
                for entry in entries {
                    let ip = if entry.ip.is_empty() { "-" } else { entry.ip.as_str() };
                    let place = if entry.place.is_empty() { "-" } else { entry.place.as_str() };
                    let _ = writeln!(
                        out,
                        "{:<20} {:<30} {ip:<15} {place:<14} {:<34} {:<30} {}",
                        entry.at.to_string(),
                        entry.actor,
                        entry.operation,
                        entry.target,
                        entry.details
                    );
                }
                if entries.is_empty() {
                    let _ = writeln!(out, "(no audit entries)");
                }
            }
            View::Policies(policies) => {
                let expiry = policies.password.expiry_days.map_or_else(|| "never".to_string(), |days| format!("{days} days"));
                let _ = writeln!(out, "Password expiration   : {expiry}");
                let _ = writeln!(
                    out,
                    "Smart lockout         : threshold {}, first lockout {}s, growth x{}, at most {}s",
                    policies.lockout.threshold,
                    policies.lockout.first_duration_s,
                    policies.lockout.growth_factor,
                    policies.lockout.maximum_duration_s
                );
                let _ = writeln!(
                    out,
                    "Outbound spam policy  : {} external/h, {} internal/h, {} per day, action: {}, automatic forwarding: {}",
                    policies.outbound.external_recipients_per_hour,
                    policies.outbound.internal_recipients_per_hour,
                    policies.outbound.recipients_per_day,
                    policies.outbound.action.label(),
                    policies.outbound.auto_forwarding.label()
                );
            }
            View::Sspr(policy) => {
                let _ = writeln!(out, "Self-service password reset enabled: {}", policy.scope.label());
                let _ = writeln!(out, "Number of methods required to reset: {}", policy.methods_required);
                let methods: Vec<&str> = policy.methods_allowed.iter().map(|method| method.label()).collect();
                let methods = if methods.is_empty() { "none".to_string() } else { methods.join(", ") };
                let _ = writeln!(out, "Methods available to users         : {methods}");
                let _ = writeln!(out, "Require users to register          : {}", yes_no(policy.require_registration));
                let _ = writeln!(out, "Days before reconfirming           : {}", policy.reconfirm_days);
                let _ = writeln!(out, "Administrators: always enabled, two methods, no security questions");
            }
            View::SignIn { status, message } => {
                let code = if status.code() == 0 { String::new() } else { format!(" (AADSTS{})", status.code()) };
                let _ = writeln!(out, "{message}{code}");
            }
            View::TemporaryPassword { upn, password } => {
                let _ = writeln!(out, "Password reset for {upn}. New password: {password}");
                let _ = writeln!(out, "Share it with the user through a channel only they can read.");
            }
            View::Mailbox(mailbox) => {
                let _ = writeln!(out, "Mailbox                    : {}", mailbox.upn);
                let _ = writeln!(out, "ForwardingAddress          : {}", mailbox.forwarding_address.as_deref().unwrap_or("(none)"));
                let _ = writeln!(out, "ForwardingSmtpAddress      : {}", mailbox.forwarding_smtp_address.as_deref().unwrap_or("(none)"));
                let _ = writeln!(out, "DeliverToMailboxAndForward : {}", mailbox.deliver_and_forward);
                let _ = writeln!(out, "Inbox rules (visible)      : {}", mailbox.rule_count);
                let _ = writeln!(out, "Delegates                  : {}", mailbox.delegate_count);
                let disabled =
                    if mailbox.disabled_protocols.is_empty() { "none".to_string() } else { mailbox.disabled_protocols.join(", ") };
                let _ = writeln!(out, "Disabled protocols         : {disabled}");
                let _ = writeln!(out, "Restricted from sending    : {}", yes_no(mailbox.restricted));
            }
            View::Rules { upn, rules } => {
                let _ = writeln!(out, "Inbox rules of {upn}:");
                let _ = writeln!(out, "{:<12} {:<28} {:<9} {:<8} Description", "RuleIdentity", "Name", "Priority", "Enabled");
                for rule in rules {
                    let _ = writeln!(
                        out,
                        "{:<12} {:<28} {:<9} {:<8} {}",
                        rule.identity,
                        format!("\"{}\"", rule.name),
                        rule.priority,
                        rule.enabled,
                        describe_rule(rule)
                    );
                }
                if rules.is_empty() {
                    let _ = writeln!(out, "(no rules)");
                }
            }
            View::Delegates { upn, delegates } => {
                let _ = writeln!(out, "Mailbox permissions of {upn}:");
                for (user, access) in delegates {
                    let _ = writeln!(out, "  {user:<36} {}", access.label());
                }
                if delegates.is_empty() {
                    let _ = writeln!(out, "  (only the owner)");
                }
            }
            View::Trace(entries) => {
                for entry in entries {
                    let _ = writeln!(
                        out,
                        "{} {:<30} -> {:<32} {:<10} \"{}\" {}",
                        entry.at,
                        entry.from,
                        entry.to,
                        entry.status.label(),
                        entry.subject,
                        entry.detail
                    );
                }
                if entries.is_empty() {
                    let _ = writeln!(out, "(no messages in the trace window)");
                }
            }
            View::Restricted(lines) => {
                for line in lines {
                    let release = line.release_effective_at.map_or_else(String::new, |at| format!(", release pending until {at}"));
                    let _ = writeln!(
                        out,
                        "{:<36} restricted {} ({}){release}",
                        line.upn,
                        line.at,
                        crate::present::event::limit(crate::i18n::Lang::En, line.limit)
                    );
                }
                if lines.is_empty() {
                    let _ = writeln!(out, "(no restricted entities)");
                }
            }
            View::Alerts(alerts) => {
                for alert in alerts {
                    let _ = writeln!(
                        out,
                        "#{:<4} {} {:<6} {:<44} {} {}",
                        alert.id,
                        alert.at,
                        alert.severity.label(),
                        alert.title,
                        alert.upn,
                        crate::present::event::alert_detail(crate::i18n::Lang::En, &alert.detail)
                    );
                }
                if alerts.is_empty() {
                    let _ = writeln!(out, "(no alerts)");
                }
            }
            View::Mail { upn, subjects } => {
                let _ = writeln!(out, "{} message(s) read in {upn}", subjects.len());
                for subject in subjects {
                    let _ = writeln!(out, "  {subject}");
                }
            }
            View::Note(text) => {
                let _ = writeln!(out, "{text}");
            }
        }
        formatter.write_str(out.trim_end_matches('\n'))
    }
}

/// One line saying what a rule does, like Outlook's rule description.
#[must_use]
pub fn describe_rule(rule: &InboxRule) -> String {
    use crate::tenant::mailbox::{RuleAction, RuleCondition};
    let conditions: Vec<String> = rule
        .conditions
        .iter()
        .map(|condition| match condition {
            RuleCondition::From(address) => format!("from {address}"),
            RuleCondition::SubjectContainsWords(words) => format!("subject contains {}", words.join("/")),
            RuleCondition::BodyContainsWords(words) => format!("body contains {}", words.join("/")),
            RuleCondition::SubjectOrBodyContainsWords(words) => format!("subject or body contains {}", words.join("/")),
            RuleCondition::HasAttachment => "has attachment".to_string(),
            RuleCondition::SentTo(address) => format!("sent to {address}"),
        })
        .collect();
    let actions: Vec<String> = rule
        .actions
        .iter()
        .map(|action| match action {
            RuleAction::ForwardTo(targets) => format!("forward to {}", targets.join(", ")),
            RuleAction::ForwardAsAttachmentTo(targets) => format!("forward as attachment to {}", targets.join(", ")),
            RuleAction::RedirectTo(targets) => format!("redirect to {}", targets.join(", ")),
            RuleAction::MoveToFolder(folder) => format!("move to {folder}"),
            RuleAction::DeleteMessage => "delete".to_string(),
            RuleAction::MarkAsRead => "mark as read".to_string(),
            RuleAction::StopProcessingRules => "stop processing rules".to_string(),
        })
        .collect();
    let when = if conditions.is_empty() { "every message".to_string() } else { conditions.join(" and ") };
    format!("{when}: {}", actions.join(", "))
}
