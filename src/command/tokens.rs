//! Splitting a line into words, and quoting a word so it splits back the same.
//!
//! Words are separated by whitespace. Single quotes keep everything up to the
//! next single quote; double quotes do the same but let `\"` and `\\` stand
//! for a quote and a backslash. Quoted and unquoted parts next to each other
//! make one word. A word is read as a flag only when its first two characters
//! are unquoted hyphens, so `"--x"` is an ordinary word.

/// One word of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// The word with quotes removed and escapes applied.
    pub text: String,
    /// Byte offset of the word's first character (an opening quote included).
    pub start: usize,
    /// Byte offset just past the word.
    pub end: usize,
    pub(crate) flag_like: bool,
}

/// Where a quote was opened and never closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unterminated {
    pub offset: usize,
    pub quote: char,
}

/// The words of a line. An unterminated quote runs to the end of the line,
/// which is what completion wants while the trainee is still typing.
#[derive(Debug, Clone, Default)]
pub(crate) struct Split {
    pub tokens: Vec<Token>,
    pub unterminated: Option<Unterminated>,
}

pub(super) fn split(line: &str) -> Split {
    let mut result = Split::default();
    let mut characters = line.char_indices().peekable();
    loop {
        while characters.next_if(|(_, character)| character.is_whitespace()).is_some() {}
        let Some(&(start, _)) = characters.peek() else { break };
        let mut text = String::new();
        let mut end = start;
        // Characters read before the first quote: a flag needs two of them.
        let mut unquoted_prefix_characters = 0_usize;
        let mut seen_quote = false;
        while let Some((index, character)) = characters.next_if(|(_, character)| !character.is_whitespace()) {
            end = index + character.len_utf8();
            if character != '"' && character != '\'' {
                text.push(character);
                if !seen_quote {
                    unquoted_prefix_characters += 1;
                }
                continue;
            }
            seen_quote = true;
            let mut closed = false;
            while let Some((inner_index, inner)) = characters.next() {
                end = inner_index + inner.len_utf8();
                if inner == character {
                    closed = true;
                    break;
                }
                if character == '"'
                    && inner == '\\'
                    && let Some((escaped_index, escaped)) = characters.next_if(|(_, next)| *next == '"' || *next == '\\')
                {
                    end = escaped_index + escaped.len_utf8();
                    text.push(escaped);
                    continue;
                }
                text.push(inner);
            }
            if !closed {
                result.unterminated = Some(Unterminated { offset: index, quote: character });
            }
        }
        let flag_like = unquoted_prefix_characters >= 2 && text.starts_with("--");
        result.tokens.push(Token { text, start, end, flag_like });
    }
    result
}

/// Whether a word must be quoted to come back unchanged (and not as a flag).
pub(crate) fn needs_quoting(word: &str) -> bool {
    word.is_empty()
        || word.starts_with('-')
        || word.chars().any(|character| character.is_whitespace() || character == '"' || character == '\'')
}

/// The word as it must be typed.
pub fn quote(word: &str) -> String {
    if !needs_quoting(word) {
        return word.to_string();
    }
    let mut quoted = String::with_capacity(word.len() + 2);
    quoted.push('"');
    for character in word.chars() {
        if character == '"' || character == '\\' {
            quoted.push('\\');
        }
        quoted.push(character);
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        split(line).tokens.into_iter().map(|token| token.text).collect()
    }

    #[test]
    fn splits_on_whitespace_and_joins_quoted_parts() {
        assert_eq!(words("  a  'b c'\t\"d \\\" e\"f "), ["a", "b c", "d \" ef"]);
        assert_eq!(words(r#""a\b""#), [r"a\b"]);
        assert!(split("'open").unterminated.is_some());
    }

    #[test]
    fn only_unquoted_hyphens_make_a_flag() {
        let tokens = split(r#"--a "--b" -"-c" --d="x y""#).tokens;
        let flags: Vec<bool> = tokens.iter().map(|token| token.flag_like).collect();
        assert_eq!(flags, [true, false, false, true]);
        assert_eq!(tokens[3].text, "--d=x y");
    }

    #[test]
    fn quoting_round_trips() {
        for word in ["", "a b", "--x", "it's", "say \"hi\"", r"back\slash \ ", "plain"] {
            assert_eq!(words(&quote(word)), [word]);
        }
    }
}
