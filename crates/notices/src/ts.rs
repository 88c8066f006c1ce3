//! The TypeScript declarations say what serde writes: every key of a real value is a field of its type, and every
//! enum value is one of its type's literals.

use ts_rs::{Config, TS};

use crate::documents::Kind;
use crate::documents::letters::{Counts, LeftOut};
use crate::patients::{Encoding, Field, ListSummary, MappingEntry, RowProblem, read_patient_list};

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

/// Every value is one of `T`'s string literals, as serde writes it.
fn assert_declares_literals<T: TS, V: serde::Serialize>(values: impl IntoIterator<Item = V>) {
    let decl = T::decl(&config());
    for value in values {
        let value = serde_json::to_string(&value).unwrap();
        assert!(decl.contains(&value), "{value} in {decl}");
    }
}

#[test]
fn the_declarations_name_the_keys_serde_writes() {
    let csv = "Surname,Address 1,Postcode,Language\nLovelace,12 High Street,LS1 4AP,Polish\n,1 Low Road,LS2 7AB,\n";
    let list = read_patient_list("patients.csv", csv.as_bytes(), None).unwrap();
    let problem = list.problems.first().expect("the row with no surname");
    assert_eq!(problem.field, Some(Field::Surname));
    assert_declares_keys::<RowProblem>(&serde_json::to_value(problem).unwrap());
    let summary: ListSummary = list.summary(10);
    assert_declares_keys::<ListSummary>(&serde_json::to_value(&summary).unwrap());
    assert_declares_keys::<MappingEntry>(&serde_json::to_value(summary.mapping[0]).unwrap());

    let counts = Counts { letters: 1, left_out: vec![LeftOut { lines: vec![3], code: 0x1F600 }], ..Counts::default() };
    assert_declares_keys::<Counts>(&serde_json::to_value(&counts).unwrap());
    assert_declares_keys::<LeftOut>(&serde_json::to_value(&counts.left_out[0]).unwrap());
}

#[test]
fn the_literal_types_hold_every_value_serde_writes() {
    let cfg = config();
    assert_declares_literals::<Kind, _>(Kind::ALL);
    assert_declares_literals::<Field, _>(Field::ALL);
    assert_declares_literals::<Encoding, _>([Encoding::Utf8, Encoding::Utf8Bom, Encoding::Windows1252]);
    let names = [Kind::name(&cfg), Field::name(&cfg), Counts::name(&cfg)];
    assert_eq!(names, ["NoticeKind", "ListField", "LettersCounts"]);
}
