//! Semantic checks on a parsed scenario or procedure file: every reference
//! resolves, ids are unique, times are in order, values are in range.
//! Every problem is collected, each pointed at the text it is about.
//!
//! The self-check (running the reference solution) needs the scorer and
//! lives in [`crate::selfcheck`].

use super::library::ProcedureSet;
use super::{Artefact, Scenario, build::parse_offset, split_step_ref, template};
use crate::action::{Action, Actor};
use crate::clock::{SimDuration, SimTime};
use crate::diagnostic::check::{BadCharacter, Referent, Worth};
use crate::diagnostic::{Cause, Check, Diagnostic, Expected, Span, did_you_mean, locate_field, locate_string};
use crate::engine::actors::Persistence;
use crate::i18n::{Lang, Text};
use crate::procedure::{Condition, Order, Procedure, StepKind};
use crate::tenant::permission::{self, RoleSet};
use std::collections::{BTreeMap, BTreeSet};

/// At most this many users written out in a file.
pub(crate) const MAX_WRITTEN_USERS: usize = 10_000;
/// At most this many generated users.
pub(crate) const MAX_GENERATED_USERS: u32 = 200_000;
/// At most this many scripted actions before the start.
pub(crate) const MAX_SCRIPTED: usize = 10_000;
/// At most this many commands in a reference solution.
pub(crate) const MAX_SOLUTION: usize = 1_000;
/// The longest time limit.
pub(crate) const MAX_TIME_LIMIT: SimDuration = SimDuration::days(30);

/// Collects diagnostics for one file.
struct Checker<'a> {
    file: &'a str,
    source: &'a str,
    found: Vec<Diagnostic>,
    /// How many times each unknown language code has been reported, so the
    /// next report points at the next place it is written.
    language_keys: BTreeMap<String, usize>,
}

impl Checker<'_> {
    fn error(&mut self, cause: impl Into<Cause>, value: Option<&str>, field: Option<&str>) -> &mut Diagnostic {
        let diagnostic = self.place(Diagnostic::error(self.file, cause), value, field);
        self.found.push(diagnostic);
        self.found.last_mut().expect("just pushed")
    }

    fn warning(&mut self, cause: impl Into<Cause>, value: Option<&str>, field: Option<&str>) -> &mut Diagnostic {
        let diagnostic = self.place(Diagnostic::warning(self.file, cause), value, field);
        self.found.push(diagnostic);
        self.found.last_mut().expect("just pushed")
    }

    fn place(&self, diagnostic: Diagnostic, value: Option<&str>, field: Option<&str>) -> Diagnostic {
        let span = match (value, field) {
            (Some(value), field) => locate_string(self.source, value, field, 0).or_else(|| locate_string(self.source, value, None, 0)),
            (None, Some(field)) => locate_field(self.source, field, 0),
            (None, None) => None,
        };
        match span {
            Some(span) => diagnostic.at(span),
            None => diagnostic,
        }
    }

    /// Checks the languages of a text a person reads (`field` is where it is
    /// written): a language code tenantdrill does not know is an error at
    /// the code; a translated text without every language tenantdrill
    /// speaks is a warning (the missing ones are shown in English). A plain
    /// string is English on purpose and is not reported.
    fn text(&mut self, field: &str, text: &Text) {
        let known: Vec<String> = Lang::ALL.iter().map(|lang| lang.code().to_string()).collect();
        for code in text.unknown_languages() {
            let occurrence = self.language_keys.entry(code.to_string()).or_default();
            let span = locate_string(self.source, code, None, *occurrence);
            *occurrence += 1;
            let cause = Check::UnknownLanguage { code: code.to_string(), field: field.to_string() };
            let mut diagnostic = Diagnostic::error(self.file, cause).expected(crate::diagnostic::Expected::OneOf(known.clone()));
            diagnostic.suggestion = did_you_mean(code, Lang::ALL.iter().map(|lang| lang.code())).map(str::to_string);
            if let Some(span) = span {
                diagnostic = diagnostic.at(span);
            }
            self.found.push(diagnostic);
        }
        if matches!(text, Text::Translated(_)) {
            let missing = text.missing_languages();
            if !missing.is_empty() {
                let languages = missing.iter().map(|lang| lang.code().to_string()).collect();
                let value = text.get(Lang::En).to_string();
                self.warning(Check::MissingLanguages { field: field.to_string(), languages }, Some(&value), Some(field));
            }
        }
    }

    /// Reports `name` if it is not one of `known`, suggesting the closest.
    fn reference(&mut self, what: Referent, name: &str, field: &str, known: &[String]) {
        if known.iter().any(|candidate| candidate.eq_ignore_ascii_case(name)) {
            return;
        }
        let suggestion = did_you_mean(name, known.iter().map(String::as_str)).map(str::to_string);
        let diagnostic = self.error(Check::Unknown { what, name: name.to_string() }, Some(name), Some(field));
        if let Some(suggestion) = suggestion {
            diagnostic.suggestion = Some(suggestion);
        }
    }
}

