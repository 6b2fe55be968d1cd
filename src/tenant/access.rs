//! Conditional Access and Identity Protection, as far as the password spray
//! playbook needs them: named locations (IPv4 ranges), policies of three
//! fixed shapes, whether the service still accepts basic authentication
//! from legacy clients, and the users an admin confirmed compromised.
//!
//! A policy is evaluated at a new sign-in only, after the password
//! (first factor) was checked: a wrong password stays AADSTS50126 and
//! counts towards smart lockout, a right one from a blocked place or client
//! is AADSTS53003. Sessions already issued are not re-evaluated here.

use crate::clock::SimTime;
use crate::tenant::mailbox::Protocol;
use serde::{Deserialize, Serialize};

/// At most this many named locations, policies and ranges per location
/// (Entra's own limits are larger; the simulation keeps views short).
pub(crate) const NAMED_LOCATION_LIMIT: usize = 64;
pub(crate) const POLICY_LIMIT: usize = 64;
pub(crate) const RANGES_PER_LOCATION_LIMIT: usize = 64;

/// An IPv4 range in CIDR notation, as a named location lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Ipv4Range {
    network: u32,
    prefix: u8,
}

/// Why a range is not one: the text as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRange(pub String);

impl std::fmt::Display for BadRange {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl Ipv4Range {
    /// Parses `a.b.c.d/n` (Entra takes a bare address as `/32`). Host
    /// bits must be zero, as Entra asks of a range.
    ///
    /// # Errors
    /// [`BadRange`] with the text when it is not such a range.
    pub fn parse(text: &str) -> Result<Self, BadRange> {
        let bad = || BadRange(text.to_string());
        let trimmed = text.trim();
        let (address, prefix) = match trimmed.split_once('/') {
            Some((address, prefix)) => (address, prefix.parse::<u8>().map_err(|_| bad())?),
            None => (trimmed, 32),
        };
        if prefix > 32 {
            return Err(bad());
        }
        let address = parse_ipv4(address).ok_or_else(bad)?;
        let mask = mask(prefix);
        if address & !mask != 0 {
            return Err(bad());
        }
        Ok(Self { network: address, prefix })
    }

    /// Whether `ip` (dotted IPv4) lies in the range.
    #[must_use]
    pub fn contains(self, ip: &str) -> bool {
        parse_ipv4(ip).is_some_and(|address| address & mask(self.prefix) == self.network)
    }
}

impl std::fmt::Display for Ipv4Range {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let [a, b, c, d] = self.network.to_be_bytes();
        write!(formatter, "{a}.{b}.{c}.{d}/{}", self.prefix)
    }
}

impl TryFrom<String> for Ipv4Range {
    type Error = BadRange;
    fn try_from(text: String) -> Result<Self, BadRange> {
        Self::parse(&text)
    }
}

impl From<Ipv4Range> for String {
    fn from(range: Ipv4Range) -> String {
        range.to_string()
    }
}

const fn mask(prefix: u8) -> u32 {
    if prefix == 0 { 0 } else { u32::MAX << (32 - prefix as u32) }
}

fn parse_ipv4(text: &str) -> Option<u32> {
    let mut octets = [0u8; 4];
    let mut parts = text.split('.');
    for octet in &mut octets {
        let part = parts.next()?;
        if part.is_empty() || part.len() > 3 || !part.bytes().all(|byte| byte.is_ascii_digit()) {
            return None;
        }
        *octet = part.parse().ok()?;
    }
    parts.next().is_none().then(|| u32::from_be_bytes(octets))
}

/// An IP ranges location (Entra ID > Conditional Access > Named locations).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamedLocation {
    pub name: String,
    pub ranges: Vec<Ipv4Range>,
    /// "Mark as trusted location"; the simulation records it only.
    #[serde(default)]
    pub trusted: bool,
}

impl NamedLocation {
    #[must_use]
    pub fn contains(&self, ip: &str) -> bool {
        self.ranges.iter().any(|range| range.contains(ip))
    }
}

