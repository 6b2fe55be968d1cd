//! A trainee's session: one scenario built for one seed, the commands typed
//! so far with their outcomes, and the scorer watching.
//!
//! The REPL, `tenantdrill run` and re-grading all drive a [`Drill`] with
//! command lines; nothing here reads the terminal or files. Every command
//! takes simulated time (an admin is not instant), so the actors act while
//! the trainee works and the order of steps has consequences.

pub mod notice;
pub mod powershell;
mod record;

pub use record::{Mode, Record, Reply};

use crate::action::{Action, Actor, NewPassword, Resource};
use crate::clock::{SimDuration, SimTime};
use crate::command::{self, Command};
use crate::engine::view::View;
use crate::engine::{Outcome, Problem, Simulation};
use crate::i18n::Lang;
use crate::procedure::ActionKind;
use crate::scenario::Scenario;
use crate::scenario::library::ProcedureSet;
use crate::scenario::load::{LoadError, Loaded};
use crate::scoring::{Report, Scorer};
use crate::tenant::logs::Location;
use crate::tenant::user::Party;

/// How long another admin takes to act on a request.
pub(crate) const ASK_DELAY: SimDuration = SimDuration::minutes(10);
/// How long Microsoft support takes to verify ownership and act.
pub(crate) const SUPPORT_DELAY: SimDuration = SimDuration::hours(26);
/// The password the trainee picks when a reset forces them to change theirs.
pub(crate) const TRAINEE_NEW_PASSWORD: &str = "Kestrel-Orchard-Beacon-83!";

/// Simulated time one command takes the trainee.
#[must_use]
pub(crate) const fn command_duration(action: &Action) -> SimDuration {
    action.kind().facts().duration()
}

/// One trainee session.
#[derive(Debug, Clone)]
pub struct Drill {
    scenario: Scenario,
    file: String,
    digest: String,
    seed: u64,
    mode: Mode,
    simulation: Simulation,
    start: SimTime,
    deadline: SimTime,
    records: Vec<Record>,
    scorer: Scorer,
    hints_used: Vec<usize>,
    finished: bool,
    /// Every line typed (passwords masked) with when it was typed, for
    /// `history`.
    typed: Vec<(SimTime, String)>,
    noticing: notice::Noticing,
    /// Passwords the trainee's commands set, in memory only: a session
    /// file's output digests hide them (`session::output_digest`).
    passwords_set: Vec<String>,
    /// The language replies are written in.
    lang: Lang,
    /// What the PowerShell front end is connected to.
    connections: powershell::Connections,
}

impl Drill {
    /// Builds the scenario for `seed` and starts the clock at its start.
    pub fn new(loaded: &Loaded, procedures: &ProcedureSet, seed: u64, mode: Mode) -> Result<Self, LoadError> {
        let (mut scenario, built) = loaded.build(seed)?;
        // The tenant's lower-case form, as every view shows addresses.
        scenario.trainee.upn.make_ascii_lowercase();
        let scorer = Scorer::new(&scenario, procedures, &built.simulation, built.start).map_err(|message| LoadError {
            file: loaded.file.clone(),
            source: None,
            diagnostics: vec![crate::diagnostic::Diagnostic::error(&loaded.file, message)],
        })?;
        Ok(Self {
            scenario,
            file: loaded.file.clone(),
            digest: loaded.digest.clone(),
            seed,
            mode,
            simulation: built.simulation,
            start: built.start,
            deadline: built.deadline,
            records: Vec::new(),
            scorer,
            hints_used: Vec::new(),
            passwords_set: Vec::new(),
            finished: false,
            typed: Vec::new(),
            noticing: notice::Noticing::default(),
            lang: Lang::En,
            connections: powershell::Connections::default(),
        })
    }

    /// The drill speaking `lang` (English by default).
    #[must_use]
    pub fn with_lang(self, lang: Lang) -> Self {
        Self { lang, ..self }
    }
    /// The language replies are written in.
    #[must_use]
    pub const fn lang(&self) -> Lang {
        self.lang
    }

