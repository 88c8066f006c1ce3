# The checklist of what the pilot asks of a practice, and each task's page.

checklist-heading = Checklist
# Variables:
#   $completed (Number) - tasks completed or not applicable
#   $total (Number) - tasks in the checklist
checklist-progress = { $completed } of { $total } tasks completed
# Variables:
#   $due (String) - the date the task is due, already formatted
checklist-task-due = Due { $due }
# Variables:
#   $due (String) - the date the task was due, already formatted
checklist-task-overdue = Overdue: was due { $due }

checklist-section-prepare = Prepare the practice
checklist-section-tell-patients = Tell patients
checklist-section-objections = Handle objections
checklist-section-extract = Agree the extract
checklist-section-report = Report

task-join-pathfinder-title = Join the pathfinder and assess the work
task-join-pathfinder-guidance = Read the CCG’s letter and the practice pack, agree with the partners to take part, and estimate what the pilot will take from each team. This checklist and the workload page help with the estimate.
task-update-privacy-notice-title = Update the privacy notice, practice leaflet and website
task-update-privacy-notice-guidance = Add what care.data is, what it is not, and how to object, to the fair processing (privacy) notice, the practice leaflet and the website, so every source says the same.
task-brief-staff-title = Brief every member of staff
task-brief-staff-guidance = Everyone who may talk to patients should know the difference between Type 1 and Type 2 objections, how care.data differs from the Summary Care Record, and where to send questions. The About care.data guide has a reception script.
task-brief-staff-guidance-type1-only = Everyone who may talk to patients should know what a Type 1 objection is (the one this pilot offers), how care.data differs from the Summary Care Record, and where to send questions. The About care.data guide has a reception script.
task-display-posters-title = Display posters and stock leaflets
task-display-posters-guidance = Put up posters in the waiting room and at reception, keep leaflets where patients can take them, and add a message to waiting-room screens.
task-write-to-patients-title = Write to every patient or household
task-write-to-patients-guidance = When the window opens, export the patient list from the clinical system and send a letter with an objection form to every household, by post, email or text.
task-communication-needs-title = Meet communication needs
task-communication-needs-guidance = Offer large print, translations and easy read versions to patients who need them, as the Accessible Information Standard (DCB1605) asks.
task-adopt-objection-form-title = Adopt an objection form
task-adopt-objection-form-guidance = Use a form that offers Type 1 and Type 2 as separate choices, covers family members, and asks for name, date of birth, address and, where known, NHS number.
task-adopt-objection-form-guidance-type1-only = Use a form that offers the Type 1 objection, the one this pilot offers, covers family members, and asks for name, date of birth, address and, where known, NHS number.
task-process-objection-forms-title = Process returned objection forms
task-process-objection-forms-coding-guidance = Check each returned form, record each objection it asks for with your clinical system's code for Type 1 or Type 2 (the Objections page lists the codes for your system: Read v2 on EMIS Web and Vision, CTV3 on SystmOne; confirm them with your supplier), scan the form into the record and acknowledge it. Count the day's forms on the Objections page. Allow 2 to 5 minutes a form.
task-process-objection-forms-coding-guidance-type1-only = Check each returned form, record the objection with your clinical system's code for Type 1 (the Objections page lists the code for your system: Read v2 on EMIS Web and Vision, CTV3 on SystmOne; confirm it with your supplier), scan the form into the record and acknowledge it. Count the day's forms on the Objections page. Allow 2 to 5 minutes a form.
task-agree-extract-title = Instruct the supplier and agree the extract
task-agree-extract-guidance = Instruct the clinical-system supplier, agree the extract, and check that patients who objected are excluded from it.
task-report-objection-counts-title = Report objection counts to the CCG
task-report-objection-counts-guidance = Run the objection-count search in the clinical system and report the counts, never names, to the CCG.

task-back = Back to the checklist
task-saved = Your changes have been saved.
task-status-key = Status
task-role-key = Who does it
task-due-key = Due
# Variables:
#   $due (String) - the due date, already formatted
task-due-on = { $due }
# Variables:
#   $due (String) - the due date, already formatted
task-due-overdue = Overdue: was due { $due }
task-effort-key = Estimated effort
# Variables:
#   $hours (Number) - the estimated effort in hours
#   $units (Number) - always 1 for a fixed effort
task-effort-fixed = { NUMBER($hours, maximumFractionDigits: 1) } hours
# Variables:
#   $hours (Number) - the estimated effort in hours
#   $units (Number) - the number of staff members
task-effort-per-staff-member = { NUMBER($hours, maximumFractionDigits: 1) } hours for { $units } staff
# Variables:
#   $hours (Number) - the estimated effort in hours
#   $units (Number) - the estimated number of households
task-effort-per-household = { NUMBER($hours, maximumFractionDigits: 1) } hours for about { $units } households
# Variables:
#   $hours (Number) - the estimated effort in hours
#   $units (Number) - the estimated number of returned forms
task-effort-per-objection-form = { NUMBER($hours, maximumFractionDigits: 1) } hours for about { $units } returned forms
# After the estimate, one line a team whose time the task also takes.
# Variables:
#   $role (String) - the team: practice-manager, reception, admin-team, gp-partner or it
task-effort-shared-with = { $role ->
    [practice-manager] shared with the practice manager
    [reception] shared with reception
    [admin-team] shared with the admin team
    [gp-partner] shared with the GP partners
    [it] shared with IT
   *[other] shared with another team
}
task-waiting-heading = Cannot start yet
task-waiting-body = Finish these tasks first:
task-status-legend = Status
task-reason-label = Why does this task not apply?
task-reason-kind-legend = Why does this not apply?
task-reason-kind-hint = The kind of reason you choose is sent to the regional team with the practice’s report. The words you type below stay on this computer.
task-reason-kind-done-elsewhere = Someone else does it for the practice, such as the CCG, a mailing house or the supplier
task-reason-kind-not-in-pilot = The regional team has taken it out of this pilot
task-reason-kind-other = Another reason
task-reason-words-label = In your own words
task-reason-words-hint = Kept on this computer only: it is not sent to the regional team.
task-extract-body = The extract cannot be agreed until these are dealt with:
task-extract-link = Deal with them on the objections page
task-assignee-label = Who is doing it (optional)
task-assignee-hint = A name is kept on this computer only.
task-notes-label = Notes (optional)
task-evidence-label = Evidence (optional)
task-evidence-hint = Where the evidence is kept, one item a line: a file name, a folder or a link
task-save = Save
task-history-heading = History
task-history-empty = No changes yet.
task-history-when = When
task-history-who = Who
task-history-status = Status
task-error-reason-required = Say why this task does not apply
task-error-cannot-start = This task cannot start until the tasks it needs are finished
task-error-unknown = There is no such task in the checklist
task-error-reason-kind = Choose why this task does not apply
task-error-extract-blocked = The extract cannot be agreed yet: deal first with what stands in its way, listed on this page
