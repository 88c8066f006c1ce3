# The mail-out on the Patient notices page: the letters' date, the proof, the files for the printer, the folder they
# are saved in, confirming what was printed, deleting the letters, and the acknowledgement letters.

## Choosing the patient list (the system's own Open dialog)

printing-list-choose = Choose the patient list
printing-list-choosing = Choose the patient list in the window that opened.
printing-no-file-chosen = No file was chosen.

## How the letters are made

printing-letter-date-label = Date on the letters
printing-letter-date-hint = The first day of the practice’s window unless you change it. For example, 2026-03-02
printing-split-label = One PDF for each language and print size
printing-split-hint = Easier to print and check: each file is one language in one size of print.
printing-batch-label = Letters in each PDF (optional)
printing-batch-hint = Leave empty for no limit. For example, 500 makes files a printer can take one at a time.
printing-double-sided-label = Printed on both sides of the paper
printing-double-sided-hint = A blank page is added after a letter with an odd number of pages, so every letter starts on a new sheet.

## The proof

printing-make-proof = Make a proof
printing-proof-making = Making the proof…
# Variables:
#   $letters (Number) - how many letters the proof has: one of each language, print size and kind of letter
#   $pages (Number) - how many pages it has
printing-proof-made = The proof is ready: { $letters ->
        [one] 1 letter
       *[other] { $letters } letters, one of each language, print size and kind
    } on { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }. Open it and check it before you make the letters.
printing-open-proof = Open the proof
printing-proof-opened = The proof is open. Once it is right, make the letters.

## The folder letters are saved in

printing-folder-heading = Where the letters are saved
printing-folder-own-intro = Pathfinder saves letters in its own folder on this computer, which no cloud drive copies:
printing-folder-chosen-intro = Pathfinder saves letters in the folder you chose:
printing-folder-choose = Choose another folder
printing-folder-own = Use Pathfinder’s own folder
printing-important = Important:
printing-folder-synced-heading = This folder is copied to the internet
# Variables:
#   $service (String) - the cloud drive that copies the folder: OneDrive, Dropbox, iCloud Drive or Google Drive
printing-folder-synced = { $service } copies this folder off this computer. Letters name patients: choose a folder that stays on this computer.
# Variables:
#   $path (String) - the folder letters are now saved in
printing-folder-changed = Letters will be saved in { $path }.

## The files a run made

printing-files-caption = The files, in the order to print them
printing-col-file = File
printing-col-letters = Letters
printing-col-pages = Pages
printing-col-printed = Printed
printing-col-actions = Actions
# Said after each button's words, for screen readers: which file the button is for.
# Variables:
#   $file (String) - the file's name
printing-file-which = { $file }
printing-open-to-print = Open to print
printing-quick-print = Quick print
printing-confirm-printed = Printed or handed over
printing-file-printed = Counted
printing-file-not-printed = Not yet counted
printing-file-not-counted = Not counted
printing-file-kind-proof = Proof, not for posting
printing-file-kind-letters = Letters
printing-file-kind-addresses = Addresses for the mailing house, in the same order
printing-file-kind-acknowledgements = Acknowledgement letters
# Variables:
#   $language (String) - the language code of every letter in the file, or "all"
#   $size (String) - "standard", "large" or "all"
#   $batch (Number) - the file's batch, from 1, or 0 when the run is not in batches
#   $batches (Number) - how many batches there are
printing-file-letters = { $size ->
        [standard] Standard print
        [large] Large print
       *[all] Letters
    }{ $language ->
        [all] {""}
       *[other] , { $language }
    }{ $batch ->
        [0] {""}
       *[other] , batch { $batch } of { $batches }
    }
# Variables:
#   $file (String) - the file's name
#   $letters (Number) - how many letters it holds
printing-confirmed = { $file }: { $letters ->
        [one] 1 letter
       *[other] { $letters } letters
    } counted as printed.

## Letters still on disk

# Variables:
#   $count (Number) - how many files of letters Pathfinder made are still on this computer
printing-on-disk = { $count ->
        [one] 1 file of letters is still on this computer. It names patients: delete it once it is printed or handed over.
       *[other] { $count } files of letters are still on this computer. They name patients: delete them once they are printed or handed over.
    }
printing-delete-letters = Delete the letters
printing-deleted = The letters were deleted from this computer.
# Variables:
#   $count (Number) - how many files could not be deleted
printing-deleted-some = { $count ->
        [one] 1 file could not be deleted. Close it if it is open, then try again.
       *[other] { $count } files could not be deleted. Close them if they are open, then try again.
    }

## Acknowledgement letters

printing-ack-heading = Acknowledgement letters for processed forms
printing-ack-intro = Export the patients whose objection forms you have checked and coded from the clinical system as a CSV file, with the code column if you can. Pathfinder makes a letter for each person saying that their form arrived and what is now in their record.
printing-ack-privacy = The export is read on this computer only, and never stored or sent.
printing-ack-date-label = Date on the acknowledgement letters
printing-ack-make = Choose the export and make the letters
printing-ack-making = Choose the export in the window that opened.
# Variables:
#   $letters (Number) - how many letters were made
#   $pages (Number) - how many pages the PDF has
#   $left (Number) - how many rows of the export got no letter
printing-ack-made = { $letters ->
        [one] 1 acknowledgement letter
       *[other] { $letters } acknowledgement letters
    } on { $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }; { $left ->
        [0] no row left out.
        [one] 1 row left out.
       *[other] { $left } rows left out.
    }
