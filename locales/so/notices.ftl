# Draft translation into Somali of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = Sida loo isticmaalo macluumaadka adiga kugu saabsan: care.data
notice-draft-translation = Tani waa turjumaad qabyo ah. Haddii wax kuu caddayn waayaan, fadlan nuqulka Ingiriisiga ka codso miiska soo dhaweynta.

## Poster (A4 and A3)

notice-poster-title = care.data: macluumaadka diiwaankaaga dhakhtarka guud
notice-poster-intro = Kiliinigan wuxuu ka qayb qaadanayaa tijaabada care.data. Laga bilaabo { $start } waxaan arrintan u sheegaynaa bukaan kasta. Haddii aadan diidin, macluumaadka diiwaankaaga dhakhtarka guud waxaa markii ugu horreysay loo diri doonaa Xarunta Macluumaadka Caafimaadka iyo Daryeelka Bulshada (Health and Social Care Information Centre) { $extract }.
notice-poster-what-identifiable = Waxa la diro: macluumaad koodh ahaan loo qoray oo ka yimid diiwaankaaga, sida ogaanshaha cudurrada, u-gudbinta, daawooyinka laguu qoro iyo natiijooyinka baaritaannada, oo ay la socdaan lambarkaaga NHS, taariikhda dhalashadaada, koodhka boostada iyo jinsigaaga. Waa lagugu aqoonsan karaa: ma aha magac-la'. Qoraallada qoran ee diiwaankaaga lama diro.
notice-poster-why-purposes = Sababta: si loo qorsheeyo loona horumariyo adeegyada caafimaadka iyo daryeelka. Sharci ahaan waxaa loo isticmaali karaa oo keliya caafimaadka iyo daryeelka, looma isticmaali karo caymiska ama suuq-geynta.
notice-poster-choice = Go'aanku adigaa leh. Haddii aadan rabin in macluumaadkaaga la wadaago, u sheeg kiliinigga ka hor { $extract }. Uma baahnid inaad sabab sheegto, daryeelkaagana wax saameyn ah kuma yeelan doonto.
notice-poster-ask = Miiska soo dhaweynta ka codso warqad macluumaad iyo foomka diidmada.
# Variables:
#   $practice (String) - the practice's name
#   $phone (String) - the practice's phone number
notice-contact = { $practice } · { $phone }

## Leaflet (A4, two sides)

