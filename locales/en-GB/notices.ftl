# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = How information about you is used: care.data
notice-draft-translation = This is a draft translation. If anything is unclear, ask at reception for the English version.

## Poster (A4 and A3)

notice-poster-heading = Better information means better care
notice-poster-lede = From { $start }, this practice will share some information from GP records with the Health and Social Care Information Centre, under the care.data programme.
notice-poster-what = What is shared: your NHS number, date of birth, postcode, gender, and coded information such as diagnoses, referrals, prescriptions and test results. Your written notes are not shared.
notice-poster-why = Why: to plan NHS services, check the quality of care and support research that improves treatment.
notice-poster-choice = You have a choice. If you do not want your information shared, tell the practice before { $extract }. You do not have to give a reason, and it will not affect your care.
notice-poster-ask = Ask at reception for a leaflet and an objection form.
# Variables:
#   $practice (String) - the practice's name
#   $phone (String) - the practice's phone number
notice-contact = { $practice } · { $phone }

## Leaflet (A4, two sides)

notice-leaflet-heading = care.data: what it means for you
notice-leaflet-intro = The NHS wants to use information from GP records to improve health services. This leaflet explains what will be shared, why, and how you can object.
notice-leaflet-what-heading = What information is shared
notice-leaflet-what = Coded information from your GP record: your NHS number, date of birth, postcode, gender, ethnicity, diagnoses, referrals, prescriptions, test results and measurements such as blood pressure. Your name and address, and the written notes your doctor makes, are not shared.
notice-leaflet-who-heading = Who uses it
notice-leaflet-who = The Health and Social Care Information Centre joins it with hospital information in a secure environment. NHS organisations and approved researchers may use it, usually in a form that does not identify you.
notice-leaflet-not-heading = What care.data is not
notice-leaflet-not = It is not the Summary Care Record, which lets staff treating you in an emergency see your medicines and allergies. Objecting to care.data does not change your Summary Care Record.
notice-leaflet-object-heading = How to object
notice-leaflet-object = Fill in the objection form and hand it in at reception or post it to the practice. You can object for yourself and for the children and adults you care for.
notice-leaflet-type1 = Type 1 objection: information from your GP record will not leave the practice for purposes other than your direct care.
notice-leaflet-type2 = Type 2 objection: information about you held by the Health and Social Care Information Centre, from any NHS care, will not be released in a form that could identify you.
notice-leaflet-change = You can change your mind at any time by telling the practice.
notice-leaflet-dates-heading = Important dates
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = Awareness period: { $start } to { $end }. First extract: { $extract }.

## Objection form

notice-form-heading = Objection form: care.data
notice-form-intro = Use this form to object to information being shared. Tick one or both boxes for each person.
notice-form-type1 = Type 1: do not let my GP record leave the practice except for my direct care (code 9Nu0)
notice-form-type2 = Type 2: do not release information that could identify me from the Health and Social Care Information Centre (code 9Nu4)
notice-form-person = Patient
# Variables:
#   $number (Number) - which family member on the form, 1 to 4
notice-form-family = Family member { $number }
notice-form-name = Full name
notice-form-dob = Date of birth
notice-form-nhs = NHS number (if known)
notice-form-address = Address
notice-form-signature = Signature
notice-form-date = Date
notice-form-on-behalf = If you sign for someone else, say how you are related or why you act for them:
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = Return this form to { $practice }, { $address }, or hand it in at reception.
notice-form-office = For practice use: coded on ______ by ______

## Staff briefing

notice-briefing-heading = Staff briefing: care.data at this practice
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = Patients are told from { $start }. The first extract is on { $extract }.
notice-briefing-types = There are two kinds of objection. Type 1 (9Nu0) stops the GP record leaving the practice except for direct care. Type 2 (9Nu4) stops identifiable information leaving the Health and Social Care Information Centre.
notice-briefing-scr = care.data is not the Summary Care Record. Objecting to one does not change the other.
notice-briefing-script = What to say: "Information from your record may be shared to plan and improve NHS services. If you do not want that, fill in this form and we will record your choice. It will not affect your care."
notice-briefing-forms = Hand returned forms to the admin team the same day. They are checked, coded, scanned into the record and acknowledged.
notice-briefing-questions = Questions you cannot answer go to the practice manager.

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = Dear { $names },
notice-letter-opening = We are writing to tell you about care.data, a programme that will share some information from GP records to improve NHS services.
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = The practice is telling every patient from { $start }. Information will first be shared on { $extract }.
notice-letter-what = Coded information from your record, such as diagnoses, prescriptions and test results, with your NHS number, date of birth, postcode and gender, will be sent to the Health and Social Care Information Centre. Your name, address and written notes will not.
notice-letter-choice = If you are happy for your information to be used, you do not need to do anything. If you do not want it shared, fill in the form on the next page and return it before the first extract. You can object for each person named above.
notice-letter-closing = Yours sincerely,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = The partners and staff of { $practice }
notice-letter-enclosure = Enclosed: objection form