/// Lower-case words of letters and digits joined by single `-`: the form
/// of scenario, procedure and step ids.
#[must_use]
pub fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 64
        && text
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|character| character.is_ascii_lowercase() || character.is_ascii_digit()))
}

/// Checks a scenario against itself and the procedures it is graded on.
#[must_use]
pub fn check(file: &str, source: &str, scenario: &Scenario, procedures: &ProcedureSet) -> Vec<Diagnostic> {
    let mut checker = Checker { file, source, found: Vec::new(), language_keys: BTreeMap::new() };
    header(&mut checker, scenario);
    let users = tenant(&mut checker, scenario);
    incident(&mut checker, scenario, &users);
    truth(&mut checker, scenario, &users);
    grading(&mut checker, scenario, procedures, &users);
    variables(&mut checker, scenario);
    solution(&mut checker, scenario);
    trainee_permissions(&mut checker, scenario, procedures);
    let mut found = checker.found;
    found.sort_by_key(|diagnostic| diagnostic.severity != crate::diagnostic::Severity::Error);
    found
}

fn header(checker: &mut Checker<'_>, scenario: &Scenario) {
    if !is_id(&scenario.id) {
        checker.error(Check::IdForm, Some(&scenario.id), Some("id")).expected = Some(Expected::Id);
    }
    if scenario.title.english().trim().is_empty() {
        checker.error(Check::EmptyTitle, None, Some("title"));
    }
    if scenario.brief.english().trim().is_empty() {
        checker.error(Check::EmptyBrief, None, Some("brief"));
    }
    checker.text("title", &scenario.title);
    checker.text("brief", &scenario.brief);
    if !(1..=600).contains(&scenario.estimated_minutes) {
        checker.error(Check::EstimatedMinutes, None, Some("estimated_minutes"));
    }
    if SimTime::parse_rfc3339(&scenario.start).is_none() {
        let diagnostic = checker.error(Check::NotATime { value: scenario.start.clone() }, Some(&scenario.start), Some("start"));
        diagnostic.expected = Some(Expected::Time);
        // A malformed time gets its caret where it goes wrong (past the
        // opening quote); one that is well formed but impossible keeps the
        // whole value underlined.
        if let (Some(offset), Some(span)) = (crate::clock::rfc3339_error_at(&scenario.start), diagnostic.span.as_mut())
            && scenario.start.is_ascii()
            && !scenario.start.contains('\\')
        {
            span.column += 1 + offset;
            span.length = 1;
        }
    }
    match SimDuration::parse(&scenario.time_limit) {
        Some(limit) if limit > SimDuration::seconds(0) && limit <= MAX_TIME_LIMIT => {}
        Some(_) => {
            checker.error(Check::TimeLimitRange, Some(&scenario.time_limit), Some("time_limit"));
        }
        None => {
            checker
                .error(Check::NotADuration { value: scenario.time_limit.clone() }, Some(&scenario.time_limit), Some("time_limit"))
                .expected = Some(Expected::Duration);
        }
    }
}

/// Checks the tenant and returns every user principal name and alias.
/// The shortest time between an actor's turns (docs/scenario-format.md).
const MIN_TURN_INTERVAL_S: u64 = 60;

fn turn_interval(checker: &mut Checker<'_>, seconds: u64) {
    if seconds < MIN_TURN_INTERVAL_S {
        checker.error(Check::TurnInterval { minimum: MIN_TURN_INTERVAL_S, seconds }, None, Some("turn_interval_s"));
    }
}

