//! The language of everything the binary prints: `--lang`, else the POSIX
//! locale variables, else English ([`Lang::detect`]). Settled once, before
//! clap parses the arguments, so clap's own help follows it too.

use std::sync::OnceLock;
use tenantdrill::i18n::Lang;

static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// Reads `--lang CODE` from the raw arguments and the locale variables,
/// and makes the result the binary's language. An unknown code is left to
/// clap to refuse.
pub(crate) fn settle(arguments: impl IntoIterator<Item = std::ffi::OsString>) -> Lang {
    let mut flag = None;
    let mut arguments = arguments.into_iter().skip(1);
    while let Some(argument) = arguments.next() {
        let Some(argument) = argument.to_str() else { continue };
        if argument == "--" {
            break;
        }
        if argument == "--lang" {
            flag = arguments.next().and_then(|value| value.into_string().ok()).and_then(|value| Lang::parse(&value));
        } else if let Some(value) = argument.strip_prefix("--lang=") {
            flag = Lang::parse(value);
        }
    }
    let variable = |name: &str| std::env::var(name).ok();
    let lang = Lang::detect(flag, variable("LC_ALL").as_deref(), variable("LC_MESSAGES").as_deref(), variable("LANG").as_deref());
    CHOSEN.get_or_init(|| lang);
    lang
}

/// The binary's language (English until [`settle`] runs).
pub(crate) fn lang() -> Lang {
    CHOSEN.get().copied().unwrap_or_default()
}
