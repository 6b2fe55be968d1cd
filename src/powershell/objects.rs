//! What cmdlets return: objects with the real cmdlets' property names, built
//! from the simulation's views, and PowerShell's way of showing them (the
//! default table or list, `Format-List`, `Format-Table`, `Select-Object`).
//! The property names and values are the products' own words, English in
//! every language, as in the real tools.

use super::syntax::{Filter, Op, Value, like};
use crate::engine::view::View;
use crate::i18n::Lang;
use crate::tenant::access::PolicyControl;
use crate::tenant::mailbox::{InboxRule, Protocol, RuleAction, RuleCondition};
use crate::tenant::role::Role;
use crate::tenant::user::MethodKind;

/// A property value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PsValue {
    Text(String),
    Bool(bool),
    Number(i64),
    Null,
    List(Vec<String>),
}

impl PsValue {
    fn text(&self) -> String {
        match self {
            PsValue::Text(text) => text.clone(),
            PsValue::Bool(true) => "True".to_string(),
            PsValue::Bool(false) => "False".to_string(),
            PsValue::Number(number) => number.to_string(),
            PsValue::Null => String::new(),
            PsValue::List(items) => format!("{{{}}}", items.join(", ")),
        }
    }

    fn truthy(&self) -> bool {
        match self {
            PsValue::Text(text) => !text.is_empty(),
            PsValue::Bool(on) => *on,
            PsValue::Number(number) => *number != 0,
            PsValue::Null => false,
            PsValue::List(items) => !items.is_empty(),
        }
    }
}

fn opt(text: Option<&String>) -> PsValue {
    text.map_or(PsValue::Null, |text| PsValue::Text(text.clone()))
}

/// What an object is, for the cmdlets a pipeline feeds it to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Rule { mailbox: String, identity: String, name: String },
    Permission { mailbox: String, user: String },
    User { upn: String },
    Other,
}

/// How PowerShell shows an object when nothing formats it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Table(&'static [&'static str]),
    List(&'static [&'static str]),
}

/// One object in a pipeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PsObject {
    pub properties: Vec<(String, PsValue)>,
    pub layout: Layout,
    pub source: Source,
}

impl PsObject {
    fn new(layout: Layout, source: Source, properties: Vec<(&str, PsValue)>) -> Self {
        Self { properties: properties.into_iter().map(|(name, value)| (name.to_string(), value)).collect(), layout, source }
    }

    /// A property by name, case-insensitive.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&PsValue> {
        self.properties.iter().find(|(property, _)| property.eq_ignore_ascii_case(name)).map(|(_, value)| value)
    }

    /// Whether a `Where-Object` filter keeps the object.
    #[must_use]
    pub fn keeps(&self, filter: &Filter) -> bool {
        match filter {
            Filter::And(left, right) => self.keeps(left) && self.keeps(right),
            Filter::Or(left, right) => self.keeps(left) || self.keeps(right),
            Filter::Not(inner) => !self.keeps(inner),
            Filter::Truthy { property } => self.path(property).is_some_and(PsValue::truthy),
            Filter::Compare { property, op, value } => {
                let found = self.path(property).cloned().unwrap_or(PsValue::Null);
                compare(&found, *op, value)
            }
        }
    }

    fn path(&self, path: &[String]) -> Option<&PsValue> {
        // Nested properties are flattened: `$_.Status.ErrorCode` reads `ErrorCode`.
        path.last().and_then(|name| self.get(name))
    }
}

fn compare(found: &PsValue, op: Op, wanted: &Value) -> bool {
    // A list compares item by item and gives the matching items (truthy when any).
    if let PsValue::List(items) = found {
        return match op {
            Op::Ne | Op::NotLike | Op::NotMatch if matches!(wanted, Value::Null) => !items.is_empty(),
            Op::Eq if matches!(wanted, Value::Null) => items.is_empty(),
            _ => items.iter().any(|item| compare(&PsValue::Text(item.clone()), op, wanted)),
        };
    }
    let is_null = matches!(found, PsValue::Null) || matches!(found, PsValue::Text(text) if text.is_empty());
    if matches!(wanted, Value::Null) {
        return match op {
            Op::Eq => is_null,
            Op::Ne => !is_null,
            _ => false,
        };
    }
    let left = found.text();
    let right = match wanted {
        Value::Bool(on) => if *on { "True" } else { "False" }.to_string(),
        other => other.text(),
    };
    match op {
        Op::Eq => left.eq_ignore_ascii_case(&right),
        Op::Ne => !left.eq_ignore_ascii_case(&right),
        Op::Like => like(&left, &right),
        Op::NotLike => !like(&left, &right),
        Op::Match | Op::NotMatch => {
            let matched = regex::RegexBuilder::new(&right)
                .case_insensitive(true)
                .size_limit(1 << 20)
                .build()
                .is_ok_and(|pattern| pattern.is_match(&left));
            matched == (op == Op::Match)
        }
    }
}

/// The directory object id the simulation gives a user: stable for its
/// name, shaped like Entra's GUIDs.
#[must_use]
pub fn object_id(upn: &str) -> String {
    guid(&format!("user:{}", upn.to_ascii_lowercase()))
}

/// A named location's id: a stable GUID-shaped id from its name.
#[must_use]
pub fn location_id(name: &str) -> String {
    guid(&format!("location:{}", name.to_ascii_lowercase()))
}

