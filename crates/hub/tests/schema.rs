//! The JSON Schemas of the submission (crates/protocol/schema) and the parser the hub runs agree on every file of the
//! hostile corpus (tests/corpus/submissions) and on the examples: the parser accepts a body if and only if a schema
//! validates it, version 1's schema for a version 1 body and version 2's for a version 2 body (each schema fixes its
//! version, so a body is valid against at most one). A file that is not JSON at all is valid against neither.
//!
//! Where the two cannot agree, the case is listed in `SCHEMA_ACCEPTS` or `PARSER_ACCEPTS` with the reason: a rule across fields or across
//! rows, which JSON Schema cannot state, or a limit the schema leaves out on purpose. Any other disagreement fails,
//! naming the file and the side that accepted it; so does a listed case that has come to agree (the list is kept to
//! what is true).

use std::collections::BTreeMap;

use pathfinder_protocol::parse_submission;
use serde_json::Value;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/submissions");
const PROTOCOL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../protocol");

/// Cases the schema accepts and the parser refuses, and why they cannot agree.
const SCHEMA_ACCEPTS: &[(&str, &str)] = &[
    // JSON Schema sees the document parsed, where the last of two equal keys wins; the parser refuses the body.
    ("duplicate-key-list-size.json", DUPLICATE_KEY),
    ("duplicate-key-submission-id.json", DUPLICATE_KEY),
    ("duplicate-key-version.json", DUPLICATE_KEY),
    ("v2-duplicate-key-forms.json", DUPLICATE_KEY),
    ("v2-duplicate-key-objection-rate.json", DUPLICATE_KEY),
    // Each task, week, day or search date once: uniqueItems compares whole rows, not one field of them.
    ("duplicate-objection-week.json", DUPLICATE_ROW),
    ("duplicate-task-id.json", DUPLICATE_ROW),
    ("v2-duplicate-forms-day.json", DUPLICATE_ROW),
    ("v2-duplicate-search-date.json", DUPLICATE_ROW),
    ("v2-duplicate-task-id.json", DUPLICATE_ROW),
    // A whole number written with a fraction or an exponent.
    ("number-exponent-integer.json", WHOLE_FLOAT),
    ("type-version-float.json", WHOLE_FLOAT),
    ("type-window-weeks-float.json", WHOLE_FLOAT),
    ("v2-type-version-float.json", WHOLE_FLOAT),
    // A count greater than the practice's list size: a rule across fields.
    ("range-objections-0-type1-7401.json", OVER_LIST_SIZE),
    ("range-objections-0-type2-200000.json", OVER_LIST_SIZE),
    ("v2-range-forecast-expectedForms-7401.json", OVER_LIST_SIZE),
    ("v2-range-forms-0-queried-200000.json", OVER_LIST_SIZE),
    ("v2-range-forms-0-received-7401.json", OVER_LIST_SIZE),
    ("v2-range-searches-0-type2Withdrawn-7401.json", OVER_LIST_SIZE),
    ("v2-range-searches-1-type1-7401.json", OVER_LIST_SIZE),
    // Over 64 KiB: a document's size in bytes is not JSON Schema's to limit.
    ("size-one-byte-over.json", TOO_LARGE),
    ("v2-size-one-byte-over.json", TOO_LARGE),
    // A real date outside 2013 to 2100.
    ("string-createdAt-276.json", DATE_WINDOW),
    ("string-createdAt-277.json", DATE_WINDOW),
    ("string-createdAt-278.json", DATE_WINDOW),
    ("string-objections-0-weekStart-315.json", DATE_WINDOW),
    ("string-readiness-blockers-0-due-297.json", DATE_WINDOW),
    ("string-tasks-0-due-308.json", DATE_WINDOW),
    ("string-window-firstExtract-313.json", DATE_WINDOW),
    ("string-window-start-311.json", DATE_WINDOW),
    ("v2-string-forms-0-date-515.json", DATE_WINDOW),
    ("v2-string-forms-1-date-516.json", DATE_WINDOW),
    ("v2-string-searches-0-date-518.json", DATE_WINDOW),
    // The first extract before the window ends: two dates and a length compared.
    ("string-window-firstExtract-312.json", ACROSS_DATES),
    // The forms tally and the searches, day by day: more coded or queried than received, more scanned or
    // acknowledged than coded; a search below the baseline less what was withdrawn since.
    ("v2-impossible-acknowledged-more-than-coded.json", IMPOSSIBLE_COUNT),
    ("v2-impossible-coded-before-received.json", IMPOSSIBLE_COUNT),
    ("v2-impossible-coded-more-than-received-days-reversed.json", IMPOSSIBLE_COUNT),
    ("v2-impossible-coded-more-than-received.json", IMPOSSIBLE_COUNT),
    ("v2-impossible-queried-past-received.json", IMPOSSIBLE_COUNT),
    ("v2-impossible-scanned-more-than-coded.json", IMPOSSIBLE_COUNT),
];

