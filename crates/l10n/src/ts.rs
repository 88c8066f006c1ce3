//! The TypeScript declarations say what serde writes: every key of a real value is a field of its type.

use ts_rs::{Config, TS};

use crate::{LanguageChoice, Sources, Status};

fn config() -> Config {
    Config::new().with_large_int("number")
}

/// Every key of the JSON object is declared as a field of `T`.
fn assert_declares_keys<T: TS>(value: &serde_json::Value) {
    // Fields with doc comments start a line.
    let decl = T::decl(&config()).replace('\n', " ");
    let object = value.as_object().expect("a struct serialises as an object");
    for key in object.keys() {
        let declared = [format!(" {key}: "), format!(" {key}?: "), format!("\"{key}\": ")];
        assert!(declared.iter().any(|field| decl.contains(field)), "{key} in {decl}");
    }
}

#[test]
fn the_declarations_name_the_keys_serde_writes() {
    let sources = Sources::for_locale("pl").unwrap();
    assert_declares_keys::<Sources>(&serde_json::to_value(&sources).unwrap());
    assert_declares_keys::<LanguageChoice>(&serde_json::to_value(&sources.languages[0]).unwrap());
    let cfg = config();
    assert_eq!(Sources::name(&cfg), "L10nSources");
    let status = Status::decl(&cfg);
    for value in [Status::Complete, Status::Draft] {
        assert!(status.contains(&serde_json::to_string(&value).unwrap()), "{status}");
    }
}
