//! The catalogues: every message in all four languages with the same
//! arguments, every id the code uses present, no id the code does not use,
//! plural forms per CLDR, and how the language is chosen.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use tenantdrill::i18n::{CATALOGUES, FluentArgs, Lang, message};

/// Message id (and `id.attribute`) to the variables its pattern uses.
type Shape = BTreeMap<String, BTreeSet<String>>;

fn variables_of_pattern(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, into);
        }
    }
}

fn variables_of_inline(inline: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for positional in &arguments.positional {
                variables_of_inline(positional, into);
            }
        }
        ast::InlineExpression::Placeable { expression } => variables_of_expression(expression, into),
        _ => {}
    }
}

fn variables_of_expression(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, into);
            for variant in variants {
                variables_of_pattern(&variant.value, into);
            }
        }
        ast::Expression::Inline(inline) => variables_of_inline(inline, into),
    }
}

fn shape(lang: Lang, name: &str, source: &str) -> Shape {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("locales/{}/{name}.ftl does not parse: {errors:?}", lang.code()));
    let mut shape = Shape::new();
    for entry in &resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                variables_of_pattern(value, &mut variables);
            }
            let previous = shape.insert(message.id.name.to_string(), variables);
            assert!(previous.is_none(), "locales/{}/{name}.ftl: '{}' is defined twice", lang.code(), message.id.name);
            for attribute in &message.attributes {
                let mut variables = BTreeSet::new();
                variables_of_pattern(&attribute.value, &mut variables);
                shape.insert(format!("{}.{}", message.id.name, attribute.id.name), variables);
            }
        }
    }
    shape
}

/// Every catalogue's messages in one language, checking no id is in two files.
fn all_shapes(lang: Lang) -> Shape {
    let mut all = Shape::new();
    for (index, catalogue) in CATALOGUES.iter().enumerate() {
        let source = catalogue.sources[Lang::ALL.iter().position(|each| *each == lang).unwrap_or(index)];
        for (id, variables) in shape(lang, catalogue.name, source) {
            assert!(!all.contains_key(&id), "'{id}' is defined in more than one catalogue of {}", lang.code());
            all.insert(id, variables);
        }
    }
    all
}

#[test]
fn every_message_exists_in_all_four_languages_with_the_same_arguments() {
    let english = all_shapes(Lang::En);
    for lang in [Lang::Nb, Lang::Nl, Lang::Sl] {
        let other = all_shapes(lang);
        let missing: Vec<_> = english.keys().filter(|id| !other.contains_key(*id)).collect();
        let extra: Vec<_> = other.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(extra.is_empty(), "{} has ids English does not: {extra:?}", lang.code());
        for (id, variables) in &english {
            assert_eq!(&other[id], variables, "'{id}' takes other arguments in {} than in English", lang.code());
        }
    }
}

