# The hub's dashboard for regional and national NHS staff.

hub-service-name = Pathfinder hub
hub-nav-label = Dashboard
hub-nav-overview = Overview
hub-nav-practices = Practices
hub-sign-out = Sign out
hub-error-csrf = This form has expired. Go back, reload the page and try again.
hub-error-not-found = There is no such practice, or it is not in your region.

hub-login-heading = Sign in
hub-login-email = Email address
hub-login-password = Password
hub-login-submit = Sign in
hub-login-failed = The email address or password is not right
hub-login-locked = Too many attempts to sign in. Wait 15 minutes, then try again.
hub-login-email-too-long = An email address has at most 254 characters. Check the address and try again.

hub-overview-heading = Pilot readiness by CCG
hub-overview-lede = How ready the pathfinder practices in your area are today, worked out by the hub from the tasks each practice last reported: a practice with a task past its due date and not done is at risk and overdue. A practice not heard from has sent no report and its app has not collected its settings for 7 days.
hub-overview-empty = There are no practices in your area yet.
hub-overview-caption = Practices by clinical commissioning group
hub-col-ccg = CCG
hub-col-practices = Practices
hub-col-enrolled = Enrolled
hub-col-reported = Reported
hub-col-ready = Ready
hub-col-on-track = On track
hub-col-at-risk = At risk
hub-col-overdue = Overdue
hub-col-not-heard-from = Not heard from for 7 days
hub-col-type1-rate = Type 1 objections per 1,000 patients
hub-col-type2-rate = Type 2 objections per 1,000 patients
hub-chart-readiness-heading = Readiness by CCG
hub-chart-readiness-title = Practices ready, on track and at risk in each CCG
# Variables:
#   $ready (Number) - practices ready
#   $track (Number) - practices on track
#   $risk (Number) - practices at risk
#   $total (Number) - practices in the CCG
hub-chart-readiness-bar = { $ready } ready, { $track } on track, { $risk } at risk, of { $total }
hub-chart-readiness-key = Solid: ready. Dotted: on track. Hatched: at risk. White: the rest.
hub-overview-returns-heading = Objections and returned forms by CCG
hub-overview-returns-lede = From each practice's latest report: the letters printed for its mail-out, set against the patients on the lists of the practices that reported (a household's letter serves several patients, so the share stays below 100% when every household has one); the objections standing at its latest search, per 1,000 patients of the practices that reported; the objection forms it has received and those still to code or query; and the forms its forecast expects over the whole window, beside the forms received by the same practices.
hub-overview-returns-caption = Objections and returned forms by clinical commissioning group
hub-col-forms-received = Forms received
hub-col-backlog = Forms still to code or query
hub-col-forms-expected = Forms expected (forecast)
hub-col-forecast-received = Forms received by practices with a forecast
hub-col-letters-printed = Letters printed
hub-col-letters-coverage = Letters printed as a share of patients
hub-none = None
hub-type2-not-offered = Not offered in this pilot
hub-task-overdue = Overdue
hub-filter-overdue = Overdue
hub-filter-overdue-only = Only practices with a task overdue
hub-filter-heard = Heard from
hub-filter-not-heard-from = Only practices not heard from for 7 days

hub-practices-heading = Practices
hub-filter-ccg = CCG
hub-filter-level = Readiness
hub-filter-all = All
hub-sort = Sort by
hub-sort-ods = ODS code
hub-sort-name = Name
hub-sort-level = Readiness
hub-sort-last-report = Last report
hub-filter-apply = Apply
hub-export-csv = Download this list as CSV
# Variables:
#   $count (Number) - how many practices the list shows
hub-practices-count = { $count ->
    [one] 1 practice
   *[other] { $count } practices
}
hub-col-practice = Practice
hub-col-ods = ODS code
hub-ods-input-label = Practice ODS code
hub-ods-input-hint = A letter and five digits, as on the practice's letters
hub-col-level = Readiness
hub-col-last-report = Last report
hub-col-type1 = Type 1 objections
hub-col-type2 = Type 2 objections
hub-col-type1-new = Type 1 objections since the baseline search
hub-col-type2-new = Type 2 objections since the baseline search
hub-col-list-size = Registered patients
hub-level-not-started = Not started
hub-level-in-progress = In progress
hub-level-on-track = On track
hub-level-at-risk = At risk
hub-level-ready = Ready
hub-level-not-reported = Not reported
hub-never = Never

