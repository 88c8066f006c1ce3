# The "Patient notices" page: notices for the waiting room and reception, and letters to every patient from the
# practice's patient list. (The documents' own words are in notices.ftl.)

printing-heading = Patient notices
printing-lede = Print the notices that tell patients about care.data, and a letter to every patient on the list.

## Notices for the waiting room and reception

printing-notices-heading = Notices for the waiting room and reception
printing-notices-intro = Each notice carries the practice’s name, phone number and dates. The PDF is saved in your Documents folder.
printing-kind-legend = Which document
printing-kind-poster-a4 = A4 poster
printing-kind-poster-a3 = A3 poster
printing-kind-leaflet = Leaflet
printing-kind-objection-form = Objection form
printing-kind-withdrawal-form = Form to take back an objection
printing-kind-staff-briefing = Staff briefing
printing-language-label = Language of the document
# Variables:
#   $language (String) - the name of a language in that language, for example "Polski"
printing-language-option-draft = { $language } (draft translation)
printing-draft-inset-label = Draft translation:
# Variables:
#   $language (String) - the name of a language in that language, for example "Polski"
printing-draft-inset = The { $language } translation is a draft that nobody has checked yet, so it is printed with the English text beside it. Before you put it up or hand it out, ask someone who reads { $language } well to check it.
printing-large-print-label = Large print
printing-large-print-hint = Text at 16 point, for patients who need large print under the Accessible Information Standard.
printing-make-pdf = Make PDF
printing-making-pdf = Making the PDF…
# Variables:
#   $path (String) - where the PDF was saved, for example "C:\Users\sam\Documents\care.data poster (A4).pdf"
printing-pdf-saved = The PDF is saved: { $path }
printing-saved-in = Saved as:
printing-open = Open
printing-print = Print
printing-sent-to-printer = Sent to the printer.

## Letters to every patient

printing-letters-section-heading = Letters to every patient
printing-letters-intro = Export the practice’s patient list from the clinical system as a CSV file, with its header row, and choose it here. Pathfinder makes one PDF with a letter and an objection form for each patient, or for each household, in the patient’s preferred language and in large print where their record asks for it.
printing-privacy = The patient list is read on this computer only. It is never stored, and it is never sent anywhere: only the number of letters printed is counted.
printing-punjabi-script-label = A plain “Punjabi” in the list means
printing-punjabi-script-hint = Punjabi is written in two scripts. Where the list’s language column says only “Punjabi”, the letter is printed in the script chosen here. Where it names the script, such as “Punjabi (Shahmukhi)” or “pa-Arab”, that script is used. Pathfinder remembers this choice.
printing-punjabi-script-gurmukhi = Punjabi in Gurmukhi script (mostly read by people from India)
printing-punjabi-script-shahmukhi = Punjabi in Shahmukhi script (mostly read by people from Pakistan)
# Variables:
#   $script (String) - the script just chosen: gurmukhi or shahmukhi
#   $list (String) - read-again when the chosen patient list was read again in it, none when no list is chosen yet
printing-punjabi-script-saved = { $script ->
        [shahmukhi] Saved: a plain “Punjabi” in the list means Punjabi in Shahmukhi script.
       *[gurmukhi] Saved: a plain “Punjabi” in the list means Punjabi in Gurmukhi script.
    }{ $list ->
        [read-again] { " " }The list was read again, and its counts by language are up to date.
       *[none] { "" }
    }
printing-list-label = Patient list
printing-list-hint = A CSV or text file from EMIS Web, SystmOne or Vision. It needs at least each patient’s surname, first address line and postcode.
# Variables:
#   $file (String) - the name of the chosen file
#   $patients (Number) - how many patients the list has letters for
#   $left (Number) - how many rows were left out
printing-list-read = Read { $file }: { $patients ->
        [one] 1 patient
       *[other] { $patients } patients
    }, { $left ->
        [0] no rows left out
        [one] 1 row left out
       *[other] { $left } rows left out
    }.