    #[must_use]
    pub const fn scenario(&self) -> &Scenario {
        &self.scenario
    }
    #[must_use]
    pub fn file(&self) -> &str {
        &self.file
    }
    #[must_use]
    pub(crate) fn digest(&self) -> &str {
        &self.digest
    }
    #[must_use]
    pub const fn seed(&self) -> u64 {
        self.seed
    }
    #[must_use]
    pub const fn mode(&self) -> Mode {
        self.mode
    }
    #[must_use]
    pub const fn simulation(&self) -> &Simulation {
        &self.simulation
    }
    /// The passwords the trainee's commands set so far (never written).
    #[must_use]
    pub(crate) fn passwords_set(&self) -> &[String] {
        &self.passwords_set
    }
    /// Notes a password a command set, for [`Self::passwords_set`].
    pub(crate) fn note_password_set(&mut self, text: &str) {
        if !self.passwords_set.iter().any(|known| known == text) {
            self.passwords_set.push(text.to_string());
        }
    }
    /// For a session replay: give the password rules' recorded verdict for
    /// a stand-in password ([`Simulation::add_password_verdict`]).
    pub(crate) fn add_password_verdict(&mut self, user: &str, text: &str, verdict: crate::engine::known::Verdict) {
        self.simulation.add_password_verdict(user, text, verdict);
    }
    #[must_use]
    pub fn records(&self) -> &[Record] {
        &self.records
    }
    #[must_use]
    pub fn hints_used(&self) -> &[usize] {
        &self.hints_used
    }
    #[must_use]
    pub const fn is_finished(&self) -> bool {
        self.finished
    }
    #[must_use]
    pub const fn start(&self) -> SimTime {
        self.start
    }
    #[must_use]
    pub const fn deadline(&self) -> SimTime {
        self.deadline
    }
    #[must_use]
    pub const fn scorer(&self) -> &Scorer {
        &self.scorer
    }

    /// The prompt: simulated clock and the trainee, `[09:14 admin@contoso] > `.
    /// Once the session has crossed midnight the day is shown too
    /// (`[Tue 00:10 admin@contoso] > `), and a trainee who is signed out and
    /// cannot sign in again by themselves is told so
    /// (`[09:14 admin@contoso signed out] > `).
    #[must_use]
    pub fn prompt(&self) -> String {
        let upn = self.scenario.trainee.upn.as_str();
        let now = self.simulation.now();
        let mut prompt = String::with_capacity(upn.len() + 24);
        prompt.push('[');
        if now.day_number() != self.start.day_number() {
            prompt.push_str(&weekday(self.lang, now.weekday_text()));
            prompt.push(' ');
        }
        prompt.push_str(&now.clock_text());
        prompt.push(' ');
        match upn.split_once('@') {
            Some((alias, domain)) => {
                prompt.push_str(alias);
                prompt.push('@');
                prompt.push_str(domain.split('.').next().unwrap_or(domain));
            }
            None => prompt.push_str(upn),
        }
        if self.trainee_signed_out() {
            prompt.push(' ');
            prompt.push_str(&crate::t!(self.lang, "session-prompt-signed-out"));
        }
        prompt.push_str("] > ");
        prompt
    }

    /// Whether the trainee has no working admin-center session and cannot
    /// sign in again with what they know (the drill signs them in again
    /// automatically when they can).
    #[must_use]
    pub(crate) fn trainee_signed_out(&self) -> bool {
        let Some(id) = self.simulation.tenant().find_user(&self.scenario.trainee.upn) else { return false };
        !self.simulation.session_works(id, Party::Owner, Resource::Portal) && !self.simulation.password_would_work(id, Party::Owner)
    }

    /// The final report (or the score so far, before the end), in the
    /// drill's language.
    #[must_use]
    pub fn report(&self) -> Report {
        self.report_in(self.lang)
    }

    /// The report in `lang` (an instructor re-grading in their language).
    #[must_use]
    pub fn report_in(&self, lang: Lang) -> Report {
        self.scorer.report(lang, &self.simulation, &self.records, &self.hints_used)
    }

    /// Runs one command line. Never panics; a bad line is an ordinary reply.
    pub fn execute(&mut self, line: &str) -> Reply {
        self.execute_line(&command::read(line.trim()))
    }

    /// Runs one command line read by [`command::read`] (trimmed).
    pub(crate) fn execute_line(&mut self, line: &command::Line<'_>) -> Reply {
        Reply { lang: self.lang, ..self.answer_line(line) }
    }