hub-back-to-practices = Back to practices
hub-practice-tasks = Tasks
hub-col-task = Task
hub-col-status = Status
hub-col-due = Due
hub-col-na-reason = Why it does not apply
hub-na-reason-done-elsewhere = Done by another organisation
hub-na-reason-not-in-pilot = Taken out of this pilot
hub-na-reason-other = Other reason (kept at the practice)
hub-na-reason-not-given = No reason sent
hub-practice-effort = Hours of work left
hub-practice-history = Reports
hub-practice-no-reports = This practice has not reported yet.
hub-practice-access-heading = The practice's access
hub-practice-access-body = If the practice's computer is lost or stolen, revoke its access: the app there can no longer report, and the practice enrols again with a new enrolment code.
hub-practice-revoke = Revoke the practice's access
# Variables:
#   $count (Number) - how many of the practice's tokens were ended
hub-practice-revoked = { $count ->
    [one] Access revoked: 1 token ended. The practice must enrol again with a new code.
   *[other] Access revoked: { $count } tokens ended. The practice must enrol again with a new code.
}
hub-col-received = Received

hub-practice-objections = Objections
hub-objections-type1 = Type 1 objections at the latest search
hub-objections-type2 = Type 2 objections at the latest search
# Variables:
#   $count (Number) - objections standing at the practice's latest search
#   $rate (Number) - the same per 1,000 registered patients, to one decimal place
hub-objections-standing = { $count } ({ $rate } per 1,000 patients)
hub-objections-latest-search = Latest search
hub-objections-no-search = No search reported yet
hub-objections-baseline = Baseline search (the last before the window)
hub-objections-no-baseline-search = None before the window
hub-objections-type1-new = Type 1 objections made since the baseline
hub-objections-type2-new = Type 2 objections made since the baseline
hub-objections-no-baseline = Not known: it needs a search before the window and one after
hub-practice-forms = Returned objection forms
hub-forms-received = Received
hub-forms-coded = Coded
hub-forms-queried = Sent back to the patient with a question
hub-forms-backlog = Still to code or query
hub-practice-forecast = Forecast against forms received
# Variables:
#   $expected (Number) - returned forms the practice's forecast expects over its whole window
#   $percent (Number) - the share of patients expected to return a form, as a percentage to one decimal place
#   $received (Number) - returned forms received so far
hub-forecast-lede = { $expected ->
    [one] The practice's forecast expects 1 returned form over its window
   *[other] The practice's forecast expects { $expected } returned forms over its window
} (an objection rate of { $percent }%). { $received ->
    [one] It has received 1 so far.
   *[other] It has received { $received } so far.
}
hub-forecast-caption = Forms expected and received, week by week
hub-forecast-none = This report has no forecast: it came from an earlier version of the app.
hub-col-week-starting = Week starting
hub-col-expected-to-date = Expected to date
hub-col-received-to-date = Received to date

hub-nav-admin = Enrolment and windows
hub-admin-heading = Enrolment and windows
hub-admin-codes-heading = Enrolment codes
hub-admin-codes-body = A practice enrols its app with its ODS code and a one-time code from you. Codes expire after 14 days.
hub-admin-code-submit = Issue a code
# Variables:
#   $practice (String) - the practice's ODS code
hub-admin-code-issued = Enrolment code for { $practice }:
hub-admin-code-once = Give it to the practice now: it is not shown again.
hub-admin-codes-bulk-link = Issue codes for every practice of a CCG not yet enrolled, and see the codes issued
hub-error-codes-permission = You do not have permission to issue enrolment codes. Ask a national administrator if you need it.

