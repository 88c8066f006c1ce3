# Reporting readiness to the hub: enrolment, the preview, the outbox and the central settings.

reporting-error-url-format = Enter the hub’s address as the regional team gave it, starting https://
reporting-error-url-https = The hub’s address must start with https:// so that what the practice sends is encrypted
reporting-error-code-required = Enter the enrolment code from the regional team
reporting-error-code-unknown = The enrolment code is not right for this practice: check it, and the practice’s ODS code
reporting-error-code-expired = The enrolment code has expired: ask the regional team for a new one
reporting-error-code-used = The enrolment code has already been used: ask the regional team for a new one
reporting-error-too-many-attempts = Too many wrong codes were tried for this practice: wait 15 minutes and try again
# Variables:
#   $reason (String) - the hub's explanation, in English
reporting-error-refused = The hub refused it: { $reason }
reporting-error-redirected = The hub’s address answered by sending Pathfinder somewhere else. Pathfinder talks only to the address you entered, so nothing was sent: check the address with your regional team.
# Variables:
#   $reason (String) - what went wrong with the connection, in English
reporting-error-unreachable = The hub could not be reached ({ $reason }). Check the address and the connection, then try again.
reporting-error-not-enrolled = Enrol the practice with the hub before sending
reporting-error-no-preview = The preview has already been sent or has been replaced: preview again before sending
reporting-error-bad-window = The hub sent window dates that are not valid: tell the regional team
# Variables:
#   $reason (String) - why neither the keychain nor the file could hold the token
reporting-error-token-unsaved = The hub’s token could not be kept safely on this computer: { $reason }

## The "Report to the hub" page (ids start reporting-, as report-objection-counts is a task's id)

reporting-heading = Report to the hub
reporting-lede = Tell the regional team how ready the practice is. You can see exactly what will be sent before it goes. No patient or staff names leave the practice.

reporting-window-notice-label = The regional team changed the practice’s dates
# Variables:
#   $previousStart (String) - the day the old window started, already formatted
#   $previousWeeks (Number) - how many weeks the old window lasted
#   $previousExtract (String) - the day of the old first extract, already formatted
#   $start (String) - the day the new window starts, already formatted
#   $weeks (Number) - how many weeks the new window lasts
#   $extract (String) - the day of the new first extract, already formatted
reporting-window-notice-body = The fair processing window has moved from { $previousStart } ({ $previousWeeks ->
        [one] 1 week
       *[other] { $previousWeeks } weeks
    }, first extract { $previousExtract }) to { $start } ({ $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    }, first extract { $extract }).
reporting-window-notice-due = The due dates of the checklist’s tasks have moved with it.

reporting-enrol-heading = Enrolment
reporting-enrol-intro = Enrol the practice with the hub once, using the hub’s address and the one-time enrolment code the regional team gave you.
reporting-hub-url-label = Hub address
reporting-hub-url-hint = As the regional team gave it, for example https://pathfinder-hub.example.nhs.uk
reporting-code-label = Enrolment code
reporting-code-hint = The one-time code from the regional team. It works only for this practice’s ODS code.
reporting-enrol-submit = Enrol the practice
reporting-enrolled = The practice is enrolled with the hub.
reporting-hub-url-key = Hub address
reporting-token-key = Where the hub’s key is kept
reporting-token-keychain = In this computer’s keychain, the system’s safe store for passwords
reporting-token-file = In a file on this computer that only your Windows or Mac account can read
reporting-unenrol-warning = If you un-enrol, Pathfinder forgets the hub and the key it gave the practice. Nothing more is sent until you enrol again with a new code from the regional team. Submissions waiting to be sent are kept.
reporting-unenrol = Un-enrol
reporting-unenrolled = The practice is no longer enrolled with the hub.
reporting-pull-config = Check for new dates from the regional team
reporting-pull-config-none = The regional team has not changed the practice’s dates.
reporting-pull-config-changed = The regional team has changed the practice’s dates: see the notice at the top of the page.

reporting-auto-heading = Automatic reporting
reporting-auto-label = Report automatically after each change to a task, at most once every 15 minutes
reporting-auto-hint = This works only while the practice is enrolled. Without it, the practice reports only when you send from this page.
reporting-auto-on = Automatic reporting is on.
reporting-auto-off = Automatic reporting is off.