    fn answer_line(&mut self, line: &command::Line<'_>) -> Reply {
        let trimmed = line.text;
        if trimmed.is_empty() || trimmed.starts_with('#') {
            return Reply::quiet();
        }
        if self.finished {
            return Reply::text(crate::t!(self.lang, "session-ended"));
        }
        let masked = line.masked.as_str();
        self.typed.push((self.simulation.now(), masked.to_string()));
        let command = match &line.command {
            Ok(command) => command,
            Err(error) => return Reply::error(error.reply(self.lang())),
        };
        if let Some(refusal) = self.dialect_refusal(command) {
            return Reply::error(refusal);
        }
        match command {
            Command::Help(Some(topic)) if crate::powershell::cmdlets::find(topic).is_some() => {
                Reply::text(crate::powershell::cmdlets::find(topic).map(powershell::help).unwrap_or_default())
            }
            Command::Help(topic) => Reply::text(command::help(topic.as_deref(), self.lang())),
            Command::Brief => Reply::text(self.brief()),
            Command::Status => Reply::text(self.status()),
            Command::Clock => Reply::text(crate::t!(
                self.lang,
                "session-clock",
                now = self.simulation.now().to_string(),
                left = crate::i18n::duration(self.lang, self.time_left())
            )),
            Command::Hint => self.hint(),
            Command::Check => self.check(),
            Command::Submit => self.submit(),
            Command::Quit => Reply { quit: true, ..Reply::quiet() },
            Command::History => Reply::text(self.history()),
            Command::Clear => Reply { clear_screen: true, ..Reply::quiet() },
            Command::PowerShell(parsed) => self.powershell(masked, parsed),
            Command::Act(action) => {
                let reply = self.act(masked, action);
                self.after_command(reply)
            }
            Command::Ask { admin, action } => {
                let reply = self.ask(masked, admin, action);
                self.after_command(reply)
            }
            Command::SupportCall { release: Some(user) } => {
                let reply = self.support_release(masked, user);
                self.after_command(reply)
            }
            Command::SupportCall { release: None } => {
                let reply = self.support_call(masked);
                self.after_command(reply)
            }
        }
    }

    /// The briefing, as `brief` shows it.
    #[must_use]
    pub fn brief(&self) -> String {
        let you = crate::t!(
            self.lang,
            "session-brief-you",
            upn = &self.scenario.trainee.upn,
            limit = crate::i18n::duration(self.lang, self.deadline.since(self.start)),
            until = self.deadline.clock_text()
        );
        format!("{}\n{}\n\n{you}", self.scenario.title.get(self.lang), self.scenario.brief.get(self.lang).trim())
    }

    /// The session's first line, as the banner and `status` show it:
    /// `Title (id) · seed 7 · practice mode`.
    #[must_use]
    pub(crate) fn heading(&self) -> String {
        crate::t!(
            self.lang,
            "session-heading",
            title = self.scenario.title.get(self.lang),
            id = &self.scenario.id,
            seed = self.seed,
            mode = mode_name(self.lang, self.mode)
        )
    }

    fn time_left(&self) -> SimDuration {
        self.deadline.since(self.simulation.now().min(self.deadline))
    }

    fn status(&self) -> String {
        let commands = self.records.iter().filter(|record| record.action.is_some()).count();
        let lang = self.lang;
        let mut text = self.heading();
        text.push('\n');
        text.push_str(&crate::t!(
            lang,
            "session-status-clock",
            clock = self.simulation.now().clock_text(),
            left = crate::i18n::duration(self.lang, self.time_left()),
            commands = crate::t!(lang, "session-status-commands", count = commands),
            hints = crate::t!(lang, "session-status-hints", count = self.hints_used.len())
        ));
        text.push('\n');
        let tenant = self.simulation.tenant();
        let trainee = tenant.find_user(&self.scenario.trainee.upn).map(|id| tenant.user(id));
        let upn = trainee.map_or(self.scenario.trainee.upn.as_str(), |user| user.upn.as_str());
        let roles: Vec<String> =
            trainee.map(|user| user.roles().iter().map(|role| crate::present::view::role_name(lang, role)).collect()).unwrap_or_default();
        let roles = if roles.is_empty() { crate::t!(lang, "session-status-no-role") } else { roles.join(", ") };
        text.push_str(&if self.trainee_signed_out() {
            crate::t!(lang, "session-status-acting-signed-out", upn = upn, roles = roles)
        } else {
            crate::t!(lang, "session-status-acting", upn = upn, roles = roles)
        });
        text.push('\n');
        if !self.scenario.trainee.may_act_as.is_empty() {
            text.push_str(&crate::t!(lang, "session-status-may-act-as", users = self.scenario.trainee.may_act_as.join(", ")));
            text.push('\n');
        }
        let pending: Vec<String> = tenant
            .users()
            .filter_map(|(_, user)| {
                let release = user.outbound.as_deref()?.restriction.as_ref()?.release_effective_at?;
                (release > self.simulation.now()).then(|| crate::t!(lang, "session-status-pending-release", upn = &user.upn))
            })
            .collect();
        if pending.is_empty() {
            text.push_str(&crate::t!(lang, "session-status-nothing-pending"));
        } else {
            text.push_str(&crate::t!(lang, "session-status-pending"));
            for request in pending {
                text.push_str("\n  ");
                text.push_str(&request);
            }
        }
        text
    }