/// The documented ranges of the tenant's policies.
fn policies(checker: &mut Checker<'_>, policies: &super::Policies) {
    if let Some(lockout) = &policies.lockout
        && !(1..=100).contains(&lockout.threshold)
    {
        checker.error(Check::LockoutThreshold { value: lockout.threshold }, None, Some("threshold"));
    }
    if let Some(days) = policies.password.as_ref().and_then(|password| password.expiry_days)
        && !(14..=730).contains(&days)
    {
        checker.error(Check::ExpiryDays { value: days }, None, Some("expiry_days"));
    }
    if let Some(sspr) = &policies.sspr
        && !(1..=2).contains(&sspr.methods_required)
    {
        checker.error(Check::MethodsRequired { value: sspr.methods_required }, None, Some("methods_required"));
    }
    if let Some(access) = &policies.access {
        let mut names: Vec<String> = Vec::new();
        let all = access.named_locations.iter().map(|location| &location.name).chain(access.policies.iter().map(|policy| &policy.name));
        for name in all {
            if names.iter().any(|seen| seen.eq_ignore_ascii_case(name)) {
                checker.error(Check::DuplicateAccessName { name: name.clone() }, Some(name), None);
            }
            names.push(name.clone());
        }
        for range in access.named_locations.iter().flat_map(|location| &location.ranges) {
            if crate::tenant::access::Ipv4Range::parse(range).is_err() {
                checker.error(Check::InvalidRange { range: range.clone() }, Some(range), None);
            }
        }
        for policy in &access.policies {
            if let crate::tenant::access::PolicyControl::BlockLocations(wanted) = &policy.control {
                let known = |name: &String| access.named_locations.iter().any(|location| location.name.eq_ignore_ascii_case(name));
                for name in wanted.iter().filter(|name| !known(name)) {
                    checker.error(Check::UnknownNamedLocation { name: name.clone() }, Some(name), None);
                }
            }
        }
    }
}

fn tenant(checker: &mut Checker<'_>, scenario: &Scenario) -> Vec<String> {
    let spec = &scenario.tenant;
    policies(checker, &spec.policies);
    if spec.domains.is_empty() {
        checker.error(Check::NoDomain, None, Some("domains"));
    }
    if spec.users.len() > MAX_WRITTEN_USERS {
        checker.error(Check::TooManyWrittenUsers { count: spec.users.len(), maximum: MAX_WRITTEN_USERS }, None, Some("users"));
    }
    if let Some(password) = &spec.policies.password
        && password.custom_banned_terms.len() > crate::tenant::policy::MAX_CUSTOM_BANNED_TERMS
    {
        let count = password.custom_banned_terms.len();
        let maximum = crate::tenant::policy::MAX_CUSTOM_BANNED_TERMS;
        checker.error(Check::TooManyBannedTerms { count, maximum }, None, Some("custom_banned_terms"));
    }
    if let Some(outbound) = &spec.policies.outbound {
        let maximum = crate::tenant::policy::OUTBOUND_LIMIT_MAXIMUM;
        for (field, value) in [
            ("external_recipients_per_hour", outbound.external_recipients_per_hour),
            ("internal_recipients_per_hour", outbound.internal_recipients_per_hour),
            ("recipients_per_day", outbound.recipients_per_day),
        ] {
            if value > maximum {
                checker.error(Check::OutboundLimit { field: field.to_string(), value, maximum }, None, Some(field));
            }
        }
    }
    let mut seen = BTreeSet::new();
    let mut names = Vec::new();
    for user in &spec.users {
        let upn = user.upn.to_ascii_lowercase();
        let Some((alias, domain)) = upn.split_once('@') else {
            checker.error(Check::NotAUpn { upn: user.upn.clone() }, Some(&user.upn), Some("upn")).expected =
                Some(Expected::Token("name@domain".to_string()));
            continue;
        };
        // A `{variable}` is checked where it is filled in: each instance is
        // validated too.
        let bad = without_placeholders(&user.upn).chars().find(|character| !is_upn_character(*character));
        if bad.is_some() || alias.is_empty() {
            let bad = match bad {
                Some(' ') => BadCharacter::Space,
                Some(bad) if !bad.is_ascii() => BadCharacter::NonAscii(bad),
                Some(bad) => BadCharacter::Other(bad.escape_default().to_string()),
                None => BadCharacter::EmptyName,
            };
            checker.error(Check::UpnCharacter { upn: user.upn.clone(), bad }, Some(&user.upn), Some("upn"));
            continue;
        }
        if !spec.domains.iter().any(|candidate| candidate.eq_ignore_ascii_case(domain)) {
            let cause = Check::NotInDomains { upn: user.upn.clone(), domains: spec.domains.clone() };
            checker.error(cause, Some(&user.upn), Some("upn"));
        }
        if !seen.insert(upn.clone()) {
            checker.error(Check::UserTwice { upn: user.upn.clone() }, Some(&user.upn), Some("upn"));
        }
        if let Some(age) = &user.password_age
            && SimDuration::parse(age).is_none()
        {
            checker.error(Check::NotADuration { value: age.clone() }, Some(age), Some("password_age"));
        }
        names.push(upn.clone());
        names.push(alias.to_string());
    }
    for user in &spec.users {
        for delegate in &user.delegates {
            checker.reference(Referent::User, &delegate.user, "user", &names);
        }
    }
    for group in &spec.groups {
        for member in &group.members {
            checker.reference(Referent::User, member, "members", &names);
        }
    }
    if let Some(generated) = &spec.generated {
        if generated.count > MAX_GENERATED_USERS {
            checker.error(Check::TooManyGenerated { count: generated.count, maximum: MAX_GENERATED_USERS }, None, Some("count"));
        }
        if generated.first_names.is_empty() || generated.last_names.is_empty() || generated.departments.is_empty() {
            checker.error(Check::GeneratedLists, None, Some("generated"));
        }
    }
    checker.reference(Referent::User, &scenario.trainee.upn, "upn", &names);
    for user in &scenario.trainee.may_act_as {
        checker.reference(Referent::User, user, "may_act_as", &names);
    }
    names
}

