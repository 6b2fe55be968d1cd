//! Tenant-wide policies. Defaults are the service's defaults from the domain
//! reference; a scenario may override any of them.

use crate::clock::SimDuration;
use serde::{Deserialize, Serialize};

/// Smart lockout (domain reference §1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LockoutPolicy {
    /// Counted failures that lock the account (10; 3 in US Government clouds).
    pub threshold: u16,
    /// Length of the first lockout.
    pub first_duration_s: u64,
    /// Each further lockout lasts this many times the previous one.
    pub growth_factor: u64,
    /// No lockout lasts longer than this.
    pub maximum_duration_s: u64,
}

impl Default for LockoutPolicy {
    fn default() -> Self {
        Self { threshold: 10, first_duration_s: 60, growth_factor: 2, maximum_duration_s: 3_600 }
    }
}

impl LockoutPolicy {
    /// Length of the `nth` lockout (1-based): doubling from the first, capped.
    #[must_use]
    pub(crate) fn duration_of(&self, nth: u8) -> SimDuration {
        let mut seconds = self.first_duration_s.max(1);
        for _ in 1..nth {
            seconds = seconds.saturating_mul(self.growth_factor.max(1));
            if seconds >= self.maximum_duration_s {
                break;
            }
        }
        SimDuration::seconds(seconds.min(self.maximum_duration_s.max(self.first_duration_s)))
    }
}

/// Organisation password policy (domain reference §3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[derive(Default)]
pub struct PasswordPolicy {
    /// Days until a password expires; `None` means never (the default for
    /// tenants created since 2021).
    pub expiry_days: Option<u16>,
    /// Custom banned terms for password protection (up to 1000).
    pub custom_banned_terms: Vec<String>,
}

/// The range the admin center accepts for the expiry policy.
pub(crate) const PASSWORD_EXPIRY_DAYS_RANGE: std::ops::RangeInclusive<u16> = 14..=730;

/// Which users self-service password reset applies to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum SsprScope {
    #[default]
    None,
    /// One group's members.
    Selected(String),
    All,
}

/// The methods a user can prove identity with during self-service reset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SsprMethod {
    MobileAppNotification,
    MobileAppCode,
    Email,
    MobilePhone,
    OfficePhone,
    SecurityQuestions,
}

impl SsprMethod {
    pub const ALL: [SsprMethod; 6] = [
        SsprMethod::MobileAppNotification,
        SsprMethod::MobileAppCode,
        SsprMethod::Email,
        SsprMethod::MobilePhone,
        SsprMethod::OfficePhone,
        SsprMethod::SecurityQuestions,
    ];
}

/// Self-service password reset (domain reference §7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SsprPolicy {
    pub scope: SsprScope,
    /// 1 or 2.
    pub methods_required: u8,
    pub methods_allowed: Vec<SsprMethod>,
    pub require_registration: bool,
    /// 0 means never ask users to reconfirm.
    pub reconfirm_days: u16,
}

impl Default for SsprPolicy {
    fn default() -> Self {
        Self {
            scope: SsprScope::None,
            methods_required: 1,
            methods_allowed: vec![SsprMethod::MobilePhone, SsprMethod::Email],
            require_registration: true,
            reconfirm_days: 180,
        }
    }
}

/// What the service does when a sender crosses an outbound limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum OutboundAction {
    /// Restricted until an admin releases; not restricted again that day after a release.
    BlockUser,
    /// Restricted until the next UTC day; cannot be released early. The default.
    #[default]
    BlockUserForToday,
    /// Notify only.
    Alert,
}

/// Automatic external forwarding control of the outbound spam policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum AutoForwardingMode {
    /// "Automatic - System-controlled", which means off.
    #[default]
    Automatic,
    On,
    Off,
}

impl AutoForwardingMode {
    #[must_use]
    pub(crate) const fn allows_external(self) -> bool {
        matches!(self, AutoForwardingMode::On)
    }
}

/// Outbound spam policy and the service limits (domain reference §5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OutboundPolicy {
    pub external_recipients_per_hour: u32,
    pub internal_recipients_per_hour: u32,
    pub recipients_per_day: u32,
    pub action: OutboundAction,
    pub auto_forwarding: AutoForwardingMode,
    /// How many times an admin may release one account; past that only support can.
    pub release_cap: u8,
}

impl Default for OutboundPolicy {
    fn default() -> Self {
        Self {
            external_recipients_per_hour: 500,
            internal_recipients_per_hour: 1_000,
            recipients_per_day: 1_000,
            action: OutboundAction::BlockUserForToday,
            auto_forwarding: AutoForwardingMode::Automatic,
            release_cap: 3,
        }
    }
}

/// Limits the service applies whatever the policy says.
pub const SERVICE_RECIPIENTS_PER_DAY: u32 = 10_000;
/// Entra's limit on custom banned-password terms.
pub(crate) const MAX_CUSTOM_BANNED_TERMS: usize = 1_000;
/// The largest value an outbound recipient limit may be set to.
pub(crate) const OUTBOUND_LIMIT_MAXIMUM: u32 = 10_000;
pub const SERVICE_MESSAGES_PER_MINUTE: u32 = 30;
pub const SERVICE_RECIPIENTS_PER_MESSAGE: u32 = 500;
