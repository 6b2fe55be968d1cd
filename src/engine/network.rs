//! Where sign-ins and changes come from, as the logs show them: an IP
//! address and a place. The organisation signs in from its office's
//! address; an owner away from it from a travel address; the attacker from
//! a few addresses abroad that the seed chooses, one drawn per sign-in (a
//! spray comes from several). Drawn from their own stream, so other draws
//! do not shift.

use super::Simulation;
use crate::random::{SimRandom, Stream};
use crate::tenant::logs::{Activity, AuditDetail, Location};
use crate::tenant::user::{Party, UserId};

/// Places attackers are seen signing in from, with a plausible first half
/// of an address there.
const ATTACKER_PLACES: [(&str, [u8; 2]); 10] = [
    ("Lagos, NG", [102, 89]),
    ("Bucharest, RO", [86, 124]),
    ("Jakarta, ID", [180, 252]),
    ("Sao Paulo, BR", [177, 71]),
    ("Hanoi, VN", [113, 190]),
    ("Amsterdam, NL", [185, 220]),
    ("Singapore, SG", [103, 21]),
    ("Moscow, RU", [95, 165]),
    ("Ashburn, US", [44, 201]),
    ("Istanbul, TR", [88, 247]),
];

/// How many addresses the attacker uses in one incident.
const ATTACKER_ADDRESSES: usize = 3;

/// An address and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub ip: String,
    pub place: crate::tenant::logs::Place,
}

/// The addresses of one simulated incident.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Network {
    office: String,
    travel: Origin,
    attacker: Vec<Origin>,
}

impl Network {
    /// The addresses for one seed.
    pub(crate) fn draw(random: &mut SimRandom) -> Self {
        let octet = |random: &mut SimRandom| random.between(Stream::Network, 2, 254);
        let office = format!("20.{}.{}.{}", random.between(Stream::Network, 40, 99), octet(random), octet(random));
        let travel = Origin {
            ip: format!("172.{}.{}.{}", random.between(Stream::Network, 56, 62), octet(random), octet(random)),
            place: crate::tenant::logs::Place::HotelWifi,
        };
        let mut places: Vec<usize> = (0..ATTACKER_PLACES.len()).collect();
        let mut attacker = Vec::new();
        while attacker.len() < ATTACKER_ADDRESSES && !places.is_empty() {
            let index = usize::try_from(random.below(Stream::Network, places.len() as u64)).unwrap_or(0);
            let (place, [first, second]) = ATTACKER_PLACES[places.remove(index.min(places.len() - 1))];
            attacker.push(Origin {
                ip: format!("{first}.{second}.{}.{}", octet(random), octet(random)),
                place: crate::tenant::logs::Place::Named(place.to_string()),
            });
        }
        Self { office, travel, attacker }
    }

    /// Every address the attacker may use in this incident.
    #[must_use]
    pub(crate) fn attacker_origins(&self) -> &[Origin] {
        &self.attacker
    }
}

impl Simulation {
    /// Where a sign-in by `party` on `id` from `location` comes from. An
    /// attacker's sign-in draws one of its addresses.
    pub(super) fn sign_in_origin(&mut self, id: UserId, party: Party, location: Location) -> Origin {
        match (party, location) {
            (_, Location::Familiar) => self.office_origin(id),
            (Party::Owner, Location::Unfamiliar) => self.network.travel.clone(),
            (Party::Attacker, Location::Unfamiliar) => {
                let count = self.network.attacker.len() as u64;
                let index = usize::try_from(self.random.below(Stream::Network, count)).unwrap_or(0);
                self.last_attacker_origin = index;
                self.network.attacker.get(index).cloned().unwrap_or_else(|| self.network.travel.clone())
            }
        }
    }

    /// Where a change by `party` acting as `id` comes from: the office for
    /// the owner and admins, the attacker's latest address for the attacker.
    pub(super) fn change_origin(&self, id: UserId, party: Party) -> Origin {
        match party {
            Party::Owner => self.office_origin(id),
            Party::Attacker => self.network.attacker.get(self.last_attacker_origin).cloned().unwrap_or_else(|| self.network.travel.clone()),
        }
    }