## Enrolment codes in bulk (dashboard/codes.rs) and the letters to practices

hub-codes-heading = Enrolment codes
hub-codes-lede = Issue a one-time code to every practice of a CCG that is not yet enrolled, in one step. Codes expire after 14 days. Each code is shown only once, when it is issued: the hub keeps no copy it could show again.
hub-codes-show = Show the CCG
# Variables:
#   $ccg (String) - the CCG's code
hub-codes-issue-heading = Issue codes for { $ccg }
# Variables:
#   $waiting (Number) - practices of the CCG not yet enrolled
#   $practices (Number) - practices of the CCG
#   $ccg (String) - the CCG's code
hub-codes-waiting = { $waiting ->
        [0] Every practice in { $ccg } is enrolled: there is no one to issue a code to.
        [one] 1 of { $practices } practices in { $ccg } is not enrolled and would get a code.
       *[other] { $waiting } of { $practices } practices in { $ccg } are not enrolled and would each get a code.
    }
hub-codes-format-legend = How do you want the codes?
hub-codes-format-hint = They cannot be shown again later, so choose how you will pass them on.
hub-codes-format-screen = On screen, with a CSV file to download
hub-codes-format-csv = As a CSV file only (ODS code, code, practice name)
hub-codes-format-letters = As letters to print, one page for each practice
hub-codes-issue-submit = Issue the codes
# Variables:
#   $ccg (String) - the CCG's code
hub-codes-list-heading = Codes issued for { $ccg }
hub-codes-caption = Codes issued, by practice
hub-codes-none = No codes have been issued for this CCG's practices yet.
hub-codes-no-practices = There are no practices in the CCGs you see.
hub-col-issued = Issued
hub-col-expires = Expires
hub-col-code = Enrolment code
hub-col-issue-codes = Can issue codes
# Variables:
#   $who (String) - who issued the code: an email address, or "command line"
hub-codes-issued-by = by { $who }
hub-codes-status-unused = Unused
hub-codes-status-used = Used
hub-codes-status-expired = Expired
hub-codes-status-revoked = Revoked
hub-codes-revoke = Revoke
# Variables:
#   $practice (String) - the practice's name
hub-codes-revoke-hidden = the code of { $practice }
hub-codes-done-revoked = The code is revoked. It can no longer be used to enrol.
hub-codes-error-not-revocable = This code can no longer be revoked: it has been used, has expired or was revoked already.
# Variables:
#   $ccg (String) - the CCG's code
hub-codes-issued-heading = Enrolment codes issued for { $ccg }
# Variables:
#   $count (Number) - how many codes were issued
#   $ccg (String) - the CCG's code
#   $expires (String) - the day the codes expire, already formatted
hub-codes-issued-count = { $count ->
        [0] Every practice in { $ccg } is enrolled: no codes were issued.
        [one] 1 code was issued for { $ccg }. It expires on { $expires }.
       *[other] { $count } codes were issued for { $ccg }. They expire on { $expires }.
    }
hub-codes-issued-once = Pass the codes on now: they are not shown again. If one is lost, revoke it and issue another.
hub-codes-issued-caption = The codes, one for each practice
hub-codes-download-csv = Download these codes as a CSV file
hub-codes-back = Go to the codes issued
# Variables:
#   $ccg (String) - the CCG's code
hub-letters-heading = Enrolment letters for { $ccg }
# Variables:
#   $count (Number) - how many letters follow
hub-letters-lede = { $count ->
        [0] Every practice is enrolled: there are no letters to print.
        [one] Print this page: the letter below prints on a page of its own, without the dashboard around it.
       *[other] Print this page: each of the { $count } letters below prints on a page of its own, without the dashboard around it.
    }
