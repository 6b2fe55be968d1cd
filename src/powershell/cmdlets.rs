//! The cmdlets the PowerShell front end knows: each declared once with its
//! module, parameters (switch or value, position, mandatory) and examples,
//! and the binder that matches typed arguments to them as PowerShell does
//! (names case-insensitive, a unique prefix is enough, positional values
//! fill positions in order, a switch takes a value only as `-Switch:$x`).

use super::syntax::{Argument, Invocation, Value};
use indexmap::IndexMap;

/// Where a cmdlet comes from: which connection it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Module {
    /// `ExchangeOnlineManagement`: available after `Connect-ExchangeOnline`.
    Exchange,
    /// Microsoft Graph PowerShell: needs `Connect-MgGraph` and scopes.
    Graph,
    /// PowerShell itself (formatting, filtering, connecting).
    Core,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    Switch,
    Value,
}

#[derive(Debug, Clone, Copy)]
pub struct Param {
    pub name: &'static str,
    pub kind: ParamKind,
    /// Position for positional binding (0 first).
    pub position: Option<u8>,
    pub mandatory: bool,
}

const fn value(name: &'static str) -> Param {
    Param { name, kind: ParamKind::Value, position: None, mandatory: false }
}
const fn switch(name: &'static str) -> Param {
    Param { name, kind: ParamKind::Switch, position: None, mandatory: false }
}
const fn positional(name: &'static str, mandatory: bool) -> Param {
    Param { name, kind: ParamKind::Value, position: Some(0), mandatory }
}
const fn required(name: &'static str) -> Param {
    Param { name, kind: ParamKind::Value, position: None, mandatory: true }
}

/// One cmdlet.
#[derive(Debug, Clone, Copy)]
pub struct Cmdlet {
    pub name: &'static str,
    pub module: Module,
    pub params: &'static [Param],
    /// Graph: the delegated scopes any one of which lets the call through
    /// (least privileged first); empty for other modules.
    pub scopes: &'static [&'static str],
    /// Graph: the SDK's `Cmdlet_ParameterSet` prefix of its errors.
    pub error_prefix: &'static str,
    /// Whether it changes something (takes `-WhatIf` and `-Confirm`).
    pub changes: bool,
    /// Usage and examples for `help` / `Get-Help`.
    pub examples: &'static [&'static str],
    /// The learn.microsoft.com reference page.
    pub page: &'static str,
}

const WHATIF: Param = switch("WhatIf");
const CONFIRM: Param = switch("Confirm");

const USER_READ: &[&str] = &["User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"];
const USER_WRITE: &[&str] = &["User.ReadWrite.All", "Directory.ReadWrite.All", "Directory.AccessAsUser.All"];
const METHOD_READ: &[&str] = &["UserAuthenticationMethod.Read.All", "UserAuthenticationMethod.ReadWrite.All"];
const METHOD_WRITE: &[&str] = &["UserAuthenticationMethod.ReadWrite.All"];
const ROLE_READ: &[&str] =
    &["RoleManagement.Read.Directory", "RoleManagement.ReadWrite.Directory", "Directory.Read.All", "Directory.ReadWrite.All"];
const ROLE_WRITE: &[&str] = &["RoleManagement.ReadWrite.Directory"];
const AUDIT_READ: &[&str] = &["AuditLog.Read.All"];
/// Updating and deleting a device: the one delegated permission Graph's
/// device pages list.
const DEVICE_WRITE: &[&str] = &["Directory.AccessAsUser.All"];
/// Reading a device's own properties: without one of these, a user's
/// registered devices come back with their ids only ("limited information
/// returned for inaccessible member objects").
pub const DEVICE_READ: &[&str] = &["Device.Read.All", "Device.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"];
const APP_READ: &[&str] = &["Application.Read.All", "Application.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"];
const APP_WRITE: &[&str] = &["Application.ReadWrite.All", "Directory.ReadWrite.All"];
const GRANT_READ: &[&str] =
    &["DelegatedPermissionGrant.Read.All", "DelegatedPermissionGrant.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"];
const GRANT_WRITE: &[&str] = &["DelegatedPermissionGrant.ReadWrite.All", "Directory.ReadWrite.All"];
const CA_READ: &[&str] = &["Policy.Read.All", "Policy.ReadWrite.ConditionalAccess"];
const CA_WRITE: &[&str] = &["Policy.ReadWrite.ConditionalAccess"];
const RISK_READ: &[&str] = &["IdentityRiskyUser.Read.All", "IdentityRiskyUser.ReadWrite.All"];
const RISK_WRITE: &[&str] = &["IdentityRiskyUser.ReadWrite.All"];

macro_rules! exo {
    ($name:literal, $changes:literal, [$($param:expr),* $(,)?], [$($example:literal),* $(,)?], $page:literal) => {
        Cmdlet { name: $name, module: Module::Exchange, params: &[$($param),*], scopes: &[], error_prefix: "", changes: $changes,
                 examples: &[$($example),*], page: $page }
    };
}
macro_rules! graph {
    ($name:literal, $prefix:literal, $scopes:expr, $changes:literal, [$($param:expr),* $(,)?], [$($example:literal),* $(,)?], $page:literal) => {
        Cmdlet { name: $name, module: Module::Graph, params: &[$($param),*], scopes: $scopes, error_prefix: $prefix, changes: $changes,
                 examples: &[$($example),*], page: $page }
    };
}
macro_rules! core {
    ($name:literal, [$($param:expr),* $(,)?], [$($example:literal),* $(,)?], $page:literal) => {
        Cmdlet { name: $name, module: Module::Core, params: &[$($param),*], scopes: &[], error_prefix: "", changes: false,
                 examples: &[$($example),*], page: $page }
    };
}

