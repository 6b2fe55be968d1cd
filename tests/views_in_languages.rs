//! Views and notices in the trainee's language: the compromised-mailbox
//! incident's main views through the drill in nb, nl and sl (snapshots),
//! the real products' field names and codes kept as they are, and English
//! unchanged.

use tenantdrill::drill::notice::{CallAbout, Notice, NoticeKind, ReplyAbout};
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::i18n::Lang;
use tenantdrill::scenario::library;
use tenantdrill::scenario::load::load_text;
use tenantdrill::tenant::logs::{Severity, SignInStatus};

fn drill(lang: Lang) -> Drill {
    let procedures = crate::support::procedures();
    let bundled = library::scenario("compromised-mailbox").expect("a bundled id");
    let loaded = load_text(bundled.path, bundled.text.as_bytes(), procedures)
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
    Drill::new(&loaded, procedures, loaded.scenario.seed, Mode::Practice)
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)))
        .with_lang(lang)
}

/// The main views of the incident, with the notices that come meanwhile
/// (the scorer's feedback is left out: it is not a view).
const LINES: &[&str] = &[
    "users --department Finance",
    "user show megan",
    "user methods megan",
    "logs sign-ins megan",
    "logs audit megan",
    "alerts",
    "mailbox show megan",
    "mailbox rules megan --hidden",
    "mailbox delegates megan",
    "mailbox trace megan",
    "user block-sign-in megan",
    "user block-sign-in megan",
    "user reset-password megan",
    "wait 30m",
];

fn session(lang: Lang) -> String {
    let mut drill = drill(lang);
    let mut out = String::new();
    for line in LINES {
        let reply = drill.execute(line);
        assert_eq!(reply.lang, lang);
        out.push_str(&format!("> {line}\n{}\n", reply.output.trim_end()));
        for notice in &reply.notices {
            out.push_str(&tenantdrill::present::notice::render(reply.lang, notice));
            out.push('\n');
        }
    }
    out
}

/// The header line of the table that starts with `first`, and the rows
/// after it: every row's cells start where the header's do.
fn columns_line_up(text: &str, first: &str) {
    let mut lines = text.lines().skip_while(|line| !line.starts_with(first));
    let header = lines.next().unwrap_or_else(|| panic!("a header starting {first:?} in\n{text}"));
    let starts = |line: &str| -> Vec<usize> {
        let chars: Vec<char> = line.chars().collect();
        (1..chars.len()).filter(|&index| chars[index] != ' ' && chars[index - 1] == ' ').collect()
    };
    // A header's own words are one space apart; its columns at least two.
    let header_chars: Vec<char> = header.chars().collect();
    let header_starts: Vec<usize> = starts(header).into_iter().filter(|&index| index >= 2 && header_chars[index - 2] == ' ').collect();
    for row in lines.take_while(|line| line.starts_with("20")) {
        let row_starts = starts(row);
        for start in &header_starts[..3] {
            assert!(row_starts.contains(start), "column at {start} of {header:?} is not aligned in {row:?}");
        }
    }
}

#[test]
fn the_incidents_views_read_in_each_language() {
    let expected: [(Lang, &[&str]); 3] = [
        (Lang::Nb, &["Pålogging blokkert", "Roller", "videresend til", "Vellykket", "Innboksregler for", "Postboks", "nei"]),
        (Lang::Nl, &["Aanmelding geblokkeerd", "Rollen", "doorsturen naar", "Geslaagd", "Regels voor Postvak IN van", "Postvak", "nee"]),
        (Lang::Sl, &["Vpis blokiran", "Vloge", "posreduj na", "Uspešno", "Pravila za mapo »Prejeto« za", "Nabiralnik", "ne"]),
    ];
    for (lang, words) in expected {
        let text = session(lang);
        for word in words {
            assert!(text.contains(word), "{}: no {word:?} in\n{text}", lang.code());
        }
        // The real products' field names and codes are the same in every language.
        for kept in
            ["UserPrincipalName", "ForwardingSmtpAddress", "DeliverToMailboxAndForward", "RuleIdentity", "Set-Mailbox", "New-InboxRule"]
        {
            assert!(text.contains(kept), "{}: {kept} is kept in\n{text}", lang.code());
        }
        // Our own English labels are not.
        for english in [
            "Sign-in blocked",
            "Inbox rules of",
            "forward to",
            "(no rules)",
            "Password last set",
            "Client app",
            "Success",
            "recipients",
            "forwarded to",
            "external recipients per hour",
        ] {
            assert!(!text.contains(english), "{}: English {english:?} left in\n{text}", lang.code());
        }
        columns_line_up(&text, &tenantdrill::t!(lang, "view-log-header-date"));
        crate::support::with_snapshots(|| insta::assert_snapshot!(format!("compromised_mailbox_views_{}", lang.code()), text));
    }
}