/// Every `t!(lang, "id", name = value, ...)` in `src/`: the id and the
/// argument names.
fn uses_in_code() -> Vec<(String, String, BTreeSet<String>)> {
    fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).expect("src is readable").flatten().map(|entry| entry.path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                files.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")), &mut files);
    let mut uses = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a source file is readable");
        // Comments (documentation examples) are not uses.
        let text: String = text.lines().filter(|line| !line.trim_start().starts_with("//")).flat_map(|line| [line, "\n"]).collect();
        let name = file.display().to_string();
        let mut rest = text.as_str();
        while let Some(start) = rest.find("t!(") {
            let preceded = rest[..start].chars().last();
            rest = &rest[start + 3..];
            if preceded.is_some_and(|character| character.is_alphanumeric() || character == '_') {
                continue; // `format!(`, `assert!(`, ...
            }
            // The call's text up to its closing parenthesis.
            let mut depth = 1;
            let mut end = rest.len();
            let mut in_string = false;
            let mut previous = ' ';
            for (index, character) in rest.char_indices() {
                match character {
                    '"' if previous != '\\' => in_string = !in_string,
                    '(' if !in_string => depth += 1,
                    ')' if !in_string => {
                        depth -= 1;
                        if depth == 0 {
                            end = index;
                            break;
                        }
                    }
                    _ => {}
                }
                previous = character;
            }
            let call = &rest[..end];
            let Some(quote) = call.find('"') else { continue };
            let Some(length) = call[quote + 1..].find('"') else { continue };
            let id = call[quote + 1..quote + 1 + length].to_string();
            let after = &call[quote + 1 + length + 1..];
            let mut arguments = BTreeSet::new();
            let mut depth = 0;
            for part in after.split(',').skip(1) {
                // Only top-level `name = value` pairs name arguments.
                if depth == 0
                    && let Some((name, _)) = part.split_once('=')
                {
                    let name = name.trim();
                    if !name.is_empty() && name.chars().all(|character| character.is_ascii_alphanumeric() || character == '_') {
                        arguments.insert(name.to_string());
                    }
                }
                depth += part.matches(['(', '[', '{']).count();
                depth -= part.matches([')', ']', '}']).count().min(depth);
            }
            uses.push((name.clone(), id, arguments));
        }
    }
    uses
}