    /// The lines typed so far, numbered, with the time each was typed.
    fn history(&self) -> String {
        let width = self.typed.len().to_string().len();
        let mut text = String::new();
        for (index, (at, line)) in self.typed.iter().enumerate() {
            text.push_str(&format!("{:>width$}  {}  {line}\n", index + 1, at.clock_text()));
        }
        text
    }

    fn hint(&mut self) -> Reply {
        match self.scorer.next_hint(&self.hints_used) {
            Some(index) => {
                self.hints_used.push(index);
                let hint = &self.scenario.hints[index];
                Reply::text(crate::t!(self.lang, "session-hint", count = hint.cost, text = hint.text.get(self.lang).trim()))
            }
            None => Reply::text(crate::t!(self.lang, "session-no-more-hints")),
        }
    }

    fn check(&self) -> Reply {
        match self.mode {
            Mode::Practice => Reply::text(self.report().render_progress(false)),
            Mode::Exam => Reply::text(crate::t!(self.lang, "session-check-in-exam")),
        }
    }

    fn submit(&mut self) -> Reply {
        self.finished = true;
        Reply { output: self.report().render_text(false), finished: true, ..Reply::quiet() }
    }

    /// Records the outcome, lets the scorer see it, and ends the session
    /// when the time limit has passed.
    fn after_command(&mut self, mut reply: Reply) -> Reply {
        if let Some(record) = self.records.last() {
            // The world speaks in both modes: calls, replies and alerts.
            reply.notices = self.noticing.notice(&record.events, &self.simulation);
            let feedback = self.scorer.observe(record, &self.simulation);
            if self.mode == Mode::Practice {
                reply.feedback = feedback;
            }
        }
        if self.simulation.now() >= self.deadline && !self.finished {
            self.finished = true;
            reply.output.push_str("\n\n");
            reply.output.push_str(&crate::t!(self.lang, "session-time-up"));
            reply.output.push('\n');
            reply.output.push_str(&self.report().render_text(false));
            reply.finished = true;
        }
        reply
    }

    /// Who performs an action the trainee typed: the trainee at the admin
    /// console, or a user the scenario lets the trainee act as.
    fn actor_for(&self, action: &Action) -> Result<Actor, String> {
        let as_user = matches!(
            ActionKind::of(action),
            ActionKind::SelfServiceReset | ActionKind::SignIn | ActionKind::ChangePassword | ActionKind::UseSession | ActionKind::ReadMail
        );
        if !as_user {
            return Ok(Actor::Admin(self.scenario.trainee.upn.clone()));
        }
        let target = action.target().unwrap_or_default();
        let tenant = self.simulation.tenant();
        let wanted = tenant.find_user(target);
        let allowed = wanted.is_some() && self.scenario.trainee.may_act_as.iter().any(|name| tenant.find_user(name) == wanted);
        if allowed {
            Ok(Actor::User(wanted.map(|id| tenant.user(id).upn.clone()).unwrap_or_default()))
        } else {
            Err(crate::t!(self.lang, "session-act-as-refused", user = target))
        }
    }

    fn act(&mut self, line: &str, action: &Action) -> Reply {
        let at = self.simulation.now();
        let actor = match self.actor_for(action) {
            Ok(actor) => actor,
            Err(message) => {
                self.push_record(
                    line,
                    at,
                    Actor::Admin(self.scenario.trainee.upn.clone()),
                    Some(action.clone()),
                    Outcome::Invalid(Problem::OnlyTheUser { user: action.target().unwrap_or_default().to_string() }),
                    Vec::new(),
                );
                return Reply::error(crate::t!(self.lang, "session-line-error", message = message));
            }
        };
        let mut events = Vec::new();
        if matches!(actor, Actor::Admin(_)) {
            events.extend(self.ensure_trainee_signed_in());
        }
        let result = self.simulation.step(&actor, action);
        let output = crate::present::outcome::result(self.lang, &result);
        events.extend(result.events);
        if !matches!(action, Action::Wait { .. }) {
            let pause = self.simulation.step(&Actor::Service, &Action::Wait { duration: command_duration(action) });
            events.extend(pause.events);
        }
        let failed = !result.outcome.is_done();
        self.push_record(line, at, actor, Some(action.clone()), result.outcome, events);
        if failed { Reply::error(output) } else { Reply::text(output) }
    }

