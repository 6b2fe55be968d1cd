//! PowerShell lines in a session: the real tools' traps, PowerShell's and
//! the services' error texts, password masking, the scenario's dialects,
//! completion, and quoting.

use crate::powershell::{attacker_rule, connected, drill};
use proptest::prelude::*;
use tenantdrill::command;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::scenario::library;

#[test]
fn get_inboxrule_without_include_hidden_hides_hidden_rules() {
    let mut drill = connected("compromised-mailbox");
    let visible = drill.execute("Get-InboxRule -Mailbox megan").output;
    let all = drill.execute("Get-InboxRule -Mailbox megan -IncludeHidden").output;
    let rule = attacker_rule(&drill);
    assert!(!rule.is_empty());
    assert!(!visible.contains(&rule), "{visible}");
    assert!(all.contains(&rule), "{all}");
}

#[test]
fn set_mailbox_changes_only_the_field_it_names() {
    let mut drill = connected("compromised-mailbox");
    assert!(!drill.execute("Set-Mailbox megan -ForwardingAddress alex").error);
    // Clearing the SMTP address leaves ForwardingAddress in place (the trap).
    assert!(!drill.execute("Set-Mailbox megan -ForwardingSmtpAddress $null").error);
    let shown = drill.execute("Get-Mailbox megan | Format-List ForwardingAddress,ForwardingSmtpAddress").output;
    assert!(shown.contains("ForwardingAddress     : alex@contoso.com"), "{shown}");
    assert!(shown.contains("ForwardingSmtpAddress : \n") || shown.trim_end().ends_with("ForwardingSmtpAddress :"), "{shown}");
    assert!(!drill.execute("Set-Mailbox megan -ForwardingAddress $null").error);
    let shown = drill.execute("Get-Mailbox megan | Format-List Forwarding*").output;
    assert!(!shown.contains('@'), "{shown}");
}

#[test]
fn a_pipeline_removes_the_rules_a_filter_keeps() {
    let mut drill = connected("compromised-mailbox");
    let rule = attacker_rule(&drill);
    let reply = drill.execute(&format!(
        "Get-InboxRule -Mailbox megan -IncludeHidden | Where-Object {{ $_.Name -eq '{rule}' }} | Remove-InboxRule -Confirm:$false"
    ));
    assert!(!reply.error, "{}", reply.output);
    let after = drill.execute("Get-InboxRule -Mailbox megan -IncludeHidden").output;
    assert!(!after.contains(&rule), "{after}");
    assert!(after.contains("Newsletters"), "{after}");
}

#[test]
fn what_if_changes_nothing() {
    let mut drill = connected("compromised-mailbox");
    let before = drill.records().len();
    let reply = drill.execute("Remove-InboxRule -Mailbox megan -Identity Newsletters -WhatIf");
    assert_eq!(reply.output.trim(), "What if: Performing the operation \"Remove-InboxRule\" on target \"Newsletters\".");
    assert_eq!(drill.records().len(), before);
}

#[test]
fn the_real_error_texts() {
    let mut drill = drill("compromised-mailbox", 1);
    let cases = [
        (
            "Get-Mailbox megan",
            "Get-Mailbox: The term 'Get-Mailbox' is not recognized as a name of a cmdlet, function, script file, or executable program.",
        ),
        ("Get-MgUser -UserId megan", "Get-MgUser_Get: Authentication needed. Please call Connect-MgGraph."),
        ("Connect-MgGraph -Scopes User.Read.All", "Welcome to Microsoft Graph!"),
        (
            "Update-MgUser -UserId megan -AccountEnabled $false",
            "Update-MgUser: A positional parameter cannot be found that accepts argument 'False'.",
        ),
        ("Update-MgUser -UserId megan -AccountEnabled:$false", "ErrorCode: Authorization_RequestDenied"),
        ("Get-MgUser -UserId nobody@contoso.com", "ErrorCode: Request_ResourceNotFound"),
        ("Get-MgUser -Colour red", "Get-MgUser: A parameter cannot be found that matches parameter name 'Colour'."),
        ("Connect-ExchangeOnline", ""),
        ("Get-InboxRule -Mailbox nobody", "The operation couldn't be performed because object 'nobody' couldn't be found on '"),
        (
            "Get-MailboxPermission",
            "Get-MailboxPermission: Cannot process command because of one or more missing mandatory parameters: Identity.",
        ),
        ("Get-Foo", "Get-Foo: The term 'Get-Foo' is not recognized"),
        ("Get-MgUser -UserId 'megan", "ParserError: The string is missing the terminator: '."),
    ];
    for (line, expected) in cases {
        let reply = drill.execute(line);
        assert!(reply.output.contains(expected), "`{line}` gave {:?}, not {expected:?}", reply.output);
    }
}