const EXO: &str = "https://learn.microsoft.com/powershell/module/exchangepowershell/";

/// Every cmdlet, once.
pub const CMDLETS: &[Cmdlet] = &[
    core!(
        "Connect-ExchangeOnline",
        [value("UserPrincipalName"), switch("ShowBanner")],
        ["Connect-ExchangeOnline -UserPrincipalName admin@contoso.com -ShowBanner:$false"],
        "connect-exchangeonline"
    ),
    core!("Disconnect-ExchangeOnline", [CONFIRM], ["Disconnect-ExchangeOnline -Confirm:$false"], "disconnect-exchangeonline"),
    core!(
        "Connect-MgGraph",
        [value("Scopes"), switch("NoWelcome")],
        ["Connect-MgGraph -Scopes \"User.ReadWrite.All\",\"AuditLog.Read.All\""],
        "microsoft.graph.authentication/connect-mggraph"
    ),
    core!("Disconnect-MgGraph", [], ["Disconnect-MgGraph"], "microsoft.graph.authentication/disconnect-mggraph"),
    core!(
        "Format-List",
        [Param { name: "Property", kind: ParamKind::Value, position: Some(0), mandatory: false }],
        ["Get-Mailbox megan | Format-List Forwarding*"],
        "microsoft.powershell.utility/format-list"
    ),
    core!(
        "Format-Table",
        [Param { name: "Property", kind: ParamKind::Value, position: Some(0), mandatory: false }, switch("AutoSize")],
        ["Get-InboxRule -Mailbox megan | Format-Table Name,Enabled,ForwardTo"],
        "microsoft.powershell.utility/format-table"
    ),
    core!(
        "Select-Object",
        [Param { name: "Property", kind: ParamKind::Value, position: Some(0), mandatory: false }, value("First"), value("ExpandProperty")],
        ["Get-MgUser -UserId megan@contoso.com -Property AccountEnabled | Select-Object DisplayName,AccountEnabled"],
        "microsoft.powershell.utility/select-object"
    ),
    core!(
        "Where-Object",
        [Param { name: "FilterScript", kind: ParamKind::Value, position: Some(0), mandatory: true }],
        ["Get-InboxRule -Mailbox megan -IncludeHidden | Where-Object { $_.ForwardTo -ne $null }"],
        "microsoft.powershell.core/where-object"
    ),
    core!(
        "Get-Help",
        [Param { name: "Name", kind: ParamKind::Value, position: Some(0), mandatory: false }, switch("Examples")],
        ["Get-Help Get-InboxRule"],
        "microsoft.powershell.core/get-help"
    ),
    exo!(
        "Get-Mailbox",
        false,
        [positional("Identity", false), value("ResultSize")],
        ["Get-Mailbox megan", "Get-Mailbox megan | Format-List ForwardingAddress,ForwardingSmtpAddress,DeliverToMailboxAndForward"],
        "get-mailbox"
    ),
    exo!(
        "Set-Mailbox",
        true,
        [
            positional("Identity", true),
            value("ForwardingAddress"),
            value("ForwardingSmtpAddress"),
            value("DeliverToMailboxAndForward"),
            WHATIF,
            CONFIRM
        ],
        ["Set-Mailbox megan -ForwardingAddress $null -ForwardingSmtpAddress $null -DeliverToMailboxAndForward $false"],
        "set-mailbox"
    ),
    exo!(
        "Get-InboxRule",
        false,
        [positional("Identity", false), value("Mailbox"), switch("IncludeHidden"), value("ResultSize")],
        [
            "Get-InboxRule -Mailbox megan -IncludeHidden",
            "Get-InboxRule -Mailbox megan -IncludeHidden | Format-List Name,ForwardTo,RedirectTo,DeleteMessage"
        ],
        "get-inboxrule"
    ),
    exo!(
        "Remove-InboxRule",
        true,
        [positional("Identity", true), value("Mailbox"), switch("AlwaysDeleteOutlookRulesBlob"), switch("Force"), WHATIF, CONFIRM],
        [
            "Remove-InboxRule -Mailbox megan -Identity \"RSS\" -Confirm:$false",
            "Get-InboxRule -Mailbox megan -IncludeHidden | Where-Object { $_.Name -eq 'RSS' } | Remove-InboxRule -Confirm:$false"
        ],
        "remove-inboxrule"
    ),
    exo!(
        "Disable-InboxRule",
        true,
        [positional("Identity", true), value("Mailbox"), switch("AlwaysDeleteOutlookRulesBlob"), switch("Force"), WHATIF, CONFIRM],
        ["Disable-InboxRule -Mailbox megan -Identity \"RSS\" -Confirm:$false"],
        "disable-inboxrule"
    ),
    exo!(
        "Enable-InboxRule",
        true,
        [positional("Identity", true), value("Mailbox"), switch("AlwaysDeleteOutlookRulesBlob"), switch("Force"), WHATIF, CONFIRM],
        ["Enable-InboxRule -Mailbox megan -Identity \"Move newsletters\""],
        "enable-inboxrule"
    ),
    exo!(
        "New-InboxRule",
        true,
        [
            positional("Name", true),
            value("Mailbox"),
            value("ForwardTo"),
            value("ForwardAsAttachmentTo"),
            value("RedirectTo"),
            value("MoveToFolder"),
            value("DeleteMessage"),
            value("MarkAsRead"),
            value("StopProcessingRules"),
            value("From"),
            value("SubjectContainsWords"),
            value("BodyContainsWords"),
            value("SubjectOrBodyContainsWords"),
            value("SentTo"),
            value("HasAttachment"),
            WHATIF,
            CONFIRM
        ],
        ["New-InboxRule -Name \"Move newsletters\" -Mailbox megan -SubjectContainsWords newsletter -MoveToFolder Newsletters"],
        "new-inboxrule"
    ),
    exo!(
        "Get-MailboxPermission",
        false,
        [positional("Identity", true), value("User")],
        ["Get-MailboxPermission megan | Where-Object { $_.User -ne 'NT AUTHORITY\\SELF' }"],
        "get-mailboxpermission"
    ),
    exo!(
        "Add-MailboxPermission",
        true,
        [
            positional("Identity", true),
            value("User"),
            value("AccessRights"),
            value("InheritanceType"),
            value("AutoMapping"),
            WHATIF,
            CONFIRM
        ],
        ["Add-MailboxPermission megan -User diego -AccessRights FullAccess -InheritanceType All"],
        "add-mailboxpermission"
    ),
    exo!(
        "Remove-MailboxPermission",
        true,
        [positional("Identity", true), value("User"), value("AccessRights"), value("InheritanceType"), switch("Deny"), WHATIF, CONFIRM],
        ["Remove-MailboxPermission megan -User diego -AccessRights FullAccess -InheritanceType All -Confirm:$false"],
        "remove-mailboxpermission"
    ),
    exo!("Get-BlockedSenderAddress", false, [value("SenderAddress")], ["Get-BlockedSenderAddress"], "get-blockedsenderaddress"),
    exo!(
        "Remove-BlockedSenderAddress",
        true,
        [required("SenderAddress"), value("Reason"), WHATIF, CONFIRM],
        ["Remove-BlockedSenderAddress -SenderAddress megan@contoso.com -Reason \"Account secured\""],
        "remove-blockedsenderaddress"
    ),
    exo!("Get-CASMailbox", false, [positional("Identity", false)], ["Get-CASMailbox megan"], "get-casmailbox"),
    exo!(
        "Set-CASMailbox",
        true,
        [
            positional("Identity", true),
            value("ImapEnabled"),
            value("PopEnabled"),
            value("EwsEnabled"),
            value("MAPIEnabled"),
            value("ActiveSyncEnabled"),
            value("OWAEnabled"),
            WHATIF,
            CONFIRM
        ],
        ["Set-CASMailbox megan -ImapEnabled $false -PopEnabled $false -EwsEnabled $false"],
        "set-casmailbox"
    ),
    exo!(
        "Get-MessageTraceV2",
        false,
        [value("SenderAddress"), value("RecipientAddress"), value("StartDate"), value("EndDate"), value("Subject"), value("ResultSize")],
        ["Get-MessageTraceV2 -SenderAddress megan@contoso.com"],
        "get-messagetracev2"
    ),
    exo!(
        "Search-UnifiedAuditLog",
        false,
        [
            required("StartDate"),
            required("EndDate"),
            value("UserIds"),
            value("Operations"),
            value("RecordType"),
            value("ResultSize"),
            value("FreeText")
        ],
        ["Search-UnifiedAuditLog -StartDate 2026-01-01 -EndDate 2026-12-31 -UserIds megan@contoso.com"],
        "search-unifiedauditlog"
    ),
    exo!(
        "Get-HostedOutboundSpamFilterPolicy",
        false,
        [positional("Identity", false)],
        ["Get-HostedOutboundSpamFilterPolicy | Format-List"],
        "get-hostedoutboundspamfilterpolicy"
    ),
    exo!(
        "Set-HostedOutboundSpamFilterPolicy",
        true,
        [
            positional("Identity", true),
            value("RecipientLimitExternalPerHour"),
            value("RecipientLimitInternalPerHour"),
            value("RecipientLimitPerDay"),
            value("ActionWhenThresholdReached"),
            value("AutoForwardingMode"),
            WHATIF,
            CONFIRM
        ],
        ["Set-HostedOutboundSpamFilterPolicy Default -AutoForwardingMode Off"],
        "set-hostedoutboundspamfilterpolicy"
    ),
    graph!(
        "Get-MgUser",
        "Get-MgUser_Get",
        USER_READ,
        false,
        [
            positional("UserId", false),
            value("Filter"),
            value("Search"),
            value("Property"),
            switch("All"),
            value("ConsistencyLevel"),
            value("Top")
        ],
        [
            "Get-MgUser -UserId megan@contoso.com -Property DisplayName,AccountEnabled | Format-List DisplayName,AccountEnabled",
            "Get-MgUser -Filter \"department eq 'IT'\"",
            "Get-MgUser -Search '\"displayName:megan\"' -ConsistencyLevel eventual"
        ],
        "microsoft.graph.users/get-mguser"
    ),
    graph!(
        "Update-MgUser",
        "Update-MgUser_UpdateExpanded",
        USER_WRITE,
        true,
        [positional("UserId", true), switch("AccountEnabled"), value("PasswordProfile"), value("PasswordPolicies"), WHATIF, CONFIRM],
        [
            "Update-MgUser -UserId megan@contoso.com -AccountEnabled:$false",
            "Update-MgUser -UserId megan@contoso.com -PasswordProfile @{Password='<new password>'; ForceChangePasswordNextSignIn=$true}",
            "Update-MgUser -UserId megan@contoso.com -PasswordPolicies DisablePasswordExpiration"
        ],
        "microsoft.graph.users/update-mguser"
    ),
    graph!(
        "Revoke-MgUserSignInSession",
        "Revoke-MgUserSignInSession_Revoke",
        &["User.RevokeSessions.All", "User.ReadWrite.All", "Directory.ReadWrite.All"],
        true,
        [positional("UserId", true), WHATIF, CONFIRM],
        ["Revoke-MgUserSignInSession -UserId megan@contoso.com"],
        "microsoft.graph.users.actions/revoke-mgusersigninsession"
    ),
    graph!(
        "Get-MgUserAuthenticationMethod",
        "Get-MgUserAuthenticationMethod_List",
        METHOD_READ,
        false,
        [positional("UserId", true)],
        ["Get-MgUserAuthenticationMethod -UserId megan@contoso.com | Format-List Id,AdditionalProperties"],
        "microsoft.graph.identity.signins/get-mguserauthenticationmethod"
    ),
    graph!(
        "Remove-MgUserAuthenticationPhoneMethod",
        "Remove-MgUserAuthenticationPhoneMethod_Delete",
        METHOD_WRITE,
        true,
        [required("UserId"), required("PhoneAuthenticationMethodId"), WHATIF, CONFIRM],
        [
            "Remove-MgUserAuthenticationPhoneMethod -UserId megan@contoso.com -PhoneAuthenticationMethodId 3179e48a-750b-4051-897c-87b9720928f7"
        ],
        "microsoft.graph.identity.signins/remove-mguserauthenticationphonemethod"
    ),
    graph!(
        "Remove-MgUserAuthenticationEmailMethod",
        "Remove-MgUserAuthenticationEmailMethod_Delete",
        METHOD_WRITE,
        true,
        [required("UserId"), required("EmailAuthenticationMethodId"), WHATIF, CONFIRM],
        [
            "Remove-MgUserAuthenticationEmailMethod -UserId megan@contoso.com -EmailAuthenticationMethodId 3ddfcfc8-9383-446f-83cc-3ab9be4be18f"
        ],
        "microsoft.graph.identity.signins/remove-mguserauthenticationemailmethod"
    ),
    graph!(
        "Remove-MgUserAuthenticationMicrosoftAuthenticatorMethod",
        "Remove-MgUserAuthenticationMicrosoftAuthenticatorMethod_Delete",
        METHOD_WRITE,
        true,
        [required("UserId"), required("MicrosoftAuthenticatorAuthenticationMethodId"), WHATIF, CONFIRM],
        [
            "Remove-MgUserAuthenticationMicrosoftAuthenticatorMethod -UserId megan@contoso.com -MicrosoftAuthenticatorAuthenticationMethodId <Id>"
        ],
        "microsoft.graph.identity.signins/remove-mguserauthenticationmicrosoftauthenticatormethod"
    ),
    graph!(
        "Remove-MgUserAuthenticationFido2Method",
        "Remove-MgUserAuthenticationFido2Method_Delete",
        METHOD_WRITE,
        true,
        [required("UserId"), required("Fido2AuthenticationMethodId"), WHATIF, CONFIRM],
        ["Remove-MgUserAuthenticationFido2Method -UserId megan@contoso.com -Fido2AuthenticationMethodId <Id>"],
        "microsoft.graph.identity.signins/remove-mguserauthenticationfido2method"
    ),
    graph!(
        "Update-MgBetaUserAuthenticationRequirement",
        "Update-MgBetaUserAuthenticationRequirement_UpdateExpanded",
        &["Policy.ReadWrite.AuthenticationMethod", "UserAuthenticationMethod.ReadWrite.All"],
        true,
        [required("UserId"), required("PerUserMfaState"), WHATIF, CONFIRM],
        ["Update-MgBetaUserAuthenticationRequirement -UserId megan@contoso.com -PerUserMfaState enforced"],
        "microsoft.graph.beta.identity.signins/update-mgbetauserauthenticationrequirement"
    ),
    graph!(
        "Get-MgUserMemberOf",
        "Get-MgUserMemberOf_List",
        ROLE_READ,
        false,
        [positional("UserId", true), switch("All")],
        ["Get-MgUserMemberOf -UserId megan@contoso.com | Format-List Id,AdditionalProperties"],
        "microsoft.graph.users/get-mgusermemberof"
    ),
    graph!(
        "Get-MgDirectoryRole",
        "Get-MgDirectoryRole_List",
        ROLE_READ,
        false,
        [positional("DirectoryRoleId", false), value("Filter")],
        ["Get-MgDirectoryRole", "Get-MgDirectoryRole -Filter \"displayName eq 'Exchange Administrator'\""],
        "microsoft.graph.identity.directorymanagement/get-mgdirectoryrole"
    ),
    graph!(
        "Get-MgDirectoryRoleMember",
        "Get-MgDirectoryRoleMember_List",
        ROLE_READ,
        false,
        [required("DirectoryRoleId"), switch("All")],
        ["Get-MgDirectoryRoleMember -DirectoryRoleId 29232cdf-9323-42fd-ade2-1d097af3e4de"],
        "microsoft.graph.identity.directorymanagement/get-mgdirectoryrolemember"
    ),
    graph!(
        "New-MgDirectoryRoleMemberByRef",
        "New-MgDirectoryRoleMemberByRef_CreateExpanded",
        ROLE_WRITE,
        true,
        [required("DirectoryRoleId"), value("OdataId"), value("BodyParameter"), WHATIF, CONFIRM],
        [
            "New-MgDirectoryRoleMemberByRef -DirectoryRoleId 29232cdf-9323-42fd-ade2-1d097af3e4de -OdataId \"https://graph.microsoft.com/v1.0/directoryObjects/<user id>\""
        ],
        "microsoft.graph.identity.directorymanagement/new-mgdirectoryrolememberbyref"
    ),
    graph!(
        "Remove-MgDirectoryRoleMemberByRef",
        "Remove-MgDirectoryRoleMemberByRef_Delete",
        ROLE_WRITE,
        true,
        [required("DirectoryRoleId"), required("DirectoryObjectId"), WHATIF, CONFIRM],
        ["Remove-MgDirectoryRoleMemberByRef -DirectoryRoleId 29232cdf-9323-42fd-ade2-1d097af3e4de -DirectoryObjectId <user id>"],
        "microsoft.graph.identity.directorymanagement/remove-mgdirectoryrolememberbyref"
    ),
    graph!(
        "Get-MgAuditLogSignIn",
        "Get-MgAuditLogSignIn_List",
        AUDIT_READ,
        false,
        [value("Filter"), switch("All"), value("Top")],
        ["Get-MgAuditLogSignIn -Filter \"userPrincipalName eq 'megan@contoso.com'\""],
        "microsoft.graph.reports/get-mgauditlogsignin"
    ),
    graph!(
        "Get-MgAuditLogDirectoryAudit",
        "Get-MgAuditLogDirectoryAudit_List",
        AUDIT_READ,
        false,
        [value("Filter"), switch("All"), value("Top")],
        ["Get-MgAuditLogDirectoryAudit -Filter \"initiatedBy/user/userPrincipalName eq 'megan@contoso.com'\""],
        "microsoft.graph.reports/get-mgauditlogdirectoryaudit"
    ),
    graph!(
        "Update-MgDomain",
        "Update-MgDomain_UpdateExpanded",
        &["Domain.ReadWrite.All", "Directory.ReadWrite.All"],
        true,
        [positional("DomainId", true), value("PasswordValidityPeriodInDays"), value("PasswordNotificationWindowInDays"), WHATIF, CONFIRM],
        ["Update-MgDomain -DomainId contoso.com -PasswordValidityPeriodInDays 2147483647"],
        "microsoft.graph.identity.directorymanagement/update-mgdomain"
    ),
    graph!(
        "Get-MgSecurityAlertV2",
        "Get-MgSecurityAlertV2_List",
        &["SecurityAlert.Read.All", "SecurityAlert.ReadWrite.All"],
        false,
        [positional("AlertId", false), value("Filter"), switch("All"), value("Top")],
        ["Get-MgSecurityAlertV2", "Get-MgSecurityAlertV2 | Format-List Id,Title,Status,Classification,UserPrincipalName"],
        "microsoft.graph.security/get-mgsecurityalertv2"
    ),
    graph!(
        "Update-MgSecurityAlertV2",
        "Update-MgSecurityAlertV2_UpdateExpanded",
        &["SecurityAlert.ReadWrite.All"],
        true,
        [required("AlertId"), value("Status"), value("Classification"), value("Determination"), value("AssignedTo"), WHATIF, CONFIRM],
        [
            "Update-MgSecurityAlertV2 -AlertId <Id> -Status resolved -Classification truePositive",
            "Update-MgSecurityAlertV2 -AlertId <Id> -Status resolved -Classification informationalExpectedActivity -Determination confirmedActivity",
            "Update-MgSecurityAlertV2 -AlertId <Id> -Status resolved -Classification falsePositive"
        ],
        "microsoft.graph.security/update-mgsecurityalertv2"
    ),
    graph!(
        "Get-MgUserRegisteredDevice",
        "Get-MgUserRegisteredDevice_List",
        USER_READ,
        false,
        [required("UserId"), switch("All"), value("Top")],
        [
            "Get-MgUserRegisteredDevice -UserId megan@contoso.com",
            "Get-MgUserRegisteredDevice -UserId megan@contoso.com | Format-List Id,AdditionalProperties"
        ],
        "microsoft.graph.users/get-mguserregistereddevice"
    ),
    graph!(
        "Get-MgUserOwnedDevice",
        "Get-MgUserOwnedDevice_List",
        USER_READ,
        false,
        [required("UserId"), switch("All"), value("Top")],
        ["Get-MgUserOwnedDevice -UserId megan@contoso.com | Format-List Id,AdditionalProperties"],
        "microsoft.graph.users/get-mguserowneddevice"
    ),
    graph!(
        "Update-MgDevice",
        "Update-MgDevice_UpdateExpanded",
        DEVICE_WRITE,
        true,
        [required("DeviceId"), switch("AccountEnabled"), value("BodyParameter"), WHATIF, CONFIRM],
        ["Update-MgDevice -DeviceId <Id> -AccountEnabled:$false", "Update-MgDevice -DeviceId <Id> -BodyParameter @{accountEnabled=$false}"],
        "microsoft.graph.identity.directorymanagement/update-mgdevice"
    ),
    graph!(
        "Remove-MgDevice",
        "Remove-MgDevice_Delete",
        DEVICE_WRITE,
        true,
        [required("DeviceId"), WHATIF, CONFIRM],
        ["Remove-MgDevice -DeviceId <Id>"],
        "microsoft.graph.identity.directorymanagement/remove-mgdevice"
    ),
    graph!(
        "Get-MgServicePrincipal",
        "Get-MgServicePrincipal_List",
        APP_READ,
        false,
        [
            value("ServicePrincipalId"),
            value("Filter"),
            value("Search"),
            switch("All"),
            value("Top"),
            value("Property"),
            value("ConsistencyLevel")
        ],
        [
            "Get-MgServicePrincipal -All",
            "Get-MgServicePrincipal -Filter \"displayName eq 'PDF Viewer Pro'\" | Format-List DisplayName,Id,AppId,AccountEnabled,PublisherName,ReplyUrls"
        ],
        "microsoft.graph.applications/get-mgserviceprincipal"
    ),
    graph!(
        "Update-MgServicePrincipal",
        "Update-MgServicePrincipal_UpdateExpanded",
        APP_WRITE,
        true,
        [required("ServicePrincipalId"), switch("AccountEnabled"), WHATIF, CONFIRM],
        ["Update-MgServicePrincipal -ServicePrincipalId 303dcf88-7ddb-4784-aa78-cf887ddba781 -AccountEnabled:$false"],
        "microsoft.graph.applications/update-mgserviceprincipal"
    ),
    graph!(
        "Remove-MgServicePrincipal",
        "Remove-MgServicePrincipal_Delete",
        APP_WRITE,
        true,
        [required("ServicePrincipalId"), WHATIF, CONFIRM],
        ["Remove-MgServicePrincipal -ServicePrincipalId 303dcf88-7ddb-4784-aa78-cf887ddba781"],
        "microsoft.graph.applications/remove-mgserviceprincipal"
    ),
    graph!(
        "Get-MgOauth2PermissionGrant",
        "Get-MgOauth2PermissionGrant_List",
        GRANT_READ,
        false,
        [value("OAuth2PermissionGrantId"), value("Filter"), switch("All"), value("Top")],
        [
            "Get-MgOauth2PermissionGrant -All",
            "Get-MgOauth2PermissionGrant -Filter \"clientId eq '303dcf88-7ddb-4784-aa78-cf887ddba781'\" | Format-List Id,ConsentType,PrincipalId,Scope"
        ],
        "microsoft.graph.identity.signins/get-mgoauth2permissiongrant"
    ),
    graph!(
        "Get-MgUserOauth2PermissionGrant",
        "Get-MgUserOauth2PermissionGrant_List",
        GRANT_READ,
        false,
        [positional("UserId", true), switch("All"), value("Top")],
        ["Get-MgUserOauth2PermissionGrant -UserId megan@contoso.com"],
        "microsoft.graph.users/get-mguseroauth2permissiongrant"
    ),
    graph!(
        "Remove-MgOauth2PermissionGrant",
        "Remove-MgOauth2PermissionGrant_Delete",
        GRANT_WRITE,
        true,
        [required("OAuth2PermissionGrantId"), WHATIF, CONFIRM],
        ["Remove-MgOauth2PermissionGrant -OAuth2PermissionGrantId <grant-id>"],
        "microsoft.graph.identity.signins/remove-mgoauth2permissiongrant"
    ),
    graph!(
        "Update-MgPolicyAuthorizationPolicy",
        "Update-MgPolicyAuthorizationPolicy_Update",
        &["Policy.ReadWrite.Authorization"],
        true,
        [value("BodyParameter"), value("DefaultUserRolePermissions"), WHATIF, CONFIRM],
        [
            "Update-MgPolicyAuthorizationPolicy -BodyParameter @{ permissionGrantPolicyIdsAssignedToDefaultUserRole = @('ManagePermissionGrantsForSelf.microsoft-user-default-low') }",
            "Update-MgPolicyAuthorizationPolicy -DefaultUserRolePermissions @{ permissionGrantPoliciesAssigned = @() }"
        ],
        "microsoft.graph.identity.signins/update-mgpolicyauthorizationpolicy"
    ),
    graph!(
        "Get-MgIdentityConditionalAccessNamedLocation",
        "Get-MgIdentityConditionalAccessNamedLocation_List",
        CA_READ,
        false,
        [positional("NamedLocationId", false), value("Filter"), switch("All"), value("Top")],
        ["Get-MgIdentityConditionalAccessNamedLocation"],
        "microsoft.graph.identity.signins/get-mgidentityconditionalaccessnamedlocation"
    ),
    graph!(
        "New-MgIdentityConditionalAccessNamedLocation",
        "New-MgIdentityConditionalAccessNamedLocation_Create",
        CA_WRITE,
        true,
        [required("BodyParameter"), WHATIF, CONFIRM],
        [
            "New-MgIdentityConditionalAccessNamedLocation -BodyParameter @{\"@odata.type\"=\"#microsoft.graph.ipNamedLocation\"; DisplayName=\"Spray sources\"; IsTrusted=$false; IpRanges=@(@{\"@odata.type\"=\"#microsoft.graph.iPv4CidrRange\"; CidrAddress=\"102.89.0.0/16\"})}"
        ],
        "microsoft.graph.identity.signins/new-mgidentityconditionalaccessnamedlocation"
    ),
    graph!(
        "Get-MgIdentityConditionalAccessPolicy",
        "Get-MgIdentityConditionalAccessPolicy_List",
        CA_READ,
        false,
        [positional("ConditionalAccessPolicyId", false), value("Filter"), switch("All"), value("Top")],
        ["Get-MgIdentityConditionalAccessPolicy"],
        "microsoft.graph.identity.signins/get-mgidentityconditionalaccesspolicy"
    ),
    graph!(
        "New-MgIdentityConditionalAccessPolicy",
        "New-MgIdentityConditionalAccessPolicy_Create",
        CA_WRITE,
        true,
        [required("BodyParameter"), WHATIF, CONFIRM],
        [
            "New-MgIdentityConditionalAccessPolicy -BodyParameter @{DisplayName=\"Block legacy authentication\"; State=\"enabled\"; Conditions=@{Users=@{IncludeUsers=@(\"All\")}; Applications=@{IncludeApplications=@(\"All\")}; ClientAppTypes=@(\"exchangeActiveSync\", \"other\")}; GrantControls=@{Operator=\"OR\"; BuiltInControls=@(\"block\")}}"
        ],
        "microsoft.graph.identity.signins/new-mgidentityconditionalaccesspolicy"
    ),
    graph!(
        "Get-MgRiskyUser",
        "Get-MgRiskyUser_List",
        RISK_READ,
        false,
        [positional("RiskyUserId", false), value("Filter"), switch("All"), value("Top")],
        ["Get-MgRiskyUser"],
        "microsoft.graph.identity.signins/get-mgriskyuser"
    ),
    graph!(
        "Confirm-MgRiskyUserCompromised",
        "Confirm-MgRiskyUserCompromised_ConfirmExpanded",
        RISK_WRITE,
        true,
        [value("UserIds"), value("BodyParameter"), WHATIF, CONFIRM],
        ["Confirm-MgRiskyUserCompromised -UserIds megan@contoso.com"],
        "microsoft.graph.identity.signins/confirm-mgriskyusercompromised"
    ),
];

