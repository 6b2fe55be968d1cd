//! Text written in a scenario or procedure file: a plain string (English)
//! or a map of language code to string.
//!
//! ```ron
//! title: "Unlock an account",
//! title: {"en": "Unlock an account", "nb": "Låse opp en konto"},
//! ```

use super::Lang;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;

/// What a text is, as serde says it was expecting one (the diagnostics
/// recognise it and say it in the reader's language).
pub const EXPECTING: &str = "a string, or a map of language code to string such as {\"en\": \"...\", \"nb\": \"...\"}";

/// A translatable text from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// English only.
    Plain(String),
    /// Language code (as written in the file) to text.
    Translated(BTreeMap<String, String>),
}

impl Default for Text {
    fn default() -> Self {
        Text::Plain(String::new())
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text::Plain(text.to_string())
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text::Plain(text)
    }
}

impl Text {
    /// The text in `lang`, else English, else the first language written.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Text::Plain(text) => text,
            Text::Translated(map) => {
                map.get(lang.code()).or_else(|| map.get(Lang::En.code())).or_else(|| map.values().next()).map_or("", String::as_str)
            }
        }
    }

    /// The English text (the text of a plain string).
    #[must_use]
    pub fn english(&self) -> &str {
        self.get(Lang::En)
    }

    /// Whether the text is empty in every language.
    #[must_use]
    pub(crate) fn is_empty(&self) -> bool {
        match self {
            Text::Plain(text) => text.is_empty(),
            Text::Translated(map) => map.values().all(String::is_empty),
        }
    }

    /// Language codes written in the file that tenantdrill does not speak.
    #[must_use]
    pub(crate) fn unknown_languages(&self) -> Vec<&str> {
        match self {
            Text::Plain(_) => Vec::new(),
            Text::Translated(map) => {
                map.keys().map(String::as_str).filter(|code| !Lang::ALL.iter().any(|lang| lang.code() == *code)).collect()
            }
        }
    }

    /// Languages tenantdrill speaks that the file does not give (all but
    /// English for a plain string).
    #[must_use]
    pub(crate) fn missing_languages(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|lang| match self {
                Text::Plain(_) => *lang != Lang::En,
                Text::Translated(map) => !map.contains_key(lang.code()),
            })
            .collect()
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Plain(text) => serializer.serialize_str(text),
            Text::Translated(map) => map.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str(EXPECTING)
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<Text, E> {
                Ok(Text::Plain(value.to_string()))
            }
            fn visit_string<E: de::Error>(self, value: String) -> Result<Text, E> {
                Ok(Text::Plain(value))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Text, A::Error> {
                let mut map = BTreeMap::new();
                while let Some((code, text)) = access.next_entry::<String, String>()? {
                    if map.insert(code.clone(), text).is_some() {
                        return Err(de::Error::custom(format!("language '{code}' is given twice")));
                    }
                }
                Ok(Text::Translated(map))
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}