/// A stable GUID-shaped text for a key (FNV-1a, twice).
#[must_use]
pub fn guid(key: &str) -> String {
    let hash = |seed: u64| key.bytes().fold(seed, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3));
    let (high, low) = (hash(0xcbf2_9ce4_8422_2325), hash(0x8422_2325_cbf2_9ce4));
    format!("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", high >> 32, (high >> 16) & 0xffff, high & 0xffff, low >> 48, low & 0xffff_ffff_ffff)
}

/// The directory object id the simulation gives a registered device:
/// stable for its owner and name, shaped like Entra's GUIDs.
#[must_use]
pub fn device_id(upn: &str, name: &str) -> String {
    guid(&format!("device:{}:{}", upn.to_ascii_lowercase(), name.to_ascii_lowercase()))
}

/// The id `Get-MgSecurityAlertV2` shows for an alert (the simulation's
/// number, `alerts` in the command language, behind a stable GUID).
#[must_use]
pub fn alert_id(id: u32) -> String {
    guid(&format!("alert:{id}"))
}

/// A role's template id in Entra ID (what `Get-MgDirectoryRole` shows as
/// `RoleTemplateId`; the simulation uses it as the role's id too).
/// `None` for Exchange's role groups, which Graph does not manage.
#[must_use]
pub const fn role_id(role: Role) -> Option<&'static str> {
    Some(match role {
        Role::GlobalAdministrator => "62e90394-69f5-4237-9190-012177145e10",
        Role::PrivilegedAuthenticationAdministrator => "7be44c8a-adaf-4e2a-84d6-ab2649e08a13",
        Role::PrivilegedRoleAdministrator => "e8611ab8-c189-46e8-94e1-60213ab1f814",
        Role::UserAdministrator => "fe930be7-5e62-47db-91af-98c3a49a38b1",
        Role::GroupsAdministrator => "fdd7a751-b60b-444a-984c-02652fe8fa1c",
        Role::HelpdeskAdministrator => "729827e3-9c14-49f7-bb1b-9608f156bbb8",
        Role::PasswordAdministrator => "966707d0-3269-4727-9be2-8c3a10f19b9d",
        Role::AuthenticationAdministrator => "c4e39bd9-1100-46d3-8c65-fb160da0071f",
        Role::AuthenticationPolicyAdministrator => "0526716b-113d-4c15-b2c8-68e3c22b9f80",
        Role::ExchangeAdministrator => "29232cdf-9323-42fd-ade2-1d097af3e4de",
        Role::SecurityAdministrator => "194ae4cb-b126-40b2-bd5b-6091b380977d",
        Role::SecurityReader => "5d6b6bb7-de71-4623-b4af-96380a352509",
        Role::GlobalReader => "f2ef992c-3afb-46b9-b7cf-a126ee74c451",
        Role::ReportsReader => "4a5d8f65-41da-4de4-8968-e035b65339cf",
        Role::MessageCenterReader => "790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b",
        Role::DirectoryReaders => "88d8e3e3-8f55-4a1e-953a-9b9898b8876b",
        Role::GuestInviter => "95e79109-95c0-4d8e-aee3-d01accf2d47b",
        Role::CloudDeviceAdministrator => "7698a772-787b-4ac8-901f-60d6b08affd2",
        Role::CloudApplicationAdministrator => "158c047a-c907-4556-b7ef-446551a6b5f7",
        Role::ApplicationAdministrator => "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3",
        Role::IntuneAdministrator => "3a2c62db-5318-420d-8d74-23affee5d9d5",
        Role::ConditionalAccessAdministrator => "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9",
        Role::OrganizationManagement => return None,
    })
}

/// The role with that template id.
#[must_use]
pub fn role_by_id(id: &str) -> Option<Role> {
    crate::tenant::role::Role::ALL.into_iter().find(|role| role_id(*role).is_some_and(|known| known.eq_ignore_ascii_case(id.trim())))
}

/// The id Graph gives an authentication method: the well-known ids of the
/// phone and email methods, a stable one per user for the others.
#[must_use]
pub fn method_id(upn: &str, method: MethodKind) -> Option<String> {
    Some(match method {
        MethodKind::MobilePhone => "3179e48a-750b-4051-897c-87b9720928f7".to_string(),
        MethodKind::OfficePhone => "e37fc753-ff3b-4958-9484-eaa9425c82bc".to_string(),
        MethodKind::AlternateEmail => "3ddfcfc8-9383-446f-83cc-3ab9be4be18f".to_string(),
        MethodKind::AuthenticatorApp => guid(&format!("authenticator:{}", upn.to_ascii_lowercase())),
        MethodKind::Fido2 => guid(&format!("fido2:{}", upn.to_ascii_lowercase())),
        // Security questions have no Graph API.
        MethodKind::SecurityQuestions => return None,
    })
}

const fn odata_type(method: MethodKind) -> &'static str {
    match method {
        MethodKind::MobilePhone | MethodKind::OfficePhone => "#microsoft.graph.phoneAuthenticationMethod",
        MethodKind::AlternateEmail => "#microsoft.graph.emailAuthenticationMethod",
        MethodKind::AuthenticatorApp => "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
        MethodKind::Fido2 => "#microsoft.graph.fido2AuthenticationMethod",
        MethodKind::SecurityQuestions => "#microsoft.graph.securityQuestionsAuthenticationMethod",
    }
}

