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
readiness-level-at-risk = At risk
readiness-level-ready = Ready
readiness-to-window-start = Until the window starts
readiness-to-window-end = Until the window ends
readiness-to-extract = Until the first extract
# Variables:
#   $days (Number) - days from today; negative when the date has passed
readiness-days = { $days ->
    [0] Today
    [one] 1 day
   *[other] { $days } days
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

objections-heading = Objection counts
objections-lede = Record each week’s counts from your clinical system’s search. Counts only: never who objected.
objections-type1-total = Type 1 (9Nu0) so far
objections-type2-total = Type 2 (9Nu4) so far
# Variables:
#   $total (Number) - objections so far
#   $rate (Number) - objections per 1,000 registered patients
objections-total-rate = { $total } ({ NUMBER($rate, maximumFractionDigits: 1) } per 1,000 patients)
objections-record-heading = Record a week’s counts
objections-week-label = Week starting
objections-type1-label = Type 1 objections (9Nu0) this week
objections-type1-hint = Stop identifiable information leaving the practice
objections-type2-label = Type 2 objections (9Nu4) this week
objections-type2-hint = Stop the HSCIC releasing identifiable information
objections-save = Save counts
objections-none = No counts recorded yet.
objections-table-caption = Objections week by week, with running totals
objections-col-week = Week starting
objections-col-type1 = Type 1
objections-col-type2 = Type 2
objections-col-type1-total = Type 1 so far
objections-col-type2-total = Type 2 so far
objections-error-week = Enter the date the week starts, like 2026-03-02
objections-error-type1 = Enter the Type 1 count as a whole number, no more than the list size
objections-error-type2 = Enter the Type 2 count as a whole number, no more than the list size
