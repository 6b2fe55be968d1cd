//! A small, forgiving RON tokenizer used only to find positions.
//!
//! It is not a parser: it knows just enough (strings, raw strings, char
//! literals, nested comments, brackets, words) to tell what is inside a
//! string or comment and what is not. That is what the limit checks, the
//! "found `x`" wording and [`super::locate_string`] need. It never recurses
//! and never fails; anything odd becomes a token for `ron` to reject later.

use std::ops::Range;

/// A place in the text: byte offset plus the 1-based line and character
/// column that diagnostics show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Position {
    pub offset: usize,
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub(crate) const START: Self = Self { offset: 0, line: 1, column: 1 };
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// `(`, `[` or `{`.
    Open(char),
    /// `)`, `]` or `}`.
    Close(char),
    /// Any other single punctuation character: `,`, `:`, `#`, `-`, ...
    Punct(char),
    /// A run of identifier characters: a name, keyword or number.
    Word,
    /// A string literal; `content` is the raw text between the quotes.
    Str { content: Range<usize>, chars: usize, terminated: bool, raw: bool },
    /// A char or byte literal such as `'('`.
    Char,
    /// A control character outside strings: binary data, not RON.
    Control(char),
    /// A `/*` with no matching `*/`; nothing follows it.
    UnclosedComment,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: TokenKind,
    pub start: Position,
    /// Just after the token.
    pub end: Position,
}

/// Tokens of `text`, skipping whitespace and comments.
pub(crate) struct Lexer<'a> {
    text: &'a str,
    here: Position,
    finished: bool,
}

impl<'a> Lexer<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Self { text, here: Position::START, finished: false }
    }

    fn rest(&self) -> &'a str {
        &self.text[self.here.offset..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.here.offset += c.len_utf8();
        if c == '\n' {
            self.here.line += 1;
            self.here.column = 1;
        } else {
            self.here.column += 1;
        }
        Some(c)
    }

    fn bump_bytes(&mut self, count: usize) {
        let target = self.here.offset + count;
        while self.here.offset < target && self.bump().is_some() {}
    }

    /// Skips whitespace and comments; returns false at an unclosed `/*`.
    fn skip_trivia(&mut self) -> bool {
        loop {
            let rest = self.rest();
            if rest.starts_with("//") {
                while self.peek().is_some_and(|c| c != '\n') {
                    self.bump();
                }
            } else if rest.starts_with("/*") {
                let start = self.here;
                self.bump_bytes(2);
                let mut level = 1_usize;
                while level > 0 {
                    let rest = self.rest();
                    if rest.is_empty() {
                        self.here = start;
                        return false;
                    } else if rest.starts_with("/*") {
                        level += 1;
                        self.bump_bytes(2);
                    } else if rest.starts_with("*/") {
                        level -= 1;
                        self.bump_bytes(2);
                    } else {
                        self.bump();
                    }
                }
            } else if self.peek().is_some_and(|c| c.is_whitespace() && !is_forbidden_control(c)) {
                self.bump();
            } else {
                return true;
            }
        }
    }

    /// A string starting here, if any: `"`, `r"`, `r#"`, `b"`, `br#"`...
    /// Returns the length of the opening in bytes, the number of `#`s and
    /// whether it is raw (no escapes).
    fn string_start(&self) -> Option<(usize, usize, bool)> {
        let rest = self.rest();
        let after_b = rest.strip_prefix('b').unwrap_or(rest);
        let b_len = rest.len() - after_b.len();
        if after_b.starts_with('"') {
            return Some((b_len + 1, 0, false));
        }
        let after_r = after_b.strip_prefix('r')?;
        let hashes = after_r.len() - after_r.trim_start_matches('#').len();
        after_r[hashes..].starts_with('"').then_some((b_len + 1 + hashes + 1, hashes, true))
    }

    fn string(&mut self, prefix_bytes: usize, hashes: usize, raw: bool) -> TokenKind {
        self.bump_bytes(prefix_bytes);
        let content_start = self.here.offset;
        let mut chars = 0_usize;
        loop {
            let rest = self.rest();
            let Some(c) = rest.chars().next() else {
                return TokenKind::Str { content: content_start..self.here.offset, chars, terminated: false, raw };
            };
            if c == '"' && rest[1..].bytes().take(hashes).filter(|&b| b == b'#').count() == hashes {
                let content = content_start..self.here.offset;
                self.bump_bytes(1 + hashes);
                return TokenKind::Str { content, chars, terminated: true, raw };
            }
            self.bump();
            if c == '\\' && !raw {
                self.bump();
            }
            chars += 1;
        }
    }

    /// `'x'` or `'\n'`; anything else leaves the quote as punctuation.
    fn char_literal(&mut self) -> TokenKind {
        let rest = self.rest();
        let body = &rest[1..];
        let length = if body.starts_with('\\') {
            body.char_indices().skip(2).take(12).find(|&(_, c)| c == '\'').map(|(index, _)| index + 1)
        } else {
            body.chars().next().filter(|&c| c != '\'').and_then(|c| body[c.len_utf8()..].starts_with('\'').then_some(c.len_utf8() + 1))
        };
        if let Some(length) = length {
            self.bump_bytes(1 + length);
            TokenKind::Char
        } else {
            self.bump();
            TokenKind::Punct('\'')
        }
    }

    fn word(&mut self) {
        if self.rest().starts_with("r#") {
            self.bump_bytes(2);
        }
        while self.peek().is_some_and(is_word_char) {
            self.bump();
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        if self.finished {
            return None;
        }
        if !self.skip_trivia() {
            self.finished = true;
            let end = position_of(self.text, self.text.len());
            return Some(Token { kind: TokenKind::UnclosedComment, start: self.here, end });
        }
        let start = self.here;
        let c = self.peek()?;
        let kind = if let Some((prefix_bytes, hashes, raw)) = self.string_start() {
            self.string(prefix_bytes, hashes, raw)
        } else if is_forbidden_control(c) {
            self.bump();
            TokenKind::Control(c)
        } else if c == '\'' {
            self.char_literal()
        } else if is_word_char(c) {
            self.word();
            TokenKind::Word
        } else {
            self.bump();
            match c {
                '(' | '[' | '{' => TokenKind::Open(c),
                ')' | ']' | '}' => TokenKind::Close(c),
                _ => TokenKind::Punct(c),
            }
        };
        Some(Token { kind, start, end: self.here })
    }
}

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Control characters that cannot appear in a text file outside strings.
/// Tab, line feed and carriage return are ordinary whitespace.
pub(crate) fn is_forbidden_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// `text` without a leading byte-order mark. Editors hide it and do not
/// count it as a column, so neither do diagnostics; every entry point strips
/// it first so all positions agree.
pub(crate) fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{FEFF}').unwrap_or(text)
}