#[test]
fn a_password_in_a_hashtable_never_reaches_the_masked_line() {
    let line = "Update-MgUser -UserId megan -PasswordProfile @{Password='Secret-Lantern-77!'; ForceChangePasswordNextSignIn=$true}";
    let read = command::read(line);
    assert!(!read.masked.contains("Secret-Lantern"), "{}", read.masked);
    assert_eq!(read.masked, "Update-MgUser -UserId megan -PasswordProfile @{Password=***; ForceChangePasswordNextSignIn=$true}");
    assert_eq!(read.hidden, ["Secret-Lantern-77!"]);
    for unterminated in [
        "Update-MgUser -UserId megan -PasswordProfile @{Password='Secret-Lantern-77!",
        "Update-MgUser -PasswordProfile @{password = \"Secret-Lantern-77!\"}",
    ] {
        assert!(!command::read(unterminated).masked.contains("Secret-Lantern"), "{unterminated}");
    }
}

/// Found by fuzzing: a password in pieces PowerShell glues together
/// (`'Secret'Lantern'77'`) is hidden whole, and masking is stable.
#[test]
fn a_password_glued_from_pieces_is_hidden_whole_and_masking_twice_changes_nothing() {
    let line = "Update-MgUser -UserId megan -PasswordProfile @{Password='Secret'Lantern'77!'; ForceChangePasswordNextSignIn=$true}";
    let read = command::read(line);
    assert_eq!(read.masked, "Update-MgUser -UserId megan -PasswordProfile @{Password=***; ForceChangePasswordNextSignIn=$true}");
    assert_eq!(read.hidden, ["SecretLantern77!"]);
    assert_eq!(command::mask_secrets(&read.masked), read.masked);
}

#[test]
fn get_help_shows_usage_and_examples() {
    let mut drill = drill("compromised-mailbox", 1);
    for line in ["Get-Help Get-InboxRule", "help Get-InboxRule"] {
        let output = drill.execute(line).output;
        assert!(
            output.contains("SYNTAX") && output.contains("-IncludeHidden") && output.contains("PS> Get-InboxRule -Mailbox"),
            "{line}: {output}"
        );
    }
}

/// A password typed in `-PasswordProfile` reaches no session file, and the
/// session replays to the same end.
#[test]
fn a_powershell_password_reset_is_masked_in_the_session_and_replays() {
    use tenantdrill::repl::Driver;
    use tenantdrill::session::{self, Header, SessionWriter};
    let procedures = crate::support::procedures();
    let bundled = library::scenario("compromised-mailbox").expect("bundled");
    let loaded = tenantdrill::scenario::load_text(bundled.path, bundled.text.as_bytes(), procedures).expect("it loads");
    let drill = Drill::new(&loaded, procedures, 5, Mode::Practice).expect("it builds");
    let header = Header::new(&drill, &loaded.scenario.id, "ann");
    let writer = SessionWriter::create(Vec::new(), &header).expect("write to memory");
    let mut driver = Driver::new(drill, Some(writer), 0, false);
    let lines = [
        "Connect-MgGraph -Scopes User.ReadWrite.All -NoWelcome",
        "Update-MgUser -UserId megan -PasswordProfile @{Password='Juniper-Harbour-Violet-64!'; ForceChangePasswordNextSignIn=$true}",
        "Update-MgUser -UserId megan -PasswordProfile @{Password=\"Juniper-Harbour-Violet-64!\"}",
        "Get-MgUser -UserId megan",
    ];
    for line in lines {
        driver.handle(line).expect("write to memory");
    }
    let text = String::from_utf8(driver.into_writer().expect("a writer").into_inner()).expect("UTF-8");
    assert!(!text.contains("Juniper"), "{text}");
    assert!(text.contains("@{Password=***; ForceChangePasswordNextSignIn=$true}"), "{text}");
    let parsed = session::parse("ps.jsonl", &text).expect("it reads");
    let replayed = session::replay("ps.jsonl", &parsed, &loaded, procedures).expect("it replays");
    assert_eq!(replayed.first_difference, None, "{:?}", replayed.warnings);
    assert_eq!(replayed.commands, 4);
}