/// What a Conditional Access policy does. Three shapes only: block sign-ins
/// from named locations (any client), block legacy authentication clients
/// (`Exchange ActiveSync` and other clients: IMAP, POP, EWS with basic
/// authentication), and require MFA from browsers and modern clients
/// (the shape that leaves legacy clients uncovered).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PolicyControl {
    /// Conditions: Locations, include these named locations. Grant: Block access.
    BlockLocations(Vec<String>),
    /// Conditions: Client apps, `Exchange ActiveSync` and Other clients. Grant: Block access.
    BlockLegacyAuthentication,
    /// Conditions: Client apps, Browser and Mobile apps and desktop
    /// clients. Grant: Require multifactor authentication.
    RequireMfaModernClients,
}

/// A Conditional Access policy, for all users (no exclusions modelled).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionalAccessPolicy {
    pub name: String,
    pub control: PolicyControl,
    /// "On"; a policy in report-only mode or off is not modelled.
    #[serde(default = "yes")]
    pub enabled: bool,
}

const fn yes() -> bool {
    true
}

/// A user an admin confirmed compromised (Identity Protection > Risky
/// users > Confirm user compromised): risk level high, risk state
/// "Confirmed compromised".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskyUser {
    pub upn: String,
    pub confirmed_at: SimTime,
    /// Who confirmed it.
    pub by: String,
}

/// The tenant's Conditional Access and Identity Protection state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Access {
    pub named_locations: Vec<NamedLocation>,
    pub policies: Vec<ConditionalAccessPolicy>,
    /// Whether the service still accepts basic authentication (a password
    /// sent by an IMAP, POP, EWS or `Exchange ActiveSync` client). Exchange
    /// Online turned it off for these protocols from October 2022; a
    /// scenario set before then, or a tenant where it was re-enabled, says so.
    pub basic_authentication: bool,
    /// Users confirmed compromised, in the order they were confirmed.
    #[serde(skip)]
    pub risky_users: Vec<RiskyUser>,
}

/// A client app class, as Conditional Access's "Client apps" condition sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientClass {
    /// Browser, mobile apps and desktop clients (modern authentication).
    Modern,
    /// A legacy protocol with basic authentication.
    Legacy(Protocol),
}

impl ClientClass {
    /// How a sign-in log line's client is classed at a new sign-in; `None`
    /// for redeemed tokens and app passwords, which Conditional Access does
    /// not see as sign-ins here.
    #[must_use]
    pub const fn of(client: crate::tenant::logs::ClientApp) -> Option<ClientClass> {
        use crate::tenant::logs::ClientApp;
        match client {
            ClientApp::Legacy(protocol) => Some(ClientClass::Legacy(protocol)),
            ClientApp::Browser | ClientApp::Passwordless | ClientApp::NonInteractiveDevice => Some(ClientClass::Modern),
            ClientApp::AppPassword(_) | ClientApp::NonInteractive | ClientApp::DelegatedApp => None,
        }
    }
}

/// Conditional Access's decision for a new sign-in whose password was right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Blocked by this policy (AADSTS53003).
    Block(String),
    /// Allowed once MFA is passed.
    RequireMfa,
}

impl Access {
    #[must_use]
    pub fn location(&self, name: &str) -> Option<&NamedLocation> {
        self.named_locations.iter().find(|location| location.name.eq_ignore_ascii_case(name))
    }

    #[must_use]
    pub fn policy(&self, name: &str) -> Option<&ConditionalAccessPolicy> {
        self.policies.iter().find(|policy| policy.name.eq_ignore_ascii_case(name))
    }

    /// The decision for a sign-in from `ip` with a client of `class`: a
    /// block wins over a grant, as in Entra.
    #[must_use]
    pub fn evaluate(&self, ip: &str, class: ClientClass) -> Decision {
        let mut decision = Decision::Allow;
        for policy in self.policies.iter().filter(|policy| policy.enabled) {
            match &policy.control {
                PolicyControl::BlockLocations(names) => {
                    if names.iter().filter_map(|name| self.location(name)).any(|location| location.contains(ip)) {
                        return Decision::Block(policy.name.clone());
                    }
                }
                PolicyControl::BlockLegacyAuthentication => {
                    if matches!(class, ClientClass::Legacy(_)) {
                        return Decision::Block(policy.name.clone());
                    }
                }
                PolicyControl::RequireMfaModernClients => {
                    if class == ClientClass::Modern {
                        decision = Decision::RequireMfa;
                    }
                }
            }
        }
        decision
    }

