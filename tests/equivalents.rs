//! Every command names where the same is done with Microsoft's own tools: a
//! menu path in an admin center and PowerShell cmdlet lines, or says why
//! there is none; help shows them in the trainee's language, the reference in
//! English, and every portal label is in the glossary.

use tenantdrill::command::{
    COMMANDS, CommandSpec, InPortal, InPowerShell, ParseErrorKind, Section, commands_for_cmdlet, help, mask_secrets, parse,
    reference_markdown,
};
use tenantdrill::i18n::Lang;

/// The words of a text with single spaces between them (help wraps lines).
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// PowerShell's approved verbs that the equivalents use.
const VERBS: [&str; 11] = ["Add", "Confirm", "Disable", "Enable", "Get", "New", "Remove", "Revoke", "Search", "Set", "Update"];

fn is_cmdlet_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(verb, noun)| {
        VERBS.contains(&verb)
            && noun.chars().next().is_some_and(|first| first.is_ascii_uppercase())
            && noun.chars().all(|character| character.is_ascii_alphanumeric())
    })
}

#[test]
fn every_command_has_a_portal_path_and_cmdlets_or_says_why_not() {
    for spec in COMMANDS {
        for lang in Lang::ALL {
            let detail = words(&help(Some(spec.name), lang));
            match spec.equivalents.portal {
                InPortal::Path(portal, path) => {
                    let path = path(lang);
                    assert!(path.contains(" > ") || !path.contains('>'), "{} {}: {path}", lang.code(), spec.name);
                    assert!(!path.contains('`'), "{} {}: a path is labels, not code: {path}", lang.code(), spec.name);
                    assert!(
                        detail.contains(&format!("{} {}", portal.heading(lang), words(&path))),
                        "{} {}:\n{detail}",
                        lang.code(),
                        spec.name
                    );
                }
                InPortal::Nowhere(reason) => {
                    let reason = reason(lang);
                    assert!(reason.trim().ends_with(['.', '?']) && reason.len() > 20, "{} {}: {reason}", lang.code(), spec.name);
                    assert!(detail.contains(&words(&reason.replace('`', "'"))), "{} {}:\n{detail}", lang.code(), spec.name);
                }
            }
            match spec.equivalents.powershell {
                InPowerShell::Lines(lines) => {
                    assert!(!lines.is_empty(), "{}: no cmdlet lines", spec.name);
                    let raw = help(Some(spec.name), lang);
                    for line in lines {
                        let cmdlet = line.split_whitespace().next().unwrap_or_default();
                        assert!(is_cmdlet_name(cmdlet), "{}: '{line}' does not start with a cmdlet", spec.name);
                        // Not wrapped and not translated, so it can be copied.
                        assert!(raw.contains(&format!("\n  {line}\n")), "{} {}:\n{raw}", lang.code(), spec.name);
                    }
                }
                InPowerShell::Nowhere(reason) => {
                    let reason = reason(lang);
                    assert!(reason.trim().ends_with('.') && reason.len() > 20, "{} {}: {reason}", lang.code(), spec.name);
                    assert!(detail.contains(&words(&reason)), "{} {}:\n{detail}", lang.code(), spec.name);
                }
            }
        }
    }
}

/// The commands that neither portal nor cmdlet does: the simulator's own,
/// and what happens between people or as the user.
#[test]
fn only_the_simulators_own_commands_and_peoples_have_no_equivalent_at_all() {
    let without: Vec<&str> = COMMANDS
        .iter()
        .filter(|spec| {
            matches!(spec.equivalents.portal, InPortal::Nowhere(_)) && matches!(spec.equivalents.powershell, InPowerShell::Nowhere(_))
        })
        .map(|spec| spec.name)
        .collect();
    let sessions = COMMANDS.iter().filter(|spec| spec.section == Section::Session).map(|spec| spec.name);
    let mut expected: Vec<&str> = ["sspr reset", "notify", "verify", "ask"].into_iter().chain(sessions).collect();
    expected.sort_unstable();
    let mut without = without;
    without.sort_unstable();
    assert_eq!(without, expected);
}