/// Real cmdlets an admin may reach for that the simulation does not model:
/// they are answered as such, not as unknown names.
pub const NOT_MODELLED: &[&str] = &[
    "Set-InboxRule",
    "Get-EXOMailbox",
    "Get-EXOMailboxPermission",
    "Get-EXOCASMailbox",
    "Get-EXORecipient",
    "Get-Recipient",
    "Get-MessageTrace",
    "Get-MessageTraceDetailV2",
    "Get-RecipientPermission",
    "Add-RecipientPermission",
    "Remove-RecipientPermission",
    "Get-TransportRule",
    "Get-MailboxAuditBypassAssociation",
    "Get-MgContext",
    "Get-MgDevice",
    "Set-MgSecurityAlert",
    "Get-MgGroup",
    "Get-MgGroupMember",
    "Get-MgUserAuthenticationPhoneMethod",
    "New-MgUserAuthenticationPhoneMethod",
    "Get-MgUserAuthenticationEmailMethod",
    "Reset-MgUserAuthenticationMethodPassword",
    "Get-MgPolicyAuthenticationMethodPolicy",
    "Get-MgDomain",
    "Get-MgBetaUserAuthenticationRequirement",
    "Set-MgUserLicense",
    "New-MgUser",
    "Remove-MgUser",
];

