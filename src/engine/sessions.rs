//! Sessions and tokens (domain reference §2).
//!
//! A session is a refresh token plus the access token last issued from it.
//! An access token lives 60-90 minutes (seeded) and is honoured until it
//! expires, except at Exchange Online, where a critical event (block, reset,
//! revoke, MFA) arrives through continuous access evaluation after a random
//! delay of up to 15 minutes. A refresh token is redeemed for a new access
//! token unless it was revoked, the account is blocked, or MFA is now
//! required and the holder cannot answer it.

use super::Simulation;
use super::event::EventKind;
use super::outcome::{AppPasswordProblem, SessionProblem};
use super::schedule::Due;
use crate::action::{Actor, Resource};
use crate::clock::{SimDuration, SimTime};
use crate::random::Stream;
use crate::tenant::logs::ClientApp;
use crate::tenant::user::{Party, REFRESH_TOKEN_LIFETIME_S, Session, SessionOrigin, User, UserId};

/// Access-token lifetime bounds, in seconds.
pub(super) const ACCESS_TOKEN_MINIMUM_S: u64 = 60 * 60;
pub(super) const ACCESS_TOKEN_MAXIMUM_S: u64 = 90 * 60;
/// Continuous access evaluation reaches Exchange Online within this.
pub(super) const CONTINUOUS_ACCESS_MAXIMUM_S: u64 = 15 * 60;
/// Most critical events arrive within this.
pub(crate) const CONTINUOUS_ACCESS_TYPICAL_S: u64 = 2 * 60;
/// A user keeps at most this many sessions; the oldest go first.
pub(super) const SESSIONS_PER_USER_LIMIT: usize = 32;

/// Whether a session still gives access, without changing anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SessionState {
    /// The access token is still honoured.
    AccessValid,
    /// The access token is not honoured, but the refresh token can get a new one.
    Refreshable,
    Dead(SessionProblem),
}

#[must_use]
pub(crate) fn session_state(user: &User, session: &Session, resource: Resource, now: SimTime) -> SessionState {
    let cut_off = resource == Resource::ExchangeOnline && session.exchange_cutoff.is_some_and(|cutoff| cutoff <= now);
    if now < session.access_expires_at && !cut_off {
        return SessionState::AccessValid;
    }
    if session.refresh_revoked {
        return SessionState::Dead(SessionProblem::RefreshRevoked);
    }
    if !user.account_enabled {
        return SessionState::Dead(SessionProblem::AccountDisabled);
    }
    if now.since(session.issued_at) >= SimDuration::seconds(REFRESH_TOKEN_LIFETIME_S) {
        return SessionState::Dead(SessionProblem::RefreshExpired);
    }
    if user.mfa_required && !session_satisfied_mfa(user, session) {
        return SessionState::Dead(SessionProblem::MfaRequired);
    }
    SessionState::Refreshable
}

/// A session made before MFA was required carries no MFA claim; it passes
/// only if its holder can answer a prompt now.
fn session_satisfied_mfa(user: &User, session: &Session) -> bool {
    user.can_pass_mfa(session.holder)
}

/// Whether `party` has any session on `user` that works for `resource`.
#[must_use]
pub(crate) fn has_working_session(user: &User, party: Party, resource: Resource, now: SimTime) -> bool {
    user.sessions
        .iter()
        .filter(|session| session.holder == party)
        .any(|session| !matches!(session_state(user, session, resource, now), SessionState::Dead(_)))
}

impl Simulation {
    fn access_token_lifetime(&mut self) -> SimDuration {
        SimDuration::seconds(self.random.between(Stream::Tokens, ACCESS_TOKEN_MINIMUM_S, ACCESS_TOKEN_MAXIMUM_S))
    }

