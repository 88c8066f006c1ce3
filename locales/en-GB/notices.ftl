# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = How information about you is used: care.data
notice-draft-translation = This is a draft translation. If anything is unclear, ask at reception for the English version.
# Printed in English under a draft translation's note (the English is printed beside every translated paragraph).
notice-draft-bilingual = This translation is a draft and has not been checked. The English is printed with it: where the two differ, follow the English.

## Poster (A4 and A3)

notice-poster-title = care.data: information from your GP record
notice-poster-intro = This practice is part of the care.data pilot. From { $start } we are telling every patient about it. Unless you object, information from your GP record will first be sent to the Health and Social Care Information Centre on { $extract }.
notice-poster-what-identifiable = What is sent: coded information from your record, such as diagnoses, referrals, prescriptions and test results, with your NHS number, date of birth, postcode and gender. It can identify you: it is not anonymous. Your written notes are not sent.
notice-poster-why-purposes = Why: to plan and improve health and care services. By law it may be used only for health and care, not for insurance or marketing.
notice-poster-choice = You have a choice. If you do not want your information sent, tell the practice before { $extract }. You do not have to give a reason, it will not affect your care, and you can change your mind at any time.
notice-poster-ask = Ask at reception for a leaflet and an objection form, in large print or another language if you need one.
# Variables:
#   $practice (String) - the practice's name
#   $phone (String) - the practice's phone number
notice-contact = { $practice } · { $phone }

## Leaflet (A4, two sides)

notice-leaflet-heading = care.data: what it means for you
notice-leaflet-intro = The NHS wants to use information from GP records to plan and improve health and care services. This leaflet explains what will be sent, who may use it, and how you can object.
notice-leaflet-what-heading = What information is shared
notice-leaflet-what-identifiable = Coded information from your GP record: your NHS number, date of birth, postcode, gender, ethnicity, diagnoses, referrals, prescriptions, test results and measurements such as blood pressure. With your NHS number, date of birth, postcode and gender, it can identify you: it is not anonymous. Your written notes are not sent, and nor are some sensitive records, such as those about HIV, sexually transmitted infections, IVF and terminations of pregnancy.
notice-leaflet-who-heading = Who uses it
notice-leaflet-who-purposes = The Health and Social Care Information Centre joins it with information from hospitals and other care, in a secure environment. It may release information to NHS organisations, to approved researchers and to other approved organisations, some of them outside the NHS. By law it may be released only for health and care purposes, never for insurance or marketing.
notice-leaflet-not-heading = What care.data is not
notice-leaflet-not = It is not the Summary Care Record, which lets staff treating you in an emergency see your medicines and allergies. Objecting to care.data does not change your Summary Care Record.
notice-leaflet-object-heading = How to object
notice-leaflet-object-for-whom = Fill in the objection form and hand it in at reception or post it to the practice. You can object for yourself and for your children under 16. You can object for another adult only if you have the legal right to act for them, such as a lasting power of attorney.
notice-leaflet-type1-identifiable = Type 1 objection: no information that could identify you will leave the practice from your GP record, except for your direct care.
notice-leaflet-type2 = Type 2 objection: information about you held by the Health and Social Care Information Centre, from any NHS care, will not be released in a form that could identify you.
# Where the pilot offers the Type 1 objection only (a programme decision), in place of the Type 1 and Type 2 paragraphs.
notice-leaflet-object-type1-only = This pilot offers one kind of objection, called Type 1. It means that no information that could identify you will leave the practice from your GP record, except for your direct care.
notice-leaflet-change = Objecting does not affect your care. You can change your mind at any time, before or after the first extract, by telling the practice.
# Variables:
#   $phone (String) - the practice's phone number
notice-leaflet-formats = This leaflet is also available in large print and in other languages. Ask at reception or call { $phone }.
notice-leaflet-dates-heading = Important dates
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = Awareness period: { $start } to { $end }. First extract: { $extract }.

## Objection form