fn actor_account(actor: &Actor) -> Option<&str> {
    match actor {
        Actor::Admin(upn) | Actor::User(upn) | Actor::Attacker { via: Some(upn) } => Some(upn),
        Actor::Attacker { via: None } | Actor::Service | Actor::Support => None,
    }
}

fn incident(checker: &mut Checker<'_>, scenario: &Scenario, users: &[String]) {
    let incident = &scenario.incident;
    let domains = &scenario.tenant.domains;
    for compromise in &incident.compromised {
        checker.reference(Referent::User, &compromise.user, "user", users);
    }
    for caller in &incident.impostor_callers {
        checker.reference(Referent::User, caller, "impostor_callers", users);
    }
    if incident.before.len() > MAX_SCRIPTED {
        checker.error(Check::TooManyScripted { count: incident.before.len(), maximum: MAX_SCRIPTED }, None, Some("before"));
    }
    let mut previous: Option<SimDuration> = None;
    for scripted in &incident.before {
        match parse_offset(&scripted.at) {
            Some((false, duration)) => {
                if previous.is_some_and(|earlier| duration > earlier) {
                    checker.error(Check::HistoryOrder { at: scripted.at.clone() }, Some(&scripted.at), Some("at"));
                }
                previous = Some(duration);
            }
            _ => {
                checker.error(Check::NotADurationBefore { value: scripted.at.clone() }, Some(&scripted.at), Some("at")).expected =
                    Some(Expected::DurationBefore);
            }
        }
        if let Some(account) = actor_account(&scripted.actor) {
            checker.reference(Referent::User, account, "actor", users);
        }
        if let Some(target) = scripted.action.target() {
            checker.reference(Referent::User, target, "user", users);
        }
    }
    if let Some(plan) = &incident.attacker {
        if parse_offset(&plan.first_turn).is_none() {
            checker.error(Check::NotAnOffset { value: plan.first_turn.clone() }, Some(&plan.first_turn), Some("first_turn")).expected =
                Some(Expected::Offset);
        }
        for account in &plan.behaviour.accounts {
            checker.reference(Referent::User, account, "accounts", users);
        }
        for persistence in &plan.behaviour.persistence {
            let (Persistence::Rule { mailbox, .. } | Persistence::Forwarding { mailbox, .. } | Persistence::Delegate { mailbox, .. }) =
                persistence;
            checker.reference(Referent::User, mailbox, "mailbox", users);
        }
        for abuse in &plan.behaviour.admin_abuse {
            checker.reference(Referent::User, &abuse.via, "via", users);
            if let Some(target) = abuse.action.target() {
                checker.reference(Referent::User, target, "user", users);
            }
        }
        if let Some(spray) = &plan.behaviour.spray {
            for target in &spray.targets {
                checker.reference(Referent::User, target, "targets", users);
            }
        }
        turn_interval(checker, plan.behaviour.turn_interval_s);
    }
    for plan in &incident.end_users {
        checker.reference(Referent::User, &plan.behaviour.user, "user", users);
        turn_interval(checker, plan.behaviour.turn_interval_s);
        // Mail to the tenant's own domains goes to a user, who must exist;
        // other addresses are outside.
        if let Some(to) = &plan.behaviour.sends_mail_to
            && let Some((_, domain)) = to.split_once('@')
            && domains.iter().any(|own| own.eq_ignore_ascii_case(domain))
        {
            checker.reference(Referent::User, to, "sends_mail_to", users);
        }
        if parse_offset(&plan.first_turn).is_none_or(|(before, _)| before) {
            checker.error(Check::NotATimeAfterStart { value: plan.first_turn.clone() }, Some(&plan.first_turn), Some("first_turn"));
        }
    }
}

