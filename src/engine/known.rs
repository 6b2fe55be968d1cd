//! The passwords the simulation already holds, by where they are held, so
//! that a session file can say which one a typed password equals without
//! writing the password; and the password rules' verdict, which a replay
//! gives back for the stand-in it types.

use super::Simulation;
use super::actors::ActorState;
use crate::tenant::password_rules::PasswordRejection;

/// What the password rules said about a new password.
pub(crate) type Verdict = Result<(), PasswordRejection>;

impl Simulation {
    /// Every password text the simulation holds, with where it is held
    /// (`user:UPN`, `user:UPN:history:I`, `attacker:UPN`, `spray:I`,
    /// `end-user:UPN`, `end-user:UPN:guess:K`), in a fixed order. Two runs
    /// of the same session hold their passwords at the same places, so a
    /// place names the same password in a live run and its replay.
    #[must_use]
    pub(crate) fn known_passwords(&self) -> Vec<(String, &str)> {
        let mut known = Vec::new();
        for (_, user) in self.tenant.users() {
            known.push((format!("user:{}", user.upn), user.password.text.as_str()));
            for (index, previous) in user.password.history.iter().enumerate() {
                known.push((format!("user:{}:history:{index}", user.upn), previous.as_str()));
            }
        }
        for actor in &self.actors {
            match actor {
                ActorState::Attacker(state) => {
                    for (id, text) in &state.passwords {
                        known.push((format!("attacker:{}", self.tenant.user(*id).upn), text.as_str()));
                    }
                    for (index, text) in state.behaviour.spray.iter().flat_map(|spray| spray.passwords.iter()).enumerate() {
                        known.push((format!("spray:{index}"), text.as_str()));
                    }
                }
                ActorState::EndUser(state) => {
                    known.push((format!("end-user:{}", self.tenant.user(state.id).upn), state.remembered.as_str()));
                }
            }
        }
        known
    }

    /// Where [`Self::known_passwords`] holds `text` first, if anywhere. The
    /// wrong guesses an end user tries (`remembered` and a digit) count too.
    #[must_use]
    pub(crate) fn place_of_password(&self, text: &str) -> Option<String> {
        if let Some((place, _)) = self.known_passwords().into_iter().find(|(_, known)| *known == text) {
            return Some(place);
        }
        self.actors.iter().find_map(|actor| match actor {
            ActorState::EndUser(state) => {
                let guess = text.strip_prefix(state.remembered.as_str())?.parse::<u32>().ok()?;
                let upn = &self.tenant.user(state.id).upn;
                (1..=state.behaviour.wrong_guesses.min(20)).contains(&guess).then(|| format!("end-user:{upn}:guess:{guess}"))
            }
            ActorState::Attacker(_) => None,
        })
    }

    /// The password held at `place` now, as [`Self::place_of_password`]
    /// names it.
    #[must_use]
    pub(crate) fn password_at(&self, place: &str) -> Option<String> {
        if let Some((remembered, guess)) = place.strip_prefix("end-user:").and_then(|rest| rest.split_once(":guess:")) {
            let base = self.password_at(&format!("end-user:{remembered}"))?;
            return Some(format!("{base}{guess}"));
        }
        self.known_passwords().into_iter().find(|(known, _)| known == place).map(|(_, text)| text.to_string())
    }

    /// What the password rules say about `text` as `user`'s new password
    /// (`None` when there is no such user).
    #[must_use]
    pub(crate) fn password_verdict(&self, user: &str, text: &str) -> Option<Verdict> {
        let id = self.tenant.find_user(user)?;
        Some(self.password_rules(id, text))
    }

    /// For a replay: the verdict the rules gave the trainee's own password
    /// for `user`, given back for the stand-in typed in its place (which
    /// would be judged on its own letters), for the rest of the run. Never
    /// used in a live run.
    pub(crate) fn add_password_verdict(&mut self, user: &str, text: &str, verdict: Verdict) {
        let Some(id) = self.tenant.find_user(user) else { return };
        self.password_verdicts.retain(|(held, known, _)| !(*held == id && known == text));
        self.password_verdicts.push((id, text.to_string(), verdict));
    }
}
