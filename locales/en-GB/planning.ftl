# Workload, readiness and objection counts.

workload-heading = Workload
workload-lede = How much work is left for each team, and when it falls, spread over the weeks before each task is due.
workload-left-heading = Hours left by team
workload-col-role = Team
workload-col-left = Hours left
workload-col-capacity = Hours available a week
# Variables:
#   $hours (Number) - hours, to one decimal place
workload-hours = { NUMBER($hours, maximumFractionDigits: 1) }
workload-plan-heading = Week by week
# Variables:
#   $weeks (Number) - how many weeks ask more hours than a team has
workload-over-summary = { $weeks ->
    [one] In 1 week, a team has more work planned than hours available.
   *[other] In { $weeks } weeks, a team has more work planned than hours available.
}
# Variables:
#   $weeks (Number) - always 0 here
workload-fits = Every week’s work fits the hours available.
# Shown when no week asks too much of a team with hours planned, but some team has no hours planned.
# Variables:
#   $weeks (Number) - always 0 here
workload-fits-planned = Every week’s work fits the hours planned. Teams without planned hours are not counted.
# In the column of hours a team has a week, for a team whose hours were left blank.
workload-not-planned = Not planned
workload-unplanned = These teams have work to do but no hours planned, so Pathfinder cannot say whether their work fits:
workload-chart-title = Hours of work planned each week, all teams together. Weeks marked ! ask more of a team than it has.
workload-chart-key = Each bar is a week, labelled with its hours. Hatched bars marked ! are weeks when a team has more work than hours.
workload-plan-caption = Hours planned each week, by team
workload-col-week = Week starting
# Variables:
#   $hours (Number) - planned hours, to one decimal place
workload-cell = { NUMBER($hours, maximumFractionDigits: 1) }
# Variables:
#   $hours (Number) - planned hours, to one decimal place
workload-cell-over = { NUMBER($hours, maximumFractionDigits: 1) } (over)

readiness-heading = Readiness
readiness-level-label = Your practice is:
readiness-level-not-started = Not started
readiness-level-in-progress = In progress
readiness-level-on-track = On track
readiness-level-at-risk = At risk
readiness-level-ready = Ready
readiness-level-not-started-explained = No task has been started yet.
readiness-level-in-progress-explained = Work has started. Plan every team’s hours to know whether the work fits.
readiness-level-on-track-explained = Work has started, nothing is overdue, and every team’s planned hours hold its work week by week.
readiness-level-at-risk-explained = Something below needs dealing with: a task is overdue, or a team has more work than hours.
readiness-level-ready-explained = Every task is completed or does not apply.
readiness-unplanned = Hours not planned for these teams. Until they are, Pathfinder cannot say whether their work fits:
readiness-unplanned-link = Plan their hours on the practice page
readiness-window-start = Awareness window starts
readiness-window-end = Awareness window ends
readiness-extract = First extract
# A countdown that has reached its day.
readiness-today = Today
# Variables:
#   $days (Number) - days until the window starts, 1 or more
readiness-window-start-in = { $days ->
    [one] In 1 day
   *[other] In { $days } days
}
# Variables:
#   $days (Number) - days since the window started, 1 or more
readiness-window-started = { $days ->
    [one] Started yesterday
   *[other] Started { $days } days ago
}
# Variables:
#   $days (Number) - days until the window ends, 1 or more
readiness-window-end-in = { $days ->
    [one] In 1 day
   *[other] In { $days } days
}
# Variables:
#   $days (Number) - days since the window ended, 1 or more
readiness-window-ended = { $days ->
    [one] Ended yesterday
   *[other] Ended { $days } days ago
}
# Variables:
#   $days (Number) - days until the first extract, 1 or more
readiness-extract-in = { $days ->
    [one] In 1 day
   *[other] In { $days } days
}
# Variables:
#   $days (Number) - days since the date of the first extract, 1 or more
readiness-extract-passed = { $days ->
    [one] Passed yesterday
   *[other] Passed { $days } days ago
}
readiness-blockers-heading = What puts the practice at risk
readiness-no-blockers = Nothing at the moment.
# Variables:
#   $due (String) - the date the task was due, already formatted
readiness-blocker-overdue = is overdue: it was due { $due }
# Variables:
#   $week (String) - the first day of the week, already formatted
#   $planned (Number) - hours planned that week
#   $available (Number) - hours the team has a week
readiness-blocker-over-capacity = has { NUMBER($planned, maximumFractionDigits: 1) } hours planned in the week of { $week }, but { NUMBER($available, maximumFractionDigits: 1) } available

