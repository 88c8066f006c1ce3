use pathfinder_protocol::{MAX_BODY_BYTES, Submission, parse_submission};
use serde_json::{Value, json};

const EXAMPLE: &str = include_str!("../examples/submission-v2.json");
const SCHEMA: &str = include_str!("../schema/submission-v2.json");
const EXAMPLE_V1: &str = include_str!("../examples/submission-v1.json");
const SCHEMA_V1: &str = include_str!("../schema/submission-v1.json");
/// The only properties a type may leave out: the forecast, absent from a submission upgraded from version 1, and a
/// task's reason for not applying.
const OPTIONAL: [&str; 2] = ["forecast", "notApplicableReason"];

fn example() -> Value {
    serde_json::from_str(EXAMPLE).unwrap()
}

fn refused(body: &Value) -> (String, String) {
    let error = parse_submission(body.to_string().as_bytes()).unwrap_err();
    (error.code.to_owned(), error.field)
}

#[test]
fn the_example_is_a_valid_submission_and_round_trips() {
    let submission = parse_submission(EXAMPLE.as_bytes()).unwrap();
    assert_eq!(submission.ods_code.as_str(), "B82005");
    let again: Value = serde_json::to_value(&submission).unwrap();
    assert_eq!(again, example(), "serialising gives back the same JSON");
}

/// Every object the schema describes has exactly the properties the types write, at every level the example
/// reaches, and the enums list exactly the values the types accept: version 2, and version 1 as the hub still reads it.
#[test]
fn the_schema_matches_the_types() {
    let v1: pathfinder_protocol::v1::SubmissionV1 = serde_json::from_str(EXAMPLE_V1).unwrap();
    schema_matches(SCHEMA_V1, &serde_json::to_value(&v1).unwrap(), &serde_json::from_str(EXAMPLE_V1).unwrap());
    let v2: Submission = serde_json::from_str(EXAMPLE).unwrap();
    schema_matches(SCHEMA, &serde_json::to_value(&v2).unwrap(), &example());
}

