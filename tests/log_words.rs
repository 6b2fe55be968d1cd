//! The logs' own words in the trainee's language: the audit log's Details
//! and the simulator's own activity names, the sign-in log's client app,
//! the simulator's own places, SSPR scopes and durations. Entra's and
//! Exchange's activity names, property names and codes stay as the real
//! logs show them; English is unchanged.

use tenantdrill::drill::{Drill, Mode};
use tenantdrill::i18n::Lang;
use tenantdrill::scenario::library;
use tenantdrill::scenario::load::load_text;

fn drill(lang: Lang) -> Drill {
    let procedures = crate::support::procedures();
    let bundled = library::scenario("compromised-mailbox").expect("a bundled id");
    let loaded =
        load_text(bundled.path, bundled.text.as_bytes(), procedures).unwrap_or_else(|error| panic!("{}", error.render(Lang::En, false)));
    Drill::new(&loaded, procedures, 11, Mode::Practice).unwrap_or_else(|error| panic!("{}", error.render(Lang::En, false))).with_lang(lang)
}

/// Changes that the audit log records with the simulator's own details,
/// then the log itself, the sign-ins and the session's status.
fn session(lang: Lang) -> String {
    let mut drill = drill(lang);
    let mut out = String::new();
    for line in [
        "user revoke-sessions megan",
        "sspr set --scope all --methods-required 2",
        "policy password-expiration --days 90",
        "mailbox disable-protocols megan imap pop",
        "user contact-info megan --mobile-phone \"+1 425 555 0100\"",
        "logs audit",
        "logs sign-ins megan",
        "status",
    ] {
        out.push_str(&drill.execute(line).output);
        out.push('\n');
    }
    out
}

#[test]
fn the_audit_and_sign_in_logs_say_the_simulator_s_own_words_in_each_language() {
    let expected: [(Lang, &[&str]); 3] = [
        (
            Lang::Nb,
            &[
                "3 økter",
                "Oppdater policy for tilbakestilling av passord Tilbakestilling av passord",
                "aktivert for: Alle; 2 metoder kreves",
                "passord utløper etter 90 dager",
                "deaktivert: imap, pop",
                "kontaktinformasjon",
                "Kontor ",
                "Nettleser",
                "2 t 24 min",
            ],
        ),
        (
            Lang::Nl,
            &[
                "3 sessies",
                "Beleid voor wachtwoordherstel bijwerken Wachtwoord opnieuw instellen",
                "ingeschakeld voor: Alle; 2 methoden vereist",
                "wachtwoorden verlopen na 90 dagen",
                "uitgeschakeld: imap, pop",
                "contactgegevens",
                "Kantoor ",
                "Browser",
                "nog 2 u 24 min",
            ],
        ),
        (
            Lang::Sl,
            &[
                "3 seje",
                "Posodobitev pravilnika za ponastavitev gesla Ponastavitev gesla",
                "omogočeno za: Vsi; zahtevana 2 načina",
                "gesla potečejo po 90 dneh",
                "onemogočeno: imap, pop",
                "kontaktni podatki",
                "Pisarna ",
                "Brskalnik",
                "preostane 2 h 24 min",
            ],
        ),
    ];
    for (lang, words) in expected {
        let text = session(lang);
        for word in words {
            assert!(text.contains(word), "{lang:?} lacks {word:?}:\n{text}");
        }
        // The real products' names stay as they are.
        for kept in ["Invalidate all refresh tokens for user", "Set password policy", "Set-CASMailbox", "Update user", "New-InboxRule"] {
            assert!(text.contains(kept), "{lang:?} lacks {kept:?}:\n{text}");
        }
        for english in
            ["sessions", "methods required", "passwords expire", "disabled:", "contact info", "Office ", "2h 24m", "Password reset"]
        {
            assert!(!text.contains(english), "{lang:?} says {english:?}:\n{text}");
        }
    }
}

#[test]
fn the_logs_in_english_are_unchanged() {
    let text = session(Lang::En);
    for word in [
        "Invalidate all refresh tokens for user",
        "3 sessions",
        "Update password reset policy",
        "enabled for: All; 2 methods required",
        "passwords expire after 90 days",
        "disabled: imap, pop",
        "contact info",
        "Office ",
        "Browser",
        "2h 24m",
    ] {
        assert!(text.contains(word), "English lacks {word:?}:\n{text}");
    }
}

#[test]
fn a_release_s_wait_reads_in_the_trainee_s_units() {
    let mut drill = drill(Lang::Sl);
    drill.execute("user reset-password megan --auto");
    let reply = drill.execute("restricted release megan");
    assert!(reply.output.contains(" min") && !reply.output.contains("m ("), "{}", reply.output);
    let audit = drill.execute("logs audit megan").output;
    assert!(audit.contains("pošiljanje se nadaljuje ob 2026-"), "{audit}");
}