notice-form-heading = Objection form: care.data
notice-form-intro-each-type = Use this form to object to information from GP records being shared. For each person, tick a box for each type of objection they want. Objecting does not affect anyone's care, and an objection can be taken back at any time.
# Where the pilot offers the Type 1 objection only: the form has one box for each person.
notice-form-intro-type1-only = Use this form to object to information from GP records being shared. Tick the box for each person who wants to object. Objecting does not affect anyone's care, and an objection can be taken back at any time.
notice-form-type1-identifiable = Type 1: do not let information that could identify me leave the practice from my GP record, except for my direct care (code 9Nu0)
notice-form-type2 = Type 2: do not release information that could identify me from the Health and Social Care Information Centre (code 9Nu4)
notice-form-person = Patient
# Variables:
#   $number (Number) - which other person on the form, 1 to 4
notice-form-other-person = Child or other person { $number }
notice-form-name = Full name
notice-form-dob = Date of birth
notice-form-nhs = NHS number (if known)
notice-form-address = Address
notice-form-signature = Signature
notice-form-date = Date
notice-form-on-behalf-authority = If you sign for a child under 16, or for an adult you have the legal right to act for (such as a lasting power of attorney), say which:
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = Return this form to { $practice }, { $address }, or hand it in at reception.
notice-form-office = For practice use: coded on ______ by ______

## Withdrawal form: taking back an objection made before

notice-withdrawal-heading = Taking back an objection: care.data
notice-withdrawal-intro = Use this form if you objected before and have changed your mind. Tick the objection you want to take back. Your care is the same whatever you choose, and you can object again at any time.
# Where the pilot offers the Type 1 objection only: the form has one box.
notice-withdrawal-intro-type1-only = Use this form if you objected before and have changed your mind. Tick the box to take back your objection. Your care is the same whatever you choose, and you can object again at any time.
notice-withdrawal-type1 = Take back my Type 1 objection: information from my GP record may leave the practice again
notice-withdrawal-type2 = Take back my Type 2 objection: the Health and Social Care Information Centre may release information about me again
notice-withdrawal-office = For practice use: withdrawal coded on ______ by ______

## Staff briefing

notice-briefing-heading = Staff briefing: care.data at this practice
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = Patients are told from { $start }. The first extract is on { $extract }.
notice-briefing-types = There are two kinds of objection. Type 1 (9Nu0) stops identifiable information leaving the practice from the GP record, except for direct care. Type 2 (9Nu4) stops the Health and Social Care Information Centre releasing identifiable information it holds.
# Where the pilot offers the Type 1 objection only, in place of the paragraph on both types.
notice-briefing-types-type1-only = This pilot offers patients one kind of objection: Type 1 (9Nu0). It stops identifiable information leaving the practice from the GP record, except for direct care. The programme decided this for the pilot, so our forms, letters and leaflets offer Type 1 only.
notice-briefing-scr = care.data is not the Summary Care Record. Objecting to one does not change the other.
notice-briefing-script = What to say: "Information from your record will be sent to plan and improve health and care services. It can identify you, so you can object. Objecting will not affect your care, and you can change your mind at any time."
notice-briefing-forms = Hand returned forms to the admin team the same day. They are checked, coded, scanned into the record and acknowledged.
notice-briefing-questions = Questions you cannot answer go to the practice manager.

## Letter

