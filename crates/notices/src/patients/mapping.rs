//! Which column holds which field. Guessed from the header row as EMIS Web, SystmOne and Vision name their columns,
//! shown to the practice manager, who may correct it.

use std::fmt;

/// A field of the letter that a column of the list can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "ListField"))]
pub enum Field {
    Title,
    Forename,
    Surname,
    Address1,
    Address2,
    Address3,
    Address4,
    Address5,
    Postcode,
    NhsNumber,
    DateOfBirth,
    Language,
    CommunicationNeeds,
}

impl Field {
    /// Every field, in the order the UI lists them.
    pub const ALL: [Field; 13] = [
        Field::Title,
        Field::Forename,
        Field::Surname,
        Field::Address1,
        Field::Address2,
        Field::Address3,
        Field::Address4,
        Field::Address5,
        Field::Postcode,
        Field::NhsNumber,
        Field::DateOfBirth,
        Field::Language,
        Field::CommunicationNeeds,
    ];

    /// The address lines, in order.
    pub const ADDRESS: [Field; 5] =
        [Field::Address1, Field::Address2, Field::Address3, Field::Address4, Field::Address5];

    /// Without these no letter can be addressed.
    pub const REQUIRED: [Field; 3] = [Field::Surname, Field::Address1, Field::Postcode];

    /// How messages name the field.
    pub fn label(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Forename => "forename",
            Field::Surname => "surname",
            Field::Address1 => "address line 1",
            Field::Address2 => "address line 2",
            Field::Address3 => "address line 3",
            Field::Address4 => "address line 4",
            Field::Address5 => "address line 5",
            Field::Postcode => "postcode",
            Field::NhsNumber => "NHS number",
            Field::DateOfBirth => "date of birth",
            Field::Language => "preferred language",
            Field::CommunicationNeeds => "communication needs",
        }
    }

    fn index(self) -> usize {
        Field::ALL.iter().position(|f| *f == self).expect("every field is in ALL")
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// For each field, the 0-based column that fills it, if any. Serialised as the list the UI shows and sends back,
/// every field in order: `[{"field": "title", "column": 0}, {"field": "forename", "column": null}, ...]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(into = "Vec<MappingEntry>", try_from = "Vec<MappingEntry>")]
pub struct ColumnMapping {
    columns: [Option<usize>; 13],
}

/// One row of the mapping as the UI shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MappingEntry {
    pub field: Field,
    pub column: Option<usize>,
}

/// A mapping sent back by the UI names a field twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the column mapping names {0} twice")]
pub struct DuplicateField(pub Field);

impl ColumnMapping {
    /// Guesses the mapping from the header row. Names are compared without case, spaces or punctuation, against
    /// the synonyms the clinical systems use ("Forename", "First Name", "Given Name"; "NHS No."; "DOB"...), also
    /// after a leading "Patient", "Home" or "Address" ("Patient Surname", "Address - Post Town"). Each field takes
    /// the first column that names it. Address parts ("Address Line 1", "House Name/Number", "Street", "Locality",
    /// "Post Town", "County"...) fill address lines 1 to 5 in the order of their columns.
    pub fn auto<S: AsRef<str>>(headers: &[S]) -> Self {
        let mut mapping = ColumnMapping::default();
        let mut address = Field::ADDRESS.iter();
        for (column, header) in headers.iter().enumerate() {
            let field = match classify(header.as_ref()) {
                Some(Class::Address) => address.next().copied(),
                Some(Class::Field(field)) => Some(field),
                None => None,
            };
            if let Some(field) = field
                && mapping.get(field).is_none()
            {
                mapping.set(field, Some(column));
            }
        }
        mapping
    }

    pub fn get(&self, field: Field) -> Option<usize> {
        self.columns[field.index()]
    }

    pub fn set(&mut self, field: Field, column: Option<usize>) {
        self.columns[field.index()] = column;
    }

    /// The first field that takes `column`.
    pub fn field_of(&self, column: usize) -> Option<Field> {
        Field::ALL.into_iter().find(|f| self.get(*f) == Some(column))
    }

    /// Whether no field has a column.
    pub fn is_empty(&self) -> bool {
        self.columns.iter().all(Option::is_none)
    }

    /// The required fields without a column.
    pub fn missing_required(&self) -> Vec<Field> {
        Field::REQUIRED.into_iter().filter(|f| self.get(*f).is_none()).collect()
    }

    /// Every field with its column, in the order of [`Field::ALL`].
    pub fn entries(&self) -> Vec<MappingEntry> {
        Field::ALL.into_iter().map(|field| MappingEntry { field, column: self.get(field) }).collect()
    }

    /// The same mapping without the columns a file of `columns` columns does not have.
    pub(crate) fn within(&self, columns: usize) -> Self {
        let mut mapping = self.clone();
        for column in &mut mapping.columns {
            if column.is_some_and(|c| c >= columns) {
                *column = None;
            }
        }
        mapping
    }
}