/// The compromised-mailbox scenario with `dialects` set.
fn with_dialects(dialects: &str, solution_line: Option<&str>) -> Result<tenantdrill::scenario::load::Loaded, Vec<String>> {
    let bundled = library::scenario("compromised-mailbox").expect("bundled");
    let mut text = bundled.text.replacen("\n    tags:", &format!("\n    dialects: {dialects},\n    tags:"), 1);
    if let Some(line) = solution_line {
        text = text.replacen("solution: [", &format!("solution: [\n        {line:?},"), 1);
    }
    tenantdrill::scenario::load_text("dialects.ron", text.as_bytes(), crate::support::procedures())
        .map_err(|error| error.diagnostics.iter().map(|diagnostic| diagnostic.message.clone()).collect())
}

#[test]
fn a_command_language_scenario_refuses_cmdlets_and_names_the_equivalent() {
    let loaded = with_dialects("[NounVerb]", None).expect("it loads");
    let mut drill = Drill::new(&loaded, crate::support::procedures(), 1, Mode::Practice).expect("it builds");
    let reply = drill.execute("Get-InboxRule -Mailbox megan -IncludeHidden");
    assert!(reply.error);
    assert!(reply.output.contains("not PowerShell") && reply.output.contains("`mailbox rules megan --hidden`"), "{}", reply.output);
    assert!(drill.records().is_empty());
    assert!(!drill.execute("mailbox rules megan --hidden").error);
}

#[test]
fn a_powershell_scenario_refuses_admin_commands_and_names_the_cmdlet() {
    let loaded = with_dialects("[PowerShell]", None).expect("it loads");
    let mut drill = Drill::new(&loaded, crate::support::procedures(), 1, Mode::Practice).expect("it builds");
    let reply = drill.execute("mailbox rules megan --hidden");
    assert!(reply.error);
    assert!(reply.output.contains("`Get-InboxRule -Mailbox 'megan' -IncludeHidden`"), "{}", reply.output);
    let reply = drill.execute("user reset-password megan");
    assert!(reply.output.contains("-PasswordProfile @{Password='<new password>'"), "{}", reply.output);
    // What no cmdlet does is still typed in the command language.
    assert!(!drill.execute("wait 5m").error);
    assert!(!drill.execute("user remove-app-passwords megan").output.contains("PowerShell"));
}

#[test]
fn the_validator_knows_the_dialects() {
    let errors = with_dialects("[]", None).err().unwrap_or_default();
    assert!(errors.iter().any(|error| error.contains("`dialects` is empty")), "{errors:?}");
    let errors = with_dialects("[NounVerb]", Some("Get-Mailbox megan")).err().unwrap_or_default();
    assert!(errors.iter().any(|error| error.contains("is PowerShell, which `dialects` does not allow")), "{errors:?}");
    let errors = with_dialects("[Bash]", None).err().unwrap_or_default();
    assert!(errors.iter().any(|error| error.contains("unknown value `Bash` for `Dialect`")), "{errors:?}");
    assert!(with_dialects("[PowerShell, NounVerb]", Some("Get-Mailbox megan")).is_ok());
}

#[test]
fn cmdlets_parameters_users_and_rules_complete() {
    use tenantdrill::command::{complete, hint};
    let mut drill = connected("compromised-mailbox");
    drill.execute("Get-InboxRule -Mailbox megan -IncludeHidden");
    let tenant = drill.simulation().tenant();
    let names = |line: &str| complete(line, line.len(), tenant).1;
    assert_eq!(names("Get-InboxR"), ["Get-InboxRule"]);
    assert!(names("Get").contains(&"Get-MgUser".to_string()), "{:?}", names("Get"));
    assert!(names("mail").contains(&"mailbox".to_string()));
    assert_eq!(names("Get-InboxRule -Inc"), ["-IncludeHidden"]);
    assert!(names("Get-InboxRule -Mailbox me").contains(&"megan".to_string()));
    let rule = attacker_rule(&drill);
    let rules = names("Remove-InboxRule -Mailbox megan -Identity ");
    assert!(rules.iter().any(|offered| offered.contains(&rule)), "{rules:?}");
    assert!(names("Get-MgUser | Format-L").contains(&"Format-List".to_string()));
    assert_eq!(hint("Get-InboxRule -Inc", tenant).as_deref(), Some("ludeHidden"));
    assert_eq!(
        hint("Remove-MailboxPermission megan", tenant).as_deref(),
        Some(" [-User <value>] [-AccessRights <value>] [-InheritanceType <value>]")
    );
}

