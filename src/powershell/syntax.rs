//! The PowerShell subset's lexer and parser: a line becomes a [`Script`],
//! a pipeline of cmdlet invocations with their arguments as values.
//!
//! Bounded: the caller refuses lines over [`crate::command::MAX_LINE_BYTES`],
//! nesting (arrays, hashtables, script blocks, parentheses) stops at
//! [`MAX_DEPTH`], and every loop consumes input, so no line can make the
//! parser slow or make it panic.

use std::fmt;

/// How deep values may nest.
pub const MAX_DEPTH: usize = 16;

/// One lexical token with its byte range in the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: Tok,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tok {
    /// A bare word (a cmdlet name, an unquoted argument).
    Word(String),
    /// A quoted string, quotes removed.
    Str(String),
    Number(i64),
    /// `-Name` or `-Name:` (the colon form binds the next value).
    Param {
        name: String,
        colon: bool,
    },
    /// `$name` or `$_.Prop.Sub`.
    Var {
        name: String,
        path: Vec<String>,
    },
    Comma,
    Pipe,
    Semicolon,
    Equals,
    LBrace,
    RBrace,
    /// `@{`
    AtBrace,
    /// `@(`
    AtParen,
    LParen,
    RParen,
}

/// Why a line is not a PowerShell line we understand: PowerShell's own
/// parser and binder messages (English, as PowerShell writes them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxError {
    /// A string is missing its closing quote.
    MissingTerminator {
        quote: char,
    },
    /// `{`, `@{`, `(` or `@(` without its closing bracket.
    MissingClose {
        close: char,
    },
    Unexpected {
        text: String,
    },
    TooDeep,
    /// The hashtable's key has no `=`.
    MissingEquals,
    /// A script block we cannot evaluate (only comparisons of `$_`
    /// properties joined by `-and`/`-or`).
    UnsupportedFilter {
        text: String,
    },
    Empty,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SyntaxError::MissingTerminator { quote } => write!(f, "The string is missing the terminator: {quote}."),
            SyntaxError::MissingClose { close } => write!(f, "Missing closing '{close}' in statement block or type definition."),
            SyntaxError::Unexpected { text } | SyntaxError::UnsupportedFilter { text } => {
                write!(f, "Unexpected token '{text}' in expression or statement.")
            }
            SyntaxError::TooDeep => write!(f, "The expression is nested too deeply."),
            SyntaxError::MissingEquals => write!(f, "Missing '=' operator after key in hash literal."),
            SyntaxError::Empty => write!(f, "An empty pipe element is not allowed."),
        }
    }
}

/// A value an argument carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Str(String),
    Number(i64),
    Bool(bool),
    Null,
    Array(Vec<Value>),
    /// `@{Key=Value; ...}`, keys in order.
    Hash(Vec<(String, Value)>),
    Block(Filter),
    /// `$_` or `$_.Prop` outside a script block, or another variable.
    Var {
        name: String,
        path: Vec<String>,
    },
}

impl Value {
    /// The value as PowerShell would turn it into a string for a
    /// parameter of type string (`$false` is `False`).
    #[must_use]
    pub fn text(&self) -> String {
        match self {
            Value::Str(text) => text.clone(),
            Value::Number(number) => number.to_string(),
            Value::Bool(true) => "True".to_string(),
            Value::Bool(false) => "False".to_string(),
            Value::Null => String::new(),
            Value::Array(items) => items.iter().map(Value::text).collect::<Vec<_>>().join(" "),
            Value::Hash(_) => "System.Collections.Hashtable".to_string(),
            Value::Block(_) => "{ ... }".to_string(),
            Value::Var { name, path } => {
                let mut text = format!("${name}");
                for part in path {
                    text.push('.');
                    text.push_str(part);
                }
                text
            }
        }
    }

    /// The items of an array, or the value alone.
    #[must_use]
    pub fn items(&self) -> Vec<&Value> {
        match self {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        }
    }
}