# Variables:
#   $ods (String) - the practice's ODS code
hub-letter-ods = ODS code { $ods }
hub-letter-title = Your practice’s code to connect Pathfinder to the regional hub
# Variables:
#   $practice (String) - the practice's name
hub-letter-intro = This one-time code connects { $practice }’s Pathfinder app to the regional hub, so that the regional team can see how ready the practice is. Only counts leave the practice, never a patient’s details.
hub-letter-code-label = Your enrolment code:
# Variables:
#   $ods (String) - the practice's ODS code
#   $expires (String) - the day the code expires, already formatted
hub-letter-expiry = It works once, only with the ODS code { $ods }, and expires on { $expires }.
hub-letter-how-heading = How to enter it
hub-letter-step-open = In Pathfinder, choose Report to the hub.
# Variables:
#   $address (String) - the hub's address
hub-letter-step-enter = Under Enrolment, enter the hub address { $address } and the enrolment code above.
hub-letter-step-enrol = Choose Enrol the practice.
# Variables:
#   $contact (String) - the email address of the person who issued the code
hub-letter-contact = If the code does not work or has expired, contact { $contact }, who can issue a new one.
hub-admin-windows-heading = Fair-processing windows
hub-admin-window-submit = Set the window
hub-admin-window-saved = The window is saved. Practices’ apps pick it up the next time they check.
hub-admin-window-invalid = Enter a real start date and a length from 1 to 26 weeks
hub-admin-objection-types-legend = Objections the pilot offers patients
hub-admin-objection-types-hint = The programme decides this for the CCG. Every form, letter, poster and guide the practices print follows it. Leave it unticked to keep what is set now (Type 1 and Type 2 until it is set).
hub-admin-objection-types-type1-only = Type 1 only
hub-admin-objection-types-both = Type 1 and Type 2
hub-admin-windows-link = See every CCG's window, the practices with dates of their own, and the history of changes

## Messages to practices: published to a CCG's practices, shown in their apps until acknowledged.

hub-nav-messages = Messages
hub-messages-heading = Messages to practices
hub-messages-lede = A message goes to every practice of the CCG chosen. Their app shows it until the practice manager says they have read it; withdrawing a message stops it being shown. Every message is kept in the audit log.
hub-messages-caption = Messages published
hub-messages-none = No message has been published to a CCG in your area.
hub-messages-new-heading = Publish a message
hub-messages-title-label = Title
# Variables:
#   $max (Number) - the most characters a title may have
hub-messages-title-hint = Up to { $max } characters, for example "The window has moved".
hub-messages-body-label = Message
# Variables:
#   $max (Number) - the most characters a message may have
hub-messages-body-hint = Plain text, up to { $max } characters. Say what the practice needs to do.
hub-messages-submit = Publish to the CCG's practices
hub-messages-published = The message is published. Practices see it the next time their app pulls its settings.
hub-messages-withdrawn = The message is withdrawn. Practices' apps no longer show it.
hub-messages-withdraw-submit = Withdraw this message
hub-messages-back = All messages
hub-messages-readers-caption = Which practices have read it
hub-messages-not-acknowledged = Not yet
hub-messages-status-live = Shown to practices
# Variables:
#   $at (String) - when it was withdrawn, as a date and time
hub-messages-status-withdrawn = Withdrawn { $at }
# Variables:
#   $at (String) - when it was published, as a date and time
#   $by (String) - the email address of who published it
hub-messages-published-by = { $at } by { $by }
# Variables:
#   $at (String) - when the practice acknowledged it, as a date and time
hub-messages-acknowledged-at = Read { $at }
# Variables:
#   $acknowledged (Number) - the practices that have acknowledged the message
#   $practices (Number) - the practices of its CCG
hub-messages-acknowledged-count = { $acknowledged } of { $practices ->
    [one] 1 practice
   *[other] { $practices } practices
}
hub-col-message-title = Title
hub-col-published = Published
hub-col-acknowledged = Read
hub-col-message-status = Status
hub-messages-error-title-missing = Enter a title
hub-messages-error-title-long = The title must be 100 characters or fewer
hub-messages-error-body-missing = Enter the message
hub-messages-error-body-long = The message must be 1,000 characters or fewer
hub-messages-error-control = The message must be plain text: take out any special characters pasted into it

