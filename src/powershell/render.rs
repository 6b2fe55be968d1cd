//! Actions back to PowerShell lines: the cmdlet an admin would type for an
//! action, which the drill turns back into the same action.

use super::objects::{alert_id, classification_value, device_id, location_id, method_id, object_id, role_id};
use crate::action::{Action, NewPassword};
use crate::tenant::Tenant;
use crate::tenant::access::PolicyControl;
use crate::tenant::mailbox::{AccessRight, ParameterValue, Protocol, RuleAction, RuleCondition};
use crate::tenant::policy::{AutoForwardingMode, OutboundAction};
use crate::tenant::user::MethodKind;

/// A PowerShell single-quoted string.
#[must_use]
pub fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

fn list(items: &[String]) -> String {
    items.iter().map(|item| quote(item)).collect::<Vec<_>>().join(",")
}

const fn bool_text(on: bool) -> &'static str {
    if on { "$true" } else { "$false" }
}

/// The PowerShell line for an action in `tenant` (its first domain, its
/// users' directory object ids); `None` for what no cmdlet does (people's own actions, telling
/// people things, waiting, what Graph has no API for) or an action the
/// cmdlet cannot express (an automatic password, an empty change).
#[must_use]
#[allow(clippy::too_many_lines)] // one arm per action
pub fn render(action: &Action, tenant: &Tenant) -> Option<String> {
    let domain = tenant.domains.first().map_or("", String::as_str);
    let object_id = |user: &str| object_id(tenant.find_user(user).map_or(user, |id| tenant.user(id).upn.as_str()));
    Some(match action {
        Action::ListUsers { search, department } => {
            let mut line = "Get-MgUser".to_string();
            if let Some(department) = department {
                line.push_str(&format!(" -Filter {}", quote(&format!("department eq '{}'", department.replace('\'', "''")))));
            }
            if let Some(search) = search {
                if search.contains('"') {
                    return None;
                }
                line.push_str(&format!(" -Search {} -ConsistencyLevel eventual", quote(&format!("\"displayName:{search}\""))));
            }
            line
        }
        Action::ShowUser { user } => format!("Get-MgUser -UserId {}", quote(user)),
        Action::ListApps => "Get-MgServicePrincipal -All".to_string(),
        Action::ShowApp { app } => format!("Get-MgServicePrincipal -ServicePrincipalId {}", quote(app)),
        Action::ListGrants { app: Some(app), user: None } => {
            format!("Get-MgOauth2PermissionGrant -Filter {}", quote(&format!("clientId eq '{}'", app.replace('\'', "''"))))
        }
        Action::ListGrants { app: None, user: Some(user) } => format!("Get-MgUserOauth2PermissionGrant -UserId {}", quote(user)),
        Action::ListGrants { app: None, user: None } => "Get-MgOauth2PermissionGrant -All".to_string(),
        Action::RevokeGrants { grant: Some(grant), user: None, .. } => {
            format!("Remove-MgOauth2PermissionGrant -OAuth2PermissionGrantId {}", quote(grant))
        }
        Action::DisableApp { app } => format!("Update-MgServicePrincipal -ServicePrincipalId {} -AccountEnabled:$false", quote(app)),
        Action::DeleteApp { app } => format!("Remove-MgServicePrincipal -ServicePrincipalId {}", quote(app)),
        Action::SetUserConsent { setting } => {
            let assigned = setting.policy_id().map_or_else(String::new, |id| quote(&format!("ManagePermissionGrantsForSelf.{id}")));
            format!("Update-MgPolicyAuthorizationPolicy -BodyParameter @{{ permissionGrantPolicyIdsAssignedToDefaultUserRole = @({assigned}) }}")
        }
        Action::ListMethods { user } => format!("Get-MgUserAuthenticationMethod -UserId {}", quote(user)),
        Action::SignInLog { user, ip } => {
            let clauses: Vec<String> = [("userPrincipalName", user), ("ipAddress", ip)]
                .into_iter()
                .filter_map(|(name, value)| value.as_ref().map(|value| format!("{name} eq '{}'", value.replace('\'', "''"))))
                .collect();
            if clauses.is_empty() {
                "Get-MgAuditLogSignIn".to_string()
            } else {
                format!("Get-MgAuditLogSignIn -Filter {}", quote(&clauses.join(" and ")))
            }
        }
        Action::AuditLog { user } => match user {
            Some(user) => format!(
                "Get-MgAuditLogDirectoryAudit -Filter {}",
                quote(&format!("initiatedBy/user/userPrincipalName eq '{}'", user.replace('\'', "''")))
            ),
            None => "Get-MgAuditLogDirectoryAudit".to_string(),
        },
        Action::ShowPolicies => "Get-HostedOutboundSpamFilterPolicy".to_string(),
        Action::RoleMembers { role } => format!("Get-MgDirectoryRoleMember -DirectoryRoleId {}", role_id(*role)?),
        Action::ResetPassword { user, password: NewPassword::Given(password), require_change, email_to: None } => format!(
            "Update-MgUser -UserId {} -PasswordProfile @{{Password={}; ForceChangePasswordNextSignIn={}}}",
            quote(user),
            quote(password),
            bool_text(*require_change)
        ),
        Action::BlockSignIn { user } => format!("Update-MgUser -UserId {} -AccountEnabled:$false", quote(user)),
        Action::AllowSignIn { user } => format!("Update-MgUser -UserId {} -AccountEnabled:$true", quote(user)),
        Action::RevokeSessions { user } => format!("Revoke-MgUserSignInSession -UserId {}", quote(user)),
        Action::AddRole { user, role } => format!(
            "New-MgDirectoryRoleMemberByRef -DirectoryRoleId {} -OdataId {}",
            role_id(*role)?,
            quote(&format!("https://graph.microsoft.com/v1.0/directoryObjects/{}", object_id(user)))
        ),
        Action::RemoveRole { user, role } => {
            format!("Remove-MgDirectoryRoleMemberByRef -DirectoryRoleId {} -DirectoryObjectId {}", role_id(*role)?, object_id(user))
        }
        Action::RequireMfa { user } => {
            format!("Update-MgBetaUserAuthenticationRequirement -UserId {} -PerUserMfaState enforced", quote(user))
        }
        Action::RemoveMethod { user, method } => {
            let upn = tenant.find_user(user).map_or(user.as_str(), |id| tenant.user(id).upn.as_str());
            let id = method_id(upn, *method)?;
            let (cmdlet, parameter) = match method {
                MethodKind::MobilePhone | MethodKind::OfficePhone => {
                    ("Remove-MgUserAuthenticationPhoneMethod", "PhoneAuthenticationMethodId")
                }
                MethodKind::AlternateEmail => ("Remove-MgUserAuthenticationEmailMethod", "EmailAuthenticationMethodId"),
                MethodKind::AuthenticatorApp => {
                    ("Remove-MgUserAuthenticationMicrosoftAuthenticatorMethod", "MicrosoftAuthenticatorAuthenticationMethodId")
                }
                MethodKind::Fido2 => ("Remove-MgUserAuthenticationFido2Method", "Fido2AuthenticationMethodId"),
                MethodKind::SecurityQuestions => return None,
            };
            format!("{cmdlet} -UserId {} -{parameter} {id}", quote(user))
        }
        Action::SetPasswordExpiration { days } => {
            format!("Update-MgDomain -DomainId {} -PasswordValidityPeriodInDays {}", quote(domain), days.map_or(2_147_483_647, i64::from))
        }
        Action::SetUserPasswordPolicy { user, never_expires: Some(never), strong_password: Some(strong) } => {
            let mut policies = Vec::new();
            if *never {
                policies.push("DisablePasswordExpiration");
            }
            if !*strong {
                policies.push("DisableStrongPassword");
            }
            let text = if policies.is_empty() { "None".to_string() } else { policies.join(", ") };
            format!("Update-MgUser -UserId {} -PasswordPolicies {}", quote(user), quote(&text))
        }
        Action::ShowMailbox { user } => format!("Get-Mailbox {}", quote(user)),
        Action::SetForwarding { user, forwarding_address, forwarding_smtp_address, deliver_and_forward } => {
            if forwarding_address.is_none() && forwarding_smtp_address.is_none() {
                return None;
            }
            let value = |address: &Option<String>| address.as_deref().map_or_else(|| "$null".to_string(), quote);
            format!(
                "Set-Mailbox {} -ForwardingAddress {} -ForwardingSmtpAddress {} -DeliverToMailboxAndForward {}",
                quote(user),
                value(forwarding_address),
                value(forwarding_smtp_address),
                bool_text(*deliver_and_forward)
            )
        }
        Action::ClearForwarding { user } => {
            format!("Set-Mailbox {} -ForwardingAddress $null -ForwardingSmtpAddress $null", quote(user))
        }
        Action::ListRules { user, include_hidden } => {
            format!("Get-InboxRule -Mailbox {}{}", quote(user), if *include_hidden { " -IncludeHidden" } else { "" })
        }
        Action::CreateRule { user, rule } => {
            if rule.hidden || !rule.enabled || rule.actions.is_empty() {
                return None;
            }
            let mut line = format!("New-InboxRule -Name {} -Mailbox {}", quote(&rule.name), quote(user));
            let parameters = rule.conditions.iter().map(RuleCondition::parameter).chain(rule.actions.iter().map(RuleAction::parameter));
            for (name, value) in parameters {
                line.push_str(&match value {
                    ParameterValue::Text(text) => format!(" -{name} {}", quote(text)),
                    ParameterValue::List(items) => format!(" -{name} {}", list(items)),
                    ParameterValue::Switch => format!(" -{name} $true"),
                });
            }
            line
        }
        Action::DisableRule { user, rule } | Action::EnableRule { user, rule } | Action::RemoveRule { user, rule } => {
            if rule.contains('\\') {
                return None;
            }
            let cmdlet = match action {
                Action::DisableRule { .. } => "Disable-InboxRule",
                Action::EnableRule { .. } => "Enable-InboxRule",
                _ => "Remove-InboxRule",
            };
            format!("{cmdlet} -Mailbox {} -Identity {} -Confirm:$false", quote(user), quote(rule))
        }
        Action::ListDelegates { user } => format!("Get-MailboxPermission {}", quote(user)),
        Action::AddDelegate { user, delegate, access } => {
            let right = match access {
                AccessRight::FullAccess => "FullAccess",
                AccessRight::SendAs => "SendAs",
                AccessRight::ReadPermission => "ReadPermission",
            };
            format!("Add-MailboxPermission {} -User {} -AccessRights {right} -InheritanceType All", quote(user), quote(delegate))
        }
        Action::RemoveDelegate { user, delegate } => format!(
            "Remove-MailboxPermission {} -User {} -AccessRights FullAccess -InheritanceType All -Confirm:$false",
            quote(user),
            quote(delegate)
        ),
        Action::DisableProtocols { user, protocols } => {
            if protocols.is_empty() {
                return None;
            }
            let mut line = format!("Set-CASMailbox {}", quote(user));
            let mut seen = Vec::new();
            for protocol in protocols {
                if seen.contains(protocol) {
                    return None;
                }
                seen.push(*protocol);
                line.push_str(match protocol {
                    Protocol::Imap => " -ImapEnabled $false",
                    Protocol::Pop => " -PopEnabled $false",
                    Protocol::Ews => " -EwsEnabled $false",
                    Protocol::Mapi => " -MAPIEnabled $false",
                    Protocol::ActiveSync => " -ActiveSyncEnabled $false",
                    Protocol::OutlookWeb => " -OWAEnabled $false",
                });
            }
            line
        }
        Action::MessageTrace { user } => format!("Get-MessageTraceV2 -SenderAddress {}", quote(user)),
        Action::ListRestricted => "Get-BlockedSenderAddress".to_string(),
        Action::ReleaseRestricted { user } => format!("Remove-BlockedSenderAddress -SenderAddress {} -Confirm:$false", quote(user)),
        Action::ListAlerts => "Get-MgSecurityAlertV2".to_string(),
        // Graph's update takes no comment: comments are posted on their own
        // (Set-MgSecurityAlert, not modelled), so a verdict with a reason
        // has no one line.
        Action::ResolveAlert { id, verdict, reason: None } => format!(
            "Update-MgSecurityAlertV2 -AlertId {} -Status resolved -Classification {}",
            alert_id(*id),
            classification_value(*verdict)
        ),
        Action::ListDevices { user } => format!("Get-MgUserRegisteredDevice -UserId {}", quote(user)),
        Action::DisableDevice { user, device } | Action::DeleteDevice { user, device } => {
            // Graph names a device by its object id alone: the line runs as
            // the action on the device's owner and name as the directory has
            // them.
            let owner = tenant.user(tenant.find_user(user)?);
            let name = &owner.devices.iter().find(|known| known.name.eq_ignore_ascii_case(device.trim()))?.name;
            let id = device_id(&owner.upn, name);
            match action {
                Action::DisableDevice { .. } => format!("Update-MgDevice -DeviceId {id} -AccountEnabled:$false"),
                _ => format!("Remove-MgDevice -DeviceId {id}"),
            }
        }
        Action::ListNamedLocations => "Get-MgIdentityConditionalAccessNamedLocation".to_string(),
        Action::CreateNamedLocation { name, ranges } => {
            let ranges = ranges
                .iter()
                .map(|range| format!("@{{\"@odata.type\"=\"#microsoft.graph.iPv4CidrRange\"; CidrAddress={}}}", quote(range)))
                .collect::<Vec<_>>()
                .join(", ");
            format!(
                "New-MgIdentityConditionalAccessNamedLocation -BodyParameter @{{\"@odata.type\"=\"#microsoft.graph.ipNamedLocation\"; DisplayName={}; IsTrusted=$false; IpRanges=@({ranges})}}",
                quote(name)
            )
        }
        Action::ListConditionalAccessPolicies => "Get-MgIdentityConditionalAccessPolicy".to_string(),
        Action::CreateConditionalAccessPolicy { name, control } => {
            let condition = match control {
                PolicyControl::BlockLegacyAuthentication => "ClientAppTypes=@(\"exchangeActiveSync\", \"other\")".to_string(),
                PolicyControl::BlockLocations(names) => {
                    // Graph names a location by its id (derived from its name).
                    let ids: Vec<String> = names.iter().map(|name| quote(&location_id(name))).collect();
                    format!("Locations=@{{IncludeLocations=@({})}}", ids.join(", "))
                }
                PolicyControl::RequireMfaModernClients => return None,
            };
            format!(
                "New-MgIdentityConditionalAccessPolicy -BodyParameter @{{DisplayName={}; State=\"enabled\"; Conditions=@{{Users=@{{IncludeUsers=@(\"All\")}}; Applications=@{{IncludeApplications=@(\"All\")}}; {condition}}}; GrantControls=@{{Operator=\"OR\"; BuiltInControls=@(\"block\")}}}}",
                quote(name)
            )
        }
        Action::ListRiskyUsers => "Get-MgRiskyUser".to_string(),
        Action::ConfirmCompromised { user } => format!("Confirm-MgRiskyUserCompromised -UserIds {}", quote(user)),
        Action::SetOutboundPolicy(change) => {
            let mut line = "Set-HostedOutboundSpamFilterPolicy Default".to_string();
            let before = line.len();
            if let Some(limit) = change.external_recipients_per_hour {
                line.push_str(&format!(" -RecipientLimitExternalPerHour {limit}"));
            }
            if let Some(limit) = change.internal_recipients_per_hour {
                line.push_str(&format!(" -RecipientLimitInternalPerHour {limit}"));
            }
            if let Some(limit) = change.recipients_per_day {
                line.push_str(&format!(" -RecipientLimitPerDay {limit}"));
            }
            if let Some(action) = change.action {
                line.push_str(match action {
                    OutboundAction::BlockUser => " -ActionWhenThresholdReached BlockUser",
                    OutboundAction::BlockUserForToday => " -ActionWhenThresholdReached BlockUserForToday",
                    OutboundAction::Alert => " -ActionWhenThresholdReached Alert",
                });
            }
            if let Some(mode) = change.auto_forwarding {
                line.push_str(match mode {
                    AutoForwardingMode::Automatic => " -AutoForwardingMode Automatic",
                    AutoForwardingMode::On => " -AutoForwardingMode On",
                    AutoForwardingMode::Off => " -AutoForwardingMode Off",
                });
            }
            if line.len() == before {
                return None;
            }
            line
        }
        Action::ResetPassword { .. }
        | Action::ShowSspr
        | Action::ListGroups
        | Action::GroupMembers { .. }
        | Action::RemoveAppPasswords { .. }
        | Action::UpdateContactInfo { .. }
        | Action::SetSspr(_)
        | Action::SetUserPasswordPolicy { .. }
        | Action::Notify { .. }
        | Action::VerifyCaller { .. }
        | Action::SignIn { .. }
        | Action::UseSession { .. }
        | Action::UseAppPassword { .. }
        | Action::ChangePassword { .. }
        | Action::SelfServiceReset { .. }
        | Action::ReadMail { .. }
        | Action::SendMail { .. }
        // Finding every mailbox that forwards somewhere is a pipeline over
        // Get-Mailbox and Get-InboxRule whose meaning is in its filter, not
        // one cmdlet: the pipeline runs as the reads it makes.
        | Action::SearchForwarding { .. }
        | Action::ResolveAlert { .. }
        // One application's grants to act as one user is two filters
        // Graph's list does not combine; grants revoked by application or
        // user rather than by id are several removals.
        | Action::ListGrants { app: Some(_), user: Some(_) }
        | Action::RevokeGrants { grant: None, .. }
        | Action::RevokeGrants { user: Some(_), .. }
        | Action::Wait { .. } => return None,
    })
}