/// The comparison operators of a `Where-Object` script block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Like,
    NotLike,
    Match,
    NotMatch,
}

/// A `Where-Object` script block: comparisons of `$_` properties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    Compare {
        property: Vec<String>,
        op: Op,
        value: Box<Value>,
    },
    /// `$_.Prop` alone: true when the property is true or non-empty.
    Truthy {
        property: Vec<String>,
    },
    Not(Box<Filter>),
    And(Box<Filter>, Box<Filter>),
    Or(Box<Filter>, Box<Filter>),
}

/// One argument as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Argument {
    /// `-Name`, `-Name value` is decided at binding (a switch takes no
    /// value), `-Name:value` carries its value here.
    Named {
        name: String,
        value: Option<Value>,
        colon: bool,
    },
    Positional(Value),
}

/// One cmdlet in a pipeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invocation {
    /// The cmdlet name as typed.
    pub name: String,
    pub arguments: Vec<Argument>,
}

/// A parsed line: cmdlets joined by `|`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Script {
    pub pipeline: Vec<Invocation>,
}

/// Whether a word has the shape of a cmdlet name (`Verb-Noun`).
#[must_use]
pub fn is_cmdlet_name(word: &str) -> bool {
    let Some((verb, noun)) = word.split_once('-') else { return false };
    verb.len() >= 2
        && verb.chars().all(|character| character.is_ascii_alphabetic())
        && verb.chars().next().is_some_and(|character| character.is_ascii_uppercase() || character.is_ascii_lowercase())
        && !noun.is_empty()
        && noun.chars().next().is_some_and(|character| character.is_ascii_alphabetic())
        && noun.chars().all(|character| character.is_ascii_alphanumeric())
}

fn is_word_char(character: char) -> bool {
    !character.is_whitespace() && !matches!(character, '|' | ';' | ',' | '{' | '}' | '(' | ')' | '=' | '\'' | '"')
}

