# Draft translation into Polish of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = Jak wykorzystywane są informacje o Państwu: care.data
notice-draft-translation = To jest robocza wersja tłumaczenia. Jeśli coś jest niejasne, prosimy poprosić w rejestracji o wersję angielską.

## Poster (A4 and A3)

notice-poster-title = care.data: informacje z Państwa dokumentacji u lekarza rodzinnego (GP)
notice-poster-intro = Ta przychodnia uczestniczy w pilotażu care.data. Od { $start } informujemy o nim każdego pacjenta. Jeśli nie zgłoszą Państwo sprzeciwu, informacje z Państwa dokumentacji GP zostaną po raz pierwszy przekazane do Ośrodka Informacji o Zdrowiu i Opiece Społecznej (Health and Social Care Information Centre) { $extract }.
notice-poster-what-identifiable = Co jest przekazywane: zakodowane informacje z Państwa dokumentacji, takie jak diagnozy, skierowania, recepty i wyniki badań, wraz z Państwa numerem NHS, datą urodzenia, kodem pocztowym i płcią. Mogą one pozwolić Państwa zidentyfikować: nie są anonimowe. Pisemne notatki z Państwa dokumentacji nie są przekazywane.
notice-poster-why-purposes = Dlaczego: aby planować i ulepszać usługi zdrowotne i opiekuńcze. Zgodnie z prawem informacje te mogą być wykorzystywane wyłącznie do celów zdrowotnych i opiekuńczych, a nie do celów ubezpieczeniowych ani marketingowych.
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
notice-leaflet-what-identifiable = Zakodowane informacje z Państwa dokumentacji GP: numer NHS, data urodzenia, kod pocztowy, płeć, pochodzenie etniczne, diagnozy, skierowania, recepty, wyniki badań oraz pomiary, takie jak ciśnienie krwi. Razem z numerem NHS, datą urodzenia, kodem pocztowym i płcią informacje te mogą pozwolić Państwa zidentyfikować: nie są anonimowe. Pisemne notatki nie są przekazywane, podobnie jak niektóre szczególnie wrażliwe informacje, na przykład dotyczące HIV, zakażeń przenoszonych drogą płciową, zapłodnienia in vitro (IVF) i przerywania ciąży.
notice-leaflet-who-heading = Kto z nich korzysta
notice-leaflet-who-purposes = Ośrodek Informacji o Zdrowiu i Opiece Społecznej (Health and Social Care Information Centre) łączy je, w bezpiecznym środowisku, z informacjami ze szpitali i z innych form opieki. Może udostępniać informacje organizacjom NHS, zatwierdzonym badaczom i innym zatwierdzonym organizacjom, w tym niektórym spoza NHS. Zgodnie z prawem informacje mogą być udostępniane wyłącznie do celów zdrowotnych i opiekuńczych, nigdy do celów ubezpieczeniowych ani marketingowych.
notice-leaflet-not-heading = Czym care.data nie jest
notice-leaflet-not = To nie jest Podsumowanie Dokumentacji Medycznej (Summary Care Record), dzięki któremu personel udzielający Państwu pomocy w nagłym wypadku może sprawdzić, jakie leki Państwo przyjmują i na co są Państwo uczuleni. Sprzeciw wobec care.data nie zmienia Państwa Podsumowania Dokumentacji Medycznej.
notice-leaflet-object-heading = Jak zgłosić sprzeciw
notice-leaflet-object-for-whom = Prosimy wypełnić formularz sprzeciwu i oddać go w rejestracji lub wysłać pocztą do przychodni. Mogą Państwo zgłosić sprzeciw w swoim imieniu oraz w imieniu swoich dzieci poniżej 16. roku życia. W imieniu innej osoby dorosłej mogą Państwo zgłosić sprzeciw tylko wtedy, gdy są Państwo prawnie upoważnieni do działania w jej imieniu, na przykład na podstawie trwałego pełnomocnictwa (lasting power of attorney).
notice-leaflet-type1-identifiable = Sprzeciw Type 1: żadne informacje z Państwa dokumentacji GP, które mogłyby pozwolić Państwa zidentyfikować, nie opuszczą przychodni, z wyjątkiem celów bezpośredniej opieki nad Państwem.
notice-leaflet-type2 = Sprzeciw Type 2: informacje o Państwu przechowywane przez Ośrodek Informacji o Zdrowiu i Opiece Społecznej, pochodzące z jakiejkolwiek opieki NHS, nie będą udostępniane w postaci, która mogłaby pozwolić Państwa zidentyfikować.
# Where the pilot offers the Type 1 objection only (a programme decision), in place of the Type 1 and Type 2 paragraphs.
notice-leaflet-object-type1-only = W tym pilotażu istnieje jeden rodzaj sprzeciwu, nazywany Type 1. Oznacza on, że żadne informacje z Państwa dokumentacji GP, które mogłyby pozwolić Państwa zidentyfikować, nie opuszczą przychodni, z wyjątkiem celów bezpośredniej opieki nad Państwem.
notice-leaflet-change = Mogą Państwo zmienić zdanie w dowolnym momencie, informując o tym przychodnię.
# Variables:
#   $phone (String) - the practice's phone number
notice-leaflet-formats = Ta ulotka jest dostępna także w dużym druku i w innych językach. Prosimy zapytać w rejestracji lub zadzwonić pod numer { $phone }.
notice-leaflet-dates-heading = Ważne daty
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = Okres informowania pacjentów: od { $start } do { $end }. Pierwsze przekazanie danych: { $extract }.