objections-heading = Objections
objections-lede = Count the returned objection forms as they are dealt with, enter the totals from your clinical system’s search, and see what stands in the way of the extract. Counts only: never who objected.
objections-contents = On this page
# Variables:
#   $count (Number) - a count of forms or objections
objections-count = { $count }
objections-col-date = Date
objections-col-actions = Change or delete
objections-change = Change
objections-delete = Delete

objections-forms-heading = Returned forms
objections-forms-intro = At the end of each day, enter how many forms came in and what was done with them. A date entered again replaces that day’s counts.
objections-forms-form-heading = Enter a day’s forms
objections-forms-date = Date
objections-forms-counts = Forms that day
objections-forms-counts-hint = Leave a box blank for none. Press Enter to save: the cursor goes back to Received for the next day.
objections-forms-received = Received
objections-forms-coded = Coded
objections-forms-scanned = Scanned
objections-forms-acknowledged = Acknowledged
objections-forms-queried = Queried with the patient
objections-forms-save = Save the day’s forms
# Variables:
#   $date (String) - the day, formatted
objections-forms-day-entered = { $date } already has an entry: its counts are filled in. Change them to the day's totals and save.
# Variables:
#   $date (String) - the day, already formatted
#   $received (Number) - forms received that day
objections-forms-saved = Saved { $date }: { $received } received.
# Variables:
#   $date (String) - the day, already formatted
objections-forms-correcting = Correcting { $date }: change the counts and save.
# Variables:
#   $date (String) - the day, already formatted
objections-forms-deleted = Deleted the counts for { $date }.
# Variables:
#   $date (String) - the day whose last entry was taken back, already formatted
objections-forms-undone = Undone: the last entry for { $date }.
# Variables:
#   $date (String) - the day whose last entry the button takes back, already formatted
objections-forms-undo = Undo the last entry ({ $date })
objections-forms-tally-heading = Forms so far
objections-forms-waiting = Waiting to be coded
# Variables:
#   $count (Number) - forms received and neither coded nor queried
objections-forms-waiting-value = { $count ->
    [0] None
    [one] 1 form
   *[other] { $count } forms
}
objections-forms-days-heading = Days entered
objections-forms-days-caption = Forms by day, newest first
objections-forms-none = No forms entered yet.
# Read by screen readers after "Change" or "Delete" in a row of the table of days.
# Variables:
#   $date (String) - the day, already formatted
objections-forms-which = the counts for { $date }
# Variables:
#   $count (Number) - entries in the history
objections-forms-history = History of the forms entered ({ $count })
objections-forms-history-caption = Every entry of returned forms, newest first
objections-history-when = When
objections-history-who = Who
objections-history-what = What
# Variables:
#   $date (String) - the day, already formatted
#   $received (Number), $coded (Number), $scanned (Number), $acknowledged (Number), $queried (Number) - the day's counts
objections-history-forms-saved = { $date }: { $received } received, { $coded } coded, { $scanned } scanned, { $acknowledged } acknowledged, { $queried } queried
# Variables:
#   $date (String) - the day, already formatted
objections-history-forms-deleted = { $date }: deleted
# Variables:
#   $date (String) - the day, already formatted
#   $received (Number), $coded (Number), $scanned (Number), $acknowledged (Number), $queried (Number) - the counts put back
objections-history-forms-undone = { $date }: last entry undone, back to { $received } received, { $coded } coded, { $scanned } scanned, { $acknowledged } acknowledged, { $queried } queried
# Variables:
#   $date (String) - the day, already formatted
objections-history-forms-undone-removed = { $date }: last entry undone, no counts for the day