/// Rule names that can exist in each mailbox: written, scripted or planted.
fn known_rules(scenario: &Scenario) -> BTreeMap<String, Vec<String>> {
    let mut rules: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut add = |mailbox: &str, name: &str| rules.entry(mailbox.to_ascii_lowercase()).or_default().push(name.to_string());
    for user in &scenario.tenant.users {
        for rule in &user.rules {
            add(&user.upn, &rule.name);
            add(user.upn.split('@').next().unwrap_or_default(), &rule.name);
        }
    }
    for scripted in &scenario.incident.before {
        if let Action::CreateRule { user, rule } = &scripted.action {
            add(user, &rule.name);
        }
    }
    if let Some(plan) = &scenario.incident.attacker {
        for persistence in &plan.behaviour.persistence {
            if let Persistence::Rule { mailbox, rule } = persistence {
                add(mailbox, &rule.name);
            }
        }
    }
    rules
}

fn truth(checker: &mut Checker<'_>, scenario: &Scenario, users: &[String]) {
    let truth = &scenario.truth;
    if truth.subjects.is_empty() {
        checker.error(Check::NoSubjects, None, Some("subjects"));
    }
    for subject in &truth.subjects {
        checker.reference(Referent::User, subject, "subjects", users);
    }
    for user in &truth.may_act_on {
        checker.reference(Referent::User, user, "may_act_on", users);
    }
    let rules = known_rules(scenario);
    for artefact in truth.malicious.iter().chain(&truth.legitimate) {
        let owner = super::build::artefact_owner(artefact);
        checker.reference(Referent::User, owner, "mailbox", users);
        if let Artefact::Rule { mailbox, name } = artefact {
            let in_mailbox = rules.get(&mailbox.to_ascii_lowercase()).cloned().unwrap_or_default();
            checker.reference(Referent::RuleIn(mailbox.clone()), name, "name", &in_mailbox);
        }
        if let Artefact::Delegate { delegate, .. } = artefact {
            checker.reference(Referent::User, delegate, "delegate", users);
        }
    }
    for artefact in &truth.malicious {
        if truth.legitimate.contains(artefact) {
            checker.error(Check::MaliciousAndLegitimate { artefact: format!("{artefact:?}") }, None, Some("legitimate"));
        }
    }
}

fn step_refs(procedures: &ProcedureSet, graded: &[String]) -> Vec<String> {
    graded
        .iter()
        .filter_map(|id| procedures.get(id))
        .flat_map(|procedure| procedure.steps.iter().map(move |step| format!("{}/{}", procedure.id, step.id)))
        .collect()
}