## Objection form

notice-form-heading = Formularz sprzeciwu: care.data
notice-form-intro-each-type = Ten formularz służy do zgłoszenia sprzeciwu wobec udostępniania informacji z dokumentacji GP. Przy każdej osobie prosimy zaznaczyć pole przy każdym rodzaju sprzeciwu, który ta osoba chce zgłosić. Sprzeciw nie wpływa na niczyją opiekę medyczną, a zgłoszony sprzeciw można w każdej chwili wycofać.
# Where the pilot offers the Type 1 objection only: the form has one box for each person.
notice-form-intro-type1-only = Ten formularz służy do zgłoszenia sprzeciwu wobec udostępniania informacji z dokumentacji GP. Prosimy zaznaczyć pole przy każdej osobie, która chce zgłosić sprzeciw. Sprzeciw nie wpływa na niczyją opiekę medyczną, a zgłoszony sprzeciw można w każdej chwili wycofać.
notice-form-type1-identifiable = Type 1: nie zgadzam się, aby informacje z mojej dokumentacji GP, które mogłyby pozwolić mnie zidentyfikować, opuszczały przychodnię, z wyjątkiem celów mojej bezpośredniej opieki (kod 9Nu0)
notice-form-type2 = Type 2: nie zgadzam się, aby Ośrodek Informacji o Zdrowiu i Opiece Społecznej (Health and Social Care Information Centre) udostępniał informacje, które mogłyby pozwolić mnie zidentyfikować (kod 9Nu4)
notice-form-person = Pacjent
# Variables:
#   $number (Number) - which other person on the form, 1 to 4
notice-form-other-person = Dziecko lub inna osoba { $number }
notice-form-name = Imię i nazwisko
notice-form-dob = Data urodzenia
notice-form-nhs = Numer NHS (jeśli jest znany)
notice-form-address = Adres
notice-form-signature = Podpis
notice-form-date = Data
notice-form-on-behalf-authority = Jeśli podpisują Państwo formularz w imieniu dziecka poniżej 16. roku życia lub osoby dorosłej, w imieniu której są Państwo prawnie upoważnieni działać (na przykład na podstawie trwałego pełnomocnictwa), prosimy podać, o który przypadek chodzi:
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = Prosimy odesłać ten formularz na adres: { $practice }, { $address } lub oddać go w rejestracji.
notice-form-office = Wypełnia przychodnia: zakodowano dnia ______ przez ______

## Withdrawal form: taking back an objection made before