# Variables:
#   $names (String) - the names of the adults the letter is for, joined for the language (children under 16 in the household are named in notice-letter-children and on forms of their own)
notice-letter-greeting = Dear { $names },
# After the greeting of a letter to adults that names children under 16 at the same address too. The children are named on forms of their own, for a parent or guardian to sign.
# Variables:
#   $names (String) - the names of the children under 16, joined for the language
#   $count (Number) - how many children that is
notice-letter-children = This letter is also about { $names }, who { $count ->
        [one] is
       *[other] are
    } under 16. A parent or guardian can object for them on the enclosed form.
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-to-guardian = To the parent or guardian of { $names }
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-greeting-guardian = Dear parent or guardian of { $names },
notice-letter-opening = We are writing to tell you about care.data, a programme that will send some information from GP records to plan and improve health and care services.
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = The practice is telling every patient from { $start }. Information will first be shared on { $extract }.
notice-letter-what-identifiable = Coded information from your record, such as diagnoses, prescriptions and test results, will be sent to the Health and Social Care Information Centre with your NHS number, date of birth, postcode and gender. It can identify you: it is not anonymous. Your written notes will not be sent. By law it may be used only for health and care, not for insurance or marketing.
notice-letter-choice-for-whom = If you are happy for your information to be used, you do not need to do anything. If you do not want it sent, fill in the enclosed form and return it before the first extract. You can object for yourself and your children under 16; another adult named above decides for themselves, unless you have the legal right to act for them.
notice-letter-care = Whatever you decide, your care will not change. You can change your mind at any time by telling the practice.
# The messages ending -guardian replace their namesakes in a letter to the parent or guardian of children under 16 (and no adult): the reader is not the patient.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-what-identifiable-guardian = Coded information from { $count ->
        [one] your child's GP record
       *[other] your children's GP records
    }, such as diagnoses, prescriptions and test results, will be sent to the Health and Social Care Information Centre with their NHS number, date of birth, postcode and gender. It can identify them: it is not anonymous. Their written notes will not be sent. By law it may be used only for health and care, not for insurance or marketing.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-choice-guardian = If you are happy for { $count ->
        [one] your child's information
       *[other] your children's information
    } to be used, you do not need to do anything. If not, you can object for them on the enclosed form: fill it in, sign it and return it before the first extract.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-care-guardian = Whatever you decide, { $count ->
        [one] your child's care
       *[other] your children's care
    } will not change. You can change your mind at any time by telling the practice.
# Variables:
#   $phone (String) - the practice's phone number
notice-letter-formats = For this letter in large print or another language, or with any question, call the practice on { $phone }.
notice-letter-closing = Yours sincerely,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = The partners and staff of { $practice }
notice-letter-enclosure = Enclosed: objection form

## Letter in a draft translation: the same letter in English follows it

# Printed in English at the end of a draft translation's letter.
notice-letter-english-follows = The same letter in English is on the next page.
notice-letter-english-heading = This letter in English
notice-letter-english-intro = The letter before this page is a draft translation that has not been checked. This is the same letter in English: where the two differ, follow the English.

## Proof: the mark on every page of the proof the practice checks before its letters run (for staff, in English)

notice-proof-mark = PROOF: for checking at the practice, not for posting

## Acknowledgement: the letter the practice sends when it has coded a patient's returned objection form
## (one letter per patient). Its greeting, closing and signature are the letter's: notice-letter-greeting,
## notice-letter-to-guardian, notice-letter-greeting-guardian, notice-letter-closing, notice-letter-signature.

notice-ack-received = Thank you for your objection form about care.data. We have received it.
# Where the practice's list does not say which objection was coded: names no type.
notice-ack-recorded = We have recorded your objection in your GP record.
notice-ack-recorded-type1 = We have recorded a Type 1 objection in your GP record. This means that no information that could identify you will leave the practice from your GP record, except for your direct care.
# Only where the pilot offers the Type 2 objection.
notice-ack-recorded-type2 = We have recorded a Type 2 objection in your GP record. This means that the Health and Social Care Information Centre will not release information it holds about you in a form that could identify you.
notice-ack-care = Your objection does not affect your care.
# Variables:
#   $phone (String) - the practice's phone number
notice-ack-change = You can change your mind at any time. Ask at reception for a form to take back your objection, or call us on { $phone }.
# Variables:
#   $phone (String) - the practice's phone number
notice-ack-formats = For this letter in large print or another language, or with any question, call us on { $phone }.
# The messages ending -guardian replace their namesakes in a letter to the parent or guardian of a child under 16, who returned the form for the child: the reader is not the patient.
notice-ack-received-guardian = Thank you for the objection form about care.data that you returned for your child. We have received it.
notice-ack-recorded-guardian = We have recorded an objection in your child's GP record.
notice-ack-recorded-type1-guardian = We have recorded a Type 1 objection in your child's GP record. This means that no information that could identify your child will leave the practice from their GP record, except for their direct care.
# Only where the pilot offers the Type 2 objection.
notice-ack-recorded-type2-guardian = We have recorded a Type 2 objection in your child's GP record. This means that the Health and Social Care Information Centre will not release information it holds about your child in a form that could identify them.
notice-ack-care-guardian = The objection does not affect your child's care.
# Variables:
#   $phone (String) - the practice's phone number
notice-ack-change-guardian = You can change your mind at any time. Ask at reception for a form to take back the objection, or call us on { $phone }.
