//! Any bytes as a request body to the hub's submission parser: it must answer without panicking, and whatever it
//! accepts must survive being written out and read back unchanged (what the app sends is what the hub stores).
#![no_main]

use libfuzzer_sys::fuzz_target;
use pathfinder_protocol::parse_submission;

fuzz_target!(|body: &[u8]| {
    let Ok(submission) = parse_submission(body) else { return };
    let written = serde_json::to_vec(&submission).expect("an accepted submission serialises");
    let read_back = parse_submission(&written).unwrap_or_else(|e| panic!("re-serialised submission refused: {e}"));
    assert_eq!(read_back, submission);
});