    /// Issues a new session to `party` on `user` after a successful sign-in.
    pub(super) fn issue_session(&mut self, actor: &Actor, user: UserId, party: Party, origin: SessionOrigin) -> u32 {
        let id = self.new_session_id();
        let lifetime = self.access_token_lifetime();
        let expires = self.now.plus(lifetime);
        let session = Session {
            id,
            holder: party,
            origin,
            issued_at: self.now,
            refresh_revoked: false,
            access_expires_at: expires,
            exchange_cutoff: None,
        };
        let sessions = &mut self.tenant.user_mut(user).sessions;
        if sessions.len() >= SESSIONS_PER_USER_LIMIT {
            sessions.remove(0);
        }
        sessions.push(session);
        self.schedule.add(expires, Due::AccessTokenExpires { user, session: id });
        let upn = self.upn(user);
        self.emit(actor, EventKind::SessionIssued { user: upn, party, session: id, origin });
        id
    }

    /// Gives a session directly, for building scenarios (a session the
    /// attacker stole before the trainee arrived, the trainee's own console).
    pub fn grant_session(&mut self, user: UserId, party: Party, origin: SessionOrigin) -> u32 {
        self.unwatch();
        self.issue_session(&Actor::Service, user, party, origin)
    }

    /// Uses a session `party` holds on `user` for `resource`, refreshing the
    /// access token when needed. Returns the session used, or why none works.
    pub(super) fn use_session(&mut self, actor: &Actor, user: UserId, party: Party, resource: Resource) -> Result<u32, SessionProblem> {
        let now = self.now;
        let account = self.tenant.user(user);
        let mut last_reason = SessionProblem::NoSession;
        let mut chosen: Option<(usize, bool)> = None;
        // Prefer a live access token, then a refreshable session, newest first.
        for (index, session) in account.sessions.iter().enumerate().rev().filter(|(_, session)| session.holder == party) {
            match session_state(account, session, resource, now) {
                SessionState::AccessValid => {
                    chosen = Some((index, false));
                    break;
                }
                SessionState::Refreshable => {
                    if chosen.is_none() {
                        chosen = Some((index, true));
                    }
                }
                SessionState::Dead(reason) => last_reason = reason,
            }
        }
        let Some((index, refresh)) = chosen else {
            if party == Party::Attacker {
                let upn = self.upn(user);
                self.emit(actor, EventKind::SessionRejected { user: upn, party, reason: last_reason });
            }
            return Err(last_reason);
        };
        let session_id = self.tenant.user(user).sessions[index].id;
        // Conditional Access is evaluated again when a refresh token is
        // redeemed: the attacker's refresh from a blocked place fails with
        // AADSTS53003 (its access token already issued lives on until it
        // expires).
        let origin =
            (refresh && party == Party::Attacker).then(|| self.sign_in_origin(user, party, crate::tenant::logs::Location::Unfamiliar));
        if let Some(origin) = &origin
            && self.tenant.access.blocks_address(&origin.ip)
        {
            let blocked = crate::tenant::logs::SignInStatus::BlockedByConditionalAccess;
            self.push_sign_in(user, ClientApp::NonInteractive, origin.clone(), crate::tenant::logs::Location::Unfamiliar, blocked);
            let reason = SessionProblem::BlockedByConditionalAccess;
            self.emit(actor, EventKind::SessionRejected { user: self.upn(user), party, reason });
            return Err(reason);
        }
        if refresh {
            let lifetime = self.access_token_lifetime();
            let expires = now.plus(lifetime);
            let session = &mut self.tenant.user_mut(user).sessions[index];
            session.access_expires_at = expires;
            session.exchange_cutoff = None;
            self.schedule.add(expires, Due::AccessTokenExpires { user, session: session_id });
            // Redeeming a refresh token is a non-interactive sign-in in
            // Entra's log; the attacker's show where it replays the token
            // from. (The owner's and admins' are not written, to keep the
            // log readable.)
            if let Some(origin) = origin {
                let success = crate::tenant::logs::SignInStatus::Success;
                self.push_sign_in(user, ClientApp::NonInteractive, origin, crate::tenant::logs::Location::Unfamiliar, success);
            }
        }
        // Only the attacker's and the refreshing uses are journaled: an admin
        // console refreshes quietly and would drown the timeline.
        let upn = self.upn(user);
        let already = self.sessions_used.contains(&(session_id, upn.clone()));
        if (party == Party::Attacker && !already) || refresh {
            self.sessions_used.insert((session_id, upn.clone()));
            self.emit(actor, EventKind::SessionUsed { user: upn, party, session: session_id, refreshed: refresh });
        }
        Ok(session_id)
    }