#[test]
fn the_cmdlets_an_admin_is_taught_first_are_exact() {
    let lines = |name: &str| -> Vec<&'static str> {
        let spec: &CommandSpec = COMMANDS.iter().find(|spec| spec.name == name).expect("the command");
        match spec.equivalents.powershell {
            InPowerShell::Lines(lines) => lines.to_vec(),
            InPowerShell::Nowhere(_) => Vec::new(),
        }
    };
    assert_eq!(lines("mailbox rules"), ["Get-InboxRule -Mailbox <user>", "Get-InboxRule -Mailbox <user> -IncludeHidden"]);
    assert_eq!(lines("user revoke-sessions"), ["Revoke-MgUserSignInSession -UserId <user>"]);
    // A switch takes its value after a colon: `-AccountEnabled $false` fails in PowerShell.
    assert_eq!(lines("user block-sign-in"), ["Update-MgUser -UserId <user> -AccountEnabled:$false"]);
    assert_eq!(lines("restricted release"), ["Remove-BlockedSenderAddress -SenderAddress <user>"]);
}

#[test]
fn a_path_keeps_its_steps_in_every_language_and_is_translated() {
    for spec in COMMANDS {
        let InPortal::Path(_, path) = spec.equivalents.portal else { continue };
        let english = path(Lang::En);
        for lang in [Lang::Nb, Lang::Nl, Lang::Sl] {
            let translated = path(lang);
            assert_ne!(translated, english, "{} {} is not translated", lang.code(), spec.name);
            assert_eq!(
                translated.matches(" > ").count(),
                english.matches(" > ").count(),
                "{} {}: {translated} has other steps than {english}",
                lang.code(),
                spec.name
            );
        }
    }
}

/// The labels of a path: its steps that start with a capital letter
/// (lower-case steps such as "select the user" are instructions), split at
/// commas where one step names several tabs.
fn labels(path: &str) -> Vec<String> {
    path.split(" > ")
        .flat_map(|step| step.split(", "))
        .map(|step| step.trim().to_string())
        .filter(|step| step.chars().next().is_some_and(char::is_uppercase))
        .collect()
}