/// Bodies made here (not hostile, so not in the corpus the hub must refuse) that the parser accepts and the schema
/// refuses, and why. Version 1 is read with version 2's types, so it takes what only version 2 has; an optional
/// field may be null to the parser. Neither can reach the hub from the app, which sends neither; both are in the
/// hub's report of this change, for the protocol to decide.
const PARSER_ACCEPTS: &[(&str, &str)] = &[
    (
        "probe-v1-level-on-track",
        "version 1's reader takes version 2's level on-track; version 1's schema lists four levels",
    ),
    (
        "probe-v1-not-applicable-reason",
        "version 1's reader takes version 2's task field notApplicableReason; version 1's schema has no such field",
    ),
    ("probe-v2-forecast-null", "serde reads null as no forecast; the schema asks for an object or nothing"),
    ("probe-v2-reason-null", "serde reads null as no reason; the schema asks for one of the three codes or nothing"),
];

const DUPLICATE_KEY: &str = "a key given twice";
const DUPLICATE_ROW: &str = "the same task, week, day or search date twice";
const WHOLE_FLOAT: &str = "JSON Schema's integer is any whole number, 6.0 and 7.4e3 among them; serde's is a number without a fraction or exponent";
const OVER_LIST_SIZE: &str = "more than the practice's patients";
const TOO_LARGE: &str = "over the hub's 64 KiB";
const DATE_WINDOW: &str = "a date outside 2013 to 2100";
const ACROSS_DATES: &str = "the first extract before the window ends";
const IMPOSSIBLE_COUNT: &str = "counts that cannot be, day by day";

fn validators() -> [(u64, jsonschema::Validator); 2] {
    [1, 2].map(|version| {
        let text = std::fs::read_to_string(format!("{PROTOCOL}/schema/submission-v{version}.json")).unwrap();
        let schema: Value = serde_json::from_str(&text).unwrap();
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap_or_else(|error| panic!("schema {version} is a valid JSON Schema: {error}"));
        (version, validator)
    })
}

/// What the schemas say of a body: which version's schema validates it, or why none does.
fn schema_verdict(validators: &[(u64, jsonschema::Validator)], bytes: &[u8]) -> Result<u64, String> {
    let value: Value = serde_json::from_slice(bytes).map_err(|error| format!("not JSON: {error}"))?;
    let mut why = Vec::new();
    for (version, validator) in validators {
        match validator.validate(&value) {
            Ok(()) => return Ok(*version),
            Err(error) => why.push(format!("v{version}: {} at {}", error, error.instance_path())),
        }
    }
    Err(why.join("; "))
}

/// Every corpus file by its name without the number before it, and the examples, with their bytes.
fn cases() -> BTreeMap<String, Vec<u8>> {
    let mut cases = BTreeMap::new();
    for entry in std::fs::read_dir(CORPUS).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let name = file.split_once('-').map_or(file.clone(), |(_, name)| name.to_owned());
        assert!(cases.insert(name, std::fs::read(&path).unwrap()).is_none(), "{file}: two files of one name");
    }
    for version in [1, 2] {
        let path = format!("{PROTOCOL}/examples/submission-v{version}.json");
        cases.insert(format!("example-v{version}"), std::fs::read(path).unwrap());
    }
    for (name, body) in probes() {
        cases.insert(name.to_owned(), body.to_string().into_bytes());
    }
    cases
}