fn rule_object(mailbox: &str, rule: &InboxRule) -> PsObject {
    let mut forward_to = Vec::new();
    let mut attachment_to = Vec::new();
    let mut redirect_to = Vec::new();
    let mut move_to = PsValue::Null;
    let (mut delete, mut read, mut stop) = (false, false, false);
    for action in &rule.actions {
        match action {
            RuleAction::ForwardTo(to) => forward_to.extend(to.iter().map(|to| format!("\"{to}\" [SMTP:{to}]"))),
            RuleAction::ForwardAsAttachmentTo(to) => attachment_to.extend(to.iter().map(|to| format!("\"{to}\" [SMTP:{to}]"))),
            RuleAction::RedirectTo(to) => redirect_to.extend(to.iter().map(|to| format!("\"{to}\" [SMTP:{to}]"))),
            RuleAction::MoveToFolder(folder) => move_to = PsValue::Text(format!("{mailbox}:\\{folder}")),
            RuleAction::DeleteMessage => delete = true,
            RuleAction::MarkAsRead => read = true,
            RuleAction::StopProcessingRules => stop = true,
        }
    }
    let mut from = Vec::new();
    let (mut subject, mut body, mut either) = (Vec::new(), Vec::new(), Vec::new());
    let mut attachment = false;
    for condition in &rule.conditions {
        match condition {
            RuleCondition::From(address) => from.push(address.clone()),
            RuleCondition::SubjectContainsWords(words) => subject.extend(words.iter().cloned()),
            RuleCondition::BodyContainsWords(words) => body.extend(words.iter().cloned()),
            RuleCondition::SubjectOrBodyContainsWords(words) => either.extend(words.iter().cloned()),
            RuleCondition::HasAttachment => attachment = true,
            RuleCondition::SentTo(_) => {}
        }
    }
    let list = |items: Vec<String>| if items.is_empty() { PsValue::Null } else { PsValue::List(items) };
    let alias = mailbox.split('@').next().unwrap_or(mailbox);
    PsObject::new(
        Layout::Table(&["Name", "Enabled", "Priority", "RuleIdentity"]),
        Source::Rule { mailbox: mailbox.to_string(), identity: rule.identity.clone(), name: rule.name.clone() },
        vec![
            ("Name", PsValue::Text(rule.name.clone())),
            ("Enabled", PsValue::Bool(rule.enabled)),
            ("Priority", PsValue::Number(i64::from(rule.priority))),
            ("RuleIdentity", PsValue::Text(rule.identity.clone())),
            ("Identity", PsValue::Text(format!("{alias}\\{}", rule.identity))),
            ("MailboxOwnerId", PsValue::Text(mailbox.to_string())),
            ("From", list(from)),
            ("SubjectContainsWords", list(subject)),
            ("BodyContainsWords", list(body)),
            ("SubjectOrBodyContainsWords", list(either)),
            ("HasAttachment", PsValue::Bool(attachment)),
            ("ForwardTo", list(forward_to)),
            ("ForwardAsAttachmentTo", list(attachment_to)),
            ("RedirectTo", list(redirect_to)),
            ("MoveToFolder", move_to),
            ("DeleteMessage", PsValue::Bool(delete)),
            ("MarkAsRead", PsValue::Bool(read)),
            ("StopProcessingRules", PsValue::Bool(stop)),
        ],
    )
}

/// Which cmdlet's objects a view becomes (some views serve several).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Mailbox,
    CasMailbox,
    MgUser,
    MemberOf,
    UnifiedAudit,
    DirectoryAudit,
    /// Registered devices read without a device scope: ids only, as Graph
    /// returns members it may not read.
    DeviceIdsOnly,
    Default,
}

