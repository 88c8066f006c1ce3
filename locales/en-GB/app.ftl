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
