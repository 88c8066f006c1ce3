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
hub-overview-lede = How ready the pathfinder practices in your area are, from what each practice last reported.
hub-overview-empty = There are no practices in your area yet.
hub-overview-caption = Practices by clinical commissioning group
hub-col-ccg = CCG
hub-col-practices = Practices
hub-col-enrolled = Enrolled
hub-col-reported = Reported
hub-col-ready = Ready
hub-col-on-track = On track
hub-col-at-risk = At risk
hub-col-stale = Not reported for 7 days
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
hub-overview-returns-lede = From each practice's latest report: the objections standing at its latest search, per 1,000 patients of the practices that reported; the objection forms it has received and those still to code or query; and the forms its forecast expects over the whole window, beside the forms received by the same practices.
hub-overview-returns-caption = Objections and returned forms by clinical commissioning group
hub-col-forms-received = Forms received
hub-col-backlog = Forms still to code or query
hub-col-forms-expected = Forms expected (forecast)
hub-col-forecast-received = Forms received by practices with a forecast
hub-none = None

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
hub-admin-windows-heading = Fair-processing windows
hub-admin-window-submit = Set the window
hub-admin-window-saved = The window is saved. Practices’ apps pick it up the next time they check.
hub-admin-window-invalid = Enter a real start date and a length from 1 to 26 weeks
hub-admin-objection-types-legend = Objections the pilot offers patients
hub-admin-objection-types-hint = The programme decides this for the CCG. Every form, letter, poster and guide the practices print follows it. Leave it unticked to keep what is set now (Type 1 and Type 2 until it is set).
hub-admin-objection-types-type1-only = Type 1 only
hub-admin-objection-types-both = Type 1 and Type 2

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

hub-nav-trend = Over time
hub-trend-heading = Readiness over time
hub-trend-lede = How many practices stood at each level at the end of each of the last twelve weeks. A practice keeps the level of its last report until it reports again.
hub-trend-chart-title = Practices by readiness at the end of each of the last twelve weeks
hub-trend-key = From the bottom: ready (solid green), at risk (hatched), on track (dotted), in progress (solid blue), not started (grey). Each bar is labelled with its total; the table gives every figure.
hub-trend-caption = Practices by readiness, week by week
hub-col-week-ending = Week ending
