//! Patient notices: posters, leaflets, objection forms, the staff briefing and letters mail-merged from the
//! practice's patient list, laid out with real shaping and written as PDF. The patient list is read into memory
//! and nothing of it is written anywhere but the PDF the user chose.

pub mod documents;
pub mod patients;
pub mod pdf;
pub mod text;