/// The learn.microsoft.com address of a cmdlet's reference page.
#[must_use]
pub fn page(cmdlet: &Cmdlet) -> String {
    if cmdlet.module == Module::Exchange {
        format!("{EXO}{}", cmdlet.page)
    } else if cmdlet.page.contains('/') {
        format!("https://learn.microsoft.com/powershell/module/{}", cmdlet.page)
    } else {
        format!("https://learn.microsoft.com/powershell/module/exchange/{}", cmdlet.page)
    }
}

/// The cmdlet of that name (case-insensitive, as PowerShell resolves).
#[must_use]
pub fn find(name: &str) -> Option<&'static Cmdlet> {
    let name = alias(name).unwrap_or(name);
    CMDLETS.iter().find(|cmdlet| cmdlet.name.eq_ignore_ascii_case(name))
}

/// PowerShell's built-in aliases for the core cmdlets we have.
fn alias(name: &str) -> Option<&'static str> {
    match name.to_ascii_lowercase().as_str() {
        "fl" => Some("Format-List"),
        "ft" => Some("Format-Table"),
        "select" => Some("Select-Object"),
        "where" | "?" => Some("Where-Object"),
        "help" => Some("Get-Help"),
        _ => None,
    }
}

/// Whether a line's first word names a cmdlet for the front end: the
/// `Verb-Noun` shape, or one of the core aliases.
#[must_use]
pub fn starts_powershell(first_word: &str) -> bool {
    super::syntax::is_cmdlet_name(first_word)
}