objections-search-heading = Objection totals from your clinical system search
objections-search-intro = Search your clinical system for the codes below and enter the totals the search gives. Run it once before the window opens and again at least once a week after.
objections-codes-caption = Codes to search for
objections-codes-col-counted = What it counts
objections-codes-col-scheme = Coding scheme
objections-codes-col-code = Code
objections-codes-col-note = Note
objections-counted-type1 = Type 1 objections
objections-counted-type2 = Type 2 objections
objections-counted-type1-withdrawn = Type 1 objections withdrawn
objections-counted-type2-withdrawn = Type 2 objections withdrawn
objections-scheme-read-v2 = Read v2 (EMIS Web, Vision)
objections-scheme-ctv3 = CTV3 (SystmOne)
objections-code-ask = Ask your supplier for the code
objections-code-confirm = Confirm with your supplier
objections-codes-note = Check every code against your clinical system before relying on the search. The Summary Care Record opt-out (9Ndo) is a different thing: do not count it.
# Variables:
#   $start (String) - the day the window opens, already formatted
objections-baseline = Run a search before the window opens on { $start }: it is your baseline. Objections coded before the window are in it, so what the window brought is each later search less the baseline, with withdrawals added back.
objections-search-form-heading = Enter a search
objections-search-date = Date of the search
objections-search-type1 = Type 1 total
objections-search-type2 = Type 2 total
objections-search-type1-withdrawn = Type 1 withdrawn
objections-search-type2-withdrawn = Type 2 withdrawn
objections-search-total-hint = The total as the search gives it on that date, including objections coded before the window
objections-search-withdrawn-hint = Withdrawals coded since your baseline search. Leave blank for none.
objections-search-save = Save the search
# Variables:
#   $date (String) - the date of the search, already formatted
objections-search-saved = Saved the search of { $date }.
# Variables:
#   $date (String) - the date of the search, already formatted
objections-search-editing = Changing the search of { $date }: correct the totals and save. Saving with another date adds a search instead.
# Variables:
#   $date (String) - the date of the search, already formatted
objections-search-deleted = Deleted the search of { $date }.
objections-latest-heading = Latest totals
objections-search-none = No search entered yet.
objections-latest-search = Latest search
# Variables:
#   $date (String) - the date of the latest search, already formatted
#   $days (Number) - days since that search
objections-latest-search-value = { $date } ({ $days ->
    [0] today
    [one] yesterday
   *[other] { $days } days ago
})
objections-type1-total = Type 1 objections
objections-type2-total = Type 2 objections
# Variables:
#   $total (Number) - objections in the latest search
#   $rate (Number) - objections per 1,000 registered patients
objections-total-rate = { $total } ({ NUMBER($rate, maximumFractionDigits: 1) } per 1,000 patients)
objections-type1-new = Type 1 new since the baseline
objections-type2-new = Type 2 new since the baseline
objections-new-needs-baseline = Needs a baseline search before the window and one after it opens
objections-searches-heading = Searches entered
objections-searches-caption = Searches, newest first
objections-searches-none = No searches entered yet.
objections-baseline-tag = Baseline
# Read by screen readers after "Change" or "Delete" in a row of the table of searches.
# Variables:
#   $date (String) - the date of the search, already formatted
objections-search-which = the search of { $date }
# Variables:
#   $count (Number) - entries in the history
objections-searches-history = History of the searches entered ({ $count })
objections-searches-history-caption = Every entry of a search, newest first
# Variables:
#   $date (String) - the date of the search, already formatted
#   $type1 (Number), $type2 (Number) - the totals
#   $type1Withdrawn (Number), $type2Withdrawn (Number) - withdrawals since the baseline
objections-history-search-saved = { $date }: Type 1 { $type1 }, Type 2 { $type2 }; withdrawn Type 1 { $type1Withdrawn }, Type 2 { $type2Withdrawn }
# Where the pilot offers Type 1 only.
# Variables:
#   $date (String) - the date of the search, already formatted
#   $type1 (Number) - the Type 1 total
#   $type1Withdrawn (Number) - Type 1 withdrawals since the baseline
objections-history-search-saved-type1 = { $date }: Type 1 { $type1 }; withdrawn { $type1Withdrawn }
# Variables:
#   $date (String) - the date of the search, already formatted
objections-history-search-deleted = { $date }: deleted