notice-leaflet-heading = care.data: waxa ay adiga kuu ka dhigan tahay
notice-leaflet-intro = NHS waxay doonaysaa inay isticmaasho macluumaadka diiwaannada dhakhtarka guud si loo horumariyo adeegyada caafimaadka. Warqaddan waxay sharxaysaa waxa la wadaagi doono, sababta, iyo sida aad u diidi karto.
notice-leaflet-what-heading = Macluumaadka la wadaago
notice-leaflet-what-identifiable = Macluumaad koodh ahaan loo qoray oo ka yimid diiwaankaaga dhakhtarka guud: lambarkaaga NHS, taariikhda dhalashadaada, koodhka boostada, jinsigaaga, qowmiyaddaada, ogaanshaha cudurrada, u-gudbinta, daawooyinka laguu qoro, natiijooyinka baaritaannada iyo cabbirrada sida cadaadiska dhiigga. Iyadoo ay la socdaan lambarkaaga NHS, taariikhda dhalashadaada, koodhka boostada iyo jinsigaaga, waa lagugu aqoonsan karaa: ma aha magac-la'. Qoraallada qoran ee diiwaankaaga lama diro, sidoo kale lama diro diiwaanno xasaasi ah qaarkood, sida kuwa ku saabsan HIV, cudurrada galmada lagu kala qaado, IVF iyo joojinta uurka.
notice-leaflet-who-heading = Yaa isticmaala
notice-leaflet-who-purposes = Xarunta Macluumaadka Caafimaadka iyo Daryeelka Bulshada (Health and Social Care Information Centre) waxay isku xirtaa macluumaadkan iyo macluumaadka isbitaallada iyo daryeelka kale, meel ammaan ah. Waxay macluumaad siin kartaa hay'adaha NHS, cilmi-baarayaal la ansixiyay iyo hay'ado kale oo la ansixiyay, qaarkood ka baxsan NHS. Sharci ahaan macluumaadka waxaa la siin karaa oo keliya ujeeddooyin caafimaad iyo daryeel, weligeedna looma siin karo caymis ama suuq-geyn.
notice-leaflet-not-heading = Waxa aanu care.data ahayn
notice-leaflet-not = Ma aha Diiwaanka Kooban ee Daryeelka (Summary Care Record), kaas oo u oggolaanaya shaqaalaha ku daaweeya xaalad degdeg ah inay arkaan daawooyinkaaga iyo xasaasiyadahaaga. Diidmada care.data wax kama beddesho Diiwaanka Kooban ee Daryeelkaaga.
notice-leaflet-object-heading = Sida loo diido
notice-leaflet-object-for-whom = Buuxi foomka diidmada, kadibna ku dhiib miiska soo dhaweynta ama boosta ugu dir kiliinigga. Waxaad diidmo u gudbin kartaa naftaada iyo carruurtaada ka yar 16 sano. Qof kale oo qaangaar ah waxaad diidmo u gudbin kartaa oo keliya haddii aad leedahay xaq sharci ah oo aad ugu matasho, sida awoodda wakaaladda joogtada ah (lasting power of attorney).
notice-leaflet-type1-identifiable = Diidmada Type 1: wax macluumaad ah oo ka yimid diiwaankaaga dhakhtarka guud oo lagugu aqoonsan karo kama bixi doono kiliinigga, marka laga reebo daryeelkaaga tooska ah.
notice-leaflet-type2 = Diidmada Type 2: macluumaadka adiga kugu saabsan ee ay hayso Xarunta Macluumaadka Caafimaadka iyo Daryeelka Bulshada, ee ka yimid daryeel kasta oo NHS ah, looma sii deyn doono qaab lagugu aqoonsan karo.
# Where the pilot offers the Type 1 objection only (a programme decision), in place of the Type 1 and Type 2 paragraphs.
notice-leaflet-object-type1-only = Tijaabadan waxaa ku jira hal nooc oo diidmo ah, oo loo yaqaan Type 1. Waxay ka dhigan tahay in wax macluumaad ah oo ka yimid diiwaankaaga dhakhtarka guud oo lagugu aqoonsan karo aanu ka bixi doonin kiliinigga, marka laga reebo daryeelkaaga tooska ah.
notice-leaflet-change = Wakhti kasta waad beddeli kartaa go'aankaaga adoo u sheegaya kiliinigga.
# Variables:
#   $phone (String) - the practice's phone number
notice-leaflet-formats = Warqaddan waxaa sidoo kale lagu heli karaa far waaweyn iyo luqado kale. Weydii miiska soo dhaweynta ama wac { $phone }.
notice-leaflet-dates-heading = Taariikhaha muhiimka ah
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = Muddada wargelinta: { $start } ilaa { $end }. Markii ugu horreysay ee xogta la soo saaro: { $extract }.

## Objection form

notice-form-heading = Foomka diidmada: care.data
notice-form-intro-each-type = Foomkan u isticmaal inaad diido in la wadaago macluumaadka diiwaannada dhakhtarka guud. Qof kasta, calaamadee sanduuqa nooc kasta oo diidmo ah oo uu doonayo. Diidmadu saameyn kuma yeelato daryeelka qofna, diidmadana wakhti kasta waa laga noqon karaa.
# Where the pilot offers the Type 1 objection only: the form has one box for each person.
notice-form-intro-type1-only = Foomkan u isticmaal inaad diido in la wadaago macluumaadka diiwaannada dhakhtarka guud. Calaamadee sanduuqa qof kasta oo doonaya inuu diido. Diidmadu saameyn kuma yeelato daryeelka qofna, diidmadana wakhti kasta waa laga noqon karaa.
notice-form-type1-identifiable = Type 1: ha u oggolaanina in macluumaad ka yimid diiwaankayga dhakhtarka guud oo lagu aqoonsan karo aniga ay ka baxaan kiliinigga, marka laga reebo daryeelkayga tooska ah (koodh 9Nu0)
notice-form-type2 = Type 2: Xarunta Macluumaadka Caafimaadka iyo Daryeelka Bulshada (Health and Social Care Information Centre) yaanay sii deynin macluumaad lagu aqoonsan karo aniga (koodh 9Nu4)
notice-form-person = Bukaanka
# Variables:
#   $number (Number) - which other person on the form, 1 to 4
notice-form-other-person = Ilmo ama qof kale { $number }
notice-form-name = Magaca oo buuxa
notice-form-dob = Taariikhda dhalashada
notice-form-nhs = Lambarka NHS (haddii la yaqaan)
notice-form-address = Cinwaanka
notice-form-signature = Saxiixa
notice-form-date = Taariikhda
notice-form-on-behalf-authority = Haddii aad u saxiixayso ilmo ka yar 16 sano, ama qof qaangaar ah oo aad xaq sharci ah u leedahay inaad matasho (sida awoodda wakaaladda joogtada ah), sheeg midka ay tahay:
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = Foomkan ku soo celi { $practice }, { $address }, ama ku dhiib miiska soo dhaweynta.
notice-form-office = Isticmaalka kiliinigga: koodh waxaa la geliyay ______, waxaa geliyay ______

