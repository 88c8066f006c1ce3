# The practice's details: the onboarding form on first run, and later the page to change them.

onboarding-first-heading = Set up your practice
onboarding-first-lede = Tell Pathfinder about your practice and its awareness window. It uses this to plan the work and set due dates. Nothing leaves this computer.
onboarding-edit-heading = Your practice
onboarding-edit-lede = Change your practice’s details or its window. Due dates move with the window.

onboarding-about-heading = About the practice
onboarding-ods-label = ODS code
onboarding-ods-hint = A letter and five digits, for example A81001. A branch surgery adds three digits.
onboarding-name-label = Practice name
onboarding-address-label = Address (optional)
onboarding-address-hint = Needed before you print patient notices: the objection form gives it as the address to return forms to.
onboarding-phone-label = Phone number (optional)
onboarding-phone-hint = Needed before you print patient notices: they give it for questions and other formats.
onboarding-website-label = Website (optional)
onboarding-ccg-label = Clinical commissioning group (CCG)
onboarding-ccg-choose = Choose a CCG
onboarding-ccg-leeds-north = Leeds North (02V)
onboarding-ccg-leeds-south-east = Leeds South and East (03G)
onboarding-ccg-leeds-west = Leeds West (03C)
onboarding-ccg-somerset = Somerset (11X)
onboarding-ccg-west-hampshire = West Hampshire (11A)
onboarding-ccg-blackburn-darwen = Blackburn with Darwen (00Q)
onboarding-ccg-other = Another CCG
onboarding-ccg-code-label = CCG code
onboarding-ccg-code-hint = Three characters, for example 12A
onboarding-ccg-name-label = CCG name
onboarding-list-size-label = Registered list size
onboarding-list-size-hint = The number of patients registered with the practice
onboarding-system-label = Clinical system
onboarding-system-choose = Choose a clinical system
onboarding-system-emis-web = EMIS Web
onboarding-system-systm-one = SystmOne
onboarding-system-vision = Vision
onboarding-system-other = Another system
onboarding-lead-label = Practice lead for care.data
onboarding-lead-hint = The person who answers for the practice’s preparation. Kept on this computer only.

onboarding-staff-heading = Staff
onboarding-staff-count-label = Staff to brief
onboarding-staff-count-hint = Everyone who may talk to patients about care.data
onboarding-hours-intro-unplanned = Hours each group can give to the pilot in a typical week. Enter 0 for a group with no time; leave a box blank if its hours are not yet planned, and Pathfinder will say so rather than count it as none.
onboarding-hours-blank-hint = Leave blank if not yet planned
onboarding-hours-practice-manager = Practice manager, hours a week
onboarding-hours-reception = Reception, hours a week
onboarding-hours-admin-team = Admin team, hours a week
onboarding-hours-gp-partner = GP partners, hours a week
onboarding-hours-it = IT, hours a week

onboarding-window-heading = Awareness window
onboarding-window-start-label = Window starts on
onboarding-date-hint = For example, 2026-03-02
onboarding-window-weeks-label = Length of the window in weeks
onboarding-window-weeks-hint = Usually 6
onboarding-first-extract-label = First extract on

onboarding-planning-heading = Planning estimates
onboarding-household-size-label = People per household
onboarding-household-size-hint = Letters go to each household. 2.3 is the average in England.
onboarding-objection-rate-label = Patients expected to object, as a percentage
onboarding-objection-rate-pathfinders-hint = In the pathfinders about 1.8% of patients objected, and most practices saw between 0.5% and 2.5%. Each returned form takes 2 to 5 minutes to check, code, scan and acknowledge.

onboarding-start = Save and continue
onboarding-save = Save changes

onboarding-backup-heading = Backup
onboarding-backup-body = Save everything about your practice’s preparation in one file, to keep or to move to a new computer. Importing a backup replaces what is on this computer; its history is kept.
onboarding-backup-export = Save a backup
# Variables:
#   $path (String) - where the backup file was saved
onboarding-backup-exported = Backup saved to { $path }
onboarding-backup-file-label = Backup file to import
onboarding-backup-import = Import backup

onboarding-error-ods-code-required = Enter the practice’s ODS code
onboarding-error-ods-code-format = Enter an ODS code of a letter and five digits, like A81001, or a branch code of nine characters
onboarding-error-name-required = Enter the practice’s name
onboarding-error-ccg-required = Choose the practice’s CCG
onboarding-error-ccg-format = Enter a CCG code of three characters, like 12A
onboarding-error-ccg-name-required = Enter the CCG’s name
onboarding-error-list-size-required = Enter the registered list size
onboarding-error-list-size-number = Enter the list size as a whole number from 1 to 200,000
onboarding-error-clinical-system-required = Choose the practice’s clinical system
onboarding-error-practice-lead-required = Enter the name of the practice lead
onboarding-error-staff-count = Enter how many staff to brief, as a whole number from 1 to 1,000
onboarding-error-hours = Enter hours a week as a number from 0 to 168
onboarding-error-window-start-required = Enter the date the window starts
onboarding-error-window-start-date = Enter a real date for the window’s start, like 2026-03-02
onboarding-error-window-weeks = Enter the window’s length as a whole number of weeks from 1 to 26
onboarding-error-first-extract-required = Enter the date of the first extract
onboarding-error-first-extract-date = Enter a real date for the first extract, like 2026-04-27
onboarding-error-first-extract-early = The first extract must be on or after the day the window ends
onboarding-error-household-size = Enter people per household as a number from 1 to 10
onboarding-error-objection-rate-range = Enter the expected objections as a percentage from 0.5 to 2.5
onboarding-backup-first-body = Moving to a new computer? Import the backup you saved on the old one instead of filling in this form.
