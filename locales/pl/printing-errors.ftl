# Szkic tłumaczenia: błędy przy tworzeniu, drukowaniu i otwieraniu materiałów. Brakujące komunikaty są pokazywane po angielsku (en-GB).
# Why a notice or the letters could not be made, printed or opened.

# Variables:
#   $reason (String) - what is wrong with the file, naming it and the line, in English
printing-error-list = Nie można użyć tej listy pacjentów: { $reason }
printing-error-cancelled = Tworzenie listów zostało przerwane. Nie zapisano żadnego pliku.
# Variables:
#   $language (String) - the language code asked for
printing-error-language = Materiały nie są dostępne w języku „{ $language }”.
# Variables:
#   $reason (String) - which font is missing and where it was looked for, in English
printing-error-fonts = Brakuje czcionki potrzebnej do materiałów: { $reason }
# Variables:
#   $reason (String) - what went wrong, in English
printing-error-pdf = Nie udało się utworzyć pliku PDF: { $reason }
# Variables:
#   $path (String) - where the file was to be saved
printing-error-write = Nie udało się zapisać pliku w lokalizacji { $path }. Proszę sprawdzić, czy jest wolne miejsce na dysku i czy można zapisywać w tym folderze.
# Variables:
#   $reason (String) - what is wrong with the columns chosen, in English
printing-error-mapping = Nie można użyć wybranych kolumn: { $reason }
printing-error-no-list = Proszę najpierw wybrać listę pacjentów.
printing-error-not-ours = Stąd można otwierać i drukować tylko materiały utworzone przez program Pathfinder.
# Variables:
#   $reason (String) - what the printing system said, in English
printing-error-printer = Drukarka nie przyjęła zadania: { $reason }