#[test]
fn every_id_the_code_uses_exists_with_the_arguments_it_passes() {
    let english = all_shapes(Lang::En);
    let mut problems = Vec::new();
    for (file, id, arguments) in uses_in_code() {
        match english.get(&id) {
            None => problems.push(format!("{file}: '{id}' is not in the English catalogues")),
            Some(variables) if *variables != arguments => {
                problems.push(format!("{file}: '{id}' is given {arguments:?} but its message uses {variables:?}"));
            }
            Some(_) => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_catalogue_has_an_id_the_code_does_not_use() {
    let used: BTreeSet<String> = uses_in_code().into_iter().map(|(_, id, _)| id).collect();
    // Messages the code reaches other than through `t!`, by literal id.
    let reached_otherwise = ["language-name"];
    let unused: Vec<_> =
        all_shapes(Lang::En).into_keys().filter(|id| !used.contains(id) && !reached_otherwise.contains(&id.as_str())).collect();
    assert!(unused.is_empty(), "ids no code uses: {unused:?}");
}

const NUMBERS: [u64; 10] = [0, 1, 2, 3, 4, 5, 101, 102, 103, 105];

/// Whether a message's pattern selects on a number (a plural).
fn plural_selectors(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(resource, _)| resource);
    let mut found = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(message) = entry
            && let Some(value) = &message.value
        {
            for element in &value.elements {
                if let ast::PatternElement::Placeable { expression: ast::Expression::Select { selector, variants } } = element
                    && let ast::InlineExpression::VariableReference { id } = selector
                {
                    let keys: BTreeSet<String> = variants
                        .iter()
                        .map(|variant| match &variant.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        })
                        .collect();
                    if keys.iter().any(|key| ["one", "two", "few", "many", "other"].contains(&key.as_str()) || key.parse::<u64>().is_ok())
                        && keys.contains("other")
                        && !keys.iter().any(|key| {
                            !["zero", "one", "two", "few", "many", "other"].contains(&key.as_str()) && key.parse::<u64>().is_err()
                        })
                    {
                        found.insert(format!("{}:{}", message.id.name, id.name), keys);
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_counted_message_has_each_languages_plural_forms_and_formats_every_number() {
    let needed = |lang: Lang| -> &'static [&'static str] {
        match lang {
            Lang::En | Lang::Nb | Lang::Nl => &["one", "other"],
            Lang::Sl => &["one", "two", "few", "other"],
        }
    };
    let english_shapes = all_shapes(Lang::En);
    for (index, lang) in Lang::ALL.into_iter().enumerate() {
        for catalogue in CATALOGUES {
            for (key, variants) in plural_selectors(catalogue.sources[index]) {
                for form in needed(lang) {
                    assert!(variants.contains(*form), "{}/{}.ftl {key}: no '{form}' variant", lang.code(), catalogue.name);
                }
                let (id, counted) = key.split_once(':').expect("id:variable");
                for number in NUMBERS {
                    let mut args = FluentArgs::new();
                    for variable in &english_shapes[id] {
                        if variable == counted {
                            args.set(variable.clone(), number);
                        } else {
                            args.set(variable.clone(), "x");
                        }
                    }
                    let text = message(lang, id, Some(&args));
                    assert!(!text.contains('{') && !text.is_empty() && text != id, "{} {id} with {number}: {text:?}", lang.code());
                }
            }
        }
    }
}

#[test]
fn slovenian_plurals_follow_cldr() {
    // A message written for the test of the rules themselves: Slovenian's
    // one is 1, 101, 201; two is 2, 102; few is 3, 4, 103; other is the rest.
    let bundle = {
        let mut bundle = fluent_bundle::FluentBundle::new(vec!["sl".parse().expect("a language id")]);
        bundle.set_use_isolating(false);
        let resource = fluent_bundle::FluentResource::try_new(
            "n = { $count -> \n [one] one\n [two] two\n [few] few\n *[other] other\n }\n".to_string(),
        )
        .expect("parses");
        bundle.add_resource(resource).expect("adds");
        bundle
    };
    let form = |count: u64| {
        let mut args = FluentArgs::new();
        args.set("count", count);
        let pattern = bundle.get_message("n").and_then(|message| message.value()).expect("has a value");
        bundle.format_pattern(pattern, Some(&args), &mut Vec::new()).into_owned()
    };
    let table = [
        (0, "other"),
        (1, "one"),
        (2, "two"),
        (3, "few"),
        (4, "few"),
        (5, "other"),
        (101, "one"),
        (102, "two"),
        (103, "few"),
        (105, "other"),
    ];
    for (count, expected) in table {
        assert_eq!(form(count), expected, "{count}");
    }
}

#[test]
fn the_language_comes_from_the_flag_then_the_locale_then_english() {
    type Case<'a> = (Option<Lang>, Option<&'a str>, Option<&'a str>, Option<&'a str>, Lang);
    let cases: [Case; 11] = [
        (Some(Lang::Sl), Some("nb_NO.UTF-8"), None, None, Lang::Sl),
        (None, Some("nb_NO.UTF-8"), Some("nl_NL"), Some("sl_SI"), Lang::Nb),
        (None, None, Some("nl_NL"), Some("sl_SI"), Lang::Nl),
        (None, Some(""), None, Some("sl_SI.utf8"), Lang::Sl),
        (None, None, None, Some("no_NO"), Lang::Nb),
        (None, None, None, Some("nn_NO.UTF-8"), Lang::Nb),
        (None, None, None, Some("de_DE.UTF-8"), Lang::En),
        // A locale we do not speak decides English; it does not fall through.
        (None, Some("fr_FR"), None, Some("nl_NL"), Lang::En),
        (None, None, None, Some("C"), Lang::En),
        (None, None, None, Some("C.UTF-8"), Lang::En),
        (None, None, None, None, Lang::En),
    ];
    for (flag, lc_all, lc_messages, lang, expected) in cases {
        assert_eq!(Lang::detect(flag, lc_all, lc_messages, lang), expected, "{flag:?} {lc_all:?} {lc_messages:?} {lang:?}");
    }
}

#[test]
fn a_message_in_each_language_is_that_languages_text() {
    assert_eq!(message(Lang::En, "language-name", None), "English");
    assert_eq!(message(Lang::Nb, "language-name", None), "norsk bokmål");
    assert_eq!(message(Lang::Nl, "language-name", None), "Nederlands");
    assert_eq!(message(Lang::Sl, "language-name", None), "slovenščina");
}