printing-list-heading = What the list holds
printing-summary-file = File
printing-summary-format = How it is written
# Variables:
#   $delimiter (String) - what separates the columns: "comma", "tab" or "semicolon"
#   $encoding (String) - the text encoding: "utf8", "utf8Bom" or "windows1252"
printing-summary-format-value = Columns separated by { $delimiter ->
        [tab] tabs
        [semicolon] semicolons
       *[comma] commas
    }; { $encoding ->
        [windows1252] Windows (ANSI) text
        [utf8Bom] Unicode (UTF-8) text with a byte order mark
       *[utf8] Unicode (UTF-8) text
    }
printing-summary-patients = Patients found
# Variables:
#   $count (Number) - a number of patients
printing-summary-patients-value = { $count ->
        [one] 1 patient
       *[other] { $count } patients
    }
printing-summary-letters = Letters
# Variables:
#   $count (Number) - how many letters, one per patient
printing-summary-letters-each = { $count ->
        [one] 1 letter
       *[other] { $count } letters
    } with one per patient
# Variables:
#   $count (Number) - how many letters, one per household
printing-summary-letters-households = { $count ->
        [one] 1 letter
       *[other] { $count } letters
    } with one per household
# Variables:
#   $count (Number) - how many addresses have more surnames than the limit
#   $max (Number) - the most surnames one household may have
printing-summary-letters-split = { $count ->
        [0] No address has
        [one] 1 address has
       *[other] { $count } addresses have
    } more than { $max } surnames. { $count ->
        [0] Every address is one household.
        [one] Each person there gets their own letter.
       *[other] Each person at those addresses gets their own letter.
    }
printing-summary-children = Children under 16 today
# Variables:
#   $count (Number) - how many patients are under 16 today
printing-summary-children-value = { $count ->
        [0] None
        [one] 1 patient, written to through a parent or guardian
       *[other] { $count } patients, written to through a parent or guardian
    }
printing-summary-no-birth = No date of birth
# Variables:
#   $count (Number) - how many patients have no date of birth in the list
printing-summary-no-birth-value = { $count ->
        [0] None
        [one] 1 patient, written to as an adult
       *[other] { $count } patients, written to as adults
    }
printing-summary-large-print = Need large print
printing-summary-left-out = Rows left out
# Variables:
#   $count (Number) - how many rows of the list cannot be used
printing-summary-left-out-value = { $count ->
        [0] None
        [one] 1 row
       *[other] { $count } rows
    }
printing-languages-caption = Patients by the language of their letter
printing-col-language = Language
printing-col-count = Number
# Variables:
#   $count (Number) - a number of patients
printing-count-patients = { $count }
# Variables:
#   $count (Number) - a number of letters
printing-count-letters = { $count }
# Variables:
#   $count (Number) - how many rows of the list cannot be used
printing-problems-summary = { $count ->
        [one] Which row is left out, and why
       *[other] Which { $count } rows are left out, and why
    }
printing-problems-intro = These rows get no letter. Correct them in the clinical system and export the list again, or send these patients a letter by hand.
# Variables:
#   $shown (Number) - how many problems are listed
#   $count (Number) - how many rows are left out in all
printing-problems-more = The first { $shown } of { $count } are listed.

printing-mapping-heading = Which column holds what
printing-mapping-intro = Pathfinder guessed the columns from the file’s header row. If a field is in a different column, choose it; the figures above change to match.
printing-mapping-caption = The columns of the patient list
printing-col-field = Field of the letter
printing-col-column = Column in the file
printing-column-none = Not in this file
# Variables:
#   $number (Number) - the column's position in the file, from 1
printing-column-unnamed = Column { $number } (no heading)
printing-field-required = (required)
printing-field-title = Title
printing-field-forename = First name
printing-field-surname = Surname
printing-field-address1 = Address line 1
printing-field-address2 = Address line 2
printing-field-address3 = Address line 3
printing-field-address4 = Address line 4
printing-field-address5 = Address line 5
printing-field-postcode = Postcode
printing-field-nhs-number = NHS number
printing-field-date-of-birth = Date of birth
printing-field-language = Preferred language
printing-field-communication-needs = Communication needs
# Variables:
#   $patients (Number) - how many patients the list now has letters for
#   $left (Number) - how many rows are now left out
printing-mapping-changed = The list was read again with the new column: { $patients ->
        [one] 1 patient
       *[other] { $patients } patients
    }, { $left ->
        [0] no rows left out
        [one] 1 row left out
       *[other] { $left } rows left out
    }.

