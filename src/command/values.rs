//! The words the language uses for values that have no command-line name
//! elsewhere in the crate.
//!
//! Each list of values sits next to its list of names, in the same order, so
//! the parser, the renderer and completion all use one pairing.

use crate::action::Verification;
use crate::tenant::mailbox::AccessRight;
use crate::tenant::policy::{AutoForwardingMode, OutboundAction, SsprMethod};

pub(crate) const VERIFICATIONS: [Verification; 3] = [Verification::Callback, Verification::Manager, Verification::InPerson];
pub(crate) const VERIFICATION_NAMES: &[&str] = &["callback", "manager", "in-person"];

pub(crate) const ACCESS_RIGHTS: [AccessRight; 3] = [AccessRight::FullAccess, AccessRight::SendAs, AccessRight::ReadPermission];
pub(crate) const ACCESS_RIGHT_NAMES: &[&str] = &["full-access", "send-as", "read-permission"];

pub(crate) const OUTBOUND_ACTIONS: [OutboundAction; 3] =
    [OutboundAction::BlockUser, OutboundAction::BlockUserForToday, OutboundAction::Alert];
pub(crate) const OUTBOUND_ACTION_NAMES: &[&str] = &["block-user", "block-user-for-today", "alert"];

pub(crate) const AUTO_FORWARDING_MODES: [AutoForwardingMode; 3] =
    [AutoForwardingMode::Automatic, AutoForwardingMode::On, AutoForwardingMode::Off];
pub(crate) const AUTO_FORWARDING_NAMES: &[&str] = &["automatic", "on", "off"];

pub(crate) const SSPR_METHOD_NAMES: &[&str] =
    &["mobile-app-notification", "mobile-app-code", "email", "mobile-phone", "office-phone", "security-questions"];

pub(crate) const BOOLEANS: [bool; 2] = [true, false];
pub(crate) const BOOLEAN_NAMES: &[&str] = &["yes", "no"];

pub(crate) const CHANNEL_NAMES: &[&str] = &["phone", "in-person", "sms", "email"];
pub(crate) const SSPR_SCOPE_NAMES: &[&str] = &["none", "selected", "all"];
pub(crate) const METHODS_REQUIRED_NAMES: &[&str] = &["1", "2"];

/// The value named `name` (ASCII case ignored).
pub(crate) fn value_named<T: Copy>(values: &[T], names: &[&str], name: &str) -> Option<T> {
    names.iter().position(|candidate| candidate.eq_ignore_ascii_case(name)).and_then(|index| values.get(index).copied())
}

/// The name of `value`.
pub(crate) fn name_of<T: PartialEq>(values: &[T], names: &[&'static str], value: &T) -> Option<&'static str> {
    values.iter().position(|candidate| candidate == value).and_then(|index| names.get(index).copied())
}

pub(crate) fn sspr_method_named(name: &str) -> Option<SsprMethod> {
    value_named(&SsprMethod::ALL, SSPR_METHOD_NAMES, name.trim())
}

pub(crate) fn sspr_method_name(method: SsprMethod) -> Option<&'static str> {
    name_of(&SsprMethod::ALL, SSPR_METHOD_NAMES, &method)
}
