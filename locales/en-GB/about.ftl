# The About care.data guide for practice staff.

-type1-code = 9Nu0
-type2-code = 9Nu4

about-heading = About care.data
about-lede = A short guide for everyone at the practice: what care.data is and is not, what patients can choose, and what to say when they ask.
about-contents =
    .aria-label = Contents

about-what-heading = What care.data is
about-what-body = care.data is an NHS England programme. It links information from GP records with information from hospitals, community services and social care, so that the NHS can plan services and check how well they work.
about-what-hscic = The Health and Social Care Information Centre (HSCIC) collects and holds the information. It is taken from each practice’s clinical system (EMIS Web, SystmOne or Vision) by the GP extraction service.
about-what-identifiable = What is taken is coded information from the GP record, such as diagnoses, referrals, prescriptions, test results and measurements, with the patient’s NHS number, date of birth, postcode and gender. That makes it identifiable: it is not anonymous. Written notes are not taken, and nor are some sensitive records, such as those about HIV, sexually transmitted infections, IVF and terminations of pregnancy.
about-what-release = The HSCIC may release information to NHS organisations, to approved researchers and to other approved organisations, some of them outside the NHS. The Care Act 2014 limits release to health and care purposes: never insurance or marketing.
about-what-controller = The practice is the data controller for its patients’ records, so the practice has to agree to the extract before anything is taken.

about-not-heading = What care.data is not
about-not-direct-care = It is not used to treat anyone. The doctors and nurses caring for a patient do not use care.data: it is for planning, not for direct care.
about-not-scr = It is not the Summary Care Record, which is for direct care (see below).
about-not-change = It changes nothing in how the practice records or shares information when it cares for a patient.

about-areas-heading = The pathfinder areas
about-areas-body = After a pause in 2014, care.data restarted as a pilot in a few “pathfinder” areas, each a clinical commissioning group (CCG):
about-area-leeds-north = Leeds North
about-area-leeds-south-east = Leeds South and East
about-area-leeds-west = Leeds West
about-area-somerset = Somerset
about-area-west-hampshire = West Hampshire
about-area-blackburn-darwen = Blackburn with Darwen
about-areas-learning = What pilot practices learn will shape how care.data works in the rest of England.

about-window-heading = The fair-processing window
about-window-body = Before its first extract, each pathfinder practice runs an awareness period, called the fair-processing window, of about 6 weeks.
about-window-contact = During the window the practice writes to, emails or texts every patient or household, so that everyone knows what will happen and can object if they wish.
about-window-materials = Posters, leaflets, the practice leaflet, the website and the privacy notice should all say the same thing.
about-window-no-extract = Nothing is extracted until the window has ended.

about-objections-heading = Patients’ right to object
about-objections-body = Any patient can object, and it will not affect their care. There are two types of objection. A patient can choose either or both.
# The messages ending -type1-only replace their namesakes where the pilot offers the Type 1 objection only.
about-objections-body-type1-only = Any patient can object, and it will not affect their care. In this pilot, patients are offered one type of objection: Type 1.
about-objections-caption = The two types of objection
about-objections-caption-type1-only = The type of objection this pilot offers
about-objections-col-type = Type
about-objections-col-effect = What it stops
about-objections-col-read = Read v2 code (EMIS Web, Vision)
about-objections-col-ctv3 = CTV3 code (SystmOne)
about-type1-name = Type 1
about-type1-effect = Identifiable information about the patient leaving the practice for any purpose other than their direct care.
about-type1-code = { -type1-code }
about-type1-ctv3 = XaZ89
about-type2-name = Type 2
about-type2-effect = The HSCIC releasing identifiable information it holds about the patient, such as information from hospital visits.
about-type2-code = { -type2-code }
about-type2-ctv3 = XaaVL
about-objections-codes-confirm = Confirm these codes with your clinical system supplier before you code any form: they are as published, and the Type 2 CTV3 code (XaaVL) in particular is not confirmed.
about-objections-codes-confirm-type1-only = Confirm these codes with your clinical system supplier before you code any form: they are as published.
about-objections-difference = The difference: Type 1 is about information leaving the practice. Type 2 is about information leaving the HSCIC.
about-objections-for-whom = One form can cover a family: parents and guardians can object for their children under 16. An adult can object for another adult only with the legal right to act for them, such as a lasting power of attorney. Otherwise, each adult objects for themselves.
about-objections-process = Every returned form is checked, coded ({ -type1-code } or { -type2-code }), scanned into the record and acknowledged. Allow 2 to 5 minutes a form.
about-objections-process-type1-only = Every returned form is checked, coded ({ -type1-code }), scanned into the record and acknowledged. Allow 2 to 5 minutes a form.
about-objections-withdraw = A patient can take back an objection at any time, before or after the first extract, with the withdrawal form. Code the withdrawal as your supplier advises: Type 2 withdrawn is XaaVM in CTV3; Type 1 withdrawn is commonly given as 9Nu1 in Read v2, which is not confirmed.
about-objections-withdraw-type1-only = A patient can take back an objection at any time, before or after the first extract, with the withdrawal form. Code the withdrawal as your supplier advises: Type 1 withdrawn is commonly given as 9Nu1 in Read v2, which is not confirmed.
about-objections-counts = The practice reports only how many patients objected, never who.