printing-letters-heading = Make the letters
printing-households-label = One letter per household (everyone at the same address)
printing-households-hint-children = The letter is addressed to the adults at the address, and each child under 16 is named on a form for a parent or guardian to sign. It is in the language of the first adult listed there, and in large print if anyone there needs it.
printing-english-only-label = Print every letter in English
printing-english-only-hint = Whatever language the list gives for each patient. Choose this if the practice writes to patients in English only, or until the translations have been checked.
# Variables:
#   $count (Number) - how many draft translations the list's letters would be in
printing-letters-drafts = { $count ->
    [one] Some letters would be in a draft translation that nobody has checked yet:
   *[other] Some letters would be in { $count } draft translations that nobody has checked yet:
}
# Variables:
#   $count (Number) - how many patients' letters are in that language
printing-letters-drafts-patients = { $count ->
    [one] (1 patient)
   *[other] ({ $count } patients)
}
printing-letters-drafts-bilingual = Each of these letters is printed with the same letter in English after it, and its objection form has English labels beside the translated ones, so the staff who code a returned form can read it. To print every letter in English instead, choose “Print every letter in English”.
printing-letters-english-only-note = Every letter will be in English, whatever language the list gives.
printing-max-surnames-label = Most surnames at one address
printing-max-surnames-hint = An address with more surnames than this, such as a care home, student halls or a hostel, is not grouped: each person there gets their own letter. At an address with this many surnames or fewer, everyone is named on one letter, whether or not they are one family.
# Variables:
#   $count (Number) - how many of the letters go to a parent or guardian
printing-letters-to-guardians = { $count ->
        [one] 1 of them is addressed to a parent or guardian, for a child under 16.
       *[other] { $count } of them are addressed to a parent or guardian, for a child under 16.
    }
# Variables:
#   $count (Number) - how many letters will be made
printing-letters-to-make-each = { $count ->
        [one] 1 letter will be made, one per patient.
       *[other] { $count } letters will be made, one per patient.
    }
# Variables:
#   $count (Number) - how many letters will be made
printing-letters-to-make-households = { $count ->
        [one] 1 letter will be made, one per household.
       *[other] { $count } letters will be made, one per household.
    }
printing-make-letters = Make the letters
printing-forget = Forget the list
printing-forget-hint = Forgetting the list clears it from Pathfinder’s memory. Letters already saved stay in your Documents folder.
printing-list-forgotten = The patient list is forgotten.
printing-progress-label = Making the letters
# Variables:
#   $done (Number) - letters made so far
#   $total (Number) - letters to make
printing-progress-figures = { $done } of { $total } letters
# Variables:
#   $done (Number) - letters made so far
#   $total (Number) - letters to make
printing-progress-announce = { $done } of { $total } letters made.
printing-letters-started = Making the letters. This can take a few minutes for a large list.
printing-cancel = Cancel
printing-cancelling = Cancelling…
printing-letters-cancelled = The letters were cancelled. No file was saved.
# Variables:
#   $letters (Number) - how many letters were made
#   $pages (Number) - how many pages the PDF has
printing-letters-done = The letters are ready: { $letters ->
        [one] 1 letter
       *[other] { $letters } letters
    }, { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }.
printing-result-heading = The letters are ready
printing-result-letters = Letters
# Variables:
#   $count (Number) - a number of letters
printing-result-letters-value = { $count ->
        [one] 1 letter
       *[other] { $count } letters
    }
printing-result-pages = Pages
# Variables:
#   $count (Number) - a number of pages
printing-result-pages-value = { $count ->
        [one] 1 page
       *[other] { $count } pages
    }
printing-result-standard = Standard print
printing-result-large-print = Large print
printing-result-to-guardian = To a parent or guardian
printing-result-split = Addresses not grouped
# Variables:
#   $count (Number) - how many addresses had more surnames than the limit
printing-result-split-value = { $count ->
        [0] None
        [one] 1 address, with a letter for each person there
       *[other] { $count } addresses, with a letter for each person there
    }
printing-result-languages-caption = Letters by language
printing-result-list-forgotten = Pathfinder has let go of the patient list now that the letters are made. To make them again, choose the file again.