impl From<ColumnMapping> for Vec<MappingEntry> {
    fn from(mapping: ColumnMapping) -> Self {
        mapping.entries()
    }
}

impl TryFrom<Vec<MappingEntry>> for ColumnMapping {
    type Error = DuplicateField;

    /// Fields left out have no column.
    fn try_from(entries: Vec<MappingEntry>) -> Result<Self, Self::Error> {
        let mut mapping = ColumnMapping::default();
        let mut seen = [false; 13];
        for entry in entries {
            if std::mem::replace(&mut seen[entry.field.index()], true) {
                return Err(DuplicateField(entry.field));
            }
            mapping.set(entry.field, entry.column);
        }
        Ok(mapping)
    }
}

/// What a header names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Field(Field),
    /// A part of the address; which line it fills depends on the columns before it.
    Address,
}

/// Lower case, letters and digits only: "NHS No." → "nhsno", "House Name/Number" → "housenamenumber".
fn key(header: &str) -> String {
    header.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn classify(header: &str) -> Option<Class> {
    let key = key(header);
    synonym(&key).or_else(|| {
        ["patients", "patient", "home", "address"]
            .iter()
            .find_map(|prefix| key.strip_prefix(prefix).filter(|rest| !rest.is_empty()).and_then(synonym))
    })
}

/// The synonyms, as [`key`]s. EMIS Web writes "Forename", "Address Line 1", "NHS Number", "Date of Birth" and
/// "Main Spoken Language"; SystmOne "First Name", "House Name/Number", "Road", "Post Town", "DOB"; Vision
/// "Forenames", "Address 1".."Address 5", "NHS No.", "Birth Date". Which a practice sees depends on the report it
/// ran, hence the wide net; the manager corrects the rest.
fn synonym(key: &str) -> Option<Class> {
    use Field::*;
    let field = match key {
        "title" | "salutation" | "nametitle" => Title,
        "forename" | "forenames" | "firstname" | "firstnames" | "givenname" | "givennames" | "christianname" => {
            Forename
        }
        "surname" | "familyname" | "lastname" => Surname,
        "postcode" | "postalcode" | "pcode" => Postcode,
        "nhsnumber" | "nhsno" | "nhsnum" | "nhs" => NhsNumber,
        "dateofbirth" | "dob" | "birthdate" | "birthdateddmmyyyy" | "dateofbirthddmmyyyy" => DateOfBirth,
        "preferredlanguage"
        | "mainlanguage"
        | "language"
        | "mainspokenlanguage"
        | "spokenlanguage"
        | "firstlanguage"
        | "preferredspokenlanguage"
        | "languagespoken"
        | "primarylanguage" => Language,
        "communicationneeds"
        | "communicationneed"
        | "accessibleinformation"
        | "accessibleinformationneeds"
        | "informationneeds"
        | "informationandcommunicationneeds"
        | "reasonableadjustments"
        | "communicationrequirements" => CommunicationNeeds,
        "address" | "premises" | "housenamenumber" | "housenameornumber" | "housenumbername" | "housename"
        | "housenumber" | "houseno" | "street" | "streetname" | "road" | "thoroughfare" | "locality" | "district"
        | "village" | "town" | "posttown" | "towncity" | "city" | "county" => return Some(Class::Address),
        _ => return numbered_address(key).then_some(Class::Address),
    };
    Some(Class::Field(field))
}

/// "address1", "addressline1", "addr1", "addline2", "addressln3"...
fn numbered_address(key: &str) -> bool {
    let Some(rest) = ["address", "addr", "add"].iter().find_map(|p| key.strip_prefix(p)) else { return false };
    let rest = rest.strip_prefix("line").or_else(|| rest.strip_prefix("ln")).unwrap_or(rest);
    matches!(rest.parse::<u8>(), Ok(1..=9)) && rest.len() == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns(mapping: &ColumnMapping) -> Vec<(Field, usize)> {
        Field::ALL.into_iter().filter_map(|f| mapping.get(f).map(|c| (f, c))).collect()
    }

    #[test]
    fn emis_like_headers() {
        let headers = [
            "NHS Number",
            "Title",
            "Forename",
            "Surname",
            "Date of Birth",
            "Address Line 1",
            "Address Line 2",
            "Address Line 3",
            "Address Line 4",
            "Address Line 5",
            "Postcode",
            "Usual GP",
            "Main Spoken Language",
            "Accessible Information",
        ];
        let m = ColumnMapping::auto(&headers);
        use Field::*;
        assert_eq!(
            columns(&m),
            vec![
                (Title, 1),
                (Forename, 2),
                (Surname, 3),
                (Address1, 5),
                (Address2, 6),
                (Address3, 7),
                (Address4, 8),
                (Address5, 9),
                (Postcode, 10),
                (NhsNumber, 0),
                (DateOfBirth, 4),
                (Language, 12),
                (CommunicationNeeds, 13),
            ]
        );
    }

    #[test]
    fn systmone_like_headers_fill_address_lines_in_column_order() {
        let headers = [
            "Patient Title",
            "First Name",
            "Family Name",
            "House Name/Number",
            "Road",
            "Locality",
            "Post Town",
            "County",
            "Post Code",
            "NHS No",
            "DOB",
            "Preferred Language",
            "Communication Needs",
        ];
        let m = ColumnMapping::auto(&headers);
        use Field::*;
        assert_eq!(
            columns(&m),
            vec![
                (Title, 0),
                (Forename, 1),
                (Surname, 2),
                (Address1, 3),
                (Address2, 4),
                (Address3, 5),
                (Address4, 6),
                (Address5, 7),
                (Postcode, 8),
                (NhsNumber, 9),
                (DateOfBirth, 10),
                (Language, 11),
                (CommunicationNeeds, 12),
            ]
        );
    }

    #[test]
    fn vision_like_headers_and_spellings() {
        let headers = [
            "SURNAME",
            "forenames",
            "Given Name",
            "Address1",
            "address 2",
            "Premises",
            "Postal Code",
            "NHS No.",
            "Birth Date",
            "Language",
            "Reasonable Adjustments",
            "Information Needs",
            "Address - Post Town",
        ];
        let m = ColumnMapping::auto(&headers);
        use Field::*;
        assert_eq!(
            columns(&m),
            vec![
                (Forename, 1),
                (Surname, 0),
                (Address1, 3),
                (Address2, 4),
                (Address3, 5),
                (Address4, 12),
                (Postcode, 6),
                (NhsNumber, 7),
                (DateOfBirth, 8),
                (Language, 9),
                (CommunicationNeeds, 10),
            ]
        );
    }

    #[test]
    fn each_synonym_names_its_field() {
        let cases: &[(&str, Field)] = &[
            ("Title", Field::Title),
            ("Forename", Field::Forename),
            ("First Name", Field::Forename),
            ("first_name", Field::Forename),
            ("Given Name", Field::Forename),
            ("Forenames", Field::Forename),
            ("Surname", Field::Surname),
            ("Family Name", Field::Surname),
            ("Last Name", Field::Surname),
            ("Patient Surname", Field::Surname),
            ("Postcode", Field::Postcode),
            ("Post Code", Field::Postcode),
            ("Postal Code", Field::Postcode),
            ("Address - Postcode", Field::Postcode),
            ("NHS Number", Field::NhsNumber),
            ("NHS No", Field::NhsNumber),
            ("NHS No.", Field::NhsNumber),
            ("Date of Birth", Field::DateOfBirth),
            ("DOB", Field::DateOfBirth),
            ("Birth Date", Field::DateOfBirth),
            ("Preferred Language", Field::Language),
            ("Main Language", Field::Language),
            ("Language", Field::Language),
            ("Main Spoken Language", Field::Language),
            ("Communication Needs", Field::CommunicationNeeds),
            ("Accessible Information", Field::CommunicationNeeds),
            ("Information Needs", Field::CommunicationNeeds),
            ("Reasonable Adjustments", Field::CommunicationNeeds),
        ];
        for (header, field) in cases {
            assert_eq!(classify(header), Some(Class::Field(*field)), "{header}");
        }
        for header in [
            "Address Line 1",
            "Address 1",
            "Address1",
            "ADDRESS_LINE_3",
            "Add Line 2",
            "House Name/Number",
            "Street",
            "Premises",
            "Locality",
            "Town",
            "Post Town",
            "County",
            "Address",
            "Home Address 1",
        ] {
            assert_eq!(classify(header), Some(Class::Address), "{header}");
        }
        for header in ["Usual GP", "Address Type", "Registration Date", "Sex", "Address 12", "Patient", "", "Name"] {
            assert_eq!(classify(header), None, "{header}");
        }
    }

    #[test]
    fn first_column_wins_and_at_most_five_address_lines() {
        let headers =
            ["Surname", "Surname", "A1", "Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Town"];
        let m = ColumnMapping::auto(&headers);
        assert_eq!(m.get(Field::Surname), Some(0));
        assert_eq!(m.get(Field::Address1), Some(3));
        assert_eq!(m.get(Field::Address5), Some(7));
        assert_eq!(m.field_of(8), None);
        assert_eq!(m.missing_required(), vec![Field::Postcode]);
        assert!(ColumnMapping::auto(&["a", "b"]).is_empty());
    }

    #[test]
    fn within_drops_columns_a_file_lacks() {
        let mut m = ColumnMapping::default();
        m.set(Field::Surname, Some(2));
        m.set(Field::Postcode, Some(3));
        let m = m.within(3);
        assert_eq!((m.get(Field::Surname), m.get(Field::Postcode)), (Some(2), None));
    }
}