fn grading(checker: &mut Checker<'_>, scenario: &Scenario, procedures: &ProcedureSet, users: &[String]) {
    let grading = &scenario.grading;
    let known: Vec<String> = procedures.keys().cloned().collect();
    if grading.procedures.is_empty() {
        checker.error(Check::NoProcedures, None, Some("procedures"));
    }
    for id in &grading.procedures {
        checker.reference(Referent::Procedure, id, "procedures", &known);
    }
    let steps = step_refs(procedures, &grading.procedures);
    for reference in grading.raise.iter().chain(&grading.skip) {
        checker.reference(Referent::Step, reference, "raise", &steps);
    }
    for reference in &grading.raise {
        let Some((procedure, step)) = split_step_ref(reference) else { continue };
        let kind = procedures
            .get(procedure)
            .and_then(|procedure| procedure.steps.iter().find(|candidate| candidate.id == step))
            .map(|step| step.kind);
        if kind == Some(StepKind::Required) {
            checker.warning(Check::AlreadyRequired { step: reference.clone() }, Some(reference), Some("raise"));
        }
    }
    if scenario.truth.verdict.is_none() {
        let mut needing = Vec::new();
        for procedure in grading.procedures.iter().filter_map(|id| procedures.get(id)) {
            for step in &procedure.steps {
                let name = format!("{}/{}", procedure.id, step.id);
                if !grading.skip.contains(&name) && step.done_when.iter().chain(&step.applies_when).any(asks_for_verdict) {
                    needing.push(name);
                }
            }
        }
        needing
            .extend(grading.objectives.iter().filter(|objective| asks_for_verdict(&objective.check)).map(|objective| objective.id.clone()));
        for step in needing {
            checker.error(Check::NoVerdict { step }, None, Some("truth"));
        }
    }
    if grading.pass_mark > 100 {
        checker.error(Check::PassMark { value: grading.pass_mark }, None, Some("pass_mark"));
    }
    let mut ids = BTreeSet::new();
    for objective in &grading.objectives {
        points(checker, Worth::Objective, &objective.id, objective.points);
        checker.text("description", &objective.description);
        if !ids.insert(objective.id.as_str()) {
            checker.error(Check::ObjectiveTwice { id: objective.id.clone() }, Some(&objective.id), Some("id"));
        }
        let mut mentioned = Vec::new();
        objective.check.users(&mut mentioned);
        for user in mentioned {
            checker.reference(Referent::User, &user, "check", users);
        }
    }
    for hint in &scenario.hints {
        checker.text("text", &hint.text);
        if hint.cost > 100 {
            checker.error(Check::HintCost { cost: hint.cost }, None, Some("cost"));
        }
        if let Some(step) = &hint.step {
            checker.reference(Referent::Step, step, "step", &steps);
        }
    }
}

fn variables(checker: &mut Checker<'_>, scenario: &Scenario) {
    for (name, values) in &scenario.variables {
        if !template::is_variable_name(name) {
            checker.error(Check::VariableName { name: name.clone() }, Some(name), None);
        }
        if values.is_empty() {
            checker.error(Check::VariableWithoutValues { name: name.clone() }, Some(name), None);
        }
        for value in values {
            if !template::is_safe_value(value) {
                checker.error(Check::VariableValue { name: name.clone(), value: value.clone() }, Some(value), None);
            }
        }
    }
    let declared: Vec<String> = scenario.variables.keys().cloned().collect();
    let mut reported = BTreeSet::new();
    for (offset, name) in template::placeholders(checker.source) {
        if declared.contains(&name) || !reported.insert(name.clone()) {
            continue;
        }
        let placeholder = format!("{{{name}}}");
        let suggestion = did_you_mean(&name, declared.iter().map(String::as_str)).map(|found| format!("{{{found}}}"));
        let mut diagnostic = Diagnostic::error(checker.file, Check::UndeclaredVariable { placeholder: placeholder.clone() }).at(span_at(
            checker.source,
            offset,
            placeholder.chars().count(),
        ));
        if let Some(suggestion) = suggestion {
            diagnostic = diagnostic.suggest(suggestion);
        }
        checker.found.push(diagnostic);
    }
}

/// The span of `length` characters starting at byte `offset`.
fn span_at(source: &str, offset: usize, length: usize) -> Span {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
    Span::new(line, column, length)
}

