//! The presentation layer's languages: English, Norwegian Bokmål, Dutch and
//! Slovenian, as Fluent catalogues (`locales/{en,nb,nl,sl}/*.ftl`) embedded
//! in the binary.
//!
//! The simulation core returns facts (enums and structs); the presentation
//! layer turns them into sentences with [`crate::t!`], which names a
//! message by a literal id so a test can check that every id the code uses
//! exists in all four catalogues with the same arguments. A message missing
//! from a catalogue falls back to English.
//!
//! Which language: `--lang`, else the POSIX locale variables (`LC_ALL`,
//! `LC_MESSAGES`, `LANG`; the first one set decides), else English
//! ([`Lang::detect`]).

pub mod text;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

pub use fluent_bundle::FluentArgs;
pub use text::Text;

/// A language tenantdrill speaks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Nb,
    Nl,
    Sl,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Nb, Lang::Nl, Lang::Sl];

    /// The code used on the command line, in files and in catalogues' paths.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nb => "nb",
            Lang::Nl => "nl",
            Lang::Sl => "sl",
        }
    }

    /// The locale segment of Microsoft Learn's addresses in this language
    /// (`learn.microsoft.com/nb-no/...`).
    #[must_use]
    pub const fn learn_locale(self) -> &'static str {
        match self {
            Lang::En => "en-us",
            Lang::Nb => "nb-no",
            Lang::Nl => "nl-nl",
            Lang::Sl => "sl-si",
        }
    }

    /// A language code as typed (`nb`, `NL`, `sl-SI`, `nb_NO`); `no` and
    /// `nn` are read as Bokmål, the written Norwegian we ship.
    #[must_use]
    pub fn parse(text: &str) -> Option<Lang> {
        let primary = text.split(['-', '_', '.', '@']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "nb" | "no" | "nn" => Some(Lang::Nb),
            "nl" => Some(Lang::Nl),
            "sl" => Some(Lang::Sl),
            _ => None,
        }
    }

    /// The language for a POSIX locale value (`nb_NO.UTF-8`, `nl_NL`,
    /// `sl_SI.utf8`, `C`); `None` for a locale we do not speak.
    #[must_use]
    pub(crate) fn from_locale(value: &str) -> Option<Lang> {
        let value = value.trim();
        if value.is_empty() || value == "C" || value == "POSIX" || value.starts_with("C.") {
            return None;
        }
        Lang::parse(value)
    }

    /// The language to speak: the `--lang` flag, else the first locale
    /// variable that is set and not empty (`LC_ALL`, then `LC_MESSAGES`,
    /// then `LANG`, as POSIX orders them), else English. A locale we do not
    /// speak means English, not the next variable.
    #[must_use]
    pub fn detect(flag: Option<Lang>, lc_all: Option<&str>, lc_messages: Option<&str>, lang: Option<&str>) -> Lang {
        if let Some(flag) = flag {
            return flag;
        }
        [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|value| !value.trim().is_empty())
            .and_then(Lang::from_locale)
            .unwrap_or_default()
    }

    const fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Nb => 1,
            Lang::Nl => 2,
            Lang::Sl => 3,
        }
    }

    fn langid(self) -> unic_langid::LanguageIdentifier {
        unic_langid::LanguageIdentifier::from_bytes(self.code().as_bytes()).unwrap_or_default()
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Lang::parse(text).ok_or_else(|| format!("unknown language '{text}' (expected one of: en, nb, nl, sl)"))
    }
}

/// One catalogue file: its name (the area of the product it covers) and
/// its text in each language, in [`Lang::ALL`] order.
pub struct Catalogue {
    pub name: &'static str,
    pub sources: [&'static str; 4],
}

macro_rules! catalogues {
    ($($name:literal),+ $(,)?) => {
        /// Every catalogue file, embedded.
        pub const CATALOGUES: &[Catalogue] = &[$(Catalogue {
            name: $name,
            sources: [
                include_str!(concat!("../../locales/en/", $name, ".ftl")),
                include_str!(concat!("../../locales/nb/", $name, ".ftl")),
                include_str!(concat!("../../locales/nl/", $name, ".ftl")),
                include_str!(concat!("../../locales/sl/", $name, ".ftl")),
            ],
        }),+];
    };
}

catalogues!["common", "engine", "views", "report", "procedures", "commands", "session", "cli", "class", "diagnostics", "scenario"];

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    BUNDLES[lang.index()].get_or_init(|| {
        let mut bundle = Bundle::new_concurrent(vec![lang.langid()]);
        // Terminal text: no Unicode isolation marks around placeables.
        bundle.set_use_isolating(false);
        for catalogue in CATALOGUES {
            // A syntax error or a duplicate id is caught by the catalogue
            // tests; what parses is still used.
            let resource = match FluentResource::try_new(catalogue.sources[lang.index()].to_string()) {
                Ok(resource) | Err((resource, _)) => resource,
            };
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// The message `id` (or `id.attribute`) in `lang`, with `args`; English
/// when `lang` lacks it, the id itself when English does too (a test keeps
/// that from happening).
#[must_use]
pub fn message(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    format_in(lang, id, args)
        .or_else(|| if lang == Lang::En { None } else { format_in(Lang::En, id, args) })
        .unwrap_or_else(|| id.to_string())
}

fn format_in(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = bundle(lang);
    let (name, attribute) = match id.split_once('.') {
        Some((name, attribute)) => (name, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(name)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

/// A value a message argument can take.
pub trait IntoArg {
    fn into_arg(self) -> FluentValue<'static>;
}

impl IntoArg for String {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self)
    }
}
impl IntoArg for &String {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}
impl IntoArg for &str {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}
impl IntoArg for &&str {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from((*self).to_string())
    }
}
macro_rules! number_args {
    ($($type:ty),+) => {$(
        impl IntoArg for $type {
            fn into_arg(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
        impl IntoArg for &$type {
            fn into_arg(self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )+};
}
number_args!(u8, u16, u32, u64, usize, i32, i64);

/// Turns a value into a message argument (used by [`crate::t!`]).
pub fn arg(value: impl IntoArg) -> FluentValue<'static> {
    value.into_arg()
}

/// A message in a language: `t!(lang, "message-id")` or
/// `t!(lang, "message-id", user = upn, count = n)`. The id is a literal so
/// the catalogue tests can find every id the code uses.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal) => {
        $crate::i18n::message($lang, $id, None)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::arg($value)); )+
        $crate::i18n::message($lang, $id, Some(&args))
    }};
}

/// A simulated duration as people read it in `lang`: the language's own
/// unit abbreviations (`2h 30m` in English, `2 t 30 min` in Bokmål). Files
/// and JSON keep the machine form, [`crate::clock::SimDuration::compact`].
#[must_use]
pub fn duration(lang: Lang, duration: crate::clock::SimDuration) -> String {
    let parts: Vec<String> = duration
        .parts()
        .into_iter()
        .map(|(n, unit)| match unit {
            'd' => t!(lang, "common-duration-days", n = n),
            'h' => t!(lang, "common-duration-hours", n = n),
            'm' => t!(lang, "common-duration-minutes", n = n),
            _ => t!(lang, "common-duration-seconds", n = n),
        })
        .collect();
    parts.join(" ")
}