fn schema_matches(schema: &str, written: &Value, example: &Value) {
    let schema: Value = serde_json::from_str(schema).unwrap();
    let defs = schema["$defs"].clone();
    fn resolve<'a>(node: &'a Value, defs: &'a Value) -> &'a Value {
        match node.get("$ref").and_then(Value::as_str) {
            Some(reference) => &defs[reference.trim_start_matches("#/$defs/")],
            None => node,
        }
    }
    fn check(schema: &Value, value: &Value, defs: &Value, path: &str) {
        let schema = resolve(schema, defs);
        if let Some(options) = schema.get("oneOf").and_then(Value::as_array) {
            let kind = &value["kind"];
            let option = options
                .iter()
                .find(|o| &o["properties"]["kind"]["const"] == kind)
                .unwrap_or_else(|| panic!("{path}: no schema for {kind}"));
            return check(option, value, defs, path);
        }
        if let (Some(properties), Some(object)) =
            (schema.get("properties").and_then(Value::as_object), value.as_object())
        {
            let mut expected: Vec<&String> =
                properties.keys().filter(|k| object.contains_key(*k) || !OPTIONAL.contains(&k.as_str())).collect();
            let mut actual: Vec<&String> = object.keys().collect();
            expected.sort();
            actual.sort();
            assert_eq!(expected, actual, "{path}: the schema's properties and the type's fields differ");
            let required: Vec<&str> =
                schema["required"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
            for key in properties.keys() {
                let optional = OPTIONAL.contains(&key.as_str());
                assert_eq!(!required.contains(&key.as_str()), optional, "{path}.{key}: required unless optional");
            }
            for (key, child) in object {
                check(&properties[key], child, defs, &format!("{path}.{key}"));
            }
        }
        if let (Some(items), Some(array)) = (schema.get("items"), value.as_array()) {
            for (i, item) in array.iter().enumerate() {
                check(items, item, defs, &format!("{path}[{i}]"));
            }
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            assert!(values.contains(value), "{path}: {value} is not in the schema's enum");
        }
    }
    check(&schema, written, &defs, "$");

    // Every enum value in the schema is one the types accept.
    for (path, pointer) in [
        ("role", "/$defs/role/enum"),
        ("status", "/properties/tasks/items/properties/status/enum"),
        ("kind", "/properties/notices/items/properties/kind/enum"),
        ("level", "/properties/readiness/properties/level/enum"),
    ] {
        for value in schema.pointer(pointer).unwrap().as_array().unwrap() {
            let mut body = example.clone();
            match path {
                "role" => body["tasks"][0]["role"] = value.clone(),
                "status" => body["tasks"][0]["status"] = value.clone(),
                "kind" => body["notices"][0]["kind"] = value.clone(),
                _ => body["readiness"]["level"] = value.clone(),
            }
            assert!(parse_submission(body.to_string().as_bytes()).is_ok(), "{path} {value} is accepted");
        }
    }
}

#[test]
fn bad_submissions_are_refused_with_the_field_at_fault() {
    type Change = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Change, &str, &str)> = vec![
        ("unknown field", Box::new(|b| b["patientName"] = json!("x")), "unknown-field", "patientName"),
        (
            "nested unknown field",
            Box::new(|b| b["practice"]["nhsNumber"] = json!("x")),
            "unknown-field",
            "practice.nhsNumber",
        ),
        ("wrong type", Box::new(|b| b["practice"]["listSize"] = json!("7400")), "invalid-value", "practice.listSize"),
        ("negative count", Box::new(|b| b["searches"][0]["type1"] = json!(-1)), "invalid-value", "searches[0].type1"),
        ("more coded than received", Box::new(|b| b["forms"][1]["coded"] = json!(17)), "impossible-count", "forms"),
        ("the same day twice", Box::new(|b| b["forms"][1]["date"] = json!("2026-03-05")), "duplicate", "forms[1].date"),
        (
            "a rate no practice saw",
            Box::new(|b| b["forecast"]["objectionRate"] = json!(0.3)),
            "out-of-range",
            "forecast.objectionRate",
        ),
        (
            "a reason for a task that applies",
            Box::new(|b| b["tasks"][0]["notApplicableReason"] = json!("other")),
            "invalid-value",
            "tasks[0].notApplicableReason",
        ),
        (
            "free text as a reason",
            Box::new(|b| b["tasks"][2]["notApplicableReason"] = json!("Mrs Smith asked")),
            "invalid-value",
            "tasks[2].notApplicableReason",
        ),
        ("huge number", Box::new(|b| b["effortLeft"]["it"] = json!(1e30)), "invalid-value", "effortLeft.?"),
        ("too much effort", Box::new(|b| b["effortLeft"]["it"] = json!(9_000_000)), "out-of-range", "effortLeft.it"),
        ("impossible date", Box::new(|b| b["window"]["start"] = json!("2026-02-30")), "invalid-value", "window.start"),
        (
            "extract in the window",
            Box::new(|b| b["window"]["firstExtract"] = json!("2026-03-09")),
            "impossible-date",
            "window.firstExtract",
        ),
        ("far future", Box::new(|b| b["tasks"][0]["due"] = json!("2999-01-01")), "out-of-range", "tasks[0].due"),
        ("bad ODS code", Box::new(|b| b["odsCode"] = json!("NOPE")), "invalid-value", "odsCode"),
        ("not a UUID", Box::new(|b| b["submissionId"] = json!("42")), "invalid-value", "submissionId"),
        (
            "more objections than patients",
            Box::new(|b| b["searches"][0]["type2"] = json!(7401)),
            "out-of-range",
            "searches[0]",
        ),
        (
            "version 1's weekly counts in version 2",
            Box::new(|b| b["objections"] = json!([])),
            "unknown-field",
            "objections",
        ),
        (
            "missing field",
            Box::new(|b| {
                b.as_object_mut().unwrap().remove("window");
            }),
            "missing-field",
            "",
        ),
        ("other version", Box::new(|b| b["version"] = json!(3)), "unsupported-version", "version"),
        ("control characters", Box::new(|b| b["appVersion"] = json!("1.0\u{0007}")), "invalid-value", "appVersion"),
        (
            "overlong text",
            Box::new(|b| b["notices"][0]["language"] = json!("x".repeat(17))),
            "out-of-range",
            "notices[0].language",
        ),
        ("duplicate task", Box::new(|b| b["tasks"][1]["id"] = json!("join-pathfinder")), "duplicate", "tasks[1].id"),
    ];
    for (what, change, code, field) in cases {
        let mut body = example();
        change(&mut body);
        assert_eq!(refused(&body), (code.to_owned(), field.to_owned()), "{what}");
    }
}