## Withdrawal form: taking back an objection made before

notice-withdrawal-heading = Ka noqoshada diidmo: care.data
notice-withdrawal-intro = Foomkan isticmaal haddii aad hore u diiday oo aad go'aankaaga beddeshay. Calaamadee diidmada aad doonayso inaad ka noqoto. Daryeelkaagu waa isku mid wax kasta oo aad doorato, wakhti kastana mar kale ayaad diidi kartaa.
# Where the pilot offers the Type 1 objection only: the form has one box.
notice-withdrawal-intro-type1-only = Foomkan isticmaal haddii aad hore u diiday oo aad go'aankaaga beddeshay. Calaamadee sanduuqa si aad uga noqoto diidmadaada. Daryeelkaagu waa isku mid wax kasta oo aad doorato, wakhti kastana mar kale ayaad diidi kartaa.
notice-withdrawal-type1 = Waan ka noqonayaa diidmadayda Type 1: macluumaadka diiwaankayga dhakhtarka guud mar kale ayay ka bixi karaan kiliinigga
notice-withdrawal-type2 = Waan ka noqonayaa diidmadayda Type 2: Xarunta Macluumaadka Caafimaadka iyo Daryeelka Bulshada (Health and Social Care Information Centre) mar kale ayay sii deyn kartaa macluumaadka igu saabsan
notice-withdrawal-office = Isticmaalka kiliinigga: ka noqoshada koodh waxaa la geliyay ______, waxaa geliyay ______

## Staff briefing