/// Valid bodies, and near ones, where a schema and a parser are most likely to part.
fn probes() -> Vec<(&'static str, Value)> {
    let example = |version: u32| -> Value {
        let text = std::fs::read_to_string(format!("{PROTOCOL}/examples/submission-v{version}.json")).unwrap();
        serde_json::from_str(&text).unwrap()
    };
    let with = |version: u32, change: &dyn Fn(&mut Value)| {
        let mut body = example(version);
        change(&mut body);
        body
    };
    vec![
        ("probe-v1-level-on-track", with(1, &|b| b["readiness"]["level"] = "on-track".into())),
        ("probe-v1-not-applicable-reason", with(1, &|b| b["tasks"][2]["notApplicableReason"] = "other".into())),
        ("probe-v2-forecast-null", with(2, &|b| b["forecast"] = Value::Null)),
        ("probe-v2-reason-null", with(2, &|b| b["tasks"][2]["notApplicableReason"] = Value::Null)),
        // Agreeing, both ways:
        ("probe-v2-no-forecast", with(2, &|b| drop(b.as_object_mut().unwrap().remove("forecast")))),
        (
            "probe-v2-no-reason",
            with(2, &|b| drop(b["tasks"][2].as_object_mut().unwrap().remove("notApplicableReason"))),
        ),
        (
            "probe-v2-empty-rows",
            with(2, &|b| {
                for rows in ["tasks", "forms", "searches", "notices"] {
                    b[rows] = serde_json::json!([]);
                }
                b["readiness"]["blockers"] = serde_json::json!([]);
                b["effortLeft"] = serde_json::json!({});
            }),
        ),
        ("probe-v2-rate-at-the-bottom", with(2, &|b| b["forecast"]["objectionRate"] = 0.005.into())),
        ("probe-v2-rate-at-the-top", with(2, &|b| b["forecast"]["objectionRate"] = 0.025.into())),
        ("probe-v2-level-on-track", with(2, &|b| b["readiness"]["level"] = "on-track".into())),
        ("probe-v2-lower-case-ods", with(2, &|b| b["odsCode"] = "b82005".into())),
        ("probe-v2-offset-time", with(2, &|b| b["createdAt"] = "2026-03-09T10:30:00+01:00".into())),
        ("probe-v2-fractional-seconds", with(2, &|b| b["createdAt"] = "2026-03-09T09:30:00.125Z".into())),
        ("probe-v2-lower-case-t-and-z", with(2, &|b| b["createdAt"] = "2026-03-09t09:30:00z".into())),
        ("probe-v2-leap-day", with(2, &|b| b["tasks"][0]["due"] = "2028-02-29".into())),
        ("probe-v2-2100-01-01", with(2, &|b| b["tasks"][0]["due"] = "2100-01-01".into())),
        (
            "probe-v2-withdrawals-explain-a-fall",
            with(2, &|b| {
                b["searches"][1]["type1"] = 25.into();
                b["searches"][1]["type1Withdrawn"] = 6.into();
            }),
        ),
    ]
}

#[test]
fn the_schemas_and_the_parser_agree_on_every_corpus_file() {
    let validators = validators();
    let cases = cases();
    assert!(cases.len() > 500, "{} cases", cases.len());
    let mut wrong = Vec::new();
    let mut listed_but_agreeing = Vec::new();
    for (name, bytes) in &cases {
        let parsed = parse_submission(bytes);
        let schema = schema_verdict(&validators, bytes);
        let listed = |list: &[(&str, &str)]| list.iter().any(|(listed, _)| listed == name);
        match (&parsed, &schema) {
            (Ok(_), Ok(_)) | (Err(_), Err(_)) => {
                if listed(SCHEMA_ACCEPTS) || listed(PARSER_ACCEPTS) {
                    listed_but_agreeing.push(name.clone());
                }
            }
            (Err(_), Ok(_)) if listed(SCHEMA_ACCEPTS) => {}
            (Ok(_), Err(_)) if listed(PARSER_ACCEPTS) => {}
            (Ok(_), Err(why)) => wrong.push(format!("{name}: the parser accepts it, the schema refuses it ({why})")),
            (Err(error), Ok(version)) => wrong.push(format!(
                "{name}: schema v{version} accepts it, the parser refuses it ({} at {:?})",
                error.code, error.field
            )),
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases where the schemas and the parser disagree:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
    assert!(listed_but_agreeing.is_empty(), "listed as disagreeing, but they agree: {listed_but_agreeing:?}");
    for (name, _) in SCHEMA_ACCEPTS.iter().chain(PARSER_ACCEPTS) {
        assert!(cases.contains_key(*name), "{name} is listed but no case has that name");
    }
}

#[test]
fn the_openapi_description_takes_a_version_2_or_a_version_1_body_by_the_schemas_ids() {
    let openapi: Value = serde_json::from_str(include_str!("../src/openapi.json")).unwrap();
    let submission = &openapi["components"]["schemas"]["Submission"];
    let refs: Vec<&str> =
        submission["oneOf"].as_array().unwrap().iter().map(|schema| schema["$ref"].as_str().unwrap()).collect();
    let ids: Vec<String> = [2, 1]
        .iter()
        .map(|version| {
            let text = std::fs::read_to_string(format!("{PROTOCOL}/schema/submission-v{version}.json")).unwrap();
            serde_json::from_str::<Value>(&text).unwrap()["$id"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(refs, ids);
    let body = &openapi["paths"]["/api/v1/submissions"]["post"]["requestBody"]["content"]["application/json"];
    assert_eq!(body["schema"]["$ref"], "#/components/schemas/Submission");
}
