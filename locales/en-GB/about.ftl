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
about-objections-caption = The two types of objection
about-objections-col-type = Type
about-objections-col-effect = What it stops
about-objections-col-code = Code to record (Read v2)
about-type1-name = Type 1
about-type1-effect = Identifiable information about the patient leaving the practice for any purpose other than their direct care.
about-type1-code = { -type1-code }
about-type2-name = Type 2
about-type2-effect = The HSCIC releasing identifiable information it holds about the patient, such as information from hospital visits.
about-type2-code = { -type2-code }
about-objections-difference = The difference: Type 1 is about information leaving the practice. Type 2 is about information leaving the HSCIC.
about-objections-family = One form can cover a whole family. Parents can object for their children.
about-objections-process = Every returned form is checked, coded ({ -type1-code } or { -type2-code }), scanned into the record and acknowledged. Allow 2 to 5 minutes a form.
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
about-scr-caredata-who = The HSCIC and approved analysts, not the patient’s clinicians
about-scr-scr-who = Clinicians treating the patient, with the patient’s permission
about-scr-row-opt-out = How does a patient say no?
about-scr-caredata-opt-out = A Type 1 or Type 2 objection
about-scr-scr-opt-out = A separate Summary Care Record opt-out form
about-scr-separate = Saying no to one does not say no to the other. A patient who wants out of both has to say so for each.

about-script-heading = What to say at reception
about-script-intro = Patients may ask at the desk or on the phone. These answers are a starting point.
about-script-q-what = “What is care.data?”
about-script-a-what = “It’s an NHS England programme that uses information from GP and hospital records to plan services. It isn’t used for your treatment.”
about-script-q-do-anything = “Do I have to do anything?”
about-script-a-do-anything = “No. If you are happy for your information to be used, you don’t need to do anything.”
about-script-q-object = “How do I object?”
about-script-a-object = “Fill in an objection form. We have them here and on our website. You can choose Type 1, Type 2 or both, and one form can cover your family.”
about-script-q-types = “What is the difference between the two types?”
about-script-a-types = “Type 1 stops your information leaving this practice for anything other than your care. Type 2 stops the HSCIC passing on information it holds about you from elsewhere, such as hospitals.”
about-script-q-care = “Will objecting affect my care?”
about-script-a-care = “No. Your care will not change in any way.”
about-script-q-scr = “Is this the Summary Care Record?”
about-script-a-scr = “No. That is separate, and is used by clinicians who treat you. You can opt out of each on its own.”
about-script-q-when = “When will my information be taken?”
about-script-a-when = “Not before the end of the awareness period. We are writing to every patient first.”
about-script-q-change = “Can I change my mind later?”
about-script-a-change = “Yes, at any time. Tell us and we will update your record.”
about-script-escalate = If a patient is worried, or asks something you cannot answer, give them a leaflet and ask the practice manager to get in touch with them.
