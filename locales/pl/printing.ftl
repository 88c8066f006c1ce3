# Szkic tłumaczenia: strona „Materiały dla pacjentów”. Brakujące komunikaty są pokazywane po angielsku (en-GB).
# The "Patient notices" page: notices for the waiting room and reception, and letters to every patient from the
# practice's patient list. (The documents' own words are in notices.ftl.)

printing-heading = Materiały dla pacjentów
printing-lede = Tu można wydrukować materiały informujące pacjentów o care.data oraz list do każdego pacjenta z listy przychodni.

## Notices for the waiting room and reception

printing-notices-heading = Materiały do poczekalni i rejestracji
printing-notices-intro = Każdy materiał zawiera nazwę przychodni, jej numer telefonu i daty. Plik PDF zostanie zapisany w folderze Dokumenty.
printing-kind-legend = Rodzaj dokumentu
printing-kind-poster-a4 = Plakat A4
printing-kind-poster-a3 = Plakat A3
printing-kind-leaflet = Ulotka
printing-kind-objection-form = Formularz sprzeciwu
printing-kind-staff-briefing = Informacja dla personelu
printing-language-label = Język dokumentu
# Variables:
#   $language (String) - the name of a language in that language, for example "Polski"
printing-language-option-draft = { $language } (wersja robocza tłumaczenia)
printing-draft-inset-label = Wersja robocza tłumaczenia:
# Variables:
#   $language (String) - the name of a language in that language, for example "Polski"
printing-draft-inset = Tłumaczenie „{ $language }” jest wersją roboczą. Zanim zostanie wywieszone lub rozdane, prosimy, aby sprawdziła je osoba dobrze znająca język „{ $language }”.
printing-large-print-label = Duży druk
printing-large-print-hint = Tekst wielkości 16 punktów dla pacjentów, którzy potrzebują dużego druku zgodnie z Accessible Information Standard.
printing-make-pdf = Utwórz PDF
printing-making-pdf = Tworzenie pliku PDF…
# Variables:
#   $path (String) - where the PDF was saved, for example "C:\Users\sam\Documents\care.data poster (A4).pdf"
printing-pdf-saved = Plik PDF został zapisany: { $path }
printing-saved-in = Zapisano jako:
printing-open = Otwórz
printing-print = Drukuj
printing-sent-to-printer = Wysłano do drukarki.

## Letters to every patient

printing-letters-section-heading = Listy do wszystkich pacjentów
printing-letters-intro = Proszę wyeksportować listę pacjentów przychodni z systemu klinicznego jako plik CSV z wierszem nagłówka i wybrać go tutaj. Pathfinder utworzy jeden plik PDF z listem i formularzem sprzeciwu dla każdego pacjenta lub dla każdego gospodarstwa domowego, w języku preferowanym przez pacjenta i dużym drukiem, jeśli tak wskazuje jego dokumentacja.
printing-privacy = Lista pacjentów jest odczytywana wyłącznie na tym komputerze. Nigdy nie jest zapisywana ani nigdzie wysyłana: liczona jest tylko liczba wydrukowanych listów.
printing-list-label = Lista pacjentów
printing-list-hint = Plik CSV lub tekstowy z EMIS Web, SystmOne lub Vision. Musi zawierać co najmniej nazwisko, pierwszy wiersz adresu i kod pocztowy każdego pacjenta.
# Variables:
#   $file (String) - the name of the chosen file
#   $patients (Number) - how many patients the list has letters for
#   $left (Number) - how many rows were left out
printing-list-read = Odczytano plik { $file }: { $patients ->
        [one] 1 pacjent
       *[other] { $patients } pacjentów
    }, { $left ->
        [0] nie pominięto żadnego wiersza
        [one] pominięto 1 wiersz
        [few] pominięto { $left } wiersze
       *[many] pominięto { $left } wierszy
    }.
printing-list-heading = Co zawiera lista
printing-summary-file = Plik
printing-summary-format = Format zapisu
# Variables:
#   $delimiter (String) - what separates the columns: "comma", "tab" or "semicolon"
#   $encoding (String) - the text encoding: "utf8", "utf8Bom" or "windows1252"
printing-summary-format-value = Kolumny rozdzielone { $delimiter ->
        [tab] tabulatorami
        [semicolon] średnikami
       *[comma] przecinkami
    }; { $encoding ->
        [windows1252] tekst Windows (ANSI)
        [utf8Bom] tekst Unicode (UTF-8) ze znacznikiem kolejności bajtów (BOM)
       *[utf8] tekst Unicode (UTF-8)
    }
printing-summary-patients = Znalezieni pacjenci
# Variables:
#   $count (Number) - a number of patients
printing-summary-patients-value = { $count ->
        [one] 1 pacjent
       *[other] { $count } pacjentów
    }
printing-summary-letters = Listy
# Variables:
#   $count (Number) - how many letters, one per patient
printing-summary-letters-each = { $count ->
        [one] 1 list
        [few] { $count } listy
       *[many] { $count } listów
    }, po jednym na pacjenta
# Variables:
#   $count (Number) - how many letters, one per household
printing-summary-letters-households = { $count ->
        [one] 1 list
        [few] { $count } listy
       *[many] { $count } listów
    }, po jednym na gospodarstwo domowe
printing-summary-large-print = Potrzebny duży druk
printing-summary-left-out = Pominięte wiersze
# Variables:
#   $count (Number) - how many rows of the list cannot be used
printing-summary-left-out-value = { $count ->
        [0] Brak
        [one] 1 wiersz
        [few] { $count } wiersze
       *[many] { $count } wierszy
    }
