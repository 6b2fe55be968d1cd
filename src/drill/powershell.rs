//! Running a PowerShell line in a drill: the session's connections
//! (`Connect-ExchangeOnline`, `Connect-MgGraph -Scopes`), each cmdlet turned
//! into the one vocabulary's actions and stepped like any other command,
//! the results shown as the real cmdlets show them, and pipelines
//! (`Where-Object`, `Select-Object`, `Format-*`, and objects piped into
//! `Remove-InboxRule` and friends).

use super::{Drill, Reply};
use crate::action::{Action, NewPassword, OutboundChange};
use crate::engine::view::View;
use crate::engine::{Outcome, Problem};
use crate::powershell::cmdlets::{self, BindError, Bound, Cmdlet, Module};
use crate::powershell::objects::{self, PsObject, Shape, Source};
use crate::powershell::syntax::{Invocation, Script, SyntaxError, Value};
use crate::tenant::access::PolicyControl;
use crate::tenant::logs::Classification;
use crate::tenant::mailbox::{AccessRight, Protocol, RuleAction, RuleCondition, RuleSpec};
use crate::tenant::policy::{AutoForwardingMode, OutboundAction};
use crate::tenant::user::MethodKind;

/// The server name Exchange's not-found errors name.
const EXCHANGE_SERVER: &str = "AM0PR07MB6243.EURPRD07.PROD.OUTLOOK.COM";

/// Cmdlets whose user is a search filter, not an object to find: a name
/// that matches no one gives no results rather than an error.
const FILTERING: &[&str] = &["Get-MgAuditLogSignIn", "Get-MgAuditLogDirectoryAudit", "Search-UnifiedAuditLog", "Get-MessageTraceV2"];

/// What the session is connected to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Connections {
    pub exchange: bool,
    /// The delegated scopes granted to the Graph connection, when connected.
    pub graph: Option<Vec<String>>,
}

/// PowerShell's "not recognized" error.
#[must_use]
pub fn not_recognized(name: &str) -> String {
    format!(
        "{name}: The term '{name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again."
    )
}

fn exchange_not_found(name: &str) -> String {
    format!(
        "Write-ErrorMessage: Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation couldn't be performed because object '{name}' couldn't be found on '{EXCHANGE_SERVER}'."
    )
}

/// A hashtable's value by key (keys compare case-insensitively, as in PowerShell).
fn field<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    match value {
        Value::Hash(pairs) => pairs.iter().find(|(name, _)| name.eq_ignore_ascii_case(key)).map(|(_, value)| value),
        _ => None,
    }
}

fn graph_not_found(cmdlet: &Cmdlet, name: &str) -> String {
    format!(
        "{}: Resource '{name}' does not exist or one of its queried reference-property objects are not present.\n\nStatus: 404 (NotFound)\nErrorCode: Request_ResourceNotFound",
        cmdlet.error_prefix
    )
}

/// Graph's answer to a value its enumeration does not have. The service's
/// exact wording for alerts is not published; this is the directory's 400.
fn graph_bad_value(cmdlet: &Cmdlet, property: &str, value: &str) -> String {
    format!(
        "{}: Invalid value '{value}' specified for property '{property}' of resource 'Alert'.\n\nStatus: 400 (BadRequest)\nErrorCode: BadRequest",
        cmdlet.error_prefix
    )
}

/// Graph's `alertDetermination` values (`alerts_v2`).
const DETERMINATIONS: &[&str] = &[
    "unknown",
    "apt",
    "malware",
    "securityPersonnel",
    "securityTesting",
    "unwantedSoftware",
    "other",
    "multiStagedAttack",
    "compromisedAccount",
    "phishing",
    "maliciousUserActivity",
    "notMalicious",
    "notEnoughDataToValidate",
    "confirmedActivity",
    "lineOfBusinessApplication",
];

fn graph_denied(cmdlet: &Cmdlet) -> String {
    format!(
        "{}: Insufficient privileges to complete the operation.\n\nStatus: 403 (Forbidden)\nErrorCode: Authorization_RequestDenied",
        cmdlet.error_prefix
    )
}

/// What one cmdlet does, once its arguments are bound.
enum Plan {
    /// Step these actions; show their views as `shape`.
    Act {
        actions: Vec<Action>,
        shape: Shape,
        properties: Vec<String>,
        keep: Keep,
    },
    /// Objects the cmdlet returns without asking the simulation.
    Objects(Vec<PsObject>),
    /// A finished answer (text, or an error).
    Say(String),
    Fail(String),
}