    /// Steps an action for a PowerShell cmdlet as [`Self::act`] does, and
    /// gives back its outcome, view and the outcome in the trainee's words.
    /// `pause`: whether the action takes the trainee's time (the second and
    /// later objects of a pipeline run within the first one's).
    fn act_for_powershell(&mut self, line: &str, action: &Action, pause: bool) -> Result<(Outcome, Option<View>, String), String> {
        let at = self.simulation.now();
        let actor = self.actor_for(action)?;
        let mut events = Vec::new();
        if matches!(actor, Actor::Admin(_)) {
            events.extend(self.ensure_trainee_signed_in());
        }
        let result = self.simulation.step(&actor, action);
        let words = crate::present::outcome::result(self.lang, &result);
        events.extend(result.events);
        if pause {
            let waited = self.simulation.step(&Actor::Service, &Action::Wait { duration: command_duration(action) });
            events.extend(waited.events);
        }
        self.push_record(line, at, actor, Some(action.clone()), result.outcome.clone(), events);
        Ok((result.outcome, result.view, words))
    }

    fn ask(&mut self, line: &str, admin: &str, action: &Action) -> Reply {
        let at = self.simulation.now();
        let Some(id) = self.simulation.tenant().find_user(admin) else {
            let message = crate::t!(self.lang, "session-ask-no-user", user = admin);
            self.push_record(
                line,
                at,
                Actor::Admin(admin.to_string()),
                Some(action.clone()),
                Outcome::Invalid(Problem::NoOneToAsk { name: admin.to_string() }),
                Vec::new(),
            );
            return Reply::error(crate::t!(self.lang, "session-line-error", message = message));
        };
        let upn = self.simulation.tenant().user(id).upn.clone();
        let mut events = self.simulation.step(&Actor::Service, &Action::Wait { duration: ASK_DELAY }).events;
        let actor = Actor::Admin(upn.clone());
        let result = self.simulation.step(&actor, action);
        events.extend(result.events.iter().cloned());
        let answer = match (&result.view, action) {
            // The other admin sees the new password, not the trainee: they
            // read it to the trainee only when it is the trainee's own, and
            // otherwise keep it (ask them to `notify` the user).
            (Some(View::TemporaryPassword { upn: target, .. }), Action::ResetPassword { .. }) => {
                if self.simulation.tenant().find_user(target) == self.simulation.tenant().find_user(&self.scenario.trainee.upn) {
                    let tell = Action::Notify {
                        user: target.clone(),
                        channel: crate::action::Channel::InPerson,
                        include_password: true,
                        message: String::new(),
                    };
                    events.extend(self.simulation.step(&actor, &tell).events);
                    format!(
                        "{}{}\n",
                        crate::present::outcome::result(self.lang, &result),
                        crate::t!(self.lang, "session-ask-read-password")
                    )
                } else {
                    format!("{}\n", crate::t!(self.lang, "session-ask-password-kept", target = target, upn = &upn))
                }
            }
            _ => crate::present::outcome::result(self.lang, &result),
        };
        let output = format!(
            "{}\n{answer}",
            crate::t!(self.lang, "session-ask-answers", upn = &upn, delay = crate::i18n::duration(self.lang, ASK_DELAY))
        );
        let failed = !result.outcome.is_done();
        self.push_record(line, at, actor, Some(action.clone()), result.outcome, events);
        if failed { Reply::error(output) } else { Reply::text(output) }
    }