fn solution(checker: &mut Checker<'_>, scenario: &Scenario) {
    if scenario.solution.is_empty() {
        checker.error(Check::EmptySolution, None, Some("solution"));
    }
    if scenario.solution.len() > MAX_SOLUTION {
        checker.error(Check::TooManySolutionCommands { count: scenario.solution.len(), maximum: MAX_SOLUTION }, None, Some("solution"));
    }
    if scenario.dialects.is_empty() {
        checker.error(Check::NoDialect, None, Some("dialects"));
    }
    for line in &scenario.solution {
        match crate::command::parse(line) {
            Err(error) => {
                checker.error(Check::SolutionCommand { line: line.clone(), error }, Some(line), None);
            }
            Ok(crate::command::Command::PowerShell(parsed)) => match parsed.as_ref() {
                Err(error) => {
                    checker.error(Check::SolutionPowerShell { line: line.clone(), error: error.to_string() }, Some(line), None);
                }
                Ok(_) if !scenario.allows(super::Dialect::PowerShell) => {
                    checker.error(Check::SolutionDialect { line: line.clone() }, Some(line), None);
                }
                Ok(_) => {}
            },
            Ok(_) => {}
        }
    }
}

/// Warns when the trainee cannot do a required step themselves: allowed,
/// since some scenarios are about asking someone who can.
fn trainee_permissions(checker: &mut Checker<'_>, scenario: &Scenario, procedures: &ProcedureSet) {
    let roles_of = |name: &str| {
        let mut set = RoleSet::EMPTY;
        let found = scenario.tenant.users.iter().find(|user| {
            user.upn.eq_ignore_ascii_case(name) || user.upn.split('@').next().is_some_and(|alias| alias.eq_ignore_ascii_case(name))
        });
        for role in found.map(|user| user.roles.as_slice()).unwrap_or_default() {
            set.insert(*role);
        }
        set
    };
    let trainee = roles_of(&scenario.trainee.upn);
    for id in &scenario.grading.procedures {
        let Some(procedure) = procedures.get(id) else { continue };
        for step in &procedure.steps {
            let reference = format!("{id}/{}", step.id);
            let required = step.kind == StepKind::Required || scenario.grading.raise.contains(&reference);
            if !required || scenario.grading.skip.contains(&reference) || step.done_by.is_empty() {
                continue;
            }
            let can = step.done_by.iter().any(|pattern| {
                pattern.action.facts().permission.is_none_or(|needed| {
                    scenario.truth.subjects.iter().all(|subject| permission::check(trainee, needed, roles_of(subject)).is_ok())
                })
            });
            if !can {
                checker.warning(Check::TraineeCannot { step: reference }, Some(&scenario.trainee.upn), Some("upn"));
            }
        }
    }
}

/// Checks a procedure file.
#[must_use]
pub fn check_procedure(file: &str, source: &str, procedure: &Procedure) -> Vec<Diagnostic> {
    let mut checker = Checker { file, source, found: Vec::new(), language_keys: BTreeMap::new() };
    if !is_id(&procedure.id) {
        checker.error(Check::IdForm, Some(&procedure.id), Some("id"));
    }
    if procedure.steps.is_empty() {
        checker.error(Check::NoSteps, None, Some("steps"));
    }
    let ids: Vec<String> = procedure.steps.iter().map(|step| step.id.clone()).collect();
    let mut seen = BTreeSet::new();
    for step in &procedure.steps {
        if !is_id(&step.id) {
            checker.error(Check::StepIdForm, Some(&step.id), Some("id"));
        }
        if !seen.insert(step.id.as_str()) {
            checker.error(Check::StepTwice { id: step.id.clone() }, Some(&step.id), Some("id"));
        }
        if step.done_by.is_empty() && step.done_when.is_none() {
            checker.error(Check::StepNeverDone { id: step.id.clone() }, Some(&step.id), Some("id"));
        }
        for order in &step.order {
            match order {
                Order::Before(other) | Order::After(other) => {
                    checker.reference(Referent::Step, other, "order", &ids);
                    if other == &step.id {
                        checker.error(Check::StepOrderedAgainstItself { id: step.id.clone() }, Some(other), None);
                    }
                }
                Order::Within(text) => {
                    if SimDuration::parse(text).is_none() {
                        checker.error(Check::NotADuration { value: text.clone() }, Some(text), None);
                    }
                }
                Order::First => {}
            }
        }
        points(&mut checker, Worth::Step, &step.id, step.points);
        for forbidden in &step.forbids {
            points(&mut checker, Worth::ForbiddenAction, &step.id, forbidden.points);
        }
        let mut mentioned = Vec::new();
        for condition in step.done_when.iter().chain(&step.applies_when) {
            condition.users(&mut mentioned);
        }
        if !mentioned.is_empty() {
            checker.warning(Check::StepNamesUsers { id: step.id.clone() }, Some(&step.id), Some("id"));
        }
    }
    for rule in &procedure.harm {
        points(&mut checker, Worth::HarmRule, rule.reason.english(), rule.points);
    }
    languages(&mut checker, procedure);
    checker.found
}

