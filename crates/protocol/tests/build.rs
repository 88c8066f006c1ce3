use pathfinder_protocol::{NoticeCount, NoticeKind, NoticeVariant, build_submission, parse_submission};
use pathfinder_readiness::{
    Checklist, FormsDay, NotApplicableCode, ObjectionSearch, OnboardingInput, PracticeState, ProfileInput, TaskState,
    TaskStatus,
};
use time::macros::{date, datetime};

fn state() -> PracticeState {
    let form = OnboardingInput {
        profile: ProfileInput {
            ods_code: "B82005".into(),
            name: "Riverside Surgery".into(),
            address: "1 River Road, Leeds".into(),
            ccg_code: "02V".into(),
            list_size: "7400".into(),
            clinical_system: "vision".into(),
            practice_lead: "Sam Patel".into(),
            staff_count: "18".into(),
            ..Default::default()
        },
        window_start: "2026-03-02".into(),
        first_extract: "2026-04-27".into(),
        ..Default::default()
    };
    let (profile, window, planning) = form.validate().unwrap();
    let mut tasks = std::collections::BTreeMap::new();
    tasks.insert(
        "join-pathfinder".to_owned(),
        TaskState {
            status: TaskStatus::Completed,
            assignee: Some("Jo Reed".into()),
            notes: "Spoke to Dr Whitfield".into(),
            evidence: vec!["minutes-2026-02-01.docx".into()],
            ..Default::default()
        },
    );
    tasks.insert(
        "communication-needs".to_owned(),
        TaskState {
            status: TaskStatus::NotApplicable,
            not_applicable_reason: Some("Mrs Okafor at the CCG does this for us".into()),
            not_applicable_code: Some(NotApplicableCode::DoneElsewhere),
            ..Default::default()
        },
    );
    let forms =
        vec![FormsDay { date: date!(2026 - 03 - 03), received: 12, coded: 9, scanned: 9, acknowledged: 7, queried: 1 }];
    let searches = vec![ObjectionSearch {
        date: date!(2026 - 02 - 20),
        type1: 40,
        type2: 6,
        type1_withdrawn: 0,
        type2_withdrawn: 0,
    }];
    PracticeState { profile, window, planning, tasks, forms, searches, objection_types: Default::default() }
}

#[test]
fn a_built_submission_is_valid_and_carries_no_names_notes_or_evidence() {
    let notices = vec![NoticeCount {
        kind: NoticeKind::Letter,
        language: "pl".into(),
        variant: NoticeVariant::LargePrint,
        count: 12,
    }];
    let submission = build_submission(
        &state(),
        Checklist::current(),
        date!(2026 - 02 - 02),
        "0b6f3c2e-6a51-4f6e-9d7a-3f1c2b9e8d40".into(),
        datetime!(2026-02-02 09:30 UTC),
        "0.1.0",
        notices,
    );
    let json = serde_json::to_string(&submission).unwrap();
    assert_eq!(parse_submission(json.as_bytes()).unwrap(), submission, "what is built is what the hub accepts");
    for private in ["Jo Reed", "Whitfield", "minutes-2026", "Sam Patel", "Riverside", "River Road", "Okafor"] {
        assert!(!json.contains(private), "{private} must not leave the practice: {json}");
    }
    assert_eq!(submission.tasks.len(), 10);
    assert_eq!(submission.tasks[0].status, TaskStatus::Completed);
    let needs = submission.tasks.iter().find(|t| t.id == "communication-needs").unwrap();
    assert_eq!(
        needs.not_applicable_reason,
        Some(NotApplicableCode::DoneElsewhere),
        "the kind of reason, not its words"
    );
    assert_eq!((submission.forms[0].received, submission.forms[0].coded, submission.forms[0].queried), (12, 9, 1));
    assert_eq!(submission.searches[0].type1, 40);
    let forecast = submission.forecast.unwrap();
    assert_eq!((forecast.objection_rate, forecast.expected_forms), (0.018, 134), "1.8% of 7,400, rounded up");
}
