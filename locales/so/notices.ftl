# Draft translation into Somali of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = Sida loo isticmaalo macluumaadka adiga kugu saabsan: care.data
notice-draft-translation = Tani waa turjumaad qabyo ah. Haddii wax kuu caddayn waayaan, fadlan nuqulka Ingiriisiga ka codso miiska soo dhaweynta.

## Poster (A4 and A3)

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
notice-leaflet-who-heading = Yaa isticmaala
notice-leaflet-not-heading = Waxa aanu care.data ahayn
notice-leaflet-not = Ma aha Diiwaanka Kooban ee Daryeelka (Summary Care Record), kaas oo u oggolaanaya shaqaalaha ku daaweeya xaalad degdeg ah inay arkaan daawooyinkaaga iyo xasaasiyadahaaga. Diidmada care.data wax kama beddesho Diiwaanka Kooban ee Daryeelkaaga.
notice-leaflet-object-heading = Sida loo diido
notice-leaflet-type2 = Diidmada Type 2: macluumaadka adiga kugu saabsan ee ay hayso Xarunta Macluumaadka Caafimaadka iyo Daryeelka Bulshada, ee ka yimid daryeel kasta oo NHS ah, looma sii deyn doono qaab lagugu aqoonsan karo.
notice-leaflet-change = Wakhti kasta waad beddeli kartaa go'aankaaga adoo u sheegaya kiliinigga.
notice-leaflet-dates-heading = Taariikhaha muhiimka ah
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = Muddada wargelinta: { $start } ilaa { $end }. Markii ugu horreysay ee xogta la soo saaro: { $extract }.

## Objection form

notice-form-heading = Foomka diidmada: care.data
notice-form-type2 = Type 2: Xarunta Macluumaadka Caafimaadka iyo Daryeelka Bulshada (Health and Social Care Information Centre) yaanay sii deynin macluumaad lagu aqoonsan karo aniga (koodh 9Nu4)
notice-form-person = Bukaanka
notice-form-name = Magaca oo buuxa
notice-form-dob = Taariikhda dhalashada
notice-form-nhs = Lambarka NHS (haddii la yaqaan)
notice-form-address = Cinwaanka
notice-form-signature = Saxiixa
notice-form-date = Taariikhda
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = Foomkan ku soo celi { $practice }, { $address }, ama ku dhiib miiska soo dhaweynta.
notice-form-office = Isticmaalka kiliinigga: koodh waxaa la geliyay ______, waxaa geliyay ______

## Staff briefing

notice-briefing-heading = Warbixinta shaqaalaha: care.data ee kiliinigan
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = Bukaannada waxaa la ogeysiinayaa laga bilaabo { $start }. Xogta markii ugu horreysay waxaa la soo saarayaa { $extract }.
notice-briefing-types = Diidmadu waa laba nooc. Type 1 (9Nu0) waxay ka joojisaa diiwaanka dhakhtarka guud inuu ka baxo kiliinigga, marka laga reebo daryeelka tooska ah. Type 2 (9Nu4) waxay ka joojisaa macluumaadka qofka lagu aqoonsan karo inay ka baxaan Xarunta Macluumaadka Caafimaadka iyo Daryeelka Bulshada (Health and Social Care Information Centre).
notice-briefing-scr = care.data ma aha Diiwaanka Kooban ee Daryeelka (Summary Care Record). Diidmada mid ka mid ah wax kama beddesho kan kale.
notice-briefing-script = Waxa la odhanayo: "Macluumaadka diiwaankaaga waxaa laga yaabaa in la wadaago si loo qorsheeyo loona horumariyo adeegyada NHS. Haddii aadan taas rabin, buuxi foomkan, annaguna waan diiwaangelin doonnaa doorashadaada. Daryeelkaaga wax saameyn ah kuma yeelan doonto."
notice-briefing-forms = Foomamka la soo celiyo isla maalintaas u dhiib kooxda maamulka. Waa la hubiyaa, koodh baa loo geliyaa, diiwaanka ayaa lagu sawir-qaadaa (scan), waxaana la xaqiijiyaa in la helay.
notice-briefing-questions = Su'aalaha aadan ka jawaabi karin u gudbi maamulaha kiliinigga.

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = Mudane/Marwo { $names },
notice-letter-opening = Waxaan kuu soo qoraynaa si aan kuugu sheegno care.data, oo ah barnaamij la wadaagi doona qaar ka mid ah macluumaadka diiwaannada dhakhtarka guud si loo horumariyo adeegyada NHS.
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = Kiliiniggu wuxuu bukaan kasta ogeysiinayaa laga bilaabo { $start }. Macluumaadka markii ugu horreysay waxaa la wadaagi doonaa { $extract }.
notice-letter-closing = Mahadsanid,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = La-hawlgalayaasha iyo shaqaalaha { $practice }
notice-letter-enclosure = Lifaaq: foomka diidmada
