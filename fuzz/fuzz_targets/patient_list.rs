//! Any bytes as a patient list, read with the guessed columns or with a mapping the first bytes choose (as the
//! manager's corrected mapping arrives from the UI), then grouped into letters and summarised. Nothing may panic,
//! and what is read must keep the reader's promises.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pathfinder_notices::patients::{
    ColumnMapping, DEFAULT_MAX_SURNAMES, Field, Grouping, LANGUAGES, letters, read_patient_list,
};

/// With a first byte of 0x80 or above, the next 13 bytes choose a column (0 to 15) or none (0x10 and above) for each
/// field; otherwise the mapping is guessed from the header.
fn split(data: &[u8]) -> (Option<ColumnMapping>, &[u8]) {
    match data.split_first() {
        Some((&mode, rest)) if mode >= 0x80 && rest.len() >= Field::ALL.len() => {
            let (choice, csv) = rest.split_at(Field::ALL.len());
            let mut mapping = ColumnMapping::default();
            for (field, &b) in Field::ALL.into_iter().zip(choice) {
                mapping.set(field, (b < 0x10).then_some(usize::from(b)));
            }
            (Some(mapping), csv)
        }
        _ => (None, data),
    }
}

fuzz_target!(|data: &[u8]| {
    let (mapping, csv) = split(data);
    match read_patient_list("fuzz.csv", csv, mapping.as_ref()) {
        Ok(list) => {
            for patient in &list.patients {
                assert!(!patient.surname.is_empty() && !patient.address.is_empty() && patient.line >= 2);
                assert!(LANGUAGES.contains(&patient.language));
            }
            for problem in &list.problems {
                assert!(problem.line >= 2 && problem.to_string().starts_with("fuzz.csv, line "));
            }
            let dated = time::macros::date!(2026 - 02 - 23);
            for (by_household, max_surnames) in [(true, DEFAULT_MAX_SURNAMES), (true, 1), (false, DEFAULT_MAX_SURNAMES)]
            {
                let grouped = letters(&list.patients, Grouping { by_household, max_surnames, dated });
                assert_eq!(grouped.iter().map(|h| h.patients.len()).sum::<usize>(), list.patients.len());
                assert!(grouped.iter().all(|h| !h.address().is_empty() && !h.postcode().is_empty()));
            }
            let summary = list.summary(100, DEFAULT_MAX_SURNAMES, dated);
            assert_eq!((summary.patients, summary.problem_count), (list.patients.len(), list.problems.len()));
            let _ = format!("{list:?}");
        }
        Err(err) => assert!(err.to_string().starts_with("fuzz.csv"), "{err}"),
    }
});