hub-nav-windows = Windows
hub-windows-heading = Fair-processing windows
hub-windows-lede = Each CCG's awareness window and first extract, which its practices' apps pull down. A practice can be given dates of its own, which its app gets instead of its CCG's until they are cleared. Every change is kept below and in the audit log.
hub-windows-caption = Each CCG's window
hub-windows-none = No CCG in your area has a window yet.
hub-col-window-start = Starts
hub-col-window-weeks = Weeks
hub-col-window-end = Ends
hub-col-first-extract = First extract
hub-col-objection-types = Objections offered
hub-col-last-changed = Last changed
hub-col-action = Action
# Variables:
#   $count (Number) - the CCG's practices
#   $own (Number) - those of them with dates of their own
hub-windows-practices = { $count ->
    [one] 1 practice
   *[other] { $count } practices
}{ $own ->
    [0] {""}
    [one] {", "}1 with its own dates
   *[other] {", "}{ $own } with their own dates
}
# Variables:
#   $at (String) - when, as an RFC 3339 time in UTC
#   $by (String) - the user's email address, or "command line"
hub-windows-changed = { $at } by { $by }
hub-windows-changed-unknown = Before changes were recorded
hub-windows-ccg-body = The window applies to every practice in the CCG except those with dates of their own. The next page says how many practices move before anything changes.
hub-windows-extract-label = First extract date
hub-windows-extract-hint = On or after the day the window ends. Leave it blank for two weeks after the window ends: the next page shows the date.
hub-windows-own-heading = Practices with their own dates
hub-windows-own-body = A practice that cannot follow its CCG's window can have its own. Its app gets these dates instead of the CCG's until you clear them.
hub-windows-own-caption = Practices whose own dates override their CCG's window
hub-windows-own-none = No practice in your area has dates of its own.
hub-windows-own-submit = Give the practice its own dates
# Variables:
#   $practice (String) - the practice's ODS code
hub-windows-clear-submit = Clear { $practice }'s own dates
hub-windows-practice-saved = The practice's own dates are saved. Its app picks them up the next time it checks.
hub-windows-practice-cleared = The practice's own dates are cleared: its CCG's window applies to it again.
hub-windows-history-heading = Changes to windows
hub-windows-history-caption = The last 50 changes, newest first
hub-windows-history-empty = No window has been changed yet.
hub-windows-history-whole-ccg = The whole CCG
hub-windows-history-none = None
# Variables:
#   $start (String) - the window's first day, YYYY-MM-DD
#   $weeks (Number) - its length in weeks
#   $extract (String) - the first extract date, YYYY-MM-DD
hub-windows-history-dates = { $start } for { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
}, first extract { $extract }
hub-col-changed-at = When
hub-col-changed-by = Who
hub-col-old-dates = Before
hub-col-new-dates = After
hub-windows-error-ccg = Choose a CCG from the list
hub-windows-error-weeks = Enter a length from 1 to 26 weeks
hub-windows-error-extract = Enter a real first extract date, or leave it blank
# Variables:
#   $end (String) - the day the window ends, YYYY-MM-DD
hub-windows-error-extract-before-end = Enter a first extract date on or after { $end }, the day the window ends
hub-windows-error-practice = Choose a practice from the list
hub-windows-error-types = Choose Type 1 only, or Type 1 and Type 2
# Variables:
#   $ccg (String) - the CCG's code
hub-windows-confirm-heading = Check the change to { $ccg }'s window
hub-windows-confirm-label = Important
# Variables:
#   $count (Number) - the CCG's practices whose dates move
#   $ccg (String) - the CCG's code
#   $own (Number) - its practices with dates of their own, which keep them
hub-windows-confirm-moves = This moves the dates of { $count ->
    [one] 1 practice
   *[other] { $count } practices
} in { $ccg }; { $own ->
    [0] no practice has dates of its own.
    [one] 1 practice with its own dates keeps them.
   *[other] { $own } practices with their own dates keep them.
}
hub-windows-confirm-now = Now
# Variables:
#   $date (String) - the first extract date, YYYY-MM-DD
hub-windows-confirm-extract-default = { $date } (none was given: two weeks after the window ends)
# Variables:
#   $types (String) - what the CCG offers now
hub-windows-confirm-types-kept = Unchanged: { $types }
hub-windows-confirm-submit = Confirm the change
hub-windows-confirm-cancel = Cancel