/// Which of the returned objects a Get cmdlet keeps (its own filters).
enum Keep {
    All,
    /// `Get-InboxRule -Identity`: the rule by name or identity; none found
    /// means all, as the real cmdlet does.
    Rule(String),
    /// `Get-MailboxPermission -User`, `Get-BlockedSenderAddress -SenderAddress`.
    Property(&'static str, String),
}

/// A mailbox's or rule's identity: `alias\RuleIdentity` or `mailbox\name`.
fn split_identity(identity: &str) -> (Option<&str>, &str) {
    match identity.rsplit_once('\\') {
        Some((mailbox, rule)) if !mailbox.is_empty() => (Some(mailbox), rule),
        _ => (None, identity),
    }
}

/// The value in `... eq 'value'` of an `OData` filter.
/// A sign-in log `-Filter`'s user and address: `userPrincipalName eq 'x'`,
/// `ipAddress eq 'x'`, or both joined by `and`. Any other clause
/// (`status/errorCode eq 0`, `createdDateTime ge ...`) is not modelled: its
/// property comes back as the error, so the trainee is told rather than
/// shown a log filtered by something else.
fn sign_in_filter(filter: Option<String>) -> Result<(Option<String>, Option<String>), String> {
    let Some(filter) = filter else { return Ok((None, None)) };
    let (mut user, mut ip) = (None, None);
    let lower = filter.to_ascii_lowercase();
    let mut start = 0;
    for (at, _) in lower.match_indices(" and ").chain(std::iter::once((filter.len(), ""))) {
        let clause = &filter[start..at];
        start = (at + 5).min(filter.len());
        let name = clause.split_whitespace().next().unwrap_or_default().to_ascii_lowercase();
        let value = filter_value(clause);
        match name.as_str() {
            "ipaddress" if value.is_some() => ip = value,
            "userprincipalname" if value.is_some() => user = value,
            _ => return Err(clause.trim().to_string()),
        }
    }
    Ok((user, ip))
}

fn filter_value(filter: &str) -> Option<String> {
    let lower = filter.to_ascii_lowercase();
    let at = lower.find(" eq ")?;
    let rest = filter[at + 4..].trim();
    Some(rest.trim_matches(|character| character == '\'' || character == '"').to_string())
}

/// The permission grant policies `Update-MgPolicyAuthorizationPolicy` assigns
/// to the default user role: `-BodyParameter
/// @{permissionGrantPolicyIdsAssignedToDefaultUserRole = @(...)}` (as
/// Microsoft's "Configure how users consent to applications" writes it) or
/// `defaultUserRolePermissions = @{permissionGrantPoliciesAssigned =
/// @(...)}`, in the body or as `-DefaultUserRolePermissions`; `None` when
/// the line sets neither.
fn consent_policies(bound: &Bound) -> Option<Vec<String>> {
    let listed = |value: &Value| value.items().into_iter().map(Value::text).filter(|text| !text.is_empty()).collect::<Vec<_>>();
    let from_permissions = |permissions: &Value| field(permissions, "permissionGrantPoliciesAssigned").map(listed);
    if let Some(body) = bound.get("BodyParameter") {
        if let Some(assigned) = field(body, "permissionGrantPolicyIdsAssignedToDefaultUserRole") {
            return Some(listed(assigned));
        }
        if let Some(found) = field(body, "defaultUserRolePermissions").and_then(from_permissions) {
            return Some(found);
        }
    }
    bound.get("DefaultUserRolePermissions").and_then(from_permissions)
}

/// The user-consent setting the assigned policies make: Microsoft's
/// built-in legacy policy allows every application, the low-impact one
/// verified publishers only, none of `ManagePermissionGrantsForSelf.*` no
/// user consent; `None` for a custom policy.
fn user_consent_of(assigned: &[String]) -> Option<crate::tenant::apps::UserConsent> {
    use crate::tenant::apps::UserConsent;
    let own: Vec<String> = assigned
        .iter()
        .map(|id| id.to_ascii_lowercase())
        .filter(|id| id.starts_with("managepermissiongrantsforself."))
        .map(|id| id.rsplit('.').next().unwrap_or_default().to_string())
        .collect();
    if own.is_empty() {
        Some(UserConsent::DoNotAllow)
    } else if own.iter().any(|id| id == "microsoft-user-default-legacy") {
        Some(UserConsent::AllowAll)
    } else if own.iter().all(|id| id == "microsoft-user-default-low") {
        Some(UserConsent::VerifiedPublishers)
    } else {
        None
    }
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .map(|value| {
            value
                .items()
                .into_iter()
                .flat_map(|item| item.text().split(',').map(|part| part.trim().to_string()).collect::<Vec<_>>())
                .filter(|part| !part.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

fn number(bound: &Bound, name: &str) -> Result<Option<i64>, String> {
    match bound.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(number)) => Ok(Some(*number)),
        Some(other) => other.text().trim().parse::<i64>().map(Some).map_err(|_| {
            format!("Cannot bind parameter '{name}'. Cannot convert value \"{}\" to type \"System.Int32\". Error: \"The input string '{}' was not in a correct format.\"", other.text(), other.text())
        }),
    }
}

impl Drill {
    /// The trainee's own mailbox, for cmdlets whose `-Mailbox` defaults to it.
    fn own_mailbox(&self) -> String {
        self.scenario.trainee.upn.clone()
    }

    /// The user whose directory object id (or name) this is.
    fn user_by_object(&self, id: &str) -> Option<String> {
        let tenant = self.simulation.tenant();
        let id = id.rsplit('/').next().unwrap_or(id).trim();
        if let Some(found) = tenant.find_user(id) {
            return Some(tenant.user(found).upn.clone());
        }
        tenant.users().find(|(_, user)| objects::object_id(&user.upn).eq_ignore_ascii_case(id)).map(|(_, user)| user.upn.clone())
    }

    /// Why a line is refused in this scenario's dialects, with the other
    /// language's equivalent when there is one; `None` when it may run.
    /// Lines no cmdlet expresses (telling people things, waiting, what
    /// only the admin centers do) are taken in a PowerShell-only scenario.
    pub(super) fn dialect_refusal(&mut self, command: &crate::command::Command) -> Option<String> {
        use crate::command::Command;
        use crate::scenario::Dialect;
        let (refusal, equivalent) = match command {
            Command::PowerShell(parsed) if !self.scenario.allows(Dialect::PowerShell) => {
                let equivalent = (**parsed).as_ref().ok().and_then(|script| self.equivalent_command(script));
                (crate::t!(self.lang, "ps-dialect-powershell-off"), equivalent)
            }
            Command::Act(action) if !self.scenario.allows(Dialect::NounVerb) => {
                let shown = match action {
                    Action::ResetPassword { user, password: NewPassword::Auto, require_change, email_to: None } => Action::ResetPassword {
                        user: user.clone(),
                        password: NewPassword::Given("<new password>".to_string()),
                        require_change: *require_change,
                        email_to: None,
                    },
                    other => other.clone(),
                };
                let equivalent = crate::powershell::render(&shown, self.simulation.tenant())?;
                (crate::t!(self.lang, "ps-dialect-noun-verb-off"), Some(equivalent))
            }
            _ => return None,
        };
        Some(match equivalent {
            Some(line) => format!("{refusal}\n{}", crate::t!(self.lang, "ps-dialect-try", line = line)),
            None => match command {
                // No line does exactly this; the commands whose help names
                // the cmdlet are the nearest.
                Command::PowerShell(parsed) => {
                    let cmdlet = (**parsed).as_ref().ok().and_then(|script| script.pipeline.first()).map(|call| call.name.clone());
                    let commands = cmdlet.as_deref().map(crate::command::commands_for_cmdlet).unwrap_or_default();
                    match cmdlet {
                        Some(cmdlet) if !commands.is_empty() => format!(
                            "{refusal}\n{}",
                            crate::command::ParseError::new(crate::command::Problem::CmdletNotCommand { cmdlet, commands })
                                .render(self.lang)
                        ),
                        _ => refusal,
                    }
                }
                _ => refusal,
            },
        })
    }

    /// The command-language line that does what a cmdlet line would.
    fn equivalent_command(&mut self, script: &Script) -> Option<String> {
        let invocation = script.pipeline.first()?;
        let cmdlet = cmdlets::find(&invocation.name).filter(|cmdlet| cmdlet.module != Module::Core)?;
        let bound = cmdlets::bind(cmdlet, invocation, &[]).ok()?;
        match self.plan(cmdlet, &bound).ok()? {
            Plan::Act { actions, .. } if actions.len() == 1 => {
                actions.into_iter().next().and_then(|action| crate::command::render(&crate::command::Command::Act(action)))
            }
            _ => None,
        }
    }

    /// Runs a PowerShell line.
    pub(super) fn powershell(&mut self, line: &str, parsed: &crate::powershell::Parsed) -> Reply {
        let script = match parsed {
            Ok(script) => script,
            Err(SyntaxError::Empty) => return Reply::quiet(),
            Err(error) => return Reply::error(format!("ParserError: {error}")),
        };
        self.run_script(line, script)
    }

    fn resolve(&self, invocation: &Invocation) -> Result<&'static Cmdlet, String> {
        let Some(cmdlet) = cmdlets::find(&invocation.name) else {
            if let Some(real) = cmdlets::NOT_MODELLED.iter().find(|name| name.eq_ignore_ascii_case(&invocation.name)) {
                return Err(self.not_modelled(real, ""));
            }
            return Err(not_recognized(&invocation.name));
        };
        // Exchange's cmdlets exist in the session only once it is connected.
        if cmdlet.module == Module::Exchange && !self.connections.exchange {
            return Err(not_recognized(&invocation.name));
        }
        Ok(cmdlet)
    }

    fn run_script(&mut self, line: &str, script: &Script) -> Reply {
        let mut stages = script.pipeline.iter();
        let Some(first) = stages.next() else { return Reply::quiet() };
        let cmdlet = match self.resolve(first) {
            Ok(cmdlet) => cmdlet,
            Err(message) => return Reply::error(message),
        };
        let bound = match cmdlets::bind(cmdlet, first, &[]) {
            Ok(bound) => bound,
            Err(error) => return Reply::error(bind_message(cmdlet, &error)),
        };
        let mut reply = Reply::quiet();
        let Some(mut objects) = self.run_cmdlet(line, cmdlet, &bound, &mut reply, true) else { return finish(reply) };
        let mut formatted: Option<String> = None;
        for stage in stages {
            let cmdlet = match self.resolve(stage) {
                Ok(cmdlet) => cmdlet,
                Err(message) => {
                    reply.error = true;
                    reply.output.push_str(&message);
                    return finish(reply);
                }
            };
            if formatted.is_some() {
                // Formatting objects are only for the screen.
                reply.error = true;
                reply.output.push_str(&format!(
                    "{}: The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.",
                    cmdlet.name
                ));
                return finish(reply);
            }
            let piped: &[&str] = &["Identity", "UserId", "SenderAddress", "Mailbox"];
            let bound = match cmdlets::bind(cmdlet, stage, piped) {
                Ok(bound) => bound,
                Err(error) => {
                    reply.error = true;
                    reply.output.push_str(&bind_message(cmdlet, &error));
                    return finish(reply);
                }
            };
            let patterns = strings(bound.get("Property"));
            match cmdlet.name {
                "Where-Object" => {
                    if let Some(Value::Block(filter)) = bound.get("FilterScript") {
                        objects.retain(|object| object.keeps(filter));
                    } else {
                        reply.error = true;
                        reply.output.push_str("Where-Object: Cannot bind parameter 'FilterScript'. Cannot convert the value of type \"System.String\" to type \"System.Management.Automation.ScriptBlock\".");
                        return finish(reply);
                    }
                }
                "Select-Object" => {
                    let first = bound.text("First").and_then(|text| text.parse::<usize>().ok());
                    if let Some(expand) = bound.text("ExpandProperty") {
                        let values: Vec<String> = objects
                            .iter()
                            .filter_map(|object| object.get(&expand).cloned())
                            .flat_map(|value| match value {
                                objects::PsValue::List(items) => items,
                                objects::PsValue::Null => Vec::new(),
                                other => vec![
                                    objects::format_list(
                                        &[PsObject {
                                            properties: vec![(String::new(), other)],
                                            layout: objects::Layout::List(&[]),
                                            source: Source::Other,
                                        }],
                                        &[],
                                    )
                                    .trim()
                                    .trim_start_matches(':')
                                    .trim()
                                    .to_string(),
                                ],
                            })
                            .collect();
                        formatted = Some(values.iter().flat_map(|value| [value.as_str(), "\n"]).collect());
                    } else {
                        objects = objects::select(objects, &patterns, first);
                    }
                }
                "Format-List" => formatted = Some(objects::format_list(&objects, &patterns)),
                "Format-Table" => formatted = Some(objects::format_table(&objects, &patterns)),
                _ => {
                    let inputs = std::mem::take(&mut objects);
                    // The line's objects go through in one run: it takes the
                    // trainee the time of one command, not one per object.
                    for (index, input) in inputs.into_iter().enumerate() {
                        let mut bound = bound.clone();
                        match &input.source {
                            Source::Rule { mailbox, identity, .. } => {
                                if !bound.has("Identity") {
                                    bound.insert("Identity", Value::Str(identity.clone()));
                                }
                                if !bound.has("Mailbox") {
                                    bound.insert("Mailbox", Value::Str(mailbox.clone()));
                                }
                            }
                            Source::Permission { mailbox, user } => {
                                if !bound.has("Identity") {
                                    bound.insert("Identity", Value::Str(mailbox.clone()));
                                }
                                if !bound.has("User") {
                                    bound.insert("User", Value::Str(user.clone()));
                                }
                            }
                            // A mailbox piped into Get-InboxRule names the
                            // mailbox whose rules it lists (its -Identity takes
                            // a mailbox from the pipeline).
                            Source::User { upn } if cmdlet.name == "Get-InboxRule" => {
                                if !bound.has("Mailbox") {
                                    bound.insert("Mailbox", Value::Str(upn.clone()));
                                }
                            }
                            Source::User { upn } => {
                                for name in ["Identity", "UserId", "SenderAddress"] {
                                    if cmdlet.params.iter().any(|param| param.name == name) && !bound.has(name) {
                                        bound.insert(name, Value::Str(upn.clone()));
                                    }
                                }
                            }
                            Source::Other => {}
                        }
                        let missing: Vec<&'static str> = cmdlet
                            .params
                            .iter()
                            .filter(|param| param.mandatory && !bound.has(param.name))
                            .map(|param| param.name)
                            .collect();
                        if !missing.is_empty() {
                            reply.error = true;
                            reply.output.push_str(&BindError::Missing { names: missing }.message(cmdlet.name));
                            return finish(reply);
                        }
                        if let Some(more) = self.run_cmdlet(line, cmdlet, &bound, &mut reply, index == 0) {
                            objects.extend(more);
                        }
                        if self.finished {
                            return reply;
                        }
                    }
                }
            }
        }
        match formatted {
            Some(text) => reply.output.push_str(&text),
            None => reply.output.push_str(&objects::render_default(&objects)),
        }
        finish(reply)
    }

    /// Runs one cmdlet; `None` when it failed (the error is in `reply`).
    /// `pause`: whether its actions take the trainee's time (an object piped
    /// in after the first runs in the same command).
    fn run_cmdlet(&mut self, line: &str, cmdlet: &'static Cmdlet, bound: &Bound, reply: &mut Reply, pause: bool) -> Option<Vec<PsObject>> {
        if cmdlet.module == Module::Graph {
            let Some(scopes) = &self.connections.graph else {
                reply.error = true;
                reply.output.push_str(&format!("{}: Authentication needed. Please call Connect-MgGraph.", cmdlet.error_prefix));
                return None;
            };
            if !cmdlet.scopes.iter().any(|needed| scopes.iter().any(|granted| granted.eq_ignore_ascii_case(needed))) {
                reply.error = true;
                reply.output.push_str(&graph_denied(cmdlet));
                return None;
            }
        }
        if cmdlet.changes && bound.switch("WhatIf") == Some(true) {
            let target = ["Identity", "UserId", "SenderAddress", "DomainId", "DirectoryRoleId", "AlertId", "DeviceId", "Name"]
                .iter()
                .find_map(|name| bound.text(name))
                .unwrap_or_default();
            reply.output.push_str(&format!("What if: Performing the operation \"{}\" on target \"{target}\".\n", cmdlet.name));
            return Some(Vec::new());
        }
        if cmdlet.module == Module::Exchange
            && cmdlet.name.starts_with("Remove-")
            && bound.switch("Confirm") != Some(false)
            && bound.switch("Force") != Some(true)
        {
            // Exchange asks before removing; the session answers Yes.
            let target = bound.text("Identity").or_else(|| bound.text("SenderAddress")).unwrap_or_default();
            reply.output.push_str(&format!(
                "Confirm\nAre you sure you want to perform this action?\nPerforming the operation \"{}\" on target \"{target}\".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is \"Y\"): Y\n",
                cmdlet.name
            ));
        }
        // Graph's `-Top N`: the first N objects, as one page of the list
        // (`-All` pages through everything).
        let top = match number(bound, "Top") {
            Ok(_) if bound.switch("All") == Some(true) => None,
            Ok(top) => top.map(|top| usize::try_from(top).unwrap_or(0)),
            Err(message) => {
                reply.error = true;
                reply.output.push_str(&message);
                return None;
            }
        };
        let plan = match self.plan(cmdlet, bound) {
            Ok(plan) => plan,
            Err(message) => Plan::Fail(message),
        };
        match plan {
            Plan::Say(text) => {
                reply.output.push_str(&text);
                Some(Vec::new())
            }
            Plan::Fail(text) => {
                reply.error = true;
                reply.output.push_str(&text);
                None
            }
            Plan::Objects(objects) => Some(objects),
            Plan::Act { actions, shape, properties, keep } => {
                let mut out = Vec::new();
                for action in actions {
                    match self.step_powershell(line, cmdlet, &action, reply, pause) {
                        Ok(Some(view)) => out.extend(objects::from_view(&view, shape, &properties)),
                        Ok(None) => {}
                        Err(()) => return None,
                    }
                    if self.finished {
                        return None;
                    }
                }
                match keep {
                    Keep::All => {}
                    Keep::Rule(wanted) => {
                        let (_, wanted) = split_identity(&wanted);
                        let matching: Vec<PsObject> = out
                            .iter()
                            .filter(|object| {
                                matches!(&object.source, Source::Rule { identity, name, .. } if identity == wanted || name.eq_ignore_ascii_case(wanted))
                            })
                            .cloned()
                            .collect();
                        if !matching.is_empty() {
                            out = matching;
                        }
                    }
                    Keep::Property(property, wanted) => out.retain(|object| {
                        object.get(property).is_some_and(|value| {
                            let text = objects::format_list(
                                &[PsObject {
                                    properties: vec![(String::new(), value.clone())],
                                    layout: objects::Layout::List(&[]),
                                    source: Source::Other,
                                }],
                                &[],
                            );
                            text.to_ascii_lowercase().contains(&wanted.to_ascii_lowercase())
                        })
                    }),
                }
                if shape == Shape::Mailbox {
                    // Get-Mailbox without an identity: every mailbox (users
                    // without one are not recipients), with its forwarding, so
                    // `Get-Mailbox | Where-Object { $_.ForwardingSmtpAddress ... }`
                    // finds what it would find in Exchange.
                    let tenant = self.simulation.tenant();
                    out = out
                        .into_iter()
                        .filter_map(|object| {
                            let Source::User { upn } = &object.source else { return Some(object) };
                            let mailbox = tenant.find_user(upn).and_then(|id| tenant.user(id).mailbox.as_deref())?;
                            Some(objects::with_forwarding(object, mailbox))
                        })
                        .collect();
                }
                if cmdlet.name == "Revoke-MgUserSignInSession" && !out.is_empty() {
                    out.clear();
                }
                if let Some(top) = top {
                    out.truncate(top);
                }
                Some(out)
            }
        }
    }

    /// Steps one action for a cmdlet; the view on success (`Ok(None)`
    /// when it shows nothing), `Err(())` when it failed (said in `reply`).
    fn step_powershell(
        &mut self,
        line: &str,
        cmdlet: &Cmdlet,
        action: &Action,
        reply: &mut Reply,
        pause: bool,
    ) -> Result<Option<View>, ()> {
        let (outcome, view, words) = match self.act_for_powershell(line, action, pause) {
            Ok(result) => result,
            Err(message) => {
                reply.error = true;
                reply.output.push_str(&message);
                return Err(());
            }
        };
        let observed = self.after_command(Reply::quiet());
        reply.notices.extend(observed.notices);
        reply.feedback.extend(observed.feedback);
        if observed.finished {
            reply.finished = true;
            reply.output.push_str(&observed.output);
        }
        match outcome {
            Outcome::Done => {
                match &view {
                    Some(View::Note(_)) => {
                        reply.output.push_str(&format!("WARNING: {}", words.trim_end()));
                        reply.output.push('\n');
                        return Ok(None);
                    }
                    None if cmdlet.name == "Revoke-MgUserSignInSession" => reply.output.push_str("True\n"),
                    _ => {}
                }
                Ok(view)
            }
            // A filter that names no one finds nothing, as a log search does.
            Outcome::Invalid(Problem::UnknownUser { .. }) if FILTERING.contains(&cmdlet.name) => Ok(None),
            Outcome::Invalid(problem) => {
                reply.error = true;
                let real = match (&problem, cmdlet.module) {
                    (Problem::UnknownUser { name, .. }, Module::Exchange) => Some(exchange_not_found(name)),
                    (Problem::NoMailbox { user }, Module::Exchange) => Some(exchange_not_found(user)),
                    (Problem::NoSuchRule { rule, .. }, Module::Exchange) => Some(exchange_not_found(rule)),
                    (Problem::UnknownUser { name, .. }, Module::Graph) => Some(graph_not_found(cmdlet, name)),
                    (Problem::NoSuchApp { app }, Module::Graph) => Some(graph_not_found(cmdlet, app)),
                    (Problem::Password(_), Module::Graph) => Some(format!(
                        "{}: The specified password does not comply with password complexity requirements. Please provide a different password.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest",
                        cmdlet.error_prefix
                    )),
                    _ => None,
                };
                if let Some(real) = real {
                    reply.output.push_str(&real);
                    reply.output.push('\n');
                }
                reply.output.push_str(&words);
                Err(())
            }
            Outcome::Denied(_) => {
                reply.error = true;
                if cmdlet.module == Module::Graph {
                    reply.output.push_str(&graph_denied(cmdlet));
                    reply.output.push('\n');
                }
                reply.output.push_str(&words);
                Err(())
            }
        }
    }

    #[allow(clippy::too_many_lines)] // one arm per cmdlet
    fn plan(&mut self, cmdlet: &'static Cmdlet, bound: &Bound) -> Result<Plan, String> {
        let text = |name: &str| bound.text(name);
        let need = |name: &'static str| bound.text(name).ok_or_else(|| BindError::Missing { names: vec![name] }.message(cmdlet.name));
        let act = |actions: Vec<Action>| Plan::Act { actions, shape: Shape::Default, properties: Vec::new(), keep: Keep::All };
        let plan = match cmdlet.name {
            "Connect-ExchangeOnline" => {
                self.connections.exchange = true;
                Plan::Say(String::new())
            }
            "Disconnect-ExchangeOnline" => {
                self.connections.exchange = false;
                Plan::Say(String::new())
            }
            "Connect-MgGraph" => {
                let mut scopes = strings(bound.get("Scopes"));
                if scopes.is_empty() {
                    scopes = self.connections.graph.clone().unwrap_or_else(|| vec!["User.Read".to_string()]);
                }
                if !scopes.iter().any(|scope| scope.eq_ignore_ascii_case("User.Read")) {
                    scopes.insert(0, "User.Read".to_string());
                }
                let mut all = self.connections.graph.clone().unwrap_or_default();
                for scope in scopes {
                    if !all.iter().any(|known| known.eq_ignore_ascii_case(&scope)) {
                        all.push(scope);
                    }
                }
                self.connections.graph = Some(all);
                Plan::Say(if bound.switch("NoWelcome") == Some(true) { String::new() } else { "Welcome to Microsoft Graph!\n".to_string() })
            }
            "Disconnect-MgGraph" => {
                self.connections.graph = None;
                Plan::Say(String::new())
            }
            "Get-Help" => Plan::Say(text("Name").map_or_else(
                || help(cmdlets::find("Get-Help").unwrap_or(cmdlet)),
                |name| {
                    cmdlets::find(&name)
                        .map_or_else(|| format!(
                            "Get-Help: Get-Help could not find {name} in a help file in this session. To download updated help topics type: \"Update-Help\". To get help online, search for the help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116."
                        ), help)
                },
            )),
            "Format-List" | "Format-Table" | "Select-Object" | "Where-Object" => Plan::Objects(Vec::new()),
            "Get-Mailbox" => match text("Identity") {
                Some(user) => act(vec![Action::ShowMailbox { user }]),
                None => Plan::Act {
                    actions: vec![Action::ListUsers { search: None, department: None }],
                    shape: Shape::Mailbox,
                    properties: Vec::new(),
                    keep: Keep::All,
                },
            },
            "Get-CASMailbox" => {
                let user = need("Identity")?;
                Plan::Act { actions: vec![Action::ShowMailbox { user }], shape: Shape::CasMailbox, properties: Vec::new(), keep: Keep::All }
            }
            "Set-Mailbox" => {
                let user = need("Identity")?;
                let current =
                    self.simulation.tenant().find_user(&user).and_then(|id| self.simulation.tenant().user(id).mailbox.as_deref().cloned());
                let (old_address, old_smtp, old_keep) = current
                    .as_ref()
                    .map(|mailbox| {
                        (mailbox.forwarding_address.clone(), mailbox.forwarding_smtp_address.clone(), mailbox.deliver_and_forward)
                    })
                    .unwrap_or_default();
                let given = ["ForwardingAddress", "ForwardingSmtpAddress", "DeliverToMailboxAndForward"].iter().any(|name| bound.has(name));
                if !given {
                    return Ok(Plan::Say(format!(
                        "WARNING: The command completed successfully but no settings of '{user}' have been modified.\n"
                    )));
                }
                // Each parameter changes only its own field.
                let address = if bound.has("ForwardingAddress") { text("ForwardingAddress") } else { old_address.clone() };
                let smtp = if bound.has("ForwardingSmtpAddress") {
                    text("ForwardingSmtpAddress").map(|address| address.trim_start_matches("smtp:").trim_start_matches("SMTP:").to_string())
                } else {
                    old_smtp.clone()
                };
                let keep = bound.get("DeliverToMailboxAndForward").map_or(old_keep, cmdlets::truthy);
                if current.is_none() {
                    // Unknown mailbox: the engine says so.
                    act(vec![Action::ShowMailbox { user }])
                } else if address.is_none() && smtp.is_none() {
                    act(vec![Action::ClearForwarding { user }])
                } else {
                    act(vec![Action::SetForwarding {
                        user,
                        forwarding_address: address,
                        forwarding_smtp_address: smtp,
                        deliver_and_forward: keep,
                    }])
                }
            }
            "Get-InboxRule" => {
                let identity = text("Identity");
                let mailbox = text("Mailbox")
                    .or_else(|| identity.as_deref().and_then(|identity| split_identity(identity).0.map(str::to_string)))
                    .unwrap_or_else(|| self.own_mailbox());
                Plan::Act {
                    actions: vec![Action::ListRules { user: mailbox, include_hidden: bound.switch("IncludeHidden") == Some(true) }],
                    shape: Shape::Default,
                    properties: Vec::new(),
                    keep: identity.map_or(Keep::All, Keep::Rule),
                }
            }
            "Remove-InboxRule" | "Disable-InboxRule" | "Enable-InboxRule" => {
                let identity = need("Identity")?;
                let (prefix, rule) = split_identity(&identity);
                let user = text("Mailbox").or_else(|| prefix.map(str::to_string)).unwrap_or_else(|| self.own_mailbox());
                let rule = rule.to_string();
                let action = match cmdlet.name {
                    "Remove-InboxRule" => Action::RemoveRule { user, rule },
                    "Disable-InboxRule" => Action::DisableRule { user, rule },
                    _ => Action::EnableRule { user, rule },
                };
                act(vec![action])
            }
            "New-InboxRule" => {
                let name = need("Name")?;
                let user = text("Mailbox").unwrap_or_else(|| self.own_mailbox());
                let mut actions = Vec::new();
                let addresses = |name: &str| strings(bound.get(name));
                if bound.has("ForwardTo") {
                    actions.push(RuleAction::ForwardTo(addresses("ForwardTo")));
                }
                if bound.has("ForwardAsAttachmentTo") {
                    actions.push(RuleAction::ForwardAsAttachmentTo(addresses("ForwardAsAttachmentTo")));
                }
                if bound.has("RedirectTo") {
                    actions.push(RuleAction::RedirectTo(addresses("RedirectTo")));
                }
                if let Some(folder) = text("MoveToFolder") {
                    actions.push(RuleAction::MoveToFolder(folder.rsplit('\\').next().unwrap_or(&folder).to_string()));
                }
                if bound.get("MarkAsRead").is_some_and(cmdlets::truthy) {
                    actions.push(RuleAction::MarkAsRead);
                }
                if bound.get("DeleteMessage").is_some_and(cmdlets::truthy) {
                    actions.push(RuleAction::DeleteMessage);
                }
                if bound.get("StopProcessingRules").is_some_and(cmdlets::truthy) {
                    actions.push(RuleAction::StopProcessingRules);
                }
                let mut conditions = Vec::new();
                for from in addresses("From") {
                    conditions.push(RuleCondition::From(from));
                }
                if bound.has("SubjectContainsWords") {
                    conditions.push(RuleCondition::SubjectContainsWords(addresses("SubjectContainsWords")));
                }
                if bound.has("BodyContainsWords") {
                    conditions.push(RuleCondition::BodyContainsWords(addresses("BodyContainsWords")));
                }
                if bound.has("SubjectOrBodyContainsWords") {
                    conditions.push(RuleCondition::SubjectOrBodyContainsWords(addresses("SubjectOrBodyContainsWords")));
                }
                if bound.get("HasAttachment").is_some_and(cmdlets::truthy) {
                    conditions.push(RuleCondition::HasAttachment);
                }
                for to in addresses("SentTo") {
                    conditions.push(RuleCondition::SentTo(to));
                }
                act(vec![Action::CreateRule { user, rule: RuleSpec { name, conditions, actions, hidden: false, enabled: true } }])
            }
            "Get-MailboxPermission" => Plan::Act {
                actions: vec![Action::ListDelegates { user: need("Identity")? }],
                shape: Shape::Default,
                properties: Vec::new(),
                keep: text("User").map_or(Keep::All, |user| Keep::Property("User", user)),
            },
            "Add-MailboxPermission" | "Remove-MailboxPermission" => {
                let user = need("Identity")?;
                let delegate = need("User")?;
                if cmdlet.name == "Remove-MailboxPermission" {
                    act(vec![Action::RemoveDelegate { user, delegate }])
                } else {
                    let rights = strings(bound.get("AccessRights"));
                    let access = match rights.first().map(|right| right.to_ascii_lowercase()).as_deref() {
                        Some("fullaccess") => AccessRight::FullAccess,
                        Some("readpermission") => AccessRight::ReadPermission,
                        Some("sendas") => AccessRight::SendAs,
                        Some(other) => {
                            return Err(format!(
                                "Add-MailboxPermission: Cannot bind parameter 'AccessRights'. Cannot convert value \"{other}\" to type \"Microsoft.Exchange.Management.RecipientTasks.MailboxRights[]\"."
                            ));
                        }
                        None => return Err(BindError::Missing { names: vec!["AccessRights"] }.message(cmdlet.name)),
                    };
                    act(vec![Action::AddDelegate { user, delegate, access }])
                }
            }
            "Get-BlockedSenderAddress" => Plan::Act {
                actions: vec![Action::ListRestricted],
                shape: Shape::Default,
                properties: Vec::new(),
                keep: text("SenderAddress").map_or(Keep::All, |address| Keep::Property("SenderAddress", address)),
            },
            "Remove-BlockedSenderAddress" => act(vec![Action::ReleaseRestricted { user: need("SenderAddress")? }]),
            "Set-CASMailbox" => {
                let user = need("Identity")?;
                let pairs = [
                    ("ImapEnabled", Protocol::Imap),
                    ("PopEnabled", Protocol::Pop),
                    ("EwsEnabled", Protocol::Ews),
                    ("MAPIEnabled", Protocol::Mapi),
                    ("ActiveSyncEnabled", Protocol::ActiveSync),
                    ("OWAEnabled", Protocol::OutlookWeb),
                ];
                let mut off = Vec::new();
                // In the order typed.
                for typed in bound.names() {
                    let Some((name, protocol)) = pairs.iter().find(|(name, _)| *name == typed) else { continue };
                    match bound.get(name) {
                        Some(value) if cmdlets::truthy(value) => return Err(self.not_modelled(cmdlet.name, &format!("{name} $true"))),
                        Some(_) => off.push(*protocol),
                        None => {}
                    }
                }
                if off.is_empty() {
                    return Ok(Plan::Say(format!(
                        "WARNING: The command completed successfully but no settings of '{user}' have been modified.\n"
                    )));
                }
                act(vec![Action::DisableProtocols { user, protocols: off }])
            }
            "Get-MessageTraceV2" => match text("SenderAddress").or_else(|| text("RecipientAddress")) {
                Some(user) => act(vec![Action::MessageTrace { user }]),
                None => return Err(self.not_modelled(cmdlet.name, "SenderAddress $null")),
            },
            "Search-UnifiedAuditLog" => {
                need("StartDate")?;
                need("EndDate")?;
                let user = strings(bound.get("UserIds")).into_iter().next();
                Plan::Act { actions: vec![Action::AuditLog { user }], shape: Shape::UnifiedAudit, properties: Vec::new(), keep: Keep::All }
            }
            "Get-HostedOutboundSpamFilterPolicy" => act(vec![Action::ShowPolicies]),
            "Set-HostedOutboundSpamFilterPolicy" => {
                let limit = |name: &str| -> Result<Option<u32>, String> {
                    number(bound, name)?
                        .map(|value| u32::try_from(value).map_err(|_| format!("Cannot validate argument on parameter '{name}'.")))
                        .transpose()
                };
                let action = match text("ActionWhenThresholdReached").map(|text| text.to_ascii_lowercase()).as_deref() {
                    None => None,
                    Some("blockuser") => Some(OutboundAction::BlockUser),
                    Some("blockuserfortoday") => Some(OutboundAction::BlockUserForToday),
                    Some("alert") => Some(OutboundAction::Alert),
                    Some(other) => return Err(enum_error("ActionWhenThresholdReached", other, "Alert, BlockUserForToday, BlockUser")),
                };
                let auto_forwarding = match text("AutoForwardingMode").map(|text| text.to_ascii_lowercase()).as_deref() {
                    None => None,
                    Some("automatic") => Some(AutoForwardingMode::Automatic),
                    Some("on") => Some(AutoForwardingMode::On),
                    Some("off") => Some(AutoForwardingMode::Off),
                    Some(other) => return Err(enum_error("AutoForwardingMode", other, "Automatic, Off, On")),
                };
                act(vec![Action::SetOutboundPolicy(OutboundChange {
                    external_recipients_per_hour: limit("RecipientLimitExternalPerHour")?,
                    internal_recipients_per_hour: limit("RecipientLimitInternalPerHour")?,
                    recipients_per_day: limit("RecipientLimitPerDay")?,
                    action,
                    auto_forwarding,
                })])
            }
            "Get-MgUser" => {
                let properties = strings(bound.get("Property"));
                if let Some(user) = text("UserId") {
                    Plan::Act { actions: vec![Action::ShowUser { user }], shape: Shape::MgUser, properties, keep: Keep::All }
                } else {
                    let filter = text("Filter").unwrap_or_default();
                    let field = filter.trim_start().to_ascii_lowercase();
                    let department = field.starts_with("department").then(|| filter_value(&filter)).flatten();
                    // `userPrincipalName eq 'x'`, `displayName eq 'x'`, `mail eq 'x'`: the directory's search finds it.
                    let by_name = ["userprincipalname", "displayname", "mail"]
                        .iter()
                        .any(|name| field.starts_with(name))
                        .then(|| filter_value(&filter))
                        .flatten();
                    let search = text("Search")
                        .map(|search| {
                            let inner = search.trim_matches('"');
                            inner.split_once(':').map_or(inner, |(_, value)| value).trim_matches('"').to_string()
                        })
                        .or(by_name);
                    Plan::Act { actions: vec![Action::ListUsers { search, department }], shape: Shape::MgUser, properties, keep: Keep::All }
                }
            }
            "Update-MgUser" => {
                let user = need("UserId")?;
                let mut actions = Vec::new();
                if let Some(profile) = bound.get("PasswordProfile") {
                    let Value::Hash(pairs) = profile else {
                        return Err("Update-MgUser: Cannot process argument transformation on parameter 'PasswordProfile'. Cannot convert the value of type \"System.String\" to type \"Microsoft.Graph.PowerShell.Models.IMicrosoftGraphPasswordProfile\".".to_string());
                    };
                    let find = |key: &str| pairs.iter().find(|(name, _)| name.eq_ignore_ascii_case(key)).map(|(_, value)| value);
                    let Some(password) = find("Password").map(Value::text) else {
                        return Err(format!(
                            "{}: Invalid value specified for property 'passwordProfile' of resource 'User'.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest",
                            cmdlet.error_prefix
                        ));
                    };
                    let require_change = find("ForceChangePasswordNextSignIn").is_some_and(cmdlets::truthy);
                    actions.push(Action::ResetPassword {
                        user: user.clone(),
                        password: NewPassword::Given(password),
                        require_change,
                        email_to: None,
                    });
                }
                if let Some(enabled) = bound.switch("AccountEnabled") {
                    actions.push(if enabled {
                        Action::AllowSignIn { user: user.clone() }
                    } else {
                        Action::BlockSignIn { user: user.clone() }
                    });
                }
                if let Some(policies) = bound.get("PasswordPolicies") {
                    let policies = policies.text().to_ascii_lowercase();
                    actions.push(Action::SetUserPasswordPolicy {
                        user: user.clone(),
                        never_expires: Some(policies.contains("disablepasswordexpiration")),
                        strong_password: Some(!policies.contains("disablestrongpassword")),
                    });
                }
                act(actions)
            }
            "Revoke-MgUserSignInSession" => act(vec![Action::RevokeSessions { user: need("UserId")? }]),
            "Get-MgUserAuthenticationMethod" => act(vec![Action::ListMethods { user: need("UserId")? }]),
            "Remove-MgUserAuthenticationPhoneMethod"
            | "Remove-MgUserAuthenticationEmailMethod"
            | "Remove-MgUserAuthenticationMicrosoftAuthenticatorMethod"
            | "Remove-MgUserAuthenticationFido2Method" => {
                let user = need("UserId")?;
                let id_param = cmdlet.params.get(1).map_or("", |param| param.name);
                let id = bound.text(id_param).unwrap_or_default();
                let upn = self.user_by_object(&user).unwrap_or_else(|| user.clone());
                let kinds: &[MethodKind] = match cmdlet.name {
                    "Remove-MgUserAuthenticationPhoneMethod" => &[MethodKind::MobilePhone, MethodKind::OfficePhone],
                    "Remove-MgUserAuthenticationEmailMethod" => &[MethodKind::AlternateEmail],
                    "Remove-MgUserAuthenticationMicrosoftAuthenticatorMethod" => &[MethodKind::AuthenticatorApp],
                    _ => &[MethodKind::Fido2],
                };
                let Some(method) = kinds
                    .iter()
                    .copied()
                    .find(|kind| objects::method_id(&upn, *kind).is_some_and(|known| known.eq_ignore_ascii_case(id.trim())))
                else {
                    return Err(graph_not_found(cmdlet, &id));
                };
                act(vec![Action::RemoveMethod { user, method }])
            }
            "Update-MgBetaUserAuthenticationRequirement" => {
                let user = need("UserId")?;
                let state = need("PerUserMfaState")?;
                match state.to_ascii_lowercase().as_str() {
                    "enforced" | "enabled" => act(vec![Action::RequireMfa { user }]),
                    _ => return Err(self.not_modelled(cmdlet.name, &format!("PerUserMfaState {state}"))),
                }
            }
            "Get-MgUserMemberOf" => Plan::Act {
                actions: vec![Action::ShowUser { user: need("UserId")? }],
                shape: Shape::MemberOf,
                properties: Vec::new(),
                keep: Keep::All,
            },
            "Get-MgDirectoryRole" => {
                let wanted = text("Filter").and_then(|filter| filter_value(&filter));
                let by_id = text("DirectoryRoleId");
                let roles: Vec<PsObject> = crate::tenant::role::Role::ALL
                    .into_iter()
                    .filter_map(|role| Some((role, objects::role_id(role)?)))
                    .filter(|(role, id)| {
                        wanted.as_deref().is_none_or(|name| role.display_name().eq_ignore_ascii_case(name))
                            && by_id.as_deref().is_none_or(|wanted| wanted.eq_ignore_ascii_case(id))
                    })
                    .map(|(role, id)| PsObject {
                        properties: vec![
                            ("DeletedDateTime".to_string(), objects::PsValue::Null),
                            ("Id".to_string(), objects::PsValue::Text(id.to_string())),
                            ("Description".to_string(), objects::PsValue::Null),
                            ("DisplayName".to_string(), objects::PsValue::Text(role.display_name().to_string())),
                            ("RoleTemplateId".to_string(), objects::PsValue::Text(id.to_string())),
                        ],
                        layout: objects::Layout::Table(&["DeletedDateTime", "Id", "Description", "DisplayName", "RoleTemplateId"]),
                        source: Source::Other,
                    })
                    .collect();
                if let Some(id) = by_id
                    && roles.is_empty()
                {
                    return Err(graph_not_found(cmdlet, &id));
                }
                Plan::Objects(roles)
            }
            "Get-MgDirectoryRoleMember" | "New-MgDirectoryRoleMemberByRef" | "Remove-MgDirectoryRoleMemberByRef" => {
                let id = need("DirectoryRoleId")?;
                let Some(role) = objects::role_by_id(&id) else { return Err(graph_not_found(cmdlet, &id)) };
                match cmdlet.name {
                    "Get-MgDirectoryRoleMember" => act(vec![Action::RoleMembers { role }]),
                    "New-MgDirectoryRoleMemberByRef" => {
                        let reference = text("OdataId")
                            .or_else(|| bound.get("BodyParameter").and_then(|body| field(body, "@odata.id")).map(Value::text));
                        let Some(reference) = reference else {
                            return Err(format!(
                                "{}: One or more properties contains invalid values.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest",
                                cmdlet.error_prefix
                            ));
                        };
                        let Some(user) = self.user_by_object(&reference) else { return Err(graph_not_found(cmdlet, &reference)) };
                        act(vec![Action::AddRole { user, role }])
                    }
                    _ => {
                        let object = need("DirectoryObjectId")?;
                        let Some(user) = self.user_by_object(&object) else { return Err(graph_not_found(cmdlet, &object)) };
                        act(vec![Action::RemoveRole { user, role }])
                    }
                }
            }
            "Get-MgServicePrincipal" => {
                let properties = strings(bound.get("Property"));
                if let Some(app) = text("ServicePrincipalId") {
                    Plan::Act { actions: vec![Action::ShowApp { app }], shape: Shape::Default, properties, keep: Keep::All }
                } else {
                    // `displayName eq 'x'` or `appId eq 'x'`: what matches,
                    // none when nothing does, as Graph's filter.
                    let filter = text("Filter").unwrap_or_default();
                    let field = filter.trim_start().to_ascii_lowercase();
                    let keep = if field.starts_with("displayname") {
                        filter_value(&filter).map(|name| Keep::Property("DisplayName", name))
                    } else if field.starts_with("appid") {
                        filter_value(&filter).map(|id| Keep::Property("AppId", id))
                    } else {
                        // `-Search '"displayName:Benefits"'`: the names that hold the words.
                        text("Search").and_then(|search| {
                            let term = search.trim().trim_matches(|character| character == '"' || character == '\'');
                            let term = term.split_once(':').map_or(term, |(_, value)| value).trim();
                            (!term.is_empty()).then(|| Keep::Property("DisplayName", term.to_string()))
                        })
                    };
                    Plan::Act { actions: vec![Action::ListApps], shape: Shape::Default, properties, keep: keep.unwrap_or(Keep::All) }
                }
            }
            "Update-MgServicePrincipal" => {
                let app = need("ServicePrincipalId")?;
                match bound.switch("AccountEnabled") {
                    Some(false) => act(vec![Action::DisableApp { app }]),
                    Some(true) => return Err(self.not_modelled(cmdlet.name, "AccountEnabled:$true")),
                    None => Plan::Say(String::new()),
                }
            }
            "Remove-MgServicePrincipal" => act(vec![Action::DeleteApp { app: need("ServicePrincipalId")? }]),
            "Get-MgOauth2PermissionGrant" => {
                if let Some(id) = text("OAuth2PermissionGrantId") {
                    let known = self.simulation.tenant().apps.grants.iter().any(|grant| grant.id.eq_ignore_ascii_case(id.trim()));
                    if !known {
                        return Err(graph_not_found(cmdlet, &id));
                    }
                    Plan::Act {
                        actions: vec![Action::ListGrants { app: None, user: None }],
                        shape: Shape::Default,
                        properties: Vec::new(),
                        keep: Keep::Property("Id", id.trim().to_string()),
                    }
                } else {
                    let filter = text("Filter").unwrap_or_default();
                    let field = filter.trim_start().to_ascii_lowercase();
                    let value = filter_value(&filter);
                    if field.starts_with("clientid") {
                        act(vec![Action::ListGrants { app: value, user: None }])
                    } else if field.starts_with("principalid") {
                        match value.and_then(|id| self.user_by_object(&id)) {
                            Some(user) => act(vec![Action::ListGrants { app: None, user: Some(user) }]),
                            None => Plan::Objects(Vec::new()),
                        }
                    } else if field.starts_with("consenttype") {
                        Plan::Act {
                            actions: vec![Action::ListGrants { app: None, user: None }],
                            shape: Shape::Default,
                            properties: Vec::new(),
                            keep: value.map_or(Keep::All, |consent| Keep::Property("ConsentType", consent)),
                        }
                    } else {
                        act(vec![Action::ListGrants { app: None, user: None }])
                    }
                }
            }
            // The grants the user is the principal of (not the ones an admin
            // gave for everyone, whose principalId is empty).
            "Get-MgUserOauth2PermissionGrant" => {
                let user = need("UserId")?;
                let upn = self.user_by_object(&user).unwrap_or_else(|| user.clone());
                Plan::Act {
                    actions: vec![Action::ListGrants { app: None, user: Some(user) }],
                    shape: Shape::Default,
                    properties: Vec::new(),
                    keep: Keep::Property("PrincipalId", objects::object_id(&upn)),
                }
            }
            "Remove-MgOauth2PermissionGrant" => {
                let id = need("OAuth2PermissionGrantId")?;
                let apps = &self.simulation.tenant().apps;
                let found = apps.grants.iter().find(|grant| grant.id.eq_ignore_ascii_case(id.trim())).and_then(|grant| {
                    let client = apps.apps.iter().find(|app| !app.deleted && app.app_id == grant.app_id)?;
                    Some((client.object_id.clone(), grant.id.clone()))
                });
                let Some((app, grant)) = found else { return Err(graph_not_found(cmdlet, &id)) };
                act(vec![Action::RevokeGrants { app, user: None, grant: Some(grant) }])
            }
            "Update-MgPolicyAuthorizationPolicy" => match consent_policies(bound) {
                None => Plan::Say(String::new()),
                Some(assigned) => match user_consent_of(&assigned) {
                    Some(setting) => act(vec![Action::SetUserConsent { setting }]),
                    None => return Err(self.not_modelled(cmdlet.name, "BodyParameter (a custom app consent policy)")),
                },
            },
            "Get-MgAuditLogSignIn" => {
                let (user, ip) = sign_in_filter(text("Filter"))
                    .map_err(|clause| self.not_modelled(cmdlet.name, &format!("Filter \"{clause}\"")))?;
                act(vec![Action::SignInLog { user, ip }])
            }
            // `activityDisplayName eq 'Consent to application'` is the
            // playbook's own search: the whole log, those entries kept.
            "Get-MgAuditLogDirectoryAudit" => match text("Filter") {
                Some(filter) if filter.trim_start().to_ascii_lowercase().starts_with("activitydisplayname") => Plan::Act {
                    actions: vec![Action::AuditLog { user: None }],
                    shape: Shape::DirectoryAudit,
                    properties: Vec::new(),
                    keep: filter_value(&filter).map_or(Keep::All, |activity| Keep::Property("ActivityDisplayName", activity)),
                },
                filter => Plan::Act {
                    actions: vec![Action::AuditLog { user: filter.and_then(|filter| filter_value(&filter)) }],
                    shape: Shape::DirectoryAudit,
                    properties: Vec::new(),
                    keep: Keep::All,
                },
            },
            "Update-MgDomain" => {
                let domain = need("DomainId")?;
                let known = self.simulation.tenant().domains.iter().any(|known| known.eq_ignore_ascii_case(&domain));
                if !known {
                    return Err(graph_not_found(cmdlet, &domain));
                }
                match number(bound, "PasswordValidityPeriodInDays")? {
                    None => Plan::Say(String::new()),
                    Some(days) if days >= 2_147_483_647 => act(vec![Action::SetPasswordExpiration { days: None }]),
                    Some(days) => match u16::try_from(days) {
                        Ok(days) => act(vec![Action::SetPasswordExpiration { days: Some(days) }]),
                        Err(_) => {
                            return Err(format!(
                                "{}: Invalid value specified for property 'passwordValidityPeriodInDays' of resource 'Domain'.\n\nStatus: 400 (BadRequest)\nErrorCode: Request_BadRequest",
                                cmdlet.error_prefix
                            ));
                        }
                    },
                }
            }
            "Get-MgSecurityAlertV2" => Plan::Act {
                actions: vec![Action::ListAlerts],
                shape: Shape::Default,
                properties: Vec::new(),
                keep: match (text("AlertId"), text("Filter")) {
                    (Some(id), _) => Keep::Property("Id", id),
                    // `status eq 'new'`, `classification eq 'truePositive'`, `severity eq 'high'`.
                    (None, Some(filter)) => {
                        let field = filter.split_whitespace().next().unwrap_or_default().to_ascii_lowercase();
                        let property = match field.as_str() {
                            "status" => "Status",
                            "classification" => "Classification",
                            "severity" => "Severity",
                            _ => return Err(self.not_modelled(cmdlet.name, &format!("Filter {filter}"))),
                        };
                        filter_value(&filter).map_or(Keep::All, |value| Keep::Property(property, value))
                    }
                    (None, None) => Keep::All,
                },
            },
            "Update-MgSecurityAlertV2" => {
                let wanted = need("AlertId")?;
                let Some(id) =
                    self.simulation.tenant().alerts.iter().map(|alert| alert.id).find(|id| objects::alert_id(*id).eq_ignore_ascii_case(wanted.trim()))
                else {
                    return Err(graph_not_found(cmdlet, &wanted));
                };
                let status = text("Status");
                let classification = text("Classification");
                if let Some(determination) = text("Determination")
                    && !DETERMINATIONS.iter().any(|known| known.eq_ignore_ascii_case(&determination))
                {
                    return Err(graph_bad_value(cmdlet, "determination", &determination));
                }
                let verdict = match classification.as_deref().map(str::to_ascii_lowercase).as_deref() {
                    None => None,
                    Some("truepositive") => Some(Classification::TruePositive),
                    Some("falsepositive") => Some(Classification::FalsePositive),
                    Some("informationalexpectedactivity") => Some(Classification::InformationalExpectedActivity),
                    Some("unknown") => return Err(self.not_modelled(cmdlet.name, "Classification unknown")),
                    Some(_) => return Err(graph_bad_value(cmdlet, "classification", classification.as_deref().unwrap_or_default())),
                };
                match (status.as_deref().map(str::to_ascii_lowercase).as_deref(), verdict) {
                    (Some("resolved"), Some(verdict)) => act(vec![Action::ResolveAlert { id, verdict, reason: None }]),
                    (Some("new" | "inprogress" | "resolved") | None, _) => {
                        // The simulation's alerts go from new to resolved with a verdict.
                        let what = match status {
                            Some(status) => format!("Status {status}{}", if verdict.is_none() { " without -Classification" } else { "" }),
                            None => "Classification without -Status resolved".to_string(),
                        };
                        return Err(self.not_modelled(cmdlet.name, &what));
                    }
                    (Some(_), _) => return Err(graph_bad_value(cmdlet, "status", status.as_deref().unwrap_or_default())),
                }
            }
            "Get-MgUserRegisteredDevice" | "Get-MgUserOwnedDevice" => {
                let granted = self.connections.graph.clone().unwrap_or_default();
                let readable = cmdlets::DEVICE_READ.iter().any(|needed| granted.iter().any(|scope| scope.eq_ignore_ascii_case(needed)));
                Plan::Act {
                    actions: vec![Action::ListDevices { user: need("UserId")? }],
                    shape: if readable { Shape::Default } else { Shape::DeviceIdsOnly },
                    properties: Vec::new(),
                    keep: Keep::All,
                }
            }
            "Update-MgDevice" | "Remove-MgDevice" => {
                let wanted = need("DeviceId")?;
                let tenant = self.simulation.tenant();
                let Some((user, device)) = tenant.users().find_map(|(_, user)| {
                    user.devices
                        .iter()
                        .find(|device| objects::device_id(&user.upn, &device.name).eq_ignore_ascii_case(wanted.trim()))
                        .map(|device| (user.upn.clone(), device.name.clone()))
                }) else {
                    return Err(graph_not_found(cmdlet, &wanted));
                };
                if cmdlet.name == "Remove-MgDevice" {
                    act(vec![Action::DeleteDevice { user, device }])
                } else {
                    let enabled = bound
                        .switch("AccountEnabled")
                        .or_else(|| bound.get("BodyParameter").and_then(|body| field(body, "accountEnabled")).map(cmdlets::truthy));
                    match enabled {
                        Some(false) => act(vec![Action::DisableDevice { user, device }]),
                        Some(true) => return Err(self.not_modelled(cmdlet.name, "AccountEnabled:$true")),
                        None => Plan::Say(String::new()),
                    }
                }
            }
            "Get-MgIdentityConditionalAccessNamedLocation" => match text("NamedLocationId") {
                Some(id)
                    if !self
                        .simulation
                        .tenant()
                        .access
                        .named_locations
                        .iter()
                        .any(|location| objects::location_id(&location.name).eq_ignore_ascii_case(id.trim())) =>
                {
                    return Err(graph_not_found(cmdlet, &id));
                }
                Some(id) => Plan::Act {
                    actions: vec![Action::ListNamedLocations],
                    shape: Shape::Default,
                    properties: Vec::new(),
                    keep: Keep::Property("Id", id),
                },
                None => act(vec![Action::ListNamedLocations]),
            },
            "Get-MgIdentityConditionalAccessPolicy" => act(vec![Action::ListConditionalAccessPolicies]),
            "Get-MgRiskyUser" => act(vec![Action::ListRiskyUsers]),
            "New-MgIdentityConditionalAccessNamedLocation" => {
                let body = bound.get("BodyParameter").filter(|body| matches!(body, Value::Hash(_)));
                let body = body.ok_or_else(|| self.not_modelled(cmdlet.name, "BodyParameter"))?;
                let kind = field(body, "@odata.type").map(Value::text).unwrap_or_default();
                if !kind.eq_ignore_ascii_case("#microsoft.graph.ipNamedLocation") {
                    return Err(self.not_modelled(cmdlet.name, &format!("BodyParameter @odata.type {kind}")));
                }
                let name = field(body, "DisplayName").map(Value::text).unwrap_or_default();
                let ranges: Vec<String> = field(body, "IpRanges")
                    .map(Value::items)
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|range| field(range, "CidrAddress").map(Value::text))
                    .collect();
                act(vec![Action::CreateNamedLocation { name, ranges }])
            }
            "New-MgIdentityConditionalAccessPolicy" => {
                let body = bound.get("BodyParameter").filter(|body| matches!(body, Value::Hash(_)));
                let body = body.ok_or_else(|| self.not_modelled(cmdlet.name, "BodyParameter"))?;
                let name = field(body, "DisplayName").map(Value::text).unwrap_or_default();
                let control = self.policy_control(cmdlet, body)?;
                act(vec![Action::CreateConditionalAccessPolicy { name, control }])
            }
            "Confirm-MgRiskyUserCompromised" => {
                let mut ids = strings(bound.get("UserIds"));
                if let Some(body) = bound.get("BodyParameter") {
                    ids.extend(strings(field(body, "UserIds")));
                }
                if ids.is_empty() {
                    return Err(BindError::Missing { names: vec!["UserIds"] }.message(cmdlet.name));
                }
                act(ids.into_iter().map(|id| Action::ConfirmCompromised { user: self.user_by_object(&id).unwrap_or(id) }).collect())
            }
            _ => return Err(self.not_modelled(cmdlet.name, "")),
        };
        Ok(plan)
    }

    /// The one policy shape of a `New-MgIdentityConditionalAccessPolicy`
    /// body the simulation models: on, for all users and all applications,
    /// granting `block`, for legacy clients (`exchangeActiveSync` and
    /// `other`) or for named locations by id. Anything else is not modelled.
    fn policy_control(&self, cmdlet: &Cmdlet, body: &Value) -> Result<PolicyControl, String> {
        let not_modelled = |what: &str| self.not_modelled(cmdlet.name, &format!("BodyParameter {what}"));
        let texts = |value: Option<&Value>| value.map(Value::items).unwrap_or_default().into_iter().map(Value::text).collect::<Vec<_>>();
        let state = field(body, "State").map(Value::text).unwrap_or_default();
        if !state.eq_ignore_ascii_case("enabled") {
            return Err(not_modelled(&format!("State {state}")));
        }
        let grants = texts(field(body, "GrantControls").and_then(|grant| field(grant, "BuiltInControls")));
        if grants.len() != 1 || !grants[0].eq_ignore_ascii_case("block") {
            return Err(not_modelled(&format!("BuiltInControls {}", grants.join(","))));
        }
        let conditions = field(body, "Conditions").ok_or_else(|| not_modelled("Conditions"))?;
        let users = texts(field(conditions, "Users").and_then(|users| field(users, "IncludeUsers")));
        let apps = texts(field(conditions, "Applications").and_then(|apps| field(apps, "IncludeApplications")));
        if users.len() != 1 || !users[0].eq_ignore_ascii_case("All") || apps.len() != 1 || !apps[0].eq_ignore_ascii_case("All") {
            return Err(not_modelled("Conditions (all users and all applications only)"));
        }
        let clients = texts(field(conditions, "ClientAppTypes"));
        let locations = texts(field(conditions, "Locations").and_then(|locations| field(locations, "IncludeLocations")));
        let legacy = |wanted: &str| clients.iter().any(|client| client.eq_ignore_ascii_case(wanted));
        match (clients.is_empty(), locations.is_empty()) {
            (false, true) if clients.len() == 2 && legacy("exchangeActiveSync") && legacy("other") => {
                Ok(PolicyControl::BlockLegacyAuthentication)
            }
            (true, false) => {
                let access = &self.simulation.tenant().access;
                let names = locations
                    .into_iter()
                    .map(|id| {
                        access
                            .named_locations
                            .iter()
                            .find(|location| objects::location_id(&location.name).eq_ignore_ascii_case(id.trim()))
                            .map_or(id, |location| location.name.clone())
                    })
                    .collect();
                Ok(PolicyControl::BlockLocations(names))
            }
            _ => Err(not_modelled(&format!("ClientAppTypes {}", clients.join(",")))),
        }
    }

    fn not_modelled(&self, cmdlet: &str, parameter: &str) -> String {
        let what = if parameter.is_empty() { cmdlet.to_string() } else { format!("{cmdlet} -{parameter}") };
        crate::t!(self.lang, "ps-not-modelled", what = what)
    }
}

/// The reply with at most one blank line at its end.
fn finish(mut reply: Reply) -> Reply {
    while reply.output.ends_with("\n\n") {
        reply.output.pop();
    }
    reply
}

fn enum_error(name: &str, value: &str, allowed: &str) -> String {
    format!(
        "Cannot bind parameter '{name}'. Cannot convert value \"{value}\" to type. Error: \"Unable to match the identifier name {value} to a valid enumerator name. Specify one of the following enumerator names and try again:\n{allowed}\""
    )
}

fn bind_message(cmdlet: &Cmdlet, error: &BindError) -> String {
    error.message(cmdlet.name)
}

/// `Get-Help` for a cmdlet: its syntax, examples and reference page.
#[must_use]
pub fn help(cmdlet: &Cmdlet) -> String {
    let mut syntax = cmdlet.name.to_string();
    for param in cmdlet.params {
        let shown = match (param.kind, param.position) {
            (cmdlets::ParamKind::Switch, _) => format!("[-{}]", param.name),
            (cmdlets::ParamKind::Value, Some(_)) if param.mandatory => format!("[-{}] <value>", param.name),
            (cmdlets::ParamKind::Value, Some(_)) => format!("[[-{}] <value>]", param.name),
            (cmdlets::ParamKind::Value, None) if param.mandatory => format!("-{} <value>", param.name),
            (cmdlets::ParamKind::Value, None) => format!("[-{} <value>]", param.name),
        };
        syntax.push(' ');
        syntax.push_str(&shown);
    }
    let mut text = format!("\nNAME\n    {}\n\nSYNTAX\n    {syntax}\n\nEXAMPLES\n", cmdlet.name);
    for example in cmdlet.examples {
        text.push_str(&format!("    PS> {example}\n"));
    }
    text.push_str(&format!("\nRELATED LINKS\n    {}\n", cmdlets::page(cmdlet)));
    text
}