/// The objects a cmdlet returns for a view.
#[must_use]
#[allow(clippy::too_many_lines)] // one arm per view, each a short list of properties
pub fn from_view(view: &View, shape: Shape, properties: &[String]) -> Vec<PsObject> {
    match view {
        View::Mailbox(detail) if shape == Shape::CasMailbox => {
            let enabled = |protocol: Protocol| PsValue::Bool(!detail.disabled_protocols.contains(&protocol));
            let alias = detail.upn.split('@').next().unwrap_or(&detail.upn).to_string();
            vec![PsObject::new(
                Layout::Table(&[
                    "Name",
                    "ActiveSyncEnabled",
                    "OWAEnabled",
                    "PopEnabled",
                    "ImapEnabled",
                    "MapiEnabled",
                    "SmtpClientAuthenticationDisabled",
                ]),
                Source::User { upn: detail.upn.clone() },
                vec![
                    ("Name", PsValue::Text(alias)),
                    ("ActiveSyncEnabled", enabled(Protocol::ActiveSync)),
                    ("OWAEnabled", enabled(Protocol::OutlookWeb)),
                    ("PopEnabled", enabled(Protocol::Pop)),
                    ("ImapEnabled", enabled(Protocol::Imap)),
                    ("MapiEnabled", enabled(Protocol::Mapi)),
                    ("EwsEnabled", enabled(Protocol::Ews)),
                    ("SmtpClientAuthenticationDisabled", PsValue::Null),
                    ("PrimarySmtpAddress", PsValue::Text(detail.upn.clone())),
                ],
            )]
        }
        View::Mailbox(detail) => {
            let alias = detail.upn.split('@').next().unwrap_or(&detail.upn).to_string();
            vec![PsObject::new(
                Layout::Table(&["Name", "Alias", "Database", "ProhibitSendQuota", "ExternalDirectoryObjectId"]),
                Source::User { upn: detail.upn.clone() },
                vec![
                    ("Name", PsValue::Text(alias.clone())),
                    ("Alias", PsValue::Text(alias)),
                    ("Database", PsValue::Text("EURPR07DG123-db045".to_string())),
                    ("ProhibitSendQuota", PsValue::Text("99 GB (106,300,440,576 bytes)".to_string())),
                    ("ExternalDirectoryObjectId", PsValue::Text(object_id(&detail.upn))),
                    ("UserPrincipalName", PsValue::Text(detail.upn.clone())),
                    ("PrimarySmtpAddress", PsValue::Text(detail.upn.clone())),
                    ("ForwardingAddress", opt(detail.forwarding_address.as_ref())),
                    (
                        "ForwardingSmtpAddress",
                        opt(detail.forwarding_smtp_address.as_ref().map(|address| format!("smtp:{address}")).as_ref()),
                    ),
                    ("DeliverToMailboxAndForward", PsValue::Bool(detail.deliver_and_forward)),
                ],
            )]
        }
        View::Rules { upn, rules } => rules.iter().map(|rule| rule_object(upn, rule)).collect(),
        View::Delegates { upn, delegates } => {
            let permission = |user: &str, rights: Vec<String>, inherited: bool| {
                PsObject::new(
                    Layout::Table(&["Identity", "User", "AccessRights", "IsInherited", "Deny"]),
                    Source::Permission { mailbox: upn.clone(), user: user.to_string() },
                    vec![
                        ("Identity", PsValue::Text(upn.split('@').next().unwrap_or(upn).to_string())),
                        ("User", PsValue::Text(user.to_string())),
                        ("AccessRights", PsValue::List(rights)),
                        ("IsInherited", PsValue::Bool(inherited)),
                        ("Deny", PsValue::Bool(false)),
                    ],
                )
            };
            let mut objects = vec![permission("NT AUTHORITY\\SELF", vec!["FullAccess".to_string(), "ReadPermission".to_string()], false)];
            objects.extend(delegates.iter().map(|(user, right)| permission(user, vec![right.label().to_string()], false)));
            objects
        }
        View::User(detail) => {
            if shape == Shape::MemberOf {
                return detail
                    .roles
                    .iter()
                    .filter_map(|role| {
                        let id = role_id(*role)?;
                        Some(PsObject::new(
                            Layout::Table(&["Id", "DeletedDateTime"]),
                            Source::Other,
                            vec![
                                ("Id", PsValue::Text(id.to_string())),
                                ("DeletedDateTime", PsValue::Null),
                                (
                                    "AdditionalProperties",
                                    PsValue::List(vec![
                                        "[@odata.type, #microsoft.graph.directoryRole]".to_string(),
                                        format!("[displayName, {}]", role.display_name()),
                                        format!("[roleTemplateId, {id}]"),
                                    ]),
                                ),
                            ],
                        ))
                    })
                    .collect();
            }
            let wanted = |name: &str| properties.iter().any(|property| property.eq_ignore_ascii_case(name) || property == "*");
            let selected = |name: &str, value: PsValue| if wanted(name) { value } else { PsValue::Null };
            let mut policies = Vec::new();
            if detail.password_never_expires {
                policies.push("DisablePasswordExpiration");
            }
            vec![PsObject::new(
                Layout::Table(&["DisplayName", "Id", "Mail", "UserPrincipalName"]),
                Source::User { upn: detail.upn.clone() },
                vec![
                    ("DisplayName", PsValue::Text(detail.display_name.clone())),
                    ("Id", PsValue::Text(object_id(&detail.upn))),
                    ("Mail", PsValue::Text(detail.upn.clone())),
                    ("UserPrincipalName", PsValue::Text(detail.upn.clone())),
                    ("AccountEnabled", selected("AccountEnabled", PsValue::Bool(!detail.sign_in_blocked))),
                    ("Department", selected("Department", PsValue::Text(detail.department.clone()))),
                    ("OfficeLocation", PsValue::Text(crate::present::view::place(Lang::En, &detail.location))),
                    ("MobilePhone", opt(detail.mobile_phone.as_ref())),
                    (
                        "LastPasswordChangeDateTime",
                        selected("LastPasswordChangeDateTime", PsValue::Text(detail.password_last_set.to_string())),
                    ),
                    (
                        "PasswordPolicies",
                        selected("PasswordPolicies", if policies.is_empty() { PsValue::Null } else { PsValue::Text(policies.join(", ")) }),
                    ),
                ],
            )]
        }
        View::Users { users, .. } if shape == Shape::Mailbox => users
            .iter()
            .map(|user| {
                let alias = user.upn.split('@').next().unwrap_or(&user.upn).to_string();
                PsObject::new(
                    Layout::Table(&["Name", "Alias", "Database", "ProhibitSendQuota", "ExternalDirectoryObjectId"]),
                    Source::User { upn: user.upn.clone() },
                    vec![
                        ("Name", PsValue::Text(alias.clone())),
                        ("Alias", PsValue::Text(alias)),
                        ("Database", PsValue::Text("EURPR07DG123-db045".to_string())),
                        ("ProhibitSendQuota", PsValue::Text("99 GB (106,300,440,576 bytes)".to_string())),
                        ("ExternalDirectoryObjectId", PsValue::Text(object_id(&user.upn))),
                        ("UserPrincipalName", PsValue::Text(user.upn.clone())),
                    ],
                )
            })
            .collect(),
        View::Users { users, .. } | View::Members { members: users, .. } => users
            .iter()
            .map(|user| {
                let wanted = |name: &str| properties.iter().any(|property| property.eq_ignore_ascii_case(name) || property == "*");
                PsObject::new(
                    Layout::Table(&["DisplayName", "Id", "Mail", "UserPrincipalName"]),
                    Source::User { upn: user.upn.clone() },
                    vec![
                        ("DisplayName", PsValue::Text(user.display_name.clone())),
                        ("Id", PsValue::Text(object_id(&user.upn))),
                        ("Mail", PsValue::Text(user.upn.clone())),
                        ("UserPrincipalName", PsValue::Text(user.upn.clone())),
                        ("AccountEnabled", if wanted("AccountEnabled") { PsValue::Bool(!user.sign_in_blocked) } else { PsValue::Null }),
                        ("Department", if wanted("Department") { PsValue::Text(user.department.clone()) } else { PsValue::Null }),
                    ],
                )
            })
            .collect(),
        View::Methods { upn, methods, .. } => {
            let mut objects = vec![PsObject::new(
                Layout::Table(&["Id"]),
                Source::Other,
                vec![
                    ("Id", PsValue::Text("28c10230-6103-485e-b985-444c60001490".to_string())),
                    (
                        "AdditionalProperties",
                        PsValue::List(vec!["[@odata.type, #microsoft.graph.passwordAuthenticationMethod]".to_string()]),
                    ),
                ],
            )];
            for line in methods {
                let Some(id) = method_id(upn, line.method) else { continue };
                let mut additional = vec![format!("[@odata.type, {}]", odata_type(line.method))];
                match line.method {
                    MethodKind::MobilePhone => additional.push("[phoneType, mobile]".to_string()),
                    MethodKind::OfficePhone => additional.push("[phoneType, office]".to_string()),
                    _ => {}
                }
                if !line.detail.is_empty() {
                    let key = match line.method {
                        MethodKind::MobilePhone | MethodKind::OfficePhone => "phoneNumber",
                        MethodKind::AlternateEmail => "emailAddress",
                        _ => "displayName",
                    };
                    additional.push(format!("[{key}, {}]", line.detail));
                }
                objects.push(PsObject::new(
                    Layout::Table(&["Id"]),
                    Source::Other,
                    vec![("Id", PsValue::Text(id)), ("AdditionalProperties", PsValue::List(additional))],
                ));
            }
            objects
        }
        View::SignIns(entries) => entries
            .iter()
            .map(|entry| {
                PsObject::new(
                    Layout::Table(&["CreatedDateTime", "UserPrincipalName", "AppDisplayName", "IPAddress", "ErrorCode"]),
                    Source::User { upn: entry.upn.clone() },
                    vec![
                        ("CreatedDateTime", PsValue::Text(entry.at.to_string())),
                        ("UserPrincipalName", PsValue::Text(entry.upn.clone())),
                        ("AppDisplayName", PsValue::Text(crate::present::view::client_app(Lang::En, entry.client))),
                        ("IPAddress", PsValue::Text(entry.ip.clone())),
                        ("Location", PsValue::Text(crate::present::view::place(Lang::En, &entry.place))),
                        ("ErrorCode", PsValue::Number(i64::from(entry.status.code()))),
                    ],
                )
            })
            .collect(),
        View::Audit(entries) if shape == Shape::DirectoryAudit => entries
            .iter()
            .map(|entry| {
                PsObject::new(
                    Layout::Table(&["ActivityDateTime", "ActivityDisplayName", "InitiatedBy", "TargetResources", "Result"]),
                    Source::Other,
                    vec![
                        ("ActivityDateTime", PsValue::Text(entry.at.to_string())),
                        ("ActivityDisplayName", PsValue::Text(crate::present::view::activity_name(Lang::En, entry.activity))),
                        ("InitiatedBy", PsValue::Text(entry.actor.clone())),
                        ("TargetResources", PsValue::Text(entry.target.clone())),
                        ("Result", PsValue::Text("success".to_string())),
                        ("IPAddress", PsValue::Text(entry.ip.clone())),
                    ],
                )
            })
            .collect(),
        View::Audit(entries) => entries
            .iter()
            .map(|entry| {
                PsObject::new(
                    Layout::Table(&["CreationDate", "UserIds", "Operations", "ObjectIds", "ClientIP"]),
                    Source::Other,
                    vec![
                        ("CreationDate", PsValue::Text(entry.at.to_string())),
                        ("UserIds", PsValue::Text(entry.actor.clone())),
                        ("Operations", PsValue::Text(crate::present::view::activity_name(Lang::En, entry.activity))),
                        ("ObjectIds", PsValue::Text(entry.target.clone())),
                        ("ClientIP", PsValue::Text(entry.ip.clone())),
                        ("AuditData", PsValue::Text(crate::present::view::audit_detail(Lang::En, &entry.details))),
                    ],
                )
            })
            .collect(),
        View::Trace(entries) => entries
            .iter()
            .map(|entry| {
                let to = match &entry.to {
                    crate::tenant::logs::TraceTo::Address(address) => address.clone(),
                    crate::tenant::logs::TraceTo::Recipients(count) | crate::tenant::logs::TraceTo::OutsideRecipients(count) => {
                        format!("({count})")
                    }
                };
                PsObject::new(
                    Layout::Table(&["Received", "SenderAddress", "RecipientAddress", "Subject", "Status"]),
                    Source::Other,
                    vec![
                        ("Received", PsValue::Text(entry.at.to_string())),
                        ("SenderAddress", PsValue::Text(entry.from.clone())),
                        ("RecipientAddress", PsValue::Text(to)),
                        ("Subject", PsValue::Text(entry.subject.clone())),
                        ("Status", PsValue::Text(crate::present::view::trace_status(Lang::En, entry.status))),
                        ("MessageTraceId", PsValue::Text(guid(&format!("trace:{}", entry.message_id)))),
                    ],
                )
            })
            .collect(),
        View::Restricted(lines) => lines
            .iter()
            .map(|line| {
                PsObject::new(
                    Layout::Table(&["SenderAddress", "Reason", "CreatedDatetime", "ChangedDatetime"]),
                    Source::User { upn: line.upn.clone() },
                    vec![
                        ("SenderAddress", PsValue::Text(line.upn.clone())),
                        ("Reason", PsValue::Text(format!("{:?}", line.limit))),
                        ("CreatedDatetime", PsValue::Text(line.at.to_string())),
                        ("ChangedDatetime", opt(line.release_effective_at.map(|at| at.to_string()).as_ref())),
                    ],
                )
            })
            .collect(),
        View::Alerts(alerts) => alerts
            .iter()
            .map(|alert| {
                let classification = alert.classification.map_or("unknown", classification_value);
                PsObject::new(
                    Layout::Table(&["Id", "Title", "Severity", "CreatedDateTime"]),
                    Source::User { upn: alert.upn.clone() },
                    vec![
                        ("Id", PsValue::Text(alert_id(alert.id))),
                        ("Title", PsValue::Text(alert.title.clone())),
                        ("Severity", PsValue::Text(crate::present::view::severity_name(Lang::En, alert.severity).to_lowercase())),
                        ("CreatedDateTime", PsValue::Text(alert.at.to_string())),
                        ("Status", PsValue::Text(alert_status_value(alert.status).to_string())),
                        ("Classification", PsValue::Text(classification.to_string())),
                        ("UserPrincipalName", PsValue::Text(alert.upn.clone())),
                    ],
                )
            })
            .collect(),
        View::Devices { upn, devices } => devices
            .iter()
            .map(|device| {
                let id = device_id(upn, &device.name);
                let mut additional = vec!["[@odata.type, #microsoft.graph.device]".to_string()];
                if shape != Shape::DeviceIdsOnly {
                    additional.extend([
                        format!("[accountEnabled, {}]", if device.enabled { "True" } else { "False" }),
                        format!("[deviceId, {}]", guid(&format!("device-id:{id}"))),
                        format!("[displayName, {}]", device.name),
                        format!("[operatingSystem, {}]", device.os),
                        format!("[registrationDateTime, {}]", device.registered_at),
                    ]);
                }
                PsObject::new(
                    Layout::Table(&["Id", "DeletedDateTime"]),
                    Source::Other,
                    vec![
                        ("Id", PsValue::Text(id)),
                        ("DeletedDateTime", PsValue::Null),
                        ("AdditionalProperties", PsValue::List(additional)),
                    ],
                )
            })
            .collect(),
        View::Apps { apps, .. } => apps.iter().map(service_principal).collect(),
        View::App { app, .. } => vec![service_principal(app)],
        View::Grants(grants) => grants
            .iter()
            .map(|grant| {
                let (consent, principal) = match &grant.consent {
                    crate::tenant::apps::ConsentType::AllPrincipals => ("AllPrincipals", PsValue::Null),
                    crate::tenant::apps::ConsentType::Principal(upn) => ("Principal", PsValue::Text(object_id(upn))),
                };
                PsObject::new(
                    Layout::Table(&["ClientId", "ConsentType", "Id", "PrincipalId", "ResourceId", "Scope"]),
                    Source::Other,
                    vec![
                        ("ClientId", PsValue::Text(grant.client_id.clone())),
                        ("ConsentType", PsValue::Text(consent.to_string())),
                        ("Id", PsValue::Text(grant.id.clone())),
                        ("PrincipalId", principal),
                        // Microsoft Graph's service principal in the tenant.
                        ("ResourceId", PsValue::Text(guid("resource:microsoft-graph"))),
                        ("Scope", PsValue::Text(grant.scopes.join(" "))),
                    ],
                )
            })
            .collect(),
        View::Policies(policies) => {
            let outbound = &policies.outbound;
            vec![PsObject::new(
                Layout::Table(&[
                    "Name",
                    "RecipientLimitExternalPerHour",
                    "RecipientLimitInternalPerHour",
                    "RecipientLimitPerDay",
                    "ActionWhenThresholdReached",
                ]),
                Source::Other,
                vec![
                    ("Name", PsValue::Text("Default".to_string())),
                    ("RecipientLimitExternalPerHour", PsValue::Number(i64::from(outbound.external_recipients_per_hour))),
                    ("RecipientLimitInternalPerHour", PsValue::Number(i64::from(outbound.internal_recipients_per_hour))),
                    ("RecipientLimitPerDay", PsValue::Number(i64::from(outbound.recipients_per_day))),
                    ("ActionWhenThresholdReached", PsValue::Text(format!("{:?}", outbound.action))),
                    ("AutoForwardingMode", PsValue::Text(format!("{:?}", outbound.auto_forwarding))),
                ],
            )]
        }
        View::NamedLocations(locations) => locations
            .iter()
            .map(|location| {
                let ranges = location.ranges.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
                PsObject::new(
                    Layout::Table(&["Id", "CreatedDateTime", "DisplayName", "ModifiedDateTime"]),
                    Source::Other,
                    vec![
                        ("Id", PsValue::Text(location_id(&location.name))),
                        ("CreatedDateTime", PsValue::Null),
                        ("DisplayName", PsValue::Text(location.name.clone())),
                        ("ModifiedDateTime", PsValue::Null),
                        (
                            "AdditionalProperties",
                            PsValue::Text(format!(
                                "{{[@odata.type, #microsoft.graph.ipNamedLocation], [isTrusted, {}], [ipRanges, {ranges}]}}",
                                if location.trusted { "True" } else { "False" }
                            )),
                        ),
                    ],
                )
            })
            .collect(),
        View::ConditionalAccessPolicies(policies) => policies
            .iter()
            .map(|policy| {
                let (conditions, grant) = match &policy.control {
                    PolicyControl::BlockLocations(names) => {
                        (format!("locations: {}", names.iter().map(|name| location_id(name)).collect::<Vec<_>>().join(", ")), "block")
                    }
                    PolicyControl::BlockLegacyAuthentication => ("clientAppTypes: exchangeActiveSync, other".to_string(), "block"),
                    PolicyControl::RequireMfaModernClients => ("clientAppTypes: browser, mobileAppsAndDesktopClients".to_string(), "mfa"),
                };
                PsObject::new(
                    Layout::Table(&["Id", "CreatedDateTime", "Description", "DisplayName", "ModifiedDateTime", "State", "TemplateId"]),
                    Source::Other,
                    vec![
                        ("Id", PsValue::Text(guid(&format!("policy:{}", policy.name.to_ascii_lowercase())))),
                        ("CreatedDateTime", PsValue::Null),
                        ("Description", PsValue::Null),
                        ("DisplayName", PsValue::Text(policy.name.clone())),
                        ("ModifiedDateTime", PsValue::Null),
                        ("State", PsValue::Text(if policy.enabled { "enabled" } else { "disabled" }.to_string())),
                        ("TemplateId", PsValue::Null),
                        ("Conditions", PsValue::Text(conditions)),
                        ("GrantControls", PsValue::Text(grant.to_string())),
                    ],
                )
            })
            .collect(),
        View::RiskyUsers(users) => users
            .iter()
            .map(|risky| {
                PsObject::new(
                    Layout::Table(&["Id", "IsDeleted", "IsProcessing", "RiskDetail", "RiskLastUpdatedDateTime", "RiskLevel", "RiskState"]),
                    Source::User { upn: risky.upn.clone() },
                    vec![
                        ("Id", PsValue::Text(object_id(&risky.upn))),
                        ("IsDeleted", PsValue::Bool(false)),
                        ("IsProcessing", PsValue::Bool(false)),
                        ("RiskDetail", PsValue::Text("adminConfirmedUserCompromised".to_string())),
                        ("RiskLastUpdatedDateTime", PsValue::Text(risky.confirmed_at.to_string())),
                        ("RiskLevel", PsValue::Text("high".to_string())),
                        ("RiskState", PsValue::Text("confirmedCompromised".to_string())),
                        ("UserPrincipalName", PsValue::Text(risky.upn.clone())),
                    ],
                )
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// A listed mailbox with its forwarding fields, as `Get-Mailbox` shows them.
#[must_use]
pub fn with_forwarding(mut object: PsObject, mailbox: &crate::tenant::mailbox::Mailbox) -> PsObject {
    object.properties.extend([
        ("PrimarySmtpAddress".to_string(), object.get("UserPrincipalName").cloned().unwrap_or(PsValue::Null)),
        ("ForwardingAddress".to_string(), opt(mailbox.forwarding_address.as_ref())),
        (
            "ForwardingSmtpAddress".to_string(),
            opt(mailbox.forwarding_smtp_address.as_ref().map(|address| format!("smtp:{address}")).as_ref()),
        ),
        ("DeliverToMailboxAndForward".to_string(), PsValue::Bool(mailbox.deliver_and_forward)),
    ]);
    object
}

/// An alert's status as Graph's `alerts_v2` gives it.
const fn alert_status_value(status: crate::tenant::logs::AlertStatus) -> &'static str {
    match status {
        crate::tenant::logs::AlertStatus::New => "new",
        crate::tenant::logs::AlertStatus::Resolved => "resolved",
    }
}

/// A classification as Graph's `alerts_v2` names it (`alertClassification`).
#[must_use]
pub const fn classification_value(classification: crate::tenant::logs::Classification) -> &'static str {
    match classification {
        crate::tenant::logs::Classification::TruePositive => "truePositive",
        crate::tenant::logs::Classification::InformationalExpectedActivity => "informationalExpectedActivity",
        crate::tenant::logs::Classification::FalsePositive => "falsePositive",
    }
}

/// An enterprise application as `Get-MgServicePrincipal` returns it.
fn service_principal(app: &crate::engine::view::AppLine) -> PsObject {
    PsObject::new(
        Layout::Table(&["DisplayName", "Id", "AppId", "SignInAudience", "ServicePrincipalType"]),
        Source::Other,
        vec![
            ("DisplayName", PsValue::Text(app.name.clone())),
            ("Id", PsValue::Text(app.object_id.clone())),
            ("AppId", PsValue::Text(app.app_id.clone())),
            ("SignInAudience", PsValue::Text("AzureADMultipleOrgs".to_string())),
            ("ServicePrincipalType", PsValue::Text("Application".to_string())),
            ("AccountEnabled", PsValue::Bool(app.enabled)),
            ("PublisherName", PsValue::Text(app.publisher.clone())),
            ("ReplyUrls", PsValue::List(vec![app.reply_url.clone()])),
            // The verified publisher's name; empty when Microsoft has not verified it.
            ("VerifiedPublisher", if app.verified { PsValue::Text(app.publisher.clone()) } else { PsValue::Null }),
            ("CreatedDateTime", PsValue::Text(app.created_at.to_string())),
        ],
    )
}

/// The names of an object's properties that match a `Format-List` or
/// `Select-Object` pattern list (`*` wildcards).
fn matching(object: &PsObject, patterns: &[String]) -> Vec<(String, PsValue)> {
    let mut out = Vec::new();
    for pattern in patterns {
        for (name, value) in &object.properties {
            if like(name, pattern) && !out.iter().any(|(taken, _): &(String, PsValue)| taken == name) {
                out.push((name.clone(), value.clone()));
            }
        }
        if !pattern.contains('*') && !object.properties.iter().any(|(name, _)| name.eq_ignore_ascii_case(pattern)) {
            out.push((pattern.clone(), PsValue::Null));
        }
    }
    out
}

/// `Select-Object`: new objects with only those properties (shown as a
/// table up to four properties, else as a list).
#[must_use]
pub fn select(objects: Vec<PsObject>, patterns: &[String], first: Option<usize>) -> Vec<PsObject> {
    let limit = first.unwrap_or(usize::MAX);
    objects
        .into_iter()
        .take(limit)
        .map(|object| {
            if patterns.is_empty() {
                return object;
            }
            let properties = matching(&object, patterns);
            PsObject { properties, layout: Layout::Table(&[]), source: object.source }
        })
        .collect()
}

/// Writes objects as PowerShell's formatter would.
#[must_use]
pub fn render_default(objects: &[PsObject]) -> String {
    let Some(first) = objects.first() else { return String::new() };
    match first.layout {
        Layout::Table([]) => {
            let names: Vec<String> = first.properties.iter().map(|(name, _)| name.clone()).collect();
            if names.len() <= 4 { table(objects, &names) } else { list(objects, &names) }
        }
        Layout::Table(columns) => table(objects, &columns.iter().map(|name| (*name).to_string()).collect::<Vec<_>>()),
        Layout::List(columns) => list(objects, &columns.iter().map(|name| (*name).to_string()).collect::<Vec<_>>()),
    }
}

/// `Format-List [props]` (all properties when none are named).
#[must_use]
pub fn format_list(objects: &[PsObject], patterns: &[String]) -> String {
    let mut text = String::new();
    for object in objects {
        let chosen = if patterns.is_empty() { object.properties.clone() } else { matching(object, patterns) };
        let names: Vec<String> = chosen.iter().map(|(name, _)| name.clone()).collect();
        let fake = PsObject { properties: chosen, layout: Layout::List(&[]), source: Source::Other };
        text.push_str(&list(std::slice::from_ref(&fake), &names));
    }
    text
}

/// `Format-Table [props]` (the default columns when none are named).
#[must_use]
pub fn format_table(objects: &[PsObject], patterns: &[String]) -> String {
    let Some(first) = objects.first() else { return String::new() };
    if patterns.is_empty() {
        let names: Vec<String> = match first.layout {
            Layout::Table(columns) | Layout::List(columns) if !columns.is_empty() => {
                columns.iter().map(|name| (*name).to_string()).collect()
            }
            _ => first.properties.iter().map(|(name, _)| name.clone()).collect(),
        };
        return table(objects, &names);
    }
    let names: Vec<String> = matching(first, patterns).into_iter().map(|(name, _)| name).collect();
    table(objects, &names)
}

fn value_of(object: &PsObject, name: &str) -> String {
    object.get(name).map(PsValue::text).unwrap_or_default()
}

fn table(objects: &[PsObject], names: &[String]) -> String {
    let widths: Vec<usize> = names
        .iter()
        .map(|name| {
            objects.iter().map(|object| value_of(object, name).chars().count().min(60)).max().unwrap_or(0).max(name.chars().count())
        })
        .collect();
    let mut text = String::from("\n");
    let row = |cells: Vec<String>| -> String {
        let mut line = String::new();
        for (index, (cell, width)) in cells.iter().zip(&widths).enumerate() {
            let cell: String = if cell.chars().count() > *width {
                cell.chars().take(width.saturating_sub(3)).collect::<String>() + "..."
            } else {
                cell.clone()
            };
            if index + 1 == cells.len() {
                line.push_str(&cell);
            } else {
                line.push_str(&format!("{cell:<width$} "));
            }
        }
        line.trim_end().to_string()
    };
    text.push_str(&row(names.to_vec()));
    text.push('\n');
    text.push_str(&row(names.iter().map(|name| "-".repeat(name.chars().count())).collect()));
    text.push('\n');
    for object in objects {
        text.push_str(&row(names.iter().map(|name| value_of(object, name)).collect()));
        text.push('\n');
    }
    text
}

fn list(objects: &[PsObject], names: &[String]) -> String {
    let width = names.iter().map(|name| name.chars().count()).max().unwrap_or(0);
    let mut text = String::new();
    for object in objects {
        text.push('\n');
        for name in names {
            let shown = object
                .properties
                .iter()
                .find(|(property, _)| property.eq_ignore_ascii_case(name))
                .map_or(name.as_str(), |(property, _)| property);
            text.push_str(&format!("{shown:<width$} : {}\n", value_of(object, name)));
        }
    }
    text
}