hub-error-heading = Sorry, there is a problem
hub-error-not-found-heading = Page not found
hub-error-back = Go to the overview
hub-error-unavailable = The hub could not do this just now. Try again in a few minutes. If it keeps happening, tell the service desk: the hub has logged what went wrong.
hub-error-national-only = Only national administrators can manage users.

hub-nav-users = Users
hub-users-heading = Users
hub-users-lede = The people who can sign in to this dashboard. Add them, change what they see, set new passwords, and disable the accounts of people who leave. Every change is kept in the audit log.
hub-users-caption = People who can sign in
hub-col-email = Email address
hub-col-role = Role
hub-col-ccgs = CCGs they see
hub-users-role-national = National: every CCG
hub-users-role-regional = Regional: the CCGs given
hub-users-all-ccgs = All
hub-users-status-active = Active
hub-users-status-disabled = Disabled
hub-users-role-legend = Role
hub-users-user-label = User
hub-users-email-label = Email address
hub-users-ccg-label = CCG codes
hub-users-ccg-hint = For a regional user: the CCGs they see, separated by commas, such as 02V, 03G. Leave it empty for a national user.
hub-users-password-label = Password
hub-users-password-hint = At least 12 characters. Give it to the person in a safe way, not in the same email as the address.
hub-users-add-heading = Add a user
hub-users-add-submit = Add the user
hub-users-scope-heading = Change what a user sees
hub-users-scope-submit = Save the change
hub-users-password-heading = Set a new password
hub-users-password-body = The user is signed out wherever they are signed in, and signs in again with the new password.
hub-users-password-submit = Set the password
hub-users-access-heading = Disable or enable a user
hub-users-access-body = A disabled user is signed out at once and cannot sign in. Enabling them again gives back the access they had.
hub-users-disable-submit = Disable the user
hub-users-enable-submit = Enable the user
hub-users-done-added = The user is added and can sign in.
hub-users-done-scope = The change is saved. It applies to the user's next page.
hub-users-done-password = The new password is set, and the user is signed out.
hub-users-done-disabled = The user is disabled and signed out.
hub-users-done-enabled = The user is enabled and can sign in again.
hub-users-error-email = Enter an email address, like name@nhs.net
hub-users-error-password = Enter a password of at least 12 characters
hub-users-error-role = Choose national or regional
hub-users-error-no-ccg = Enter at least one CCG code for a regional user
hub-users-error-ccg = Enter CCG codes of three letters or digits, separated by commas
hub-users-error-exists = There is already a user with this email address. Change their access or password below instead.
hub-users-error-unknown = Choose a user from the list
hub-users-error-self = You cannot disable your own account. Ask another national administrator.
hub-users-issue-codes-yes = Yes
hub-users-issue-codes-no = No

hub-nav-trend = Over time
hub-trend-heading = Readiness over time
hub-trend-lede = How many practices stood at each level at the end of each of the last twelve weeks. A practice keeps the level of its last report until it reports again.
hub-trend-chart-title = Practices by readiness at the end of each of the last twelve weeks
hub-trend-key = From the bottom: ready (solid green), at risk (hatched), on track (dotted), in progress (solid blue), not started (grey). Each bar is labelled with its total; the table gives every figure.
hub-trend-caption = Practices by readiness, week by week
hub-col-week-ending = Week ending

## The task grid: a CCG's practices by task.