/// Splits a line into tokens.
pub fn lex(line: &str) -> Result<Vec<Token>, SyntaxError> {
    let mut tokens = Vec::new();
    let bytes: Vec<(usize, char)> = line.char_indices().collect();
    let end_of = |index: usize| bytes.get(index).map_or(line.len(), |(offset, _)| *offset);
    let mut index = 0;
    while let Some(&(start, character)) = bytes.get(index) {
        if character.is_whitespace() {
            index += 1;
            continue;
        }
        if character == '#' {
            break;
        }
        let single = |kind: Tok| Token { kind, start, end: start + character.len_utf8() };
        match character {
            '|' => {
                tokens.push(single(Tok::Pipe));
                index += 1;
            }
            ';' => {
                tokens.push(single(Tok::Semicolon));
                index += 1;
            }
            ',' => {
                tokens.push(single(Tok::Comma));
                index += 1;
            }
            '=' => {
                tokens.push(single(Tok::Equals));
                index += 1;
            }
            '{' => {
                tokens.push(single(Tok::LBrace));
                index += 1;
            }
            '}' => {
                tokens.push(single(Tok::RBrace));
                index += 1;
            }
            '(' => {
                tokens.push(single(Tok::LParen));
                index += 1;
            }
            ')' => {
                tokens.push(single(Tok::RParen));
                index += 1;
            }
            '@' if matches!(bytes.get(index + 1), Some((_, '{'))) => {
                tokens.push(Token { kind: Tok::AtBrace, start, end: start + 2 });
                index += 2;
            }
            '@' if matches!(bytes.get(index + 1), Some((_, '('))) => {
                tokens.push(Token { kind: Tok::AtParen, start, end: start + 2 });
                index += 2;
            }
            '\'' | '"' => {
                let quote = character;
                let mut text = String::new();
                let mut next = index + 1;
                let mut closed = false;
                while let Some(&(_, inner)) = bytes.get(next) {
                    if inner == quote {
                        // A doubled quote is one quote character.
                        if matches!(bytes.get(next + 1), Some((_, again)) if *again == quote) {
                            text.push(quote);
                            next += 2;
                            continue;
                        }
                        closed = true;
                        next += 1;
                        break;
                    }
                    if quote == '"'
                        && inner == '`'
                        && let Some(&(_, escaped)) = bytes.get(next + 1)
                    {
                        text.push(match escaped {
                            'n' => '\n',
                            't' => '\t',
                            other => other,
                        });
                        next += 2;
                        continue;
                    }
                    text.push(inner);
                    next += 1;
                }
                if !closed {
                    return Err(SyntaxError::MissingTerminator { quote });
                }
                tokens.push(Token { kind: Tok::Str(text), start, end: end_of(next) });
                index = next;
            }
            '$' => {
                let mut next = index + 1;
                let mut name = String::new();
                while let Some(&(_, inner)) = bytes.get(next) {
                    if inner.is_alphanumeric() || inner == '_' {
                        name.push(inner);
                        next += 1;
                    } else {
                        break;
                    }
                }
                let mut path = Vec::new();
                while matches!(bytes.get(next), Some((_, '.'))) {
                    let mut part = String::new();
                    let mut after = next + 1;
                    while let Some(&(_, inner)) = bytes.get(after) {
                        if inner.is_alphanumeric() || inner == '_' || inner == '@' {
                            part.push(inner);
                            after += 1;
                        } else {
                            break;
                        }
                    }
                    if part.is_empty() {
                        break;
                    }
                    path.push(part);
                    next = after;
                }
                if name.is_empty() {
                    return Err(SyntaxError::Unexpected { text: "$".to_string() });
                }
                tokens.push(Token { kind: Tok::Var { name, path }, start, end: end_of(next) });
                index = next;
            }
            '-' if bytes.get(index + 1).is_some_and(|(_, next)| next.is_ascii_alphabetic()) => {
                let mut next = index + 1;
                let mut name = String::new();
                while let Some(&(_, inner)) = bytes.get(next) {
                    if inner.is_ascii_alphanumeric() || inner == '_' {
                        name.push(inner);
                        next += 1;
                    } else {
                        break;
                    }
                }
                let colon = matches!(bytes.get(next), Some((_, ':')));
                if colon {
                    next += 1;
                }
                tokens.push(Token { kind: Tok::Param { name, colon }, start, end: end_of(next) });
                index = next;
            }
            _ => {
                let mut next = index;
                let mut text = String::new();
                while let Some(&(_, inner)) = bytes.get(next) {
                    if is_word_char(inner) {
                        text.push(inner);
                        next += 1;
                    } else {
                        break;
                    }
                }
                if text.is_empty() {
                    return Err(SyntaxError::Unexpected { text: character.to_string() });
                }
                let kind = match text.parse::<i64>() {
                    Ok(number) if text.chars().all(|digit| digit.is_ascii_digit() || digit == '-') => Tok::Number(number),
                    _ => Tok::Word(text),
                };
                tokens.push(Token { kind, start, end: end_of(next) });
                index = next;
            }
        }
    }
    Ok(tokens)
}