notice-withdrawal-heading = Wycofanie sprzeciwu: care.data
notice-withdrawal-intro = Ten formularz jest dla osób, które wcześniej zgłosiły sprzeciw i zmieniły zdanie. Prosimy zaznaczyć sprzeciw, który chcą Państwo wycofać. Państwa opieka medyczna będzie taka sama niezależnie od wyboru, a sprzeciw można ponownie zgłosić w każdej chwili.
# Where the pilot offers the Type 1 objection only: the form has one box.
notice-withdrawal-intro-type1-only = Ten formularz jest dla osób, które wcześniej zgłosiły sprzeciw i zmieniły zdanie. Prosimy zaznaczyć pole, aby wycofać swój sprzeciw. Państwa opieka medyczna będzie taka sama niezależnie od wyboru, a sprzeciw można ponownie zgłosić w każdej chwili.
notice-withdrawal-type1 = Wycofuję mój sprzeciw Type 1: informacje z mojej dokumentacji GP mogą ponownie opuszczać przychodnię
notice-withdrawal-type2 = Wycofuję mój sprzeciw Type 2: Ośrodek Informacji o Zdrowiu i Opiece Społecznej (Health and Social Care Information Centre) może ponownie udostępniać informacje o mnie
notice-withdrawal-office = Wypełnia przychodnia: wycofanie zakodowano dnia ______ przez ______

## Staff briefing