/// Why arguments did not bind: PowerShell's binder messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BindError {
    NoSuchParameter {
        name: String,
    },
    Ambiguous {
        name: String,
        matches: Vec<&'static str>,
    },
    /// A value with no positional parameter left to take it.
    NoPositional {
        argument: String,
    },
    MissingArgument {
        name: &'static str,
    },
    Missing {
        names: Vec<&'static str>,
    },
}

impl BindError {
    /// PowerShell's message.
    #[must_use]
    pub fn message(&self, cmdlet: &str) -> String {
        match self {
            BindError::NoSuchParameter { name } => format!(
                "{cmdlet}: A parameter cannot be found that matches parameter name '{name}'.\n    + CategoryInfo          : InvalidArgument: (:) [{cmdlet}], ParameterBindingException\n    + FullyQualifiedErrorId : NamedParameterNotFound,{cmdlet}"
            ),
            BindError::Ambiguous { name, matches } => format!(
                "{cmdlet}: Parameter cannot be processed because the parameter name '{name}' is ambiguous. Possible matches include: {}.",
                matches.iter().map(|name| format!("-{name}")).collect::<Vec<_>>().join(" ")
            ),
            BindError::NoPositional { argument } => format!(
                "{cmdlet}: A positional parameter cannot be found that accepts argument '{argument}'.\n    + CategoryInfo          : InvalidArgument: (:) [{cmdlet}], ParameterBindingException\n    + FullyQualifiedErrorId : PositionalParameterNotFound,{cmdlet}"
            ),
            BindError::MissingArgument { name } => {
                format!("{cmdlet}: Missing an argument for parameter '{name}'. Specify a parameter of type 'System.String' and try again.")
            }
            BindError::Missing { names } => {
                format!("{cmdlet}: Cannot process command because of one or more missing mandatory parameters: {}.", names.join(" "))
            }
        }
    }
}

