# Szkic tłumaczenia: raportowanie gotowości do serwera regionalnego (hub). Brakujące komunikaty są pokazywane po angielsku (en-GB).
# Reporting readiness to the hub: enrolment, the preview, the outbox and the central settings.

reporting-error-url-format = Proszę wpisać adres serwera regionalnego dokładnie tak, jak podał go zespół regionalny, zaczynając od https://
reporting-error-url-https = Adres serwera regionalnego musi zaczynać się od https://, aby dane wysyłane przez przychodnię były szyfrowane
reporting-error-code-required = Proszę wpisać kod rejestracyjny otrzymany od zespołu regionalnego
reporting-error-code-unknown = Kod rejestracyjny nie pasuje do tej przychodni: proszę go sprawdzić, a także kod ODS przychodni
reporting-error-code-expired = Kod rejestracyjny wygasł: proszę poprosić zespół regionalny o nowy kod
reporting-error-code-used = Kod rejestracyjny został już użyty: proszę poprosić zespół regionalny o nowy kod
reporting-error-too-many-attempts = Dla tej przychodni wpisano zbyt wiele błędnych kodów: proszę odczekać 15 minut i spróbować ponownie
# Variables:
#   $reason (String) - the hub's explanation, in English
reporting-error-refused = Serwer regionalny odrzucił żądanie: { $reason }
# Variables:
#   $reason (String) - what went wrong with the connection, in English
reporting-error-unreachable = Nie udało się połączyć z serwerem regionalnym ({ $reason }). Proszę sprawdzić adres i połączenie, a następnie spróbować ponownie.
reporting-error-not-enrolled = Przed wysłaniem proszę zarejestrować przychodnię na serwerze regionalnym
reporting-error-no-preview = Ten podgląd został już wysłany lub zastąpiony nowszym: przed wysłaniem proszę ponownie wyświetlić podgląd
reporting-error-bad-window = Serwer regionalny przesłał nieprawidłowe daty okresu informacyjnego: proszę powiadomić zespół regionalny
# Variables:
#   $reason (String) - why neither the keychain nor the file could hold the token
reporting-error-token-unsaved = Nie udało się bezpiecznie przechować klucza serwera regionalnego na tym komputerze: { $reason }

## The "Report to the hub" page (ids start reporting-, as report-objection-counts is a task's id)

reporting-heading = Raport do serwera regionalnego
reporting-lede = Prosimy poinformować zespół regionalny, na ile przychodnia jest gotowa. Przed wysłaniem można dokładnie zobaczyć, co zostanie przekazane. Żadne imiona ani nazwiska pacjentów ani personelu nie opuszczają przychodni.

reporting-window-notice-label = Zespół regionalny zmienił daty przychodni
# Variables:
#   $previousStart (String) - the day the old window started, already formatted
#   $previousWeeks (Number) - how many weeks the old window lasted
#   $previousExtract (String) - the day of the old first extract, already formatted
#   $start (String) - the day the new window starts, already formatted
#   $weeks (Number) - how many weeks the new window lasts
#   $extract (String) - the day of the new first extract, already formatted
reporting-window-notice-body = Okres informacyjny (fair processing) został zmieniony. Wcześniej: od { $previousStart } ({ $previousWeeks ->
        [one] 1 tydzień
        [few] { $previousWeeks } tygodnie
       *[many] { $previousWeeks } tygodni
    }, pierwsze pobranie danych { $previousExtract }). Teraz: od { $start } ({ $weeks ->
        [one] 1 tydzień
        [few] { $weeks } tygodnie
       *[many] { $weeks } tygodni
    }, pierwsze pobranie danych { $extract }).
reporting-window-notice-due = Terminy zadań z listy kontrolnej zostały odpowiednio przesunięte.

reporting-enrol-heading = Rejestracja
reporting-enrol-intro = Przychodnię rejestruje się na serwerze regionalnym jeden raz, podając adres serwera i jednorazowy kod rejestracyjny otrzymany od zespołu regionalnego.
reporting-hub-url-label = Adres serwera regionalnego
reporting-hub-url-hint = Tak, jak podał go zespół regionalny, na przykład https://pathfinder-hub.example.nhs.uk
reporting-code-label = Kod rejestracyjny
reporting-code-hint = Jednorazowy kod od zespołu regionalnego. Działa tylko z kodem ODS tej przychodni.
reporting-enrol-submit = Zarejestruj przychodnię
reporting-enrolled = Przychodnia jest zarejestrowana na serwerze regionalnym.
reporting-hub-url-key = Adres serwera regionalnego
reporting-token-key = Gdzie przechowywany jest klucz serwera regionalnego
reporting-token-keychain = W pęku kluczy tego komputera, czyli w systemowym bezpiecznym magazynie haseł
reporting-token-file = W pliku na tym komputerze, który może odczytać tylko Państwa konto Windows lub Mac
reporting-unenrol-warning = Po wyrejestrowaniu Pathfinder zapomni adres serwera regionalnego i klucz, który serwer przydzielił przychodni. Nic więcej nie zostanie wysłane, dopóki przychodnia nie zostanie ponownie zarejestrowana nowym kodem od zespołu regionalnego. Raporty oczekujące na wysłanie zostaną zachowane.
reporting-unenrol = Wyrejestruj
reporting-unenrolled = Przychodnia nie jest już zarejestrowana na serwerze regionalnym.
reporting-pull-config = Sprawdź, czy zespół regionalny podał nowe daty
reporting-pull-config-none = Zespół regionalny nie zmienił dat przychodni.
reporting-pull-config-changed = Zespół regionalny zmienił daty przychodni: szczegóły w komunikacie na górze strony.