notice-briefing-heading = Informacja dla personelu: care.data w naszej przychodni
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = Pacjenci są informowani od { $start }. Pierwsze przekazanie danych nastąpi { $extract }.
notice-briefing-types = Istnieją dwa rodzaje sprzeciwu. Type 1 (9Nu0) sprawia, że dokumentacja GP nie opuszcza przychodni, z wyjątkiem bezpośredniej opieki nad pacjentem. Type 2 (9Nu4) sprawia, że informacje umożliwiające identyfikację nie opuszczają Ośrodka Informacji o Zdrowiu i Opiece Społecznej (Health and Social Care Information Centre).
# Where the pilot offers the Type 1 objection only, in place of the paragraph on both types.
notice-briefing-types-type1-only = W tym pilotażu pacjenci mogą zgłosić jeden rodzaj sprzeciwu: Type 1 (9Nu0). Uniemożliwia on opuszczenie przychodni przez informacje umożliwiające identyfikację pochodzące z dokumentacji GP, z wyjątkiem celów bezpośredniej opieki. Tak zdecydowano w ramach programu dla tego pilotażu, dlatego nasze formularze, listy i ulotki oferują wyłącznie Type 1.
notice-briefing-scr = care.data to nie jest Podsumowanie Dokumentacji Medycznej (Summary Care Record). Sprzeciw wobec jednego nie zmienia drugiego.
notice-briefing-script = Co mówić: „Informacje z Pana/Pani dokumentacji mogą być przekazywane w celu planowania i ulepszania usług NHS. Jeśli Pan/Pani sobie tego nie życzy, prosimy wypełnić ten formularz, a my odnotujemy Pana/Pani decyzję. Nie wpłynie to na Pana/Pani opiekę medyczną.”
notice-briefing-forms = Zwrócone formularze należy przekazać zespołowi administracyjnemu tego samego dnia. Są one sprawdzane, kodowane i skanowane do dokumentacji pacjenta, a ich otrzymanie jest potwierdzane.
notice-briefing-questions = Pytania, na które nie potrafią Państwo odpowiedzieć, należy kierować do kierownika przychodni.

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = Dzień dobry, { $names },
# After the greeting of a letter to adults that names children under 16 at the same address too. The children are named on forms of their own, for a parent or guardian to sign.
# Variables:
#   $names (String) - the names of the children under 16, joined for the language
#   $count (Number) - how many children that is
notice-letter-children = { $count ->
        [one] Ten list dotyczy także dziecka poniżej 16. roku życia: { $names }. Rodzic lub opiekun może zgłosić w jego imieniu sprzeciw na załączonym formularzu.
       *[other] Ten list dotyczy także dzieci poniżej 16. roku życia: { $names }. Rodzic lub opiekun może zgłosić w ich imieniu sprzeciw na załączonym formularzu.
    }
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-to-guardian = Do rodzica lub opiekuna prawnego – dotyczy: { $names }
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-greeting-guardian = Szanowny Rodzicu lub Opiekunie (dotyczy: { $names }),
notice-letter-opening = Piszemy, aby poinformować Państwa o care.data – programie, w ramach którego część informacji z dokumentacji lekarzy rodzinnych będzie przekazywana w celu ulepszania usług NHS.
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = Przychodnia informuje wszystkich pacjentów od { $start }. Informacje zostaną po raz pierwszy przekazane { $extract }.
notice-letter-what-identifiable = Zakodowane informacje z Państwa dokumentacji, takie jak diagnozy, recepty i wyniki badań, zostaną przekazane do Ośrodka Informacji o Zdrowiu i Opiece Społecznej (Health and Social Care Information Centre) wraz z Państwa numerem NHS, datą urodzenia, kodem pocztowym i płcią. Mogą one pozwolić Państwa zidentyfikować: nie są anonimowe. Pisemne notatki nie zostaną przekazane. Zgodnie z prawem informacje te mogą być wykorzystywane wyłącznie do celów zdrowotnych i opiekuńczych, a nie do celów ubezpieczeniowych ani marketingowych.
notice-letter-choice-for-whom = Jeśli zgadzają się Państwo na wykorzystanie swoich informacji, nie muszą Państwo nic robić. Jeśli nie chcą Państwo, aby były one przekazywane, prosimy wypełnić załączony formularz i zwrócić go przed pierwszym przekazaniem danych. Mogą Państwo zgłosić sprzeciw w swoim imieniu i w imieniu swoich dzieci poniżej 16. roku życia; inna osoba dorosła wymieniona powyżej decyduje sama za siebie, chyba że są Państwo prawnie upoważnieni do działania w jej imieniu.
notice-letter-care = Niezależnie od Państwa decyzji Państwa opieka medyczna się nie zmieni. Mogą Państwo zmienić zdanie w dowolnym momencie, informując o tym przychodnię.
# The messages ending -guardian replace their namesakes in a letter to the parent or guardian of children under 16 (and no adult): the reader is not the patient.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-what-identifiable-guardian = Zakodowane informacje z { $count ->
        [one] dokumentacji GP Państwa dziecka
       *[other] dokumentacji GP Państwa dzieci
    }, takie jak diagnozy, recepty i wyniki badań, zostaną przekazane do Ośrodka Informacji o Zdrowiu i Opiece Społecznej (Health and Social Care Information Centre) wraz z numerem NHS, datą urodzenia, kodem pocztowym i płcią. Mogą one pozwolić zidentyfikować { $count ->
        [one] dziecko
       *[other] dzieci
    }: nie są anonimowe. Pisemne notatki nie zostaną przekazane. Zgodnie z prawem informacje te mogą być wykorzystywane wyłącznie do celów zdrowotnych i opiekuńczych, a nie do celów ubezpieczeniowych ani marketingowych.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-choice-guardian = Jeśli zgadzają się Państwo na wykorzystanie informacji { $count ->
        [one] swojego dziecka
       *[other] swoich dzieci
    }, nie muszą Państwo nic robić. W przeciwnym razie mogą Państwo zgłosić sprzeciw w { $count ->
        [one] jego
       *[other] ich
    } imieniu na załączonym formularzu: prosimy go wypełnić, podpisać i zwrócić przed pierwszym przekazaniem danych.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-care-guardian = Niezależnie od Państwa decyzji opieka medyczna nad { $count ->
        [one] Państwa dzieckiem
       *[other] Państwa dziećmi
    } się nie zmieni. Mogą Państwo zmienić zdanie w dowolnym momencie, informując o tym przychodnię.
# Variables:
#   $phone (String) - the practice's phone number
notice-letter-formats = Aby otrzymać ten list w dużym druku lub w innym języku albo w razie jakichkolwiek pytań, prosimy zadzwonić do przychodni pod numer { $phone }.
notice-letter-closing = Z poważaniem
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = Lekarze wspólnicy i personel przychodni { $practice }
notice-letter-enclosure = Załącznik: formularz sprzeciwu
## Letter in a draft translation: the same letter in English follows it


notice-letter-english-heading = Ten list po angielsku

