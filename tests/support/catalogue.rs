//! Checks that the Fluent catalogue and the code agree: every id the code uses exists in en-GB, every en-GB id is
//! used, other locales add no ids and keep each message's variables.
//!
//! The code's uses are its string literals shaped like a message id (kebab-case) whose first part is an area
//! that en-GB uses, such as `about-` or `error-`. Ids are therefore always written out whole in the code.
// Each suite includes the support it needs and uses part of it.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

/// One locale's entries: message or term id -> the variables it uses (value and attributes together).
#[derive(Debug, Default)]
pub struct Locale {
    pub entries: BTreeMap<String, BTreeSet<String>>,
    pub terms_referenced: BTreeSet<String>,
}

/// Parses a locale's `.ftl` files; syntax errors and duplicate ids are problems.
pub fn parse_locale(locale: &str, files: &[(&str, &str)], problems: &mut Vec<String>) -> Locale {
    let mut parsed = Locale::default();
    for (file, source) in files {
        let resource = match parser::parse(*source) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    problems.push(format!("{locale}/{file}: syntax error {:?} at byte {:?}", error.kind, error.pos));
                }
                resource
            }
        };
        for entry in resource.body {
            let (id, patterns): (String, Vec<&Pattern<&str>>) = match &entry {
                Entry::Message(message) => (
                    message.id.name.to_owned(),
                    message.value.iter().chain(message.attributes.iter().map(|a| &a.value)).collect(),
                ),
                Entry::Term(term) => (
                    format!("-{}", term.id.name),
                    std::iter::once(&term.value).chain(term.attributes.iter().map(|a| &a.value)).collect(),
                ),
                _ => continue,
            };
            let mut variables = BTreeSet::new();
            for pattern in patterns {
                walk_pattern(pattern, &mut variables, &mut parsed.terms_referenced);
            }
            if parsed.entries.insert(id.clone(), variables).is_some() {
                problems.push(format!("{locale}/{file}: {id} is defined twice"));
            }
        }
    }
    parsed
}

fn walk_pattern(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>, terms: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, variables, terms);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, variables: &mut BTreeSet<String>, terms: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, variables, terms),
        Expression::Select { selector, variants } => {
            walk_inline(selector, variables, terms);
            for variant in variants {
                walk_pattern(&variant.value, variables, terms);
            }
        }
    }
}

fn walk_inline(inline: &InlineExpression<&str>, variables: &mut BTreeSet<String>, terms: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => walk_arguments(arguments, variables, terms),
        InlineExpression::TermReference { id, arguments, .. } => {
            terms.insert(format!("-{}", id.name));
            if let Some(arguments) = arguments {
                walk_arguments(arguments, variables, terms);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, variables, terms),
        InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. }
        | InlineExpression::MessageReference { .. } => {}
    }
}

fn walk_arguments(arguments: &CallArguments<&str>, variables: &mut BTreeSet<String>, terms: &mut BTreeSet<String>) {
    for argument in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
        walk_inline(argument, variables, terms);
    }
}

/// The quoted literals in a source file that look like message ids, with their line numbers.
pub fn id_literals(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let mut rest = line;
        while let Some(start) = rest.find(['"', '\'', '`']) {
            let quote = rest[start..].chars().next().expect("found a quote");
            let after = &rest[start + 1..];
            let Some(end) = after.find(quote) else { break };
            let literal = &after[..end];
            if is_id_shaped(literal) {
                found.push((number + 1, literal.to_owned()));
            }
            rest = &after[end + 1..];
        }
    }
    found
}