    /// The address the owner of `id` signs in from.
    pub(super) fn sign_in_address(&self, id: UserId) -> String {
        self.office_origin(id).ip
    }

    fn office_origin(&self, id: UserId) -> Origin {
        Origin { ip: self.network.office.clone(), place: self.tenant.user(id).location.clone() }
    }

    /// The attacker registers its own method on `id` (from its address), as
    /// Entra's audit log records it: "User registered security info".
    pub(crate) fn plant_attacker_method(&mut self, id: UserId, kind: crate::tenant::user::MethodKind, detail: &str) {
        self.unwatch();
        let now = self.now;
        self.tenant.user_mut(id).methods.push(crate::tenant::user::Method {
            kind,
            detail: detail.to_string(),
            controlled_by: Party::Attacker,
            registered_at: Some(now),
        });
        self.attacker_audit(id, Activity::UserRegisteredSecurityInfo, AuditDetail::Recorded(format!("{}: {detail}", kind.name())));
    }

    /// The attacker joins a device of its own to `id` (with the session it
    /// holds), as Entra's audit log records it: "Register device", with the
    /// device's name.
    pub(crate) fn plant_attacker_device(&mut self, id: UserId, name: &str, os: &str) {
        self.unwatch();
        let now = self.now;
        self.tenant.user_mut(id).devices.push(crate::tenant::user::Device {
            name: name.to_string(),
            os: os.to_string(),
            registered_at: now,
            enabled: true,
            registered_by: Party::Attacker,
        });
        self.attacker_audit(id, Activity::RegisterDevice, AuditDetail::Recorded(name.to_string()));
    }

    /// The attacker creates an app password on `id`, which the audit log records.
    pub(crate) fn plant_attacker_app_password(&mut self, id: UserId, name: &str) {
        self.unwatch();
        let now = self.now;
        self.tenant.user_mut(id).app_passwords.push(crate::tenant::user::AppPassword {
            name: name.to_string(),
            created_at: now,
            controlled_by: Party::Attacker,
        });
        self.attacker_audit(id, Activity::CreateAppPassword, AuditDetail::Recorded(name.to_string()));
    }

    fn attacker_audit(&mut self, id: UserId, activity: Activity, details: AuditDetail) {
        let origin = self.change_origin(id, Party::Attacker);
        let upn = self.tenant.user(id).upn.clone();
        self.tenant.audit_log.push(crate::tenant::logs::AuditEntry {
            at: self.now,
            actor: upn.clone(),
            ip: origin.ip,
            place: Some(origin.place),
            activity,
            target: upn,
            details,
        });
    }

    /// `id` follows the attacker's consent link and consents to its
    /// application: the service principal and the grant are added, as
    /// Entra's audit log records them, from the user; the link stays in
    /// the mailbox, so the user consents again whenever that can work.
    pub(crate) fn plant_attacker_consent(&mut self, id: UserId, app: crate::tenant::apps::EnterpriseApp, scopes: &[String], admin: bool) {
        self.unwatch();
        let upn = self.tenant.user(id).upn.clone();
        self.consent(id, &app, scopes, admin);
        self.tenant.apps.lures.push(crate::tenant::apps::Lure { user: upn, app, scopes: scopes.to_vec(), admin });
    }

    /// The addresses the attacker signs in from in this incident.
    #[must_use]
    pub fn attacker_origins(&self) -> &[Origin] {
        self.network.attacker_origins()
    }

    /// The office address `id` signs in from at work.
    #[must_use]
    pub fn office_address(&self, id: UserId) -> String {
        self.sign_in_address(id)
    }

    /// Keeps the first `count` (at least one) of the attacker's addresses,
    /// before the incident's history is played: an attacker who signs in
    /// to several victims from one address.
    pub fn limit_attacker_origins(&mut self, count: usize) {
        self.unwatch();
        self.network.attacker.truncate(count.max(1));
        self.last_attacker_origin = 0;
    }
}