    /// Whether an enabled policy blocks every sign-in from `ip`.
    #[must_use]
    pub fn blocks_address(&self, ip: &str) -> bool {
        matches!(self.evaluate(ip, ClientClass::Modern), Decision::Block(_))
    }

    /// Whether an enabled policy blocks legacy authentication clients.
    #[must_use]
    pub fn blocks_legacy(&self) -> bool {
        self.policies.iter().any(|policy| policy.enabled && policy.control == PolicyControl::BlockLegacyAuthentication)
    }

    /// Whether every sign-in, whatever its client, has to pass MFA: an
    /// enabled policy requires MFA from modern clients, and legacy clients
    /// (which cannot answer it) are blocked by a policy or have no basic
    /// authentication left to use.
    #[must_use]
    pub fn requires_mfa_for_every_client(&self) -> bool {
        let modern = self.policies.iter().any(|policy| policy.enabled && policy.control == PolicyControl::RequireMfaModernClients);
        modern && self.legacy_refused()
    }

    /// Whether no legacy client can sign in with a password: a policy
    /// blocks them, or the service accepts basic authentication no more.
    #[must_use]
    pub fn legacy_refused(&self) -> bool {
        self.blocks_legacy() || !self.basic_authentication
    }

    #[must_use]
    pub fn confirmed_compromised(&self, upn: &str) -> bool {
        self.risky_users.iter().any(|risky| risky.upn.eq_ignore_ascii_case(upn))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_holds_the_addresses_of_its_prefix_only() {
        let range = Ipv4Range::parse("102.89.0.0/16").expect("a range");
        assert!(range.contains("102.89.4.200"));
        assert!(!range.contains("102.90.4.200"));
        assert!(!range.contains("not an address"));
        assert_eq!(range.to_string(), "102.89.0.0/16");
        assert_eq!(Ipv4Range::parse("8.8.8.8").expect("a host").to_string(), "8.8.8.8/32");
        assert!(Ipv4Range::parse("0.0.0.0/0").expect("everything").contains("1.2.3.4"));
        for bad in ["102.89.1.0/16", "300.1.1.1/32", "1.2.3/24", "1.2.3.4/33", "1.2.3.4/x", "", "1.2.3.4.5/32", "+1.2.3.4/32"] {
            assert!(Ipv4Range::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_block_wins_over_mfa_and_legacy_blocks_only_legacy() {
        let mut access = Access::default();
        access.policies.push(ConditionalAccessPolicy {
            name: "MFA".into(),
            control: PolicyControl::RequireMfaModernClients,
            enabled: true,
        });
        assert_eq!(access.evaluate("1.2.3.4", ClientClass::Modern), Decision::RequireMfa);
        assert_eq!(access.evaluate("1.2.3.4", ClientClass::Legacy(Protocol::Imap)), Decision::Allow);
        access.policies.push(ConditionalAccessPolicy {
            name: "Legacy".into(),
            control: PolicyControl::BlockLegacyAuthentication,
            enabled: true,
        });
        assert_eq!(access.evaluate("1.2.3.4", ClientClass::Legacy(Protocol::Pop)), Decision::Block("Legacy".into()));
        assert_eq!(access.evaluate("1.2.3.4", ClientClass::Modern), Decision::RequireMfa);
        access.named_locations.push(NamedLocation {
            name: "Spray".into(),
            ranges: vec![Ipv4Range::parse("1.2.3.0/24").expect("a range")],
            trusted: false,
        });
        access.policies.push(ConditionalAccessPolicy {
            name: "Block spray".into(),
            control: PolicyControl::BlockLocations(vec!["spray".into()]),
            enabled: true,
        });
        assert_eq!(access.evaluate("1.2.3.4", ClientClass::Modern), Decision::Block("Block spray".into()));
        assert!(access.blocks_address("1.2.3.9"));
        assert!(!access.blocks_address("1.2.4.9"));
    }
}