/// Arguments bound to a cmdlet's parameters, by canonical name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bound {
    values: IndexMap<&'static str, Value>,
}

impl Bound {
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.values.get(name)
    }
    /// Whether a parameter was given at all (even as `$null`).
    #[must_use]
    pub fn has(&self, name: &str) -> bool {
        self.values.contains_key(name)
    }
    /// A value as text; `None` when absent or `$null`.
    #[must_use]
    pub fn text(&self, name: &str) -> Option<String> {
        match self.values.get(name)? {
            Value::Null => None,
            other => Some(other.text()),
        }
    }
    /// A switch: `Some(true)` for `-Switch`, `Some(false)` for `-Switch:$false`.
    #[must_use]
    pub fn switch(&self, name: &str) -> Option<bool> {
        self.values.get(name).map(truthy)
    }
    /// Inserts a value (pipeline input binding).
    pub fn insert(&mut self, name: &'static str, value: Value) {
        self.values.insert(name, value);
    }
    #[must_use]
    pub fn names(&self) -> Vec<&'static str> {
        self.values.keys().copied().collect()
    }
}

/// PowerShell's truthiness of a value given to a Boolean parameter.
#[must_use]
pub fn truthy(value: &Value) -> bool {
    match value {
        Value::Bool(on) => *on,
        Value::Null => false,
        Value::Number(number) => *number != 0,
        Value::Str(text) => !text.is_empty() && !text.eq_ignore_ascii_case("false") && text != "0",
        Value::Array(items) => !items.is_empty(),
        Value::Hash(_) | Value::Block(_) | Value::Var { .. } => true,
    }
}

