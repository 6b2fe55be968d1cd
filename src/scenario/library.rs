//! The bundled library: procedure and scenario files compiled into the
//! binary, so `tenantdrill play locked-out` works from any folder. The same
//! files live under `scenarios/`; a test checks the two lists agree.

use crate::procedure::Procedure;
use indexmap::IndexMap;

/// A file of the library: its path under the repository and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bundled {
    pub id: &'static str,
    pub path: &'static str,
    pub text: &'static str,
}

macro_rules! bundled {
    ($folder:literal: $($id:literal),* $(,)?) => {
        &[$(Bundled { id: $id, path: concat!($folder, $id, ".ron"), text: include_str!(concat!("../../", $folder, $id, ".ron")) }),*]
    };
}

/// The documented procedures, in the order they are listed.
pub const PROCEDURES: &[Bundled] = bundled!("scenarios/procedures/": "unlock-account", "reset-user-password", "compromised-account", "reset-admin-password", "enable-sspr", "password-expiration", "verify-caller", "alert-triage-forwarding", "token-theft", "password-spray", "illicit-consent-grant");

/// The bundled scenarios, easiest first.
pub const SCENARIOS: &[Bundled] = bundled!("scenarios/": "forgot-password", "locked-out", "sign-in-blocked", "password-expiration", "enable-sspr", "restricted-sender", "compromised-mailbox", "caller-verification", "helpdesk-escalation", "admin-forgot-password", "compromised-admin", "password-spray", "sole-admin-locked-out", "forwarding-alert-subsidiary", "forwarding-alert-departing-employee", "forwarding-alert-second-victim", "token-theft", "password-spray-legacy", "password-spray-admin", "consent-phishing", "consent-admin-grant");

/// Procedures by id.
pub type ProcedureSet = IndexMap<String, Procedure>;

/// The bundled scenario with this id.
#[must_use]
pub fn scenario(id: &str) -> Option<&'static Bundled> {
    SCENARIOS.iter().find(|bundled| bundled.id == id)
}

/// Parses the bundled procedures. They are checked by the test suite, so a
/// failure here is a bug in the build, reported rather than hidden.
pub fn bundled_procedures() -> Result<ProcedureSet, Vec<crate::diagnostic::Diagnostic>> {
    let mut set = ProcedureSet::new();
    let mut problems = Vec::new();
    for bundled in PROCEDURES {
        match crate::diagnostic::parse_ron::<Procedure>(bundled.path, bundled.text.as_bytes(), &crate::diagnostic::Limits::default()) {
            Ok(procedure) => {
                set.insert(procedure.id.clone(), procedure);
            }
            Err(mut diagnostics) => problems.append(&mut diagnostics),
        }
    }
    if problems.is_empty() { Ok(set) } else { Err(problems) }
}