about-scr-heading = care.data and the Summary Care Record
about-scr-body = The Summary Care Record (SCR) is a different thing. It holds key facts from the GP record, such as medicines and allergies, so that clinicians elsewhere, for example in A&E or out of hours, can see them when they treat the patient.
about-scr-caption = How care.data and the Summary Care Record differ
about-scr-col-topic = Question
about-scr-col-caredata = care.data
about-scr-col-scr = Summary Care Record
about-scr-row-purpose = What is it for?
about-scr-caredata-purpose = Planning and improving services
about-scr-scr-purpose = Treating the patient
about-scr-row-who = Who sees it?
about-scr-caredata-who-released = The HSCIC, and approved organisations it releases information to for health and care purposes, some outside the NHS. Not the patient’s clinicians.
about-scr-scr-who = Clinicians treating the patient, with the patient’s permission
about-scr-row-opt-out = How does a patient say no?
about-scr-caredata-opt-out = A Type 1 or Type 2 objection
about-scr-caredata-opt-out-type1-only = A Type 1 objection
about-scr-scr-opt-out = A separate Summary Care Record opt-out form
about-scr-separate = Saying no to one does not say no to the other. A patient who wants out of both has to say so for each.

about-script-heading = What to say at reception
about-script-intro = Patients may ask at the desk or on the phone. These answers are a starting point.
about-script-q-what = “What is care.data?”
about-script-a-what-planning = “It’s an NHS England programme. Information from GP records is joined with information from hospitals and other care to plan and improve services. It isn’t used for your treatment.”
about-script-q-do-anything = “Do I have to do anything?”
about-script-a-do-anything = “No. If you are happy for your information to be used, you don’t need to do anything.”
about-script-q-sold = “Will my information be sold?”
about-script-a-sold = “By law it can be released only for health and care purposes, such as planning services and research, never for insurance or marketing. Only approved organisations can receive it, and some of them are outside the NHS.”
about-script-q-anonymous = “Is it anonymous?”
about-script-a-anonymous = “No. It includes your NHS number, date of birth, postcode and gender, so it can identify you.”
about-script-q-taken = “What exactly is taken?”
about-script-a-taken = “Coded information from your record, such as diagnoses, referrals, prescriptions, test results and measurements like blood pressure, with your NHS number, date of birth, postcode and gender. Your written notes are not taken, and nor are some sensitive records, such as those about HIV, sexually transmitted infections, IVF and terminations of pregnancy.”
about-script-q-object = “How do I object?”
about-script-a-object-for-whom = “Fill in an objection form. We have them here. You can choose Type 1, Type 2 or both. One form can cover you and your children under 16. For another adult, you need the legal right to act for them, such as a lasting power of attorney.”
about-script-a-object-for-whom-type1-only = “Fill in an objection form. We have them here. One form can cover you and your children under 16. For another adult, you need the legal right to act for them, such as a lasting power of attorney.”
about-script-q-types = “What is the difference between the two types?”
about-script-a-types = “Type 1 stops your information leaving this practice for anything other than your care. Type 2 stops the HSCIC passing on information it holds about you from elsewhere, such as hospitals.”
about-script-q-care = “Will objecting affect my care?”
about-script-a-care = “No. Your care will not change in any way.”
about-script-q-scr = “Is this the Summary Care Record?”
about-script-a-scr = “No. That is separate, and is used by clinicians who treat you. You can opt out of each on its own.”
about-script-q-when = “When will my information be taken?”
about-script-a-when = “Not before the end of the awareness period. We are writing to every patient first.”
about-script-q-change = “Can I change my mind later?”
about-script-a-change-withdraw = “Yes, at any time, before or after the first extract. Ask us for a withdrawal form to take back an objection, or an objection form to make one, and we will update your record.”
about-script-escalate = If a patient is worried, or asks something you cannot answer, give them a leaflet and ask the practice manager to get in touch with them.