fn resolve(cmdlet: &Cmdlet, typed: &str) -> Result<&'static Param, BindError> {
    let params: &'static [Param] = cmdlet.params;
    if let Some(param) = params.iter().find(|param| param.name.eq_ignore_ascii_case(typed)) {
        return Ok(param);
    }
    let lower = typed.to_ascii_lowercase();
    let matches: Vec<&'static Param> = params.iter().filter(|param| param.name.to_ascii_lowercase().starts_with(&lower)).collect();
    match matches.as_slice() {
        [one] => Ok(one),
        [] => Err(BindError::NoSuchParameter { name: typed.to_string() }),
        many => Err(BindError::Ambiguous { name: typed.to_string(), matches: many.iter().map(|param| param.name).collect() }),
    }
}

/// Binds an invocation's arguments. `piped` names parameters the pipeline
/// fills, which then need not be typed.
pub fn bind(cmdlet: &Cmdlet, invocation: &Invocation, piped: &[&str]) -> Result<Bound, BindError> {
    let mut bound = Bound::default();
    let mut loose = Vec::new();
    let mut arguments = invocation.arguments.iter().peekable();
    while let Some(argument) = arguments.next() {
        match argument {
            Argument::Named { name, value, colon } => {
                let param = resolve(cmdlet, name)?;
                let value = match (param.kind, value, colon) {
                    (_, Some(value), _) => value.clone(),
                    (ParamKind::Switch, None, _) => Value::Bool(true),
                    (ParamKind::Value, None, _) => match arguments.next() {
                        Some(Argument::Positional(value)) => value.clone(),
                        _ => return Err(BindError::MissingArgument { name: param.name }),
                    },
                };
                bound.values.insert(param.name, value);
            }
            Argument::Positional(value) => loose.push(value),
        }
    }
    let free: Vec<&'static Param> =
        cmdlet.params.iter().filter(|param| param.position.is_some() && !bound.values.contains_key(param.name)).collect();
    let mut free = free.into_iter();
    for value in loose {
        match free.next() {
            Some(param) => {
                bound.values.insert(param.name, value.clone());
            }
            None => return Err(BindError::NoPositional { argument: value.text() }),
        }
    }
    let missing: Vec<&'static str> = cmdlet
        .params
        .iter()
        .filter(|param| param.mandatory && !bound.values.contains_key(param.name) && !piped.contains(&param.name))
        .map(|param| param.name)
        .collect();
    if !missing.is_empty() {
        return Err(BindError::Missing { names: missing });
    }
    Ok(bound)
}