#[test]
fn every_portal_label_in_help_is_in_the_glossary() {
    let glossary = include_str!("../locales/GLOSSARY.md");
    let mut missing: Vec<String> = Vec::new();
    for spec in COMMANDS {
        let InPortal::Path(_, path) = spec.equivalents.portal else { continue };
        for lang in Lang::ALL {
            for label in labels(&path(lang)) {
                if !glossary.contains(&label) && !missing.contains(&format!("{}: {label}", lang.code())) {
                    missing.push(format!("{}: {label}", lang.code()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "labels missing from locales/GLOSSARY.md:\n{}", missing.join("\n"));
}

#[test]
fn the_reference_shows_each_commands_equivalents() {
    let reference = reference_markdown();
    for spec in COMMANDS {
        let start = reference.find(&format!("### `{}`\n", spec.name)).expect("the command's section");
        let end = reference[start + 4..].find("\n### ").map_or(reference.len(), |end| start + 4 + end);
        let section = &reference[start..end];
        match spec.equivalents.portal {
            InPortal::Path(portal, path) => {
                assert!(section.contains(&format!("{} **{}**", portal.heading(Lang::En), path(Lang::En))), "{section}");
            }
            InPortal::Nowhere(reason) => assert!(section.contains(&reason(Lang::En)), "{section}"),
        }
        match spec.equivalents.powershell {
            InPowerShell::Lines(lines) => {
                assert!(section.contains("```powershell\n"), "{section}");
                for line in lines {
                    assert!(section.contains(&format!("\n{line}\n")), "{section}");
                }
            }
            InPowerShell::Nowhere(reason) => assert!(section.contains(&reason(Lang::En)), "{section}"),
        }
    }
}

/// One command of each kind: a path in each portal, no portal, no cmdlet,
/// neither, and the simulator's own.
fn equivalents_transcript(lang: Lang) -> String {
    let mut text = String::new();
    for topic in [
        "user revoke-sessions",
        "user methods",
        "mailbox delegates",
        "restricted release",
        "logs audit",
        "mailbox rules",
        "sspr set",
        "notify",
        "clock",
    ] {
        text.push_str(&format!("> help {topic}\n{}\n", help(Some(topic), lang)));
    }
    text
}

#[test]
fn help_names_the_portals_and_cmdlets_in_english() {
    let text = equivalents_transcript(Lang::En);
    assert!(
        text.contains(
            "In the Microsoft 365 admin center:\n  Users > Active users > select the user > Account > Sign out of all sessions\n"
        ),
        "{text}"
    );
    crate::support::with_snapshots(|| insta::assert_snapshot!(text));
}

#[test]
fn help_names_the_portals_and_cmdlets_in_dutch() {
    let text = equivalents_transcript(Lang::Nl);
    assert!(words(&text).contains("In het Exchange-beheercentrum: Ontvangers > Postvakken > selecteer het postvak > Delegering"), "{text}");
    assert!(text.contains("  Get-MailboxPermission -Identity <user>\n"), "{text}");
    crate::support::with_snapshots(|| insta::assert_snapshot!(text));
}

/// `compromised-mailbox` as an exam in the command language only.
fn noun_verb_only(lang: Lang) -> tenantdrill::drill::Drill {
    let procedures = crate::support::procedures();
    let bundled = tenantdrill::scenario::library::scenario("compromised-mailbox").expect("bundled");
    let text = bundled.text.replacen("\n    tags:", "\n    dialects: [NounVerb],\n    tags:", 1);
    let loaded = tenantdrill::scenario::load_text(bundled.path, text.as_bytes(), procedures).expect("it loads");
    tenantdrill::drill::Drill::new(&loaded, procedures, 5, tenantdrill::drill::Mode::Practice).expect("it builds").with_lang(lang)
}

#[test]
fn a_cmdlet_typed_where_powershell_is_not_allowed_is_answered_with_the_command_that_does_the_same() {
    let mut drill = noun_verb_only(Lang::En);
    let reply = drill.execute("Get-InboxRule -Mailbox megan -IncludeHidden");
    assert!(reply.error, "{}", reply.output);
    assert!(reply.output.contains("not PowerShell") && reply.output.contains("mailbox rules"), "{}", reply.output);
    // A cmdlet no line expresses exactly still names the commands whose help gives it.
    let reply = drill.execute("Get-MgSecurityAlertV2 -Top 5");
    assert!(reply.error, "{}", reply.output);
    let mut drill = noun_verb_only(Lang::Nl);
    let reply = drill.execute("Get-InboxRule -Mailbox megan -IncludeHidden");
    assert!(reply.output.contains("mailbox rules") && !reply.output.contains("not PowerShell"), "{}", reply.output);
}

#[test]
fn a_verb_noun_line_is_read_as_powershell_and_its_password_hidden() {
    let error = parse("Get-Foo").expect("a Verb-Noun word is read as PowerShell");
    assert!(matches!(error, tenantdrill::command::Command::PowerShell(_)));
    assert_eq!(parse("foo").expect_err("unknown").kind, ParseErrorKind::UnknownCommand);
    // A cmdlet line's password is hidden in history and session files.
    assert!(!mask_secrets("Update-MgUser -UserId megan -PasswordProfile @{Password='Secret-1!'}").contains("Secret-1!"));
}

#[test]
fn every_cmdlet_of_an_equivalent_leads_back_to_its_command() {
    for spec in COMMANDS {
        let InPowerShell::Lines(lines) = spec.equivalents.powershell else { continue };
        for line in lines {
            let cmdlet = line.split_whitespace().next().unwrap_or_default();
            assert!(commands_for_cmdlet(cmdlet).contains(&spec.name), "{cmdlet} does not lead to {}", spec.name);
            assert!(commands_for_cmdlet(&cmdlet.to_ascii_lowercase()).contains(&spec.name), "{cmdlet} in lower case");
            assert!(matches!(parse(line), Ok(tenantdrill::command::Command::PowerShell(_))), "{line} is read as PowerShell");
        }
    }
}