#[test]
fn malformed_oversized_and_trailing_bodies_are_refused() {
    assert_eq!(parse_submission(b"{\"version\": 1,").unwrap_err().code, "malformed");
    assert_eq!(parse_submission(&[0xff, 0xfe, 0x00]).unwrap_err().code, "malformed");
    assert_eq!(parse_submission(format!("{EXAMPLE} {{}}").as_bytes()).unwrap_err().code, "malformed");
    // Deep nesting is refused without exhausting the stack: no field takes arbitrary JSON.
    let deep = format!("{{\"practice\": {}", "[".repeat(10_000));
    assert_eq!(parse_submission(deep.as_bytes()).unwrap_err().code, "invalid-value");
    let big = format!("{}{}", " ".repeat(MAX_BODY_BYTES), EXAMPLE);
    assert_eq!(parse_submission(big.as_bytes()).unwrap_err().code, "too-large");
}

#[test]
fn version_1_is_still_read_and_its_weekly_counts_become_running_totals() {
    let submission = parse_submission(EXAMPLE_V1.as_bytes()).unwrap();
    assert_eq!(submission.version, 2, "stored in the current shape");
    assert_eq!(submission.searches.len(), 1);
    assert_eq!((submission.searches[0].type1, submission.searches[0].type2), (14, 3));
    assert!(submission.forms.is_empty() && submission.forecast.is_none());
    let mut two_weeks: Value = serde_json::from_str(EXAMPLE_V1).unwrap();
    two_weeks["objections"] = json!([
        { "weekStart": "2026-03-09", "type1": 6, "type2": 1 },
        { "weekStart": "2026-03-02", "type1": 14, "type2": 3 }
    ]);
    let upgraded = parse_submission(two_weeks.to_string().as_bytes()).unwrap();
    let totals: Vec<(u32, u32)> = upgraded.searches.iter().map(|s| (s.type1, s.type2)).collect();
    assert_eq!(totals, [(14, 3), (20, 4)]);
    assert_eq!(upgraded.objection_totals(), (20, 4));
    // Version 1's own checks still name version 1's fields.
    two_weeks["objections"][1]["weekStart"] = json!("2026-03-09");
    assert_eq!(refused(&two_weeks), ("duplicate".into(), "objections[1].weekStart".into()));
    two_weeks["objections"] = json!([{ "weekStart": "2026-03-02", "type1": 7401, "type2": 0 }]);
    assert_eq!(refused(&two_weeks), ("out-of-range".into(), "objections[0]".into()));
    // Version 2's fields are unknown to version 1.
    let mut mixed: Value = serde_json::from_str(EXAMPLE_V1).unwrap();
    mixed["searches"] = json!([]);
    assert_eq!(refused(&mixed), ("unknown-field".into(), "searches".into()));
}

/// Which search is the baseline follows the window, which the region may move after the searches were entered: the
/// hub takes a search below the baseline less withdrawals rather than refuse every later report of the practice.
#[test]
fn a_search_below_a_moved_baseline_is_still_accepted() {
    let mut body = example();
    body["searches"][1]["type1"] = json!(28);
    assert!(parse_submission(body.to_string().as_bytes()).is_ok());
}
