# Draft translation into Polish of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = Jak wykorzystywane są informacje o Państwu: care.data
notice-draft-translation = To jest robocza wersja tłumaczenia. Jeśli coś jest niejasne, prosimy poprosić w rejestracji o wersję angielską.

## Poster (A4 and A3)

notice-poster-choice = Mają Państwo wybór. Jeśli nie chcą Państwo, aby Państwa informacje były przekazywane, prosimy poinformować o tym przychodnię przed { $extract }. Nie trzeba podawać powodu, a decyzja nie wpłynie na Państwa opiekę medyczną.
notice-poster-ask = W rejestracji można otrzymać ulotkę i formularz sprzeciwu.
# Variables:
#   $practice (String) - the practice's name
#   $phone (String) - the practice's phone number
notice-contact = { $practice } · { $phone }

## Leaflet (A4, two sides)

notice-leaflet-heading = care.data: co to oznacza dla Państwa
notice-leaflet-intro = NHS chce wykorzystywać informacje z dokumentacji lekarzy rodzinnych (GP), aby ulepszać usługi zdrowotne. Ta ulotka wyjaśnia, co będzie przekazywane, w jakim celu i jak można zgłosić sprzeciw.
notice-leaflet-what-heading = Jakie informacje są przekazywane
notice-leaflet-who-heading = Kto z nich korzysta
notice-leaflet-not-heading = Czym care.data nie jest
notice-leaflet-not = To nie jest Podsumowanie Dokumentacji Medycznej (Summary Care Record), dzięki któremu personel udzielający Państwu pomocy w nagłym wypadku może sprawdzić, jakie leki Państwo przyjmują i na co są Państwo uczuleni. Sprzeciw wobec care.data nie zmienia Państwa Podsumowania Dokumentacji Medycznej.
notice-leaflet-object-heading = Jak zgłosić sprzeciw
notice-leaflet-type2 = Sprzeciw Type 2: informacje o Państwu przechowywane przez Ośrodek Informacji o Zdrowiu i Opiece Społecznej, pochodzące z jakiejkolwiek opieki NHS, nie będą udostępniane w postaci, która mogłaby pozwolić Państwa zidentyfikować.
notice-leaflet-change = Mogą Państwo zmienić zdanie w dowolnym momencie, informując o tym przychodnię.
notice-leaflet-dates-heading = Ważne daty
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = Okres informowania pacjentów: od { $start } do { $end }. Pierwsze przekazanie danych: { $extract }.

## Objection form

notice-form-heading = Formularz sprzeciwu: care.data
notice-form-type2 = Type 2: nie zgadzam się, aby Ośrodek Informacji o Zdrowiu i Opiece Społecznej (Health and Social Care Information Centre) udostępniał informacje, które mogłyby pozwolić mnie zidentyfikować (kod 9Nu4)
notice-form-person = Pacjent
notice-form-name = Imię i nazwisko
notice-form-dob = Data urodzenia
notice-form-nhs = Numer NHS (jeśli jest znany)
notice-form-address = Adres
notice-form-signature = Podpis
notice-form-date = Data
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = Prosimy odesłać ten formularz na adres: { $practice }, { $address } lub oddać go w rejestracji.
notice-form-office = Wypełnia przychodnia: zakodowano dnia ______ przez ______

## Staff briefing

notice-briefing-heading = Informacja dla personelu: care.data w naszej przychodni
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = Pacjenci są informowani od { $start }. Pierwsze przekazanie danych nastąpi { $extract }.
notice-briefing-types = Istnieją dwa rodzaje sprzeciwu. Type 1 (9Nu0) sprawia, że dokumentacja GP nie opuszcza przychodni, z wyjątkiem bezpośredniej opieki nad pacjentem. Type 2 (9Nu4) sprawia, że informacje umożliwiające identyfikację nie opuszczają Ośrodka Informacji o Zdrowiu i Opiece Społecznej (Health and Social Care Information Centre).
notice-briefing-scr = care.data to nie jest Podsumowanie Dokumentacji Medycznej (Summary Care Record). Sprzeciw wobec jednego nie zmienia drugiego.
notice-briefing-script = Co mówić: „Informacje z Pana/Pani dokumentacji mogą być przekazywane w celu planowania i ulepszania usług NHS. Jeśli Pan/Pani sobie tego nie życzy, prosimy wypełnić ten formularz, a my odnotujemy Pana/Pani decyzję. Nie wpłynie to na Pana/Pani opiekę medyczną.”
notice-briefing-forms = Zwrócone formularze należy przekazać zespołowi administracyjnemu tego samego dnia. Są one sprawdzane, kodowane i skanowane do dokumentacji pacjenta, a ich otrzymanie jest potwierdzane.
notice-briefing-questions = Pytania, na które nie potrafią Państwo odpowiedzieć, należy kierować do kierownika przychodni.

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = Dzień dobry, { $names },
notice-letter-opening = Piszemy, aby poinformować Państwa o care.data – programie, w ramach którego część informacji z dokumentacji lekarzy rodzinnych będzie przekazywana w celu ulepszania usług NHS.
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = Przychodnia informuje wszystkich pacjentów od { $start }. Informacje zostaną po raz pierwszy przekazane { $extract }.
notice-letter-closing = Z poważaniem
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = Lekarze wspólnicy i personel przychodni { $practice }
notice-letter-enclosure = Załącznik: formularz sprzeciwu