    /// Microsoft support verifies that the trainee owns the tenant, then
    /// resets the trainee's own password and reads them the temporary one.
    fn support_call(&mut self, line: &str) -> Reply {
        let at = self.simulation.now();
        let trainee = self.scenario.trainee.upn.clone();
        let mut events = self.simulation.step(&Actor::Service, &Action::Wait { duration: SUPPORT_DELAY }).events;
        let reset = Action::ResetPassword { user: trainee.clone(), password: NewPassword::Auto, require_change: true, email_to: None };
        let result = self.simulation.step(&Actor::Support, &reset);
        events.extend(result.events.iter().cloned());
        if result.outcome.is_done() {
            let tell = Action::Notify {
                user: trainee.clone(),
                channel: crate::action::Channel::InPerson,
                include_password: true,
                message: String::new(),
            };
            events.extend(self.simulation.step(&Actor::Support, &tell).events);
        }
        let output = match &result.outcome {
            Outcome::Done => {
                crate::t!(self.lang, "session-support-reset", delay = crate::i18n::duration(self.lang, SUPPORT_DELAY), upn = &trainee)
            }
            Outcome::Denied(_) | Outcome::Invalid(_) => crate::t!(
                self.lang,
                "session-support-failed",
                reason = crate::present::outcome::reason(self.lang, &result.outcome).unwrap_or_default()
            ),
        };
        let failed = !result.outcome.is_done();
        self.push_record(line, at, Actor::Support, Some(reset), result.outcome, events);
        if failed { Reply::error(output) } else { Reply::text(output) }
    }

    /// Microsoft support releases a restricted sender, past the release
    /// limit that stops the tenant's admins.
    fn support_release(&mut self, line: &str, user: &str) -> Reply {
        let at = self.simulation.now();
        let mut events = self.simulation.step(&Actor::Service, &Action::Wait { duration: SUPPORT_DELAY }).events;
        let release = Action::ReleaseRestricted { user: user.to_string() };
        let result = self.simulation.step(&Actor::Support, &release);
        events.extend(result.events.iter().cloned());
        let output = match &result.outcome {
            Outcome::Done => {
                crate::t!(
                    self.lang,
                    "session-support-released",
                    delay = crate::i18n::duration(self.lang, SUPPORT_DELAY),
                    result = crate::present::outcome::result(self.lang, &result)
                )
            }
            Outcome::Denied(_) | Outcome::Invalid(_) => crate::t!(
                self.lang,
                "session-support-failed",
                reason = crate::present::outcome::reason(self.lang, &result.outcome).unwrap_or_default()
            ),
        };
        let failed = !result.outcome.is_done();
        self.push_record(line, at, Actor::Support, Some(release), result.outcome, events);
        if failed { Reply::error(output) } else { Reply::text(output) }
    }

    /// Opening the admin center asks the trainee to sign in when their
    /// session no longer works; they can when they know their password.
    fn ensure_trainee_signed_in(&mut self) -> Vec<crate::engine::event::Event> {
        let Some(id) = self.simulation.tenant().find_user(&self.scenario.trainee.upn) else { return Vec::new() };
        if self.simulation.session_works(id, Party::Owner, Resource::Portal) || !self.simulation.password_would_work(id, Party::Owner) {
            return Vec::new();
        }
        let user = self.simulation.tenant().user(id);
        let (upn, password, must_change) = (user.upn.clone(), user.password.text.clone(), user.password.must_change);
        let actor = Actor::User(upn.clone());
        let mut events = Vec::new();
        if must_change {
            let change = Action::ChangePassword {
                user: upn.clone(),
                old_password: password.clone(),
                new_password: TRAINEE_NEW_PASSWORD.to_string(),
            };
            events.extend(self.simulation.step(&actor, &change).events);
        }
        let current = if must_change { TRAINEE_NEW_PASSWORD.to_string() } else { password };
        events.extend(self.simulation.step(&actor, &Action::SignIn { user: upn, password: current, location: Location::Familiar }).events);
        events
    }

    fn push_record(
        &mut self,
        line: &str,
        at: SimTime,
        actor: Actor,
        action: Option<Action>,
        outcome: Outcome,
        events: Vec<crate::engine::event::Event>,
    ) {
        let index = u32::try_from(self.records.len()).unwrap_or(u32::MAX);
        self.records.push(Record { index, line: line.to_string(), at, ended_at: self.simulation.now(), actor, action, outcome, events });
    }
}

/// `practice mode` or `exam mode`, in `lang`.
#[must_use]
pub fn mode_name(lang: Lang, mode: Mode) -> String {
    match mode {
        Mode::Practice => crate::t!(lang, "session-mode-practice"),
        Mode::Exam => crate::t!(lang, "session-mode-exam"),
    }
}

/// A weekday as [`SimTime::weekday_text`] writes it (`Mon`), abbreviated
/// in `lang`.
fn weekday(lang: Lang, day: &str) -> String {
    crate::t!(lang, "session-weekday", day = day)
}