/// Through the binary, in Norwegian: PowerShell's own texts stay English,
/// tenantdrill's words are Norwegian.
#[test]
fn the_binary_runs_cmdlets_with_real_texts_in_english_and_its_own_words_translated() {
    let sandbox = crate::cli::sandbox("powershell-nb");
    let lines = "Get-Foo\nConnect-ExchangeOnline\nSet-CASMailbox megan -ImapEnabled $true\nGet-InboxRule -Mailbox megan\n";
    let output = crate::cli::tenantdrill(&sandbox)
        .args(["run", "compromised-mailbox", "--seed", "1", "--lang", "nb", "--commands", "-"])
        .write_stdin(lines)
        .output()
        .expect("it runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Get-Foo: The term 'Get-Foo' is not recognized as a name of a cmdlet"), "{text}");
    assert!(text.contains("tenantdrill modellerer ikke Set-CASMailbox -ImapEnabled $true"), "{text}");
    assert!(text.contains("Name") && text.contains("RuleIdentity"), "{text}");
}

#[test]
fn a_command_language_verb_typed_alone_stays_the_command_language() {
    let mut drill = drill("compromised-mailbox", 1);
    let reply = drill.execute("reset-password megan");
    assert!(reply.error);
    assert!(!reply.output.contains("is not recognized"), "{}", reply.output);
    assert!(drill.execute("Reset-Foo megan").output.contains("is not recognized"));
}

proptest! {
    #![proptest_config(crate::support::proptest_config(256))]

    /// Any text quoted for a cmdlet line reads back as the same text, as a
    /// positional value, a named value and a hashtable value.
    #[test]
    fn quoted_text_reads_back_as_the_same_text(text in "(?s).{0,40}") {
        use tenantdrill::powershell::render::quote;
        use tenantdrill::powershell::syntax::{Argument, Value, parse};
        let quoted = quote(&text);
        let line = format!("Get-Mailbox {quoted} -ForwardingAddress {quoted} -PasswordProfile @{{Password={quoted}; K=$true}}");
        let script = parse(&line).map_err(|error| TestCaseError::fail(format!("{line:?}: {error}")))?;
        let arguments = &script.pipeline[0].arguments;
        prop_assert_eq!(&arguments[0], &Argument::Positional(Value::Str(text.clone())));
        prop_assert_eq!(&arguments[2], &Argument::Positional(Value::Str(text.clone())));
        prop_assert_eq!(
            &arguments[4],
            &Argument::Positional(Value::Hash(vec![("Password".to_string(), Value::Str(text.clone())), ("K".to_string(), Value::Bool(true))]))
        );
        let read = tenantdrill::command::read(&line);
        prop_assert!(read.masked.contains("@{Password=***; K=$true}"), "{}", read.masked);
        prop_assert_eq!(&read.hidden, &vec![text.clone()]);
    }
}

#[test]
fn a_log_search_for_no_one_finds_nothing_rather_than_failing() {
    let mut drill = connected("compromised-mailbox");
    for line in [
        "Get-MgAuditLogSignIn -Filter \"userPrincipalName eq 'nobody@contoso.com'\"",
        "Search-UnifiedAuditLog -StartDate 2026-01-01 -EndDate 2026-12-31 -UserIds nobody@contoso.com",
        "Get-MessageTraceV2 -SenderAddress nobody@contoso.com",
    ] {
        let reply = drill.execute(line);
        assert!(!reply.error && reply.output.trim().is_empty(), "{line}: {}", reply.output);
    }
    assert!(drill.execute("Get-MgUser -UserId nobody@contoso.com").error);
}

#[test]
fn a_real_cmdlet_the_simulation_does_not_model_says_so() {
    let mut drill = connected("compromised-mailbox");
    let reply = drill.execute("Get-MgGroup -All");
    assert!(reply.error && reply.output.contains("does not model Get-MgGroup"), "{}", reply.output);
    assert!(drill.execute("Get-Nonsense").output.contains("is not recognized"));
}
