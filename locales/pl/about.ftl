# Szkic tłumaczenia: przewodnik „O care.data” dla personelu przychodni.

-type1-code = 9Nu0
-type2-code = 9Nu4

about-heading = O programie care.data
about-lede = Krótki przewodnik dla całego personelu przychodni: czym jest care.data, a czym nie jest, co mogą wybrać pacjenci i co odpowiadać na ich pytania.
about-contents =
    .aria-label = Spis treści

about-what-heading = Czym jest care.data
about-what-body = care.data to program NHS England. Łączy informacje z dokumentacji lekarzy rodzinnych (GP) z informacjami ze szpitali, usług środowiskowych i opieki społecznej, aby NHS mogła planować usługi i sprawdzać, jak dobrze działają.
about-what-hscic = Informacje gromadzi i przechowuje Health and Social Care Information Centre (HSCIC). Są pobierane z systemu klinicznego każdej przychodni (EMIS Web, SystmOne lub Vision) przez GP extraction service.
about-what-controller = Przychodnia jest administratorem danych swoich pacjentów, dlatego musi zgodzić się na pobranie danych, zanim cokolwiek zostanie pobrane.

about-not-heading = Czym care.data nie jest
about-not-direct-care = Nie służy do leczenia. Lekarze i pielęgniarki opiekujący się pacjentem nie korzystają z care.data: służy ono planowaniu, a nie bezpośredniej opiece.
about-not-scr = To nie jest Summary Care Record, który służy bezpośredniej opiece (zobacz niżej).
about-not-change = Nie zmienia niczego w tym, jak przychodnia zapisuje lub udostępnia informacje, gdy opiekuje się pacjentem.

about-areas-heading = Obszary pilotażowe (pathfinder)
about-areas-body = Po przerwie w 2014 roku care.data wznowiono jako pilotaż w kilku obszarach „pathfinder”, z których każdy jest grupą zlecającą usługi medyczne (CCG):
about-area-leeds-north = Leeds North
about-area-leeds-south-east = Leeds South and East
about-area-leeds-west = Leeds West
about-area-somerset = Somerset
about-area-west-hampshire = West Hampshire
about-area-blackburn-darwen = Blackburn with Darwen
about-areas-learning = To, czego nauczą się przychodnie pilotażowe, wpłynie na działanie care.data w pozostałej części Anglii.

about-window-heading = Okres informacyjny (fair processing)
about-window-body = Przed pierwszym pobraniem danych każda przychodnia pilotażowa prowadzi okres informacyjny, zwany fair-processing window, trwający około 6 tygodni.
about-window-contact = W tym czasie przychodnia pisze, wysyła e-mail lub SMS do każdego pacjenta lub gospodarstwa domowego, aby każdy wiedział, co się stanie, i mógł wnieść sprzeciw, jeśli chce.
about-window-materials = Plakaty, ulotki, ulotka przychodni, strona internetowa i informacja o prywatności powinny mówić to samo.
about-window-no-extract = Nic nie jest pobierane przed końcem tego okresu.

about-objections-heading = Prawo pacjentów do sprzeciwu
about-objections-body = Każdy pacjent może wnieść sprzeciw i nie wpłynie to na jego leczenie. Są dwa rodzaje sprzeciwu. Pacjent może wybrać jeden z nich lub oba.
about-objections-caption = Dwa rodzaje sprzeciwu
about-objections-col-type = Rodzaj
about-objections-col-effect = Czego zabrania
about-type1-name = Typ 1
about-type1-effect = Przekazywania poza przychodnię informacji umożliwiających identyfikację pacjenta w jakimkolwiek celu innym niż jego bezpośrednia opieka.
about-type1-code = { -type1-code }
about-type2-name = Typ 2
about-type2-effect = Udostępniania przez HSCIC przechowywanych informacji umożliwiających identyfikację pacjenta, na przykład danych z wizyt w szpitalu.
about-type2-code = { -type2-code }
about-objections-difference = Różnica: typ 1 dotyczy informacji opuszczających przychodnię. Typ 2 dotyczy informacji opuszczających HSCIC.
about-objections-process = Każdy zwrócony formularz jest sprawdzany, kodowany ({ -type1-code } lub { -type2-code }), skanowany do dokumentacji i potwierdzany. Przewidź 2 do 5 minut na formularz.
about-objections-counts = Przychodnia zgłasza tylko liczbę sprzeciwów, nigdy nazwiska osób, które je wniosły.

about-scr-heading = care.data a Summary Care Record
about-scr-body = Summary Care Record (SCR) to coś innego. Zawiera najważniejsze informacje z dokumentacji GP, takie jak leki i alergie, aby klinicyści w innych miejscach, na przykład na izbie przyjęć lub w dyżurach nocnych, mogli je zobaczyć podczas leczenia pacjenta.
about-scr-caption = Czym różnią się care.data i Summary Care Record
about-scr-col-topic = Pytanie
about-scr-col-caredata = care.data
about-scr-col-scr = Summary Care Record
about-scr-row-purpose = Do czego służy?
about-scr-caredata-purpose = Do planowania i ulepszania usług
about-scr-scr-purpose = Do leczenia pacjenta
about-scr-row-who = Kto ma do niego dostęp?
about-scr-scr-who = Klinicyści leczący pacjenta, za jego zgodą
about-scr-row-opt-out = Jak pacjent może odmówić?
about-scr-caredata-opt-out = Przez sprzeciw typu 1 lub typu 2
about-scr-scr-opt-out = Przez osobny formularz rezygnacji z Summary Care Record
about-scr-separate = Odmowa jednego nie oznacza odmowy drugiego. Pacjent, który nie chce żadnego z nich, musi to zgłosić osobno.

about-script-heading = Co mówić w rejestracji
about-script-intro = Pacjenci mogą pytać w rejestracji lub przez telefon. Te odpowiedzi są punktem wyjścia.
about-script-q-what = „Czym jest care.data?”
about-script-q-do-anything = „Czy muszę coś zrobić?”
about-script-a-do-anything = „Nie. Jeśli zgadza się Pan/Pani na wykorzystanie informacji, nie trzeba nic robić.”
about-script-q-object = „Jak mogę wnieść sprzeciw?”
about-script-q-types = „Czym różnią się te dwa rodzaje?”
about-script-a-types = „Typ 1 zabrania przekazywania informacji poza naszą przychodnię w celach innych niż leczenie. Typ 2 zabrania HSCIC przekazywania informacji o Panu/Pani pochodzących z innych miejsc, na przykład ze szpitali.”
about-script-q-care = „Czy sprzeciw wpłynie na moje leczenie?”
about-script-a-care = „Nie. Leczenie nie zmieni się w żaden sposób.”
about-script-q-scr = „Czy chodzi o Summary Care Record?”
about-script-a-scr = „Nie. To osobna sprawa, z której korzystają klinicyści, którzy Pana/Panią leczą. Z każdego z nich można zrezygnować osobno.”
about-script-q-when = „Kiedy moje informacje zostaną pobrane?”
about-script-a-when = „Nie przed końcem okresu informacyjnego. Najpierw piszemy do każdego pacjenta.”
about-script-q-change = „Czy mogę później zmienić zdanie?”
about-script-escalate = Jeśli pacjent jest zaniepokojony lub pyta o coś, na co nie znasz odpowiedzi, daj mu ulotkę i poproś kierownika przychodni o kontakt z nim.