objections-forecast-heading = Forecast
# Variables:
#   $expected (Number) - forms expected in all
#   $percent (Number) - the expected objection rate, as a percentage
#   $listSize (Number) - registered patients
objections-forecast-expected = About { $expected } forms expected in all: { NUMBER($percent, maximumFractionDigits: 1) }% of { $listSize } patients.
# Variables:
#   $received (Number) - forms received so far
#   $expected (Number) - forms expected by the end of this week
objections-forecast-so-far = So far { $received } received; { $expected } expected by the end of this week.
objections-forecast-rate-link = Change the expected rate on the practice page
objections-forecast-chart-title = Forms expected and received each week. Expected weeks are outlined bars, received weeks are filled bars.
objections-forecast-chart-key = Each week has two bars, labelled with their figures: outlined for the forms expected, filled for the forms received.
objections-forecast-caption = Forms expected and received, week by week
objections-forecast-col-week = Week starting
objections-forecast-col-expected = Expected
objections-forecast-col-received = Received
objections-forecast-col-expected-to-date = Expected so far
objections-forecast-col-received-to-date = Received so far

objections-extract-heading = Before the extract
objections-extract-intro = Agree the extract only once every returned form is coded (or sent back to the patient with a question), and a search from the last 7 days, run after the last forms were coded, is entered: the objections agreed are then the objections coded. A form sent back is not coded until the patient replies: count it as received again when it comes back.
objections-extract-none = Nothing stands in the way of agreeing the extract.
# Variables:
#   $forms (Number) - forms received and neither coded nor queried
objections-extract-forms-waiting = { $forms ->
    [one] 1 returned form is waiting to be coded.
   *[other] { $forms } returned forms are waiting to be coded.
}
objections-extract-no-search = No objection search has been entered.
# Variables:
#   $days (Number) - days since the latest search, more than 7
#   $searched (String) - the date of that search, already formatted
objections-extract-search-stale = The last search was { $days } days ago, on { $searched }: run it again and enter its totals.
# Variables:
#   $searched (String) - the date of the latest search, formatted
#   $coded (String) - the last day forms were coded, formatted
objections-extract-coded-since-search = Forms were coded on { $coded }, after the last search on { $searched }: run the search again and enter its totals.
objections-extract-task-link = Go to the task: instruct the supplier and agree the extract

objections-error-date-required = Enter the date
objections-error-date-future = The date cannot be in the future: enter work already done
objections-error-date = Enter a real date, like 2026-03-02
objections-error-more-than-received = More forms would be coded or queried than had been received by then: check the counts
objections-error-more-than-coded = More forms would be scanned or acknowledged than had been coded by then: check the counts
objections-error-count = Enter each count as a whole number, no more than the list size, or leave it blank for none
objections-error-below-baseline = This total is lower than the baseline search less the withdrawals since: check the total and the withdrawals
objections-error-type1 = Enter the Type 1 total as a whole number, no more than the list size
objections-error-type2 = Enter the Type 2 total as a whole number, no more than the list size
objections-error-withdrawn = Enter withdrawals as a whole number, no more than the list size, or leave it blank for none
objections-error-withdrawn-baseline = A search before the window opens is your baseline: withdrawals are counted from it, so leave them blank
objections-error-nothing-to-undo = There is no entry to undo