notice-briefing-heading = Warbixinta shaqaalaha: care.data ee kiliinigan
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = Bukaannada waxaa la ogeysiinayaa laga bilaabo { $start }. Xogta markii ugu horreysay waxaa la soo saarayaa { $extract }.
notice-briefing-types = Diidmadu waa laba nooc. Type 1 (9Nu0) waxay ka joojisaa diiwaanka dhakhtarka guud inuu ka baxo kiliinigga, marka laga reebo daryeelka tooska ah. Type 2 (9Nu4) waxay ka joojisaa macluumaadka qofka lagu aqoonsan karo inay ka baxaan Xarunta Macluumaadka Caafimaadka iyo Daryeelka Bulshada (Health and Social Care Information Centre).
# Where the pilot offers the Type 1 objection only, in place of the paragraph on both types.
notice-briefing-types-type1-only = Tijaabadan waxay bukaannada siisaa hal nooc oo diidmo ah: Type 1 (9Nu0). Waxay ka joojisaa macluumaadka qofka lagu aqoonsan karo inay diiwaanka dhakhtarka guud uga baxaan kiliinigga, marka laga reebo daryeelka tooska ah. Barnaamijka ayaa tan u go'aamiyay tijaabadan, sidaas darteed foomamkayaga, waraaqahayaga iyo warqadaha macluumaadka waxay bixiyaan Type 1 oo keliya.
notice-briefing-scr = care.data ma aha Diiwaanka Kooban ee Daryeelka (Summary Care Record). Diidmada mid ka mid ah wax kama beddesho kan kale.
notice-briefing-script = Waxa la odhanayo: "Macluumaadka diiwaankaaga waxaa laga yaabaa in la wadaago si loo qorsheeyo loona horumariyo adeegyada NHS. Haddii aadan taas rabin, buuxi foomkan, annaguna waan diiwaangelin doonnaa doorashadaada. Daryeelkaaga wax saameyn ah kuma yeelan doonto."
notice-briefing-forms = Foomamka la soo celiyo isla maalintaas u dhiib kooxda maamulka. Waa la hubiyaa, koodh baa loo geliyaa, diiwaanka ayaa lagu sawir-qaadaa (scan), waxaana la xaqiijiyaa in la helay.
notice-briefing-questions = Su'aalaha aadan ka jawaabi karin u gudbi maamulaha kiliinigga.

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = Mudane/Marwo { $names },
# After the greeting of a letter to adults that names children under 16 at the same address too. The children are named on forms of their own, for a parent or guardian to sign.
# Variables:
#   $names (String) - the names of the children under 16, joined for the language
#   $count (Number) - how many children that is
notice-letter-children = Warqaddani waxay sidoo kale khusaysaa { $names }, { $count ->
        [one] oo ah ilmo ka yar 16 sano
       *[other] oo ah carruur ka yar 16 sano
    }. Waalidka ama mas'uulka sharciga ah ayaa iyaga diidmo ugu gudbin kara foomka lagu soo lifaaqay.
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-to-guardian = Ku socota: waalidka ama mas'uulka sharciga ah ee { $names }
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-greeting-guardian = Mudane/Marwo, waalidka ama mas'uulka sharciga ah ee { $names },
notice-letter-opening = Waxaan kuu soo qoraynaa si aan kuugu sheegno care.data, oo ah barnaamij la wadaagi doona qaar ka mid ah macluumaadka diiwaannada dhakhtarka guud si loo horumariyo adeegyada NHS.
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = Kiliiniggu wuxuu bukaan kasta ogeysiinayaa laga bilaabo { $start }. Macluumaadka markii ugu horreysay waxaa la wadaagi doonaa { $extract }.
notice-letter-what-identifiable = Macluumaad koodh ahaan loo qoray oo ka yimid diiwaankaaga, sida ogaanshaha cudurrada, daawooyinka laguu qoro iyo natiijooyinka baaritaannada, waxaa loo diri doonaa Xarunta Macluumaadka Caafimaadka iyo Daryeelka Bulshada (Health and Social Care Information Centre) iyadoo ay la socdaan lambarkaaga NHS, taariikhda dhalashadaada, koodhka boostada iyo jinsigaaga. Waa lagugu aqoonsan karaa: ma aha magac-la'. Qoraallada qoran ee diiwaankaaga lama diri doono. Sharci ahaan waxaa loo isticmaali karaa oo keliya caafimaadka iyo daryeelka, looma isticmaali karo caymiska ama suuq-geynta.
notice-letter-choice-for-whom = Haddii aad ku raacsan tahay in macluumaadkaaga la isticmaalo, waxba uma baahnid inaad samayso. Haddii aadan rabin in la diro, buuxi foomka lagu soo lifaaqay oo soo celi ka hor soo saarista ugu horreysa. Waxaad diidmo u gudbin kartaa naftaada iyo carruurtaada ka yar 16 sano; qof kasta oo kale oo qaangaar ah oo kor lagu magacaabay isagaa naftiisa u go'aansada, haddii aadan lahayn xaq sharci ah oo aad ugu matasho.
notice-letter-care = Wax kasta oo aad go'aansato, daryeelkaagu isma beddeli doono. Wakhti kasta waad beddeli kartaa go'aankaaga adoo u sheegaya kiliinigga.
# The messages ending -guardian replace their namesakes in a letter to the parent or guardian of children under 16 (and no adult): the reader is not the patient.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-what-identifiable-guardian = Macluumaad koodh ahaan loo qoray oo ka yimid { $count ->
        [one] diiwaanka dhakhtarka guud ee ilmahaaga
       *[other] diiwaannada dhakhtarka guud ee carruurtaada
    }, sida ogaanshaha cudurrada, daawooyinka loo qoro iyo natiijooyinka baaritaannada, waxaa loo diri doonaa Xarunta Macluumaadka Caafimaadka iyo Daryeelka Bulshada (Health and Social Care Information Centre) iyadoo ay la socdaan lambarka NHS, taariikhda dhalashada, koodhka boostada iyo jinsiga. Waa lagu aqoonsan karaa { $count ->
        [one] ilmaha
       *[other] carruurta
    }: ma aha magac-la'. Qoraallada qoran ee diiwaanka lama diri doono. Sharci ahaan waxaa loo isticmaali karaa oo keliya caafimaadka iyo daryeelka, looma isticmaali karo caymiska ama suuq-geynta.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-choice-guardian = Haddii aad ku raacsan tahay in la isticmaalo { $count ->
        [one] macluumaadka ilmahaaga
       *[other] macluumaadka carruurtaada
    }, waxba uma baahnid inaad samayso. Haddii kale, waxaad iyaga u diidi kartaa foomka lagu soo lifaaqay: buuxi, saxiix oo soo celi ka hor soo saarista ugu horreysa.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-care-guardian = Wax kasta oo aad go'aansato, { $count ->
        [one] daryeelka ilmahaagu
       *[other] daryeelka carruurtaadu
    } isma beddeli doono. Wakhti kasta waad beddeli kartaa go'aankaaga adoo u sheegaya kiliinigga.
# Variables:
#   $phone (String) - the practice's phone number
notice-letter-formats = Si aad warqaddan ugu hesho far waaweyn ama luqad kale, ama haddii aad wax su'aal ah qabto, kiliinigga ka wac { $phone }.
notice-letter-closing = Mahadsanid,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = La-hawlgalayaasha iyo shaqaalaha { $practice }
notice-letter-enclosure = Lifaaq: foomka diidmada
## Letter in a draft translation: the same letter in English follows it


notice-letter-english-heading = Warqaddan oo Ingiriisi ah

