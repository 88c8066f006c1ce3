# The app's frame: header, navigation, language picker and errors.

-brand-name = Pathfinder

app-window-title = { -brand-name }
app-document-title = { -brand-name }
app-header-service = { -brand-name }
app-header-tagline = Getting your practice ready for the care.data pilot
app-skip-link = Skip to main content
app-loading = Loading…

nav-label =
    .aria-label = Sections
nav-about = About care.data

# The name of this language, written in this language, as shown in the language picker.
language-autonym = English (UK)
language-picker-label = Language
language-picker-hint = The app changes language at once and remembers your choice.
# Variables:
#   $language (String) - the name of a language in that language, for example "Polski"
language-option-draft = { $language } (draft translation)
language-draft-notice-label = Draft translation
language-draft-notice = This page is a draft translation. Check anything important against the English version.

error-summary-title = There is a problem
# Variables:
#   $language (String) - the language code that was asked for, for example "de"
error-unknown-language = There is no translation for the language “{ $language }”.
error-settings-unsaved = Your choice could not be saved on this computer. Check that there is free disk space, then try again.
error-unexpected = Something went wrong. Try again, and if it happens again, restart Pathfinder.
error-starting = Pathfinder is still starting. Try again in a moment.
# Shown when the page sends a command the app cannot read: a fault of the app, not of the person.
# Variables:
#   $reason (String) - what could not be read, in English, for support staff
error-bad-arguments = Pathfinder could not do that ({ $reason }). Restart Pathfinder and try again.
nav-checklist = Checklist
nav-workload = Workload
nav-readiness = Readiness
nav-objections = Objections
nav-notices = Patient notices
nav-report = Report to the hub
nav-practice = Your practice

# Read by screen readers before each error message beside a field.
error-prefix = Error:
error-invalid-input = Some answers need correcting. Check the fields listed below.
error-field-invalid = Check this answer.
error-no-practice = Set up your practice first.
error-newer-database = This computer’s Pathfinder data was saved by a newer version of Pathfinder. Install the newer version to open it.
error-store-failed = Pathfinder could not read or save its data on this computer. Check there is free disk space, then try again.
error-backup-newer = This backup was made by a newer version of Pathfinder. Install the newer version to import it.
# Variables:
#   $reason (String) - what is wrong with the file, in technical terms
error-backup-invalid = This file is not a Pathfinder backup that can be imported. Nothing was changed. ({ $reason })
# Variables:
#   $path (String) - the file the backup was to be written to
error-backup-unwritten = The backup could not be saved to { $path }. Check there is free disk space, then try again.

role-practice-manager = Practice manager
role-reception = Reception
role-admin-team = Admin team
role-gp-partner = GP partners
role-it = IT

status-not-started = Not started
status-in-progress = In progress
status-completed = Completed
status-not-applicable = Not applicable
status-cannot-start-yet = Cannot start yet