#[test]
fn english_views_are_as_before() {
    let text = session(Lang::En);
    for line in [
        "Sign-in blocked      : no",
        "Password never expires: no",
        "ForwardingSmtpAddress      : ",
        "Inbox rules of ",
        "Date (UTC)           User                             IP address      Client app             Location       Status",
        "Sign-in for ",
    ] {
        assert!(text.contains(line), "no {line:?} in\n{text}");
    }
}

#[test]
fn notices_read_in_each_language_with_codes_and_alert_titles_kept() {
    let at = tenantdrill::clock::SimTime::from_utc(2024, 3, 5, 22, 13, 0).expect("a time");
    let call = Notice {
        at,
        kind: NoticeKind::Call {
            user: "megan@contoso.example".into(),
            name: "Megan Bowen".into(),
            about: CallAbout::CannotSignIn(Some(SignInStatus::Locked)),
        },
    };
    let bounce = Notice {
        at,
        kind: NoticeKind::Call { user: "megan@contoso.example".into(), name: "Megan Bowen".into(), about: CallAbout::MailBounces },
    };
    let reply = Notice {
        at,
        kind: NoticeKind::Reply { user: "megan@contoso.example".into(), name: "Megan Bowen".into(), about: ReplyAbout::BackIn },
    };
    let alert = Notice {
        at,
        kind: NoticeKind::Alert {
            severity: Severity::High,
            title: "User restricted from sending email".into(),
            user: "megan@contoso.example".into(),
        },
    };
    let render = |lang: Lang, notice: &Notice| tenantdrill::present::notice::render(lang, notice);
    assert_eq!(
        render(Lang::En, &call),
        "22:13 ☎ Megan Bowen calls: \"I can't sign in. It says: Your account is temporarily locked to prevent unauthorized use. Try again later. (AADSTS50053)\""
    );
    assert_eq!(render(Lang::En, &alert), "22:13 ⚠ New alert (High): User restricted from sending email, megan@contoso.example");
    let expected = [
        (Lang::Nb, ["ringer", "midlertidig låst", "i retur", "svarer", "Nytt varsel (Høy)"]),
        (Lang::Nl, ["belt", "tijdelijk vergrendeld", "komt steeds terug", "antwoordt", "Nieuwe waarschuwing (Hoog)"]),
        (Lang::Sl, ["kliče", "začasno zaklenjen", "se ves čas vrača", "odgovori", "Novo opozorilo (Visoka)"]),
    ];
    for (lang, [calls, locked, bounces, replies, new_alert]) in expected {
        let text = [&call, &bounce, &reply, &alert].map(|notice| render(lang, notice)).join("\n");
        for word in [calls, locked, bounces, replies, new_alert, "AADSTS50053", "550 5.1.8", "User restricted from sending email"] {
            assert!(text.contains(word), "{}: no {word:?} in\n{text}", lang.code());
        }
        for english in ["calls", "replies", "New alert", "I can't"] {
            assert!(!text.contains(english), "{}: English {english:?} left in\n{text}", lang.code());
        }
    }
}
