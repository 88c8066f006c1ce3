# Why a notice or the letters could not be made, printed or opened.

# Variables:
#   $reason (String) - what is wrong with the file, naming it and the line, in English
printing-error-list = The patient list cannot be used: { $reason }
printing-error-cancelled = The letters were stopped. No file was saved.
# Variables:
#   $language (String) - the language code asked for
printing-error-language = Notices are not available in { $language }.
# Variables:
#   $reason (String) - which font is missing and where it was looked for, in English
printing-error-fonts = A font the notices need is missing: { $reason }
# Variables:
#   $reason (String) - what went wrong, in English
printing-error-pdf = The PDF could not be made: { $reason }
printing-error-practice-details = Add the practice's address and phone number on the Your practice page first. Every notice gives them, so that patients can return their forms and ask questions.
# Variables:
#   $path (String) - where the file was to be saved
printing-error-write = The file could not be saved to { $path }. Check there is space and that the folder can be written to.
# Variables:
#   $reason (String) - what is wrong with the columns chosen, in English
printing-error-mapping = The columns chosen cannot be used: { $reason }
printing-error-no-list = Choose the patient list first.
printing-error-not-ours = Only notices Pathfinder made can be opened or printed from here.
# Variables:
#   $reason (String) - what the printing system said, in English
printing-error-printer = The printer did not take it: { $reason }
# Variables:
#   $min (Number) - the least the setting may be
#   $max (Number) - the most the setting may be
printing-error-max-surnames = Enter a whole number from { $min } to { $max } for the most surnames at one address
printing-error-letter-date = Enter the date on the letters, for example 2026-03-02
printing-error-batch-size = Enter a whole number of letters for each PDF, such as 500, or leave it empty
# Variables:
#   $reason (String) - why no acknowledgement letter was made, naming lines of the export
printing-error-acknowledgements = No acknowledgement letter was made: { $reason }
printing-error-unknown-file = Pathfinder has no record of that file. It may have been deleted.
# Variables:
#   $file (String) - the chosen file's name
printing-error-read = { $file } could not be read. Check that it is still there and not open in another program.