# Variables:
#   $ccg (String) - the CCG's code
hub-grid-heading = Tasks by practice in { $ccg }
hub-grid-lede = Each practice's tasks as it last reported them. A task past its due date and not done is marked overdue: the practice is at risk until it is done.
hub-grid-caption = Each practice's tasks
hub-grid-sheet = Tasks
hub-col-tasks-done = Tasks done
# Variables:
#   $done (Number) - tasks completed or not applicable
#   $total (Number) - tasks on the checklist
hub-grid-done = { $done } of { $total }
# Variables:
#   $due (String) - the due date, YYYY-MM-DD
hub-grid-overdue-since = Overdue since { $due }
hub-grid-not-reported = Not reported
hub-sort-done = Fewest tasks done first
hub-sort-overdue = Most tasks overdue first
hub-export-xlsx = Download as an Excel workbook (XLSX)
hub-overview-tasks-link = Tasks by practice

## Dates as the dashboard writes them.

# Variables:
#   $day (String) - the day of the month
#   $month (Number) - the month, 1 to 12
#   $year (String) - the year
hub-date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
# Variables:
#   $date (String) - a day as hub-date writes it
#   $time (String) - the time in the UK, HH:MM
hub-date-time = { $date }, { $time }

## A practice's page: its dates, what stands in its way, its searches, what it printed, its access.

hub-practice-window = Objection window
# Variables:
#   $start (String) - the window's first day, as hub-date writes it
#   $end (String) - the day it ends
hub-practice-window-dates = { $start } to { $end }
hub-practice-extract = First extract
# Variables:
#   $letters (Number) - letters printed
#   $patients (Number) - patients on the practice's list
hub-practice-letters-value = { $letters } for { $patients } registered patients
hub-practice-blockers = What stands in the way
hub-practice-blockers-none = Nothing is overdue and no team is over its hours.
# Variables:
#   $task (String) - the task's title
#   $due (String) - its due date
hub-blocker-overdue = { $task }: due { $due }, not done
# Variables:
#   $role (String) - the team
#   $week (String) - the week's first day
#   $planned (String) - hours of work planned that week
#   $available (String) - hours the team has that week
hub-blocker-over-capacity = { $role }: { $planned } hours of work in the week of { $week }, with { $available } hours to do it
hub-practice-searches = Objections at each search
hub-searches-caption = Objections standing at each search
hub-searches-chart-title = Type 1 and Type 2 objections standing at each of the practice's searches
hub-searches-key = Solid bars are Type 1 objections, hatched bars Type 2, each with its count written above.
hub-col-search-date = Search on
hub-practice-notices = Notices printed
hub-notices-caption = Notices printed, by document, language and print size
hub-notices-none = This report lists nothing printed.
hub-col-document = Document
hub-col-language = Language
hub-col-print-size = Print size
hub-col-copies = Copies
hub-notice-poster-a4 = A4 poster
hub-notice-poster-a3 = A3 poster
hub-notice-leaflet = Leaflet
hub-notice-objection-form = Objection form
hub-notice-withdrawal-form = Form to take back an objection
hub-notice-staff-briefing = Staff briefing
hub-notice-letter = Letter to patients
hub-notice-standard = Standard
hub-notice-large-print = Large print
hub-practice-tokens = The practice's access, each time it enrolled
hub-practice-tokens-none = The practice has not enrolled.
hub-col-enrolled-at = Enrolled
hub-col-token-state = Access
hub-token-live = In use
# Variables:
#   $at (String) - when it was revoked
hub-token-revoked-at = Revoked { $at }

## The practice list, a page at a time.

# Variables:
#   $first (Number) - the first practice shown
#   $last (Number) - the last practice shown
#   $count (Number) - practices in the list
hub-practices-page = Showing practices { $first } to { $last } of { $count }
hub-pages-label = Pages of the list
hub-page-previous = Previous
hub-page-next = Next
# Variables:
#   $page (Number) - the page the link goes to
#   $pages (Number) - pages in all
hub-page-number = Page { $page } of { $pages }