struct Parser<'tokens> {
    tokens: &'tokens [Token],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.at).map(|token| &token.kind)
    }

    fn next(&mut self) -> Option<&Tok> {
        let token = self.tokens.get(self.at).map(|token| &token.kind);
        if token.is_some() {
            self.at += 1;
        }
        token
    }

    /// One value, then a comma list if commas follow.
    fn value_list(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        let first = self.value(depth)?;
        if !matches!(self.peek(), Some(Tok::Comma)) {
            return Ok(first);
        }
        let mut items = vec![first];
        while matches!(self.peek(), Some(Tok::Comma)) {
            self.next();
            items.push(self.value(depth)?);
        }
        Ok(Value::Array(items))
    }

    fn value(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(SyntaxError::TooDeep);
        }
        let Some(token) = self.next().cloned() else { return Err(SyntaxError::Empty) };
        match token {
            Tok::Word(word) => Ok(Value::Str(word)),
            Tok::Str(text) => Ok(Value::Str(text)),
            Tok::Number(number) => Ok(Value::Number(number)),
            Tok::Var { name, path } => Ok(variable(name, path)),
            Tok::AtBrace => self.hash(depth + 1),
            Tok::AtParen | Tok::LParen => {
                if matches!(self.peek(), Some(Tok::RParen)) {
                    self.next();
                    return Ok(Value::Array(Vec::new()));
                }
                let inner = self.value_list(depth + 1)?;
                match self.next() {
                    Some(Tok::RParen) => Ok(if matches!(token, Tok::AtParen) && !matches!(inner, Value::Array(_)) {
                        Value::Array(vec![inner])
                    } else {
                        inner
                    }),
                    _ => Err(SyntaxError::MissingClose { close: ')' }),
                }
            }
            Tok::LBrace => {
                let filter = self.filter(depth + 1)?;
                match self.next() {
                    Some(Tok::RBrace) => Ok(Value::Block(filter)),
                    Some(other) => Err(SyntaxError::UnsupportedFilter { text: describe(other) }),
                    None => Err(SyntaxError::MissingClose { close: '}' }),
                }
            }
            // A parameter-looking word in value position is text (`-5` is a number already).
            other => Err(SyntaxError::Unexpected { text: describe(&other) }),
        }
    }

    fn hash(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        let mut pairs = Vec::new();
        loop {
            match self.next().cloned() {
                Some(Tok::RBrace) => return Ok(Value::Hash(pairs)),
                Some(Tok::Semicolon) => {}
                Some(Tok::Word(key) | Tok::Str(key)) => {
                    if !matches!(self.next(), Some(Tok::Equals)) {
                        return Err(SyntaxError::MissingEquals);
                    }
                    let value = self.value_list(depth)?;
                    pairs.push((key, value));
                }
                Some(other) => return Err(SyntaxError::Unexpected { text: describe(&other) }),
                None => return Err(SyntaxError::MissingClose { close: '}' }),
            }
        }
    }

    fn filter(&mut self, depth: usize) -> Result<Filter, SyntaxError> {
        let mut left = self.comparison(depth)?;
        loop {
            let joiner = match self.peek() {
                Some(Tok::Param { name, .. }) if name.eq_ignore_ascii_case("and") => true,
                Some(Tok::Param { name, .. }) if name.eq_ignore_ascii_case("or") => false,
                _ => return Ok(left),
            };
            self.next();
            let right = self.comparison(depth)?;
            left = if joiner { Filter::And(Box::new(left), Box::new(right)) } else { Filter::Or(Box::new(left), Box::new(right)) };
        }
    }

    fn comparison(&mut self, depth: usize) -> Result<Filter, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(SyntaxError::TooDeep);
        }
        match self.next().cloned() {
            Some(Tok::Param { name, .. }) if name.eq_ignore_ascii_case("not") => Ok(Filter::Not(Box::new(self.comparison(depth + 1)?))),
            Some(Tok::LParen) => {
                let inner = self.filter(depth + 1)?;
                match self.next() {
                    Some(Tok::RParen) => Ok(inner),
                    _ => Err(SyntaxError::MissingClose { close: ')' }),
                }
            }
            Some(Tok::Var { name, path }) if name == "_" && !path.is_empty() => {
                let op = match self.peek() {
                    Some(Tok::Param { name, .. }) => match name.to_ascii_lowercase().as_str() {
                        "eq" | "ieq" | "ceq" => Some(Op::Eq),
                        "ne" | "ine" | "cne" => Some(Op::Ne),
                        "like" | "ilike" => Some(Op::Like),
                        "notlike" => Some(Op::NotLike),
                        "match" | "imatch" => Some(Op::Match),
                        "notmatch" => Some(Op::NotMatch),
                        "and" | "or" => None,
                        other => return Err(SyntaxError::UnsupportedFilter { text: format!("-{other}") }),
                    },
                    _ => None,
                };
                let Some(op) = op else { return Ok(Filter::Truthy { property: path }) };
                self.next();
                let value = self.value(depth + 1)?;
                Ok(Filter::Compare { property: path, op, value: Box::new(value) })
            }
            Some(other) => Err(SyntaxError::UnsupportedFilter { text: describe(&other) }),
            None => Err(SyntaxError::MissingClose { close: '}' }),
        }
    }
}