/// The position of the 1-based `line` and character `column`, clamped to the
/// end of that line (and of the text), so any position ron reports maps to a
/// real offset.
pub(crate) fn position_at(text: &str, line: usize, column: usize) -> Position {
    let mut line_start = 0;
    for _ in 1..line {
        match text[line_start..].find('\n') {
            Some(index) => line_start += index + 1,
            None => break,
        }
    }
    let actual_line = 1 + text[..line_start].matches('\n').count();
    let line_text = line_of(text, line_start);
    let mut offset = line_start;
    let mut actual_column = 1;
    for c in line_text.chars().take(column.saturating_sub(1)) {
        offset += c.len_utf8();
        actual_column += 1;
    }
    Position { offset, line: actual_line, column: actual_column }
}

/// The position of byte `offset` (which must be on a char boundary).
pub(crate) fn position_of(text: &str, offset: usize) -> Position {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |index| index + 1);
    Position { offset, line: 1 + before.matches('\n').count(), column: 1 + before[line_start..].chars().count() }
}

/// The text of the line starting at byte `line_start`, without its line break.
pub(crate) fn line_of(text: &str, line_start: usize) -> &str {
    let rest = &text[line_start..];
    let line = rest.split('\n').next().unwrap_or("");
    line.strip_suffix('\r').unwrap_or(line)
}

/// The number of characters from `start` to byte `end`, kept on `start`'s
/// line (a caret cannot continue onto the next line) and at least 1.
pub(crate) fn span_length(text: &str, start: Position, end: usize) -> usize {
    let end = end.max(start.offset).min(text.len());
    text[start.offset..end].split('\n').next().unwrap_or("").chars().count().max(1)
}