fn is_id_shaped(text: &str) -> bool {
    let mut parts = text.split('-');
    let first = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    first.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && first.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && !rest.is_empty()
        && rest.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// Every problem between the reference catalogue, the other locales and the code's sources `(path, text)`.
pub fn check(reference: &Locale, others: &[(&str, Locale)], sources: &[(String, String)]) -> Vec<String> {
    let mut problems = Vec::new();
    let areas: BTreeSet<&str> =
        reference.entries.keys().filter(|id| !id.starts_with('-')).filter_map(|id| id.split('-').next()).collect();

    let mut used = BTreeSet::new();
    for (path, text) in sources {
        for (line, id) in id_literals(text) {
            let area = id.split('-').next().unwrap_or_default();
            if !areas.contains(area) {
                continue;
            }
            if !reference.entries.contains_key(&id) {
                problems.push(format!("{path}:{line}: uses {id}, which en-GB lacks"));
            }
            used.insert(id);
        }
    }
    for id in reference.entries.keys() {
        let is_term = id.starts_with('-');
        if is_term && !reference.terms_referenced.contains(id) {
            problems.push(format!("en-GB: the term {id} is referenced by no message"));
        }
        if !is_term && !used.contains(id) {
            problems.push(format!("en-GB: {id} is used by nothing in the UI or the Rust code"));
        }
    }
    for (code, locale) in others {
        for (id, variables) in &locale.entries {
            match reference.entries.get(id) {
                None => problems.push(format!("{code}: {id} is not in en-GB")),
                Some(expected) if expected != variables => problems
                    .push(format!("{code}: {id} uses the variables {variables:?}, but en-GB's uses {expected:?}")),
                Some(_) => {}
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(code: &str, source: &str) -> Locale {
        let mut problems = Vec::new();
        let parsed = parse_locale(code, &[("app.ftl", source)], &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        parsed
    }

    const REFERENCE: &str = "-brand = Pathfinder\napp-title = { -brand }\napp-greeting = Hello { $name }\n";

    fn code(text: &str) -> Vec<(String, String)> {
        vec![("ui/src/main.ts".to_owned(), text.to_owned())]
    }

    #[test]
    fn a_consistent_catalogue_has_no_problems() {
        let problems = check(&locale("en-GB", REFERENCE), &[], &code(r#"l("app-title"); l('app-greeting');"#));
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn an_id_the_code_uses_but_en_gb_lacks_is_a_problem() {
        let problems = check(
            &locale("en-GB", REFERENCE),
            &[],
            &code("l(\"app-title\");\nl(\"app-greeting\");\nl(`app-farewell`);"),
        );
        assert_eq!(problems, ["ui/src/main.ts:3: uses app-farewell, which en-GB lacks"]);
    }

    #[test]
    fn an_unused_en_gb_id_and_an_unreferenced_term_are_problems() {
        let problems =
            check(&locale("en-GB", "-lonely = x\napp-title = T\napp-spare = S\n"), &[], &code("\"app-title\""));
        assert_eq!(
            problems,
            [
                "en-GB: the term -lonely is referenced by no message",
                "en-GB: app-spare is used by nothing in the UI or the Rust code"
            ]
        );
    }

    #[test]
    fn another_locale_with_an_extra_id_or_other_variables_is_a_problem() {
        let polish = locale("pl", "app-greeting = Cześć { $who }\napp-extra = Dodatkowy\n");
        let problems = check(&locale("en-GB", REFERENCE), &[("pl", polish)], &code("'app-title' 'app-greeting'"));
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].starts_with("pl: app-extra is not in en-GB"));
        assert!(problems[1].contains("app-greeting uses the variables {\"who\"}"));
    }

    #[test]
    fn syntax_errors_and_duplicates_are_problems() {
        let mut problems = Vec::new();
        parse_locale("pl", &[("a.ftl", "app-x = X\napp-x = Y\n!!!\n")], &mut problems);
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    #[test]
    fn literals_that_are_not_id_shaped_are_ignored() {
        let found: Vec<String> = id_literals(r#"a("nhsuk-header") b("Hello there") c("x") d("two-Words") e("-term")"#)
            .into_iter()
            .map(|(_, id)| id)
            .collect();
        assert_eq!(found, ["nhsuk-header"]);
    }
}