/// A language code tenantdrill does not speak is an error; once a file
/// translates any text, a text missing a language is a warning (a file
/// written only in English is an English procedure, and no warning).
fn languages(checker: &mut Checker<'_>, procedure: &Procedure) {
    let texts = procedure.texts();
    for (place, text) in &texts {
        for code in text.unknown_languages() {
            checker.error(Check::UnknownLanguage { code: code.to_string(), field: place.clone() }, Some(code), None);
        }
    }
    if !texts.iter().any(|(_, text)| matches!(text, crate::i18n::Text::Translated(_))) {
        return;
    }
    for (place, text) in &texts {
        let missing = text.missing_languages();
        if !missing.is_empty() && !text.is_empty() {
            let languages = missing.iter().map(|lang| lang.code().to_string()).collect();
            checker.warning(Check::MissingLanguages { field: place.clone(), languages }, None, None);
        }
    }
}

/// The most points a step, objective, forbidden action or harm rule may be
/// worth: every sum of them fits a `u32` in any build.
pub(crate) const MAX_POINTS: u32 = 1_000;

fn points(checker: &mut Checker<'_>, what: Worth, name: &str, points: Option<u32>) {
    if let Some(points) = points.filter(|points| *points > MAX_POINTS) {
        checker.error(Check::TooManyPoints { what, name: name.to_string(), points, maximum: MAX_POINTS }, None, Some("points"));
    }
}

/// Whether `condition` can only be answered tenant-wide (no subject needed).
#[must_use]
pub(crate) const fn is_tenant_wide(condition: &Condition) -> bool {
    matches!(
        condition,
        Condition::SsprScope(_)
            | Condition::SsprMethodsRequired(_)
            | Condition::PasswordExpiryDays(_)
            | Condition::WorkingGlobalAdministrators(_)
            | Condition::AttackerAppsDisabled
            | Condition::UserConsentRestricted
            | Condition::OtherAccountsContained
            | Condition::AttackerKnowsNoOtherPassword
            | Condition::AttackerAddressesBlocked
            | Condition::LegacyAuthenticationBlocked
    )
}

/// Whether answering `condition` needs the ground truth's `verdict`.
fn asks_for_verdict(condition: &Condition) -> bool {
    match condition {
        Condition::AlertsClassifiedCorrectly => true,
        Condition::On(_, inner) | Condition::Not(inner) => asks_for_verdict(inner),
        Condition::All(inner) | Condition::Any(inner) => inner.iter().any(asks_for_verdict),
        _ => false,
    }
}

/// `text` without its `{name}` placeholders.
fn without_placeholders(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        kept.push_str(&rest[..open]);
        match rest[open..].find('}') {
            Some(close) if super::template::is_variable_name(&rest[open + 1..open + close]) => rest = &rest[open + close + 1..],
            _ => {
                kept.push('{');
                rest = &rest[open + 1..];
            }
        }
    }
    kept.push_str(rest);
    kept
}

/// The characters Entra allows in a user principal name: ASCII letters
/// and digits, `' . - _ ! # ^ ~`, and the `@` between name and domain.
fn is_upn_character(character: char) -> bool {
    character.is_ascii_alphanumeric() || matches!(character, '\'' | '.' | '-' | '_' | '!' | '#' | '^' | '~' | '@')
}