printing-languages-caption = Pacjenci według języka listu
printing-col-language = Język
printing-col-count = Liczba
# Variables:
#   $count (Number) - a number of patients
printing-count-patients = { $count }
# Variables:
#   $count (Number) - a number of letters
printing-count-letters = { $count }
# Variables:
#   $count (Number) - how many rows of the list cannot be used
printing-problems-summary = { $count ->
        [one] Pominięty wiersz i powód
       *[other] Pominięte wiersze ({ $count }) i powody
    }
printing-problems-intro = Dla tych wierszy nie powstanie list. Można je poprawić w systemie klinicznym i ponownie wyeksportować listę albo wysłać tym pacjentom list przygotowany ręcznie.
# Variables:
#   $shown (Number) - how many problems are listed
#   $count (Number) - how many rows are left out in all
printing-problems-more = Pokazano pierwsze pozycje: { $shown } z { $count }.

printing-mapping-heading = Która kolumna zawiera jakie dane
printing-mapping-intro = Pathfinder rozpoznał kolumny na podstawie wiersza nagłówka pliku. Jeśli jakieś pole znajduje się w innej kolumnie, proszę ją wybrać; liczby powyżej zmienią się odpowiednio.
printing-mapping-caption = Kolumny listy pacjentów
printing-col-field = Pole listu
printing-col-column = Kolumna w pliku
printing-column-none = Brak w tym pliku
# Variables:
#   $number (Number) - the column's position in the file, from 1
printing-column-unnamed = Kolumna { $number } (bez nagłówka)
printing-field-required = (wymagane)
printing-field-title = Tytuł grzecznościowy
printing-field-forename = Imię
printing-field-surname = Nazwisko
printing-field-address1 = Adres, wiersz 1
printing-field-address2 = Adres, wiersz 2
printing-field-address3 = Adres, wiersz 3
printing-field-address4 = Adres, wiersz 4
printing-field-address5 = Adres, wiersz 5
printing-field-postcode = Kod pocztowy
printing-field-nhs-number = Numer NHS
printing-field-date-of-birth = Data urodzenia
printing-field-language = Preferowany język
printing-field-communication-needs = Potrzeby komunikacyjne
# Variables:
#   $patients (Number) - how many patients the list now has letters for
#   $left (Number) - how many rows are now left out
printing-mapping-changed = Lista została odczytana ponownie z nową kolumną: { $patients ->
        [one] 1 pacjent
       *[other] { $patients } pacjentów
    }, { $left ->
        [0] nie pominięto żadnego wiersza
        [one] pominięto 1 wiersz
        [few] pominięto { $left } wiersze
       *[many] pominięto { $left } wierszy
    }.

printing-letters-heading = Tworzenie listów
printing-households-label = Jeden list na gospodarstwo domowe (wszystkie osoby pod tym samym adresem)
# Variables:
#   $count (Number) - how many letters will be made
printing-letters-to-make-each = { $count ->
        [one] Zostanie utworzony 1 list, po jednym na pacjenta.
        [few] Zostaną utworzone { $count } listy, po jednym na pacjenta.
       *[many] Zostanie utworzonych { $count } listów, po jednym na pacjenta.
    }
# Variables:
#   $count (Number) - how many letters will be made
printing-letters-to-make-households = { $count ->
        [one] Zostanie utworzony 1 list, po jednym na gospodarstwo domowe.
        [few] Zostaną utworzone { $count } listy, po jednym na gospodarstwo domowe.
       *[many] Zostanie utworzonych { $count } listów, po jednym na gospodarstwo domowe.
    }
printing-make-letters = Utwórz listy
printing-forget = Zapomnij listę
printing-forget-hint = Zapomnienie listy usuwa ją z pamięci programu Pathfinder. Listy, które zostały już zapisane, pozostają w folderze Dokumenty.
printing-list-forgotten = Lista pacjentów została zapomniana.
printing-progress-label = Tworzenie listów
# Variables:
#   $done (Number) - letters made so far
#   $total (Number) - letters to make
printing-progress-figures = { $done } z { $total ->
        [one] 1 listu
       *[other] { $total } listów
    }
# Variables:
#   $done (Number) - letters made so far
#   $total (Number) - letters to make
printing-progress-announce = Utworzono { $done } z { $total ->
        [one] 1 listu
       *[other] { $total } listów
    }.
printing-letters-started = Trwa tworzenie listów. Przy dużej liście może to potrwać kilka minut.
printing-cancel = Anuluj
printing-cancelling = Anulowanie…
printing-letters-cancelled = Tworzenie listów zostało anulowane. Nie zapisano żadnego pliku.
# Variables:
#   $letters (Number) - how many letters were made
#   $pages (Number) - how many pages the PDF has
printing-letters-done = Listy są gotowe: { $letters ->
        [one] 1 list
        [few] { $letters } listy
       *[many] { $letters } listów
    }, { $pages ->
        [one] 1 strona
        [few] { $pages } strony
       *[many] { $pages } stron
    }.
printing-result-heading = Listy są gotowe
printing-result-letters = Listy
# Variables:
#   $count (Number) - a number of letters
printing-result-letters-value = { $count ->
        [one] 1 list
        [few] { $count } listy
       *[many] { $count } listów
    }
printing-result-pages = Strony
# Variables:
#   $count (Number) - a number of pages
printing-result-pages-value = { $count ->
        [one] 1 strona
        [few] { $count } strony
       *[many] { $count } stron
    }
printing-result-standard = Zwykły druk
printing-result-large-print = Duży druk
printing-result-languages-caption = Listy według języka
printing-result-list-forgotten = Listy są gotowe, więc Pathfinder nie przechowuje już listy pacjentów. Aby utworzyć je ponownie, proszę jeszcze raz wybrać plik.