## Email: the daily digest, the alert when a practice turns at risk, and each user's choices ("Your email"). Plain
## text; practice names, ODS codes and counts only.

# Variables:
#   $day (String) - the day the digest is for, YYYY-MM-DD
hub-email-digest-subject = Pathfinder: your daily digest for { $day }
hub-email-digest-intro = The readiness of the practices in your CCGs, as the hub stands this morning.
# Variables:
#   $ccg (String) - the CCG's code and name
#   $practices (Number) - practices in the CCG
#   $enrolled (Number) - of them, enrolled
#   $ready (Number) - of them, ready
#   $risk (Number) - of them, at risk
hub-email-digest-ccg = { $ccg }: { $practices ->
    [one] 1 practice
   *[other] { $practices } practices
}, { $enrolled } enrolled, { $ready } ready, { $risk } at risk
# Variables:
#   $count (Number) - practices at risk now that were not at the last digest
hub-email-digest-newly-at-risk = { $count ->
    [0] No practice newly at risk since the last digest.
    [one] 1 practice newly at risk since the last digest:
   *[other] { $count } practices newly at risk since the last digest:
}
# Variables:
#   $count (Number) - practices not ready with a task overdue
hub-email-digest-overdue = { $count ->
    [0] No practice with a task overdue.
    [one] 1 practice with a task overdue:
   *[other] { $count } practices with a task overdue:
}
# Variables:
#   $count (Number) - enrolled practices not heard from for 7 days
hub-email-digest-not-heard-from = { $count ->
    [0] No enrolled practice has gone quiet for 7 days.
    [one] 1 enrolled practice not heard from for 7 days:
   *[other] { $count } enrolled practices not heard from for 7 days:
}
# Variables:
#   $count (Number) - practices not enrolled
hub-email-digest-not-enrolled = { $count ->
    [0] Every practice is enrolled.
    [one] 1 practice not enrolled:
   *[other] { $count } practices not enrolled:
}
# Variables:
#   $name (String) - the practice's name
#   $ods (String) - its ODS code
hub-email-practice-line = { $name } ({ $ods })
# Variables:
#   $type1 (Number) - Type 1 objections standing at the CCG's practices' latest searches
#   $type2 (Number) - Type 2 objections standing
hub-email-digest-objections = Objections standing: { $type1 } Type 1, { $type2 } Type 2.
# Variables:
#   $url (String) - the CCG's practice list on the dashboard
hub-email-digest-link = The CCG's practices: { $url }
# Variables:
#   $name (String) - the practice's name
#   $ods (String) - its ODS code
#   $ccg (String) - its CCG's code
hub-email-alert-subject = Pathfinder: { $name } ({ $ods }) is now at risk
# Variables:
#   $name (String) - the practice's name
#   $ods (String) - its ODS code
#   $ccg (String) - its CCG's code
#   $at (String) - when the report came, UK time
hub-email-alert-body = { $name } ({ $ods }), in CCG { $ccg }, reported at { $at } and is now at risk: it may not be ready for the extract.
# Variables:
#   $url (String) - the practice's page on the dashboard
hub-email-alert-link = The practice's page: { $url }
# Variables:
#   $url (String) - the "Your email" page on the dashboard
hub-email-footer = You get this email from the Pathfinder hub. To turn it off, go to Your email: { $url }
hub-email-settings-link = Your email
hub-email-settings-heading = Your email
hub-email-settings-lede = Choose the email the hub sends you. It names practices and gives counts only, never patients.
hub-email-settings-legend = Send me
hub-email-settings-digest = The daily digest
hub-email-settings-digest-hint = Each morning: your CCGs' practices newly at risk, overdue, not heard from, not enrolled, and objection totals.
hub-email-settings-alerts = An alert when a practice turns at risk
hub-email-settings-alerts-hint = As soon as a practice's report puts it at risk.
hub-email-settings-national = The daily digest goes to regional users only; national users can ask for alerts about every CCG.
hub-email-settings-submit = Save
hub-email-settings-saved = Your choices are saved.