fn variable(name: String, path: Vec<String>) -> Value {
    if path.is_empty() {
        match name.to_ascii_lowercase().as_str() {
            "true" => return Value::Bool(true),
            "false" => return Value::Bool(false),
            "null" => return Value::Null,
            _ => {}
        }
    }
    Value::Var { name, path }
}

fn describe(token: &Tok) -> String {
    match token {
        Tok::Word(word) => word.clone(),
        Tok::Str(text) => format!("'{text}'"),
        Tok::Number(number) => number.to_string(),
        Tok::Param { name, .. } => format!("-{name}"),
        Tok::Var { name, .. } => format!("${name}"),
        Tok::Comma => ",".to_string(),
        Tok::Pipe => "|".to_string(),
        Tok::Semicolon => ";".to_string(),
        Tok::Equals => "=".to_string(),
        Tok::LBrace => "{".to_string(),
        Tok::RBrace => "}".to_string(),
        Tok::AtBrace => "@{".to_string(),
        Tok::AtParen => "@(".to_string(),
        Tok::LParen => "(".to_string(),
        Tok::RParen => ")".to_string(),
    }
}

/// Parses a line into a pipeline.
pub fn parse(line: &str) -> Result<Script, SyntaxError> {
    let tokens = lex(line)?;
    let mut parser = Parser { tokens: &tokens, at: 0 };
    let mut pipeline = Vec::new();
    loop {
        let name = match parser.next().cloned() {
            Some(Tok::Word(word)) => word,
            Some(other) => return Err(SyntaxError::Unexpected { text: describe(&other) }),
            None => return Err(SyntaxError::Empty),
        };
        let mut arguments = Vec::new();
        loop {
            match parser.peek().cloned() {
                None => {
                    pipeline.push(Invocation { name, arguments });
                    return Ok(Script { pipeline });
                }
                Some(Tok::Pipe) => {
                    parser.next();
                    pipeline.push(Invocation { name, arguments });
                    break;
                }
                Some(Tok::Semicolon) => return Err(SyntaxError::Unexpected { text: ";".to_string() }),
                Some(Tok::Param { name: parameter, colon }) => {
                    parser.next();
                    let value = if colon { Some(parser.value_list(1)?) } else { None };
                    arguments.push(Argument::Named { name: parameter, value, colon });
                }
                Some(_) => arguments.push(Argument::Positional(parser.value_list(1)?)),
            }
        }
    }
}

/// Whether `value` matches PowerShell's `-like` wildcard pattern
/// (`*`, `?`; case-insensitive).
#[must_use]
pub fn like(text: &str, pattern: &str) -> bool {
    let text: Vec<char> = text.to_lowercase().chars().collect();
    let pattern: Vec<char> = pattern.to_lowercase().chars().collect();
    // Iterative matcher with one backtrack point: linear in practice, never recursive.
    let (mut t, mut p) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some('*') => {
                star = Some((p, t));
                p += 1;
            }
            Some(&wanted) if wanted == '?' || wanted == text[t] => {
                t += 1;
                p += 1;
            }
            _ => match star {
                Some((star_p, star_t)) => {
                    p = star_p + 1;
                    t = star_t + 1;
                    star = Some((star_p, star_t + 1));
                }
                None => return false,
            },
        }
    }
    pattern[p.min(pattern.len())..].iter().all(|character| *character == '*')
}