reporting-auto-heading = Raportowanie automatyczne
reporting-auto-label = Wysyłaj raport automatycznie po każdej zmianie zadania, nie częściej niż co 15 minut
reporting-auto-hint = Działa tylko wtedy, gdy przychodnia jest zarejestrowana. Bez tej opcji przychodnia wysyła raport tylko wtedy, gdy zrobią to Państwo na tej stronie.
reporting-auto-on = Raportowanie automatyczne jest włączone.
reporting-auto-off = Raportowanie automatyczne jest wyłączone.

reporting-preview-heading = Podgląd i wysyłanie
reporting-preview-intro = Przed wysłaniem można wyświetlić podgląd raportu i go przeczytać. Wysyłane jest dokładnie to, co widać w podglądzie.
reporting-preview-button = Pokaż podgląd tego, co zostanie wysłane
reporting-preview-needs-enrolment = Podgląd raportu można wyświetlić już teraz, ale przed wysłaniem przychodnia musi zostać zarejestrowana na serwerze regionalnym.
reporting-summary-heading = Co zostanie wysłane
reporting-summary-practice = Przychodnia
# Variables:
#   $ods (String) - the practice's ODS code
#   $listSize (Number) - the practice's registered list size
reporting-summary-practice-value = { $ods }, liczba zarejestrowanych pacjentów: { $listSize }
reporting-summary-level = Gotowość
reporting-summary-tasks = Zadania
# Variables:
#   $done (Number) - tasks completed or not applicable
#   $total (Number) - tasks in the checklist
reporting-summary-tasks-value = Ukończone lub niemające zastosowania: { $done } z { $total }
reporting-summary-blockers = Problemy, które hamują przychodnię
# Variables:
#   $count (Number) - overdue tasks and weeks over a team's hours
reporting-summary-blockers-value = { $count ->
        [0] Brak
        [one] 1 (zadanie po terminie lub tydzień, w którym zespół ma więcej pracy niż godzin)
       *[other] { $count } (zadania po terminie lub tygodnie, w których zespół ma więcej pracy niż godzin)
    }
reporting-summary-window = Okres informacyjny (fair processing)
# Variables:
#   $start (String) - the day the window starts, already formatted
#   $weeks (Number) - how many weeks the window lasts
#   $extract (String) - the day of the first extract, already formatted
reporting-summary-window-value = Od { $start } przez { $weeks ->
        [one] 1 tydzień
        [few] { $weeks } tygodnie
       *[many] { $weeks } tygodni
    }; pierwsze pobranie danych { $extract }
reporting-summary-effort-caption = Pozostała praca według zespołów
reporting-summary-col-team = Zespół
reporting-summary-col-hours = Pozostałe godziny
# Variables:
#   $hours (Number) - hours of work left
reporting-summary-hours = { NUMBER($hours, maximumFractionDigits: 1) }
reporting-summary-no-names = Raport zawiera wyłącznie liczby, daty, kody ODS i CCG przychodni oraz nazwę jej systemu klinicznego. Nie zawiera imion ani nazwisk pacjentów ani personelu, ani żadnych informacji z dokumentacji pacjentów.
reporting-json-summary = Pokaż dokładne dane
reporting-json-region =
    .aria-label = Dokładne dane, które zostaną wysłane
reporting-send = Wyślij do serwera regionalnego
reporting-send-queued = Raport czeka w kolejce: Pathfinder wyśle go w tle.

reporting-submissions-heading = Raporty wysłane z tego komputera
reporting-submissions-none = Nic jeszcze nie zostało wysłane.
reporting-submissions-caption = Raporty, od najnowszego
reporting-col-created = Utworzono
reporting-col-who = Kto wysłał
reporting-col-state = Stan
reporting-origin-manager = Państwo
reporting-origin-automatic = Automatycznie
reporting-state-queued = W kolejce
reporting-state-sent = Wysłano
reporting-state-refused = Odrzucono
reporting-queued-waiting = Czeka na wysłanie.
# Variables:
#   $attempts (Number) - how many times sending has been tried
#   $next (String) - when it will be tried again, already formatted
reporting-queued-retry = Liczba prób: { $attempts ->
        [one] jedna
       *[other] { $attempts }
    }. Następna próba: { $next }.
# Variables:
#   $error (String) - what went wrong on the last try, in English
reporting-queued-last-error = Ostatni problem: { $error }
# Variables:
#   $receipt (String) - the hub's receipt id
#   $received (String) - when the hub received it, already formatted
reporting-sent-detail = Potwierdzenie { $receipt }, odebrano { $received }
# Variables:
#   $reason (String) - the hub's reason, in English
reporting-refused-detail = Powód podany przez serwer regionalny: { $reason }
reporting-retry-now = Spróbuj ponownie teraz
reporting-retrying = Trwa ponowna próba.
# Variables:
#   $receipt (String) - the hub's receipt id
reporting-announce-sent = Raport został wysłany do serwera regionalnego. Potwierdzenie { $receipt }.
# Variables:
#   $reason (String) - the hub's reason, in English
reporting-announce-refused = Serwer regionalny odrzucił raport: { $reason }
# Variables:
#   $next (String) - when it will be tried again, already formatted
reporting-announce-retry = Nie udało się jeszcze wysłać raportu. Pathfinder spróbuje ponownie: { $next }.
