//! The world speaks: a user calling the helpdesk, a reply to `notify`, a
//! new alert are shown with the command during which they happened (`wait`
//! and `ask` most often), at their simulated time, in practice and exam
//! mode alike.

use tenantdrill::drill::notice::{CallAbout, Notice, NoticeKind};
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::repl::render_reply;

fn render(notice: &Notice) -> String {
    tenantdrill::present::notice::render(tenantdrill::i18n::Lang::En, notice)
}
use tenantdrill::scenario::library;
use tenantdrill::scenario::load::load_text;

fn drill(id: &str, mode: Mode) -> Drill {
    let procedures = crate::support::procedures();
    let bundled = library::scenario(id).expect("a bundled id");
    let loaded = load_text(bundled.path, bundled.text.as_bytes(), procedures)
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
    Drill::new(&loaded, procedures, loaded.scenario.seed, mode)
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)))
}

#[test]
fn a_helpdesk_call_interrupts_wait_at_its_simulated_time_in_practice_and_exam_mode() {
    for mode in [Mode::Practice, Mode::Exam] {
        let mut drill = drill("compromised-mailbox", mode);
        let subject = drill.scenario().truth.subjects[0].clone();
        drill.execute(&format!("user reset-password {subject}"));
        let reply = drill.execute("wait 30m");
        let call = reply
            .notices
            .iter()
            .find(|notice| matches!(notice.kind, NoticeKind::Call { about: CallAbout::CannotSignIn(_), .. }))
            .unwrap_or_else(|| panic!("{mode:?}: no call about signing in: {:#?}", reply.notices));
        let text = render(call);
        assert!(text.starts_with(&call.at.clock_text()), "{text}");
        assert!(text.contains("☎") && text.contains("calls:") && text.contains("AADSTS50126"), "{text}");
        // In the transcript, with the wait's reply.
        assert!(render_reply(&reply, false).contains(&text), "{mode:?}");
        let record = drill.records().last().unwrap();
        assert!(call.at > record.at && call.at <= record.ended_at, "the call is shown at its time within the wait");
    }
}

#[test]
fn a_reply_to_notify_is_shown_when_the_user_is_back_in() {
    let mut drill = drill("compromised-mailbox", Mode::Exam);
    let subject = drill.scenario().truth.subjects[0].clone();
    drill.execute(&format!("user reset-password {subject}"));
    let told = drill.execute(&format!("notify {subject} --via phone --password"));
    assert!(told.notices.iter().all(|notice| !matches!(notice.kind, NoticeKind::Reply { .. })), "a reply before the user signed in");
    let reply = drill.execute("wait 30m");
    let answer = reply.notices.iter().find(|notice| matches!(notice.kind, NoticeKind::Reply { .. })).expect("a reply");
    assert!(render(answer).contains("replies"), "{}", render(answer));
}

#[test]
fn a_new_alert_is_shown_when_it_is_raised() {
    let mut drill = drill("restricted-sender", Mode::Exam);
    let subject = drill.scenario().truth.subjects[0].clone();
    // Released while the attacker still holds the account: restricted again.
    drill.execute(&format!("restricted release {subject}"));
    let mut notices = drill.execute("ask owen alerts").notices;
    notices.extend(drill.execute("wait 2h").notices);
    let alert = notices.iter().find(|notice| matches!(notice.kind, NoticeKind::Alert { .. })).expect("an alert");
    let text = render(alert);
    assert!(text.contains("⚠ New alert") && text.contains("User restricted from sending email"), "{text}");
}