    /// Sends a critical event to Exchange Online for every session on `user`:
    /// each access token is rejected there after its own random delay.
    pub(super) fn continuous_access_event(&mut self, user: UserId) {
        let ids: Vec<u32> = self.tenant.user(user).sessions.iter().map(|session| session.id).collect();
        for id in ids {
            // "Near real time, but latency of up to 15 minutes might be
            // observed": three times in four within two minutes, else later.
            let delay = if self.random.chance(Stream::ContinuousAccess, 3, 4) {
                self.random.between(Stream::ContinuousAccess, 0, CONTINUOUS_ACCESS_TYPICAL_S)
            } else {
                self.random.between(Stream::ContinuousAccess, CONTINUOUS_ACCESS_TYPICAL_S, CONTINUOUS_ACCESS_MAXIMUM_S)
            };
            let cutoff = self.now.plus(SimDuration::seconds(delay));
            if let Some(session) = self.tenant.user_mut(user).sessions.iter_mut().find(|session| session.id == id) {
                let earlier = session.exchange_cutoff.map_or(cutoff, |existing| existing.min(cutoff));
                session.exchange_cutoff = Some(earlier);
            }
            self.schedule.add(cutoff, Due::ContinuousAccessReached { user, session: id });
        }
    }

    /// Revokes refresh tokens; `only_password` for a password reset, which
    /// leaves passwordless sessions alone. Returns how many were revoked.
    pub(super) fn revoke_refresh_tokens(&mut self, user: UserId, only_password: bool) -> u32 {
        let mut count = 0;
        for session in &mut self.tenant.user_mut(user).sessions {
            if !session.refresh_revoked && (!only_password || session.origin == SessionOrigin::Password) {
                session.refresh_revoked = true;
                count += 1;
            }
        }
        count
    }
}

impl Simulation {
    /// Uses an app password over a legacy protocol. App passwords survive
    /// password resets and session revocation; blocking sign-in stops them,
    /// and so does turning the protocol off or removing the app password.
    pub(super) fn use_app_password(
        &mut self,
        actor: &Actor,
        id: UserId,
        party: Party,
        protocol: crate::tenant::mailbox::Protocol,
    ) -> Result<(), super::Outcome> {
        let user = self.tenant.user(id);
        let upn = user.upn.clone();
        let reason = if !user.app_passwords.iter().any(|app| app.controlled_by == party) {
            Some(AppPasswordProblem::NoneHeld)
        } else if !user.account_enabled {
            Some(AppPasswordProblem::AccountDisabled)
        } else if !protocol.is_legacy() {
            Some(AppPasswordProblem::NotLegacy)
        } else if user.mailbox.as_deref().is_some_and(|mailbox| !mailbox.protocols.enabled(protocol)) {
            Some(AppPasswordProblem::ProtocolDisabled)
        } else {
            None
        };
        let client = crate::tenant::logs::ClientApp::AppPassword(protocol);
        let location =
            if party == Party::Owner { crate::tenant::logs::Location::Familiar } else { crate::tenant::logs::Location::Unfamiliar };
        let status = if reason == Some(AppPasswordProblem::AccountDisabled) {
            crate::tenant::logs::SignInStatus::Disabled
        } else {
            crate::tenant::logs::SignInStatus::Success
        };
        if reason.is_none() || status == crate::tenant::logs::SignInStatus::Disabled {
            let origin = self.sign_in_origin(id, party, location);
            self.tenant.sign_in_log.push(crate::tenant::logs::SignInEntry {
                at: self.now,
                upn: upn.clone(),
                client,
                ip: origin.ip,
                place: origin.place,
                location,
                status,
            });
        }
        self.emit(actor, EventKind::AppPasswordUsed { user: upn, party, ok: reason.is_none(), problem: reason });
        match reason {
            None => Ok(()),
            Some(problem) => Err(super::Outcome::Denied(super::Refusal::AppPassword(problem))),
        }
    }
}