reporting-preview-heading = Preview and send
reporting-preview-intro = Preview the report to read it before it goes. What you preview is exactly what is sent.
reporting-preview-button = Preview what will be sent
reporting-preview-needs-enrolment = You can preview the report now, but the practice must be enrolled with the hub before you can send it.
reporting-summary-heading = What will be sent
reporting-summary-practice = Practice
# Variables:
#   $ods (String) - the practice's ODS code
#   $listSize (Number) - the practice's registered list size
reporting-summary-practice-value = { $ods }, { $listSize } registered patients
reporting-summary-level = Readiness
reporting-summary-tasks = Tasks
# Variables:
#   $done (Number) - tasks completed or not applicable
#   $total (Number) - tasks in the checklist
reporting-summary-tasks-value = { $done } of { $total } tasks completed or not applicable
reporting-summary-blockers = Problems holding the practice back
# Variables:
#   $count (Number) - overdue tasks and weeks over a team's hours
reporting-summary-blockers-value = { $count ->
        [0] None
        [one] 1 (an overdue task or a week over a team’s hours)
       *[other] { $count } (overdue tasks or weeks over a team’s hours)
    }
reporting-summary-type1-standing = Type 1 objections at the latest search
reporting-summary-type2-standing = Type 2 objections at the latest search
# Variables:
#   $count (Number) - the objections the practice's latest search found standing
reporting-summary-standing-value = { $count }
reporting-summary-forms = Returned objection forms
# Variables:
#   $received (Number) - forms received so far
#   $waiting (Number) - forms received and neither coded nor sent back to the patient
reporting-summary-forms-value = { $received } received; { $waiting ->
    [0] none waiting to be coded
   *[other] { $waiting } waiting to be coded
}
reporting-summary-forms-expected = Forms expected
# Variables:
#   $expected (Number) - forms the forecast expects in all
reporting-summary-forms-expected-value = About { $expected } in all
reporting-summary-window = Fair processing window
# Variables:
#   $start (String) - the day the window starts, already formatted
#   $weeks (Number) - how many weeks the window lasts
#   $extract (String) - the day of the first extract, already formatted
reporting-summary-window-value = From { $start } for { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    }; first extract { $extract }
reporting-summary-effort-caption = Work left, by team
reporting-summary-col-team = Team
reporting-summary-col-hours = Hours left
# Variables:
#   $hours (Number) - hours of work left
reporting-summary-hours = { NUMBER($hours, maximumFractionDigits: 1) }
reporting-summary-no-names = The report holds only counts, dates, the practice’s ODS and CCG codes and the name of its clinical system. It includes no patient or staff names, and nothing from patients’ records.
reporting-json-summary = Show the exact data
reporting-json-region =
    .aria-label = The exact data that will be sent
reporting-send = Send to the hub
reporting-send-queued = Your report is queued: Pathfinder sends it in the background.

reporting-submissions-heading = Reports sent from this computer
reporting-submissions-none = Nothing has been sent yet.
reporting-submissions-caption = Reports, newest first
reporting-col-created = Created
reporting-col-who = Who sent it
reporting-col-state = State
reporting-origin-manager = You
reporting-origin-automatic = Automatic
reporting-state-queued = Queued
reporting-state-sent = Sent
reporting-state-refused = Refused
reporting-queued-waiting = Waiting to be sent.
# Variables:
#   $attempts (Number) - how many times sending has been tried
#   $next (String) - when it will be tried again, already formatted
reporting-queued-retry = Tried { $attempts ->
        [one] once
       *[other] { $attempts } times
    }. Next try at { $next }.
# Variables:
#   $error (String) - what went wrong on the last try, in English
reporting-queued-last-error = Last problem: { $error }
# Variables:
#   $receipt (String) - the hub's receipt id
#   $received (String) - when the hub received it, already formatted
reporting-sent-detail = Receipt { $receipt }, received { $received }
# Variables:
#   $reason (String) - the hub's reason, in English
reporting-refused-detail = The hub’s reason: { $reason }
reporting-retry-now = Try again now
reporting-retrying = Trying again now.
# Variables:
#   $receipt (String) - the hub's receipt id
reporting-announce-sent = A report was sent to the hub. Receipt { $receipt }.
# Variables:
#   $reason (String) - the hub's reason, in English
reporting-announce-refused = The hub refused a report: { $reason }
# Variables:
#   $next (String) - when it will be tried again, already formatted
reporting-announce-retry = A report could not be sent yet. Pathfinder will try again at { $next }.
