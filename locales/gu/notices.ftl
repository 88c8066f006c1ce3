# Draft translation into Gujarati of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = તમારા વિશેની માહિતીનો ઉપયોગ કેવી રીતે થાય છે: care.data
notice-draft-translation = આ અનુવાદનો મુસદ્દો છે. જો કંઈ સ્પષ્ટ ન હોય, તો કૃપા કરીને રિસેપ્શન પરથી અંગ્રેજી આવૃત્તિ માંગો.

## Poster (A4 and A3)

notice-poster-heading = વધુ સારી માહિતી એટલે વધુ સારી સંભાળ
notice-poster-lede = { $start } થી, આ સર્જરી care.data કાર્યક્રમ હેઠળ જીપી (GP) રેકોર્ડમાંથી કેટલીક માહિતી આરોગ્ય અને સામાજિક સંભાળ માહિતી કેન્દ્ર (Health and Social Care Information Centre) સાથે શેર કરશે.
notice-poster-what = શું શેર કરવામાં આવે છે: તમારો NHS નંબર, જન્મ તારીખ, પોસ્ટકોડ, લિંગ, અને કોડ કરેલી માહિતી જેમ કે નિદાન, રેફરલ, પ્રિસ્ક્રિપ્શન અને ટેસ્ટનાં પરિણામો. તમારા રેકોર્ડની લેખિત નોંધો શેર કરવામાં આવતી નથી.
notice-poster-why = શા માટે: NHS સેવાઓનું આયોજન કરવા, સંભાળની ગુણવત્તા તપાસવા અને સારવાર સુધારતા સંશોધનને ટેકો આપવા માટે.
notice-poster-choice = નિર્ણય તમારો છે. જો તમે ઇચ્છતા ન હો કે તમારી માહિતી શેર કરવામાં આવે, તો { $extract } પહેલાં સર્જરીને જણાવો. તમારે કોઈ કારણ આપવાની જરૂર નથી, અને તેનાથી તમારી સંભાળ પર કોઈ અસર નહીં થાય.
notice-poster-ask = રિસેપ્શન પરથી માહિતી પત્રિકા અને વાંધા ફોર્મ માંગો.
# Variables:
#   $practice (String) - the practice's name
#   $phone (String) - the practice's phone number
notice-contact = { $practice } · { $phone }

## Leaflet (A4, two sides)

notice-leaflet-heading = care.data: તમારા માટે તેનો અર્થ શું છે
notice-leaflet-intro = NHS આરોગ્ય સેવાઓ સુધારવા માટે જીપી રેકોર્ડની માહિતીનો ઉપયોગ કરવા માંગે છે. આ પત્રિકા સમજાવે છે કે શું શેર કરવામાં આવશે, શા માટે, અને તમે કેવી રીતે વાંધો લઈ શકો છો.
notice-leaflet-what-heading = કઈ માહિતી શેર કરવામાં આવે છે
notice-leaflet-what = તમારા જીપી રેકોર્ડમાંથી કોડ કરેલી માહિતી: તમારો NHS નંબર, જન્મ તારીખ, પોસ્ટકોડ, લિંગ, વંશીયતા, નિદાન, રેફરલ, પ્રિસ્ક્રિપ્શન, ટેસ્ટનાં પરિણામો અને બ્લડ પ્રેશર જેવાં માપ. તમારું નામ અને સરનામું, તેમજ તમારા ડૉક્ટરે લખેલી નોંધો શેર કરવામાં આવતી નથી.
notice-leaflet-who-heading = તેનો ઉપયોગ કોણ કરે છે
notice-leaflet-who = આરોગ્ય અને સામાજિક સંભાળ માહિતી કેન્દ્ર (Health and Social Care Information Centre) તેને સુરક્ષિત વાતાવરણમાં હોસ્પિટલની માહિતી સાથે જોડે છે. NHS સંસ્થાઓ અને માન્યતાપ્રાપ્ત સંશોધકો તેનો ઉપયોગ કરી શકે છે, સામાન્ય રીતે એવા સ્વરૂપમાં કે જેનાથી તમારી ઓળખ ન થાય.
notice-leaflet-not-heading = care.data શું નથી
notice-leaflet-not = તે સારાંશ સંભાળ રેકોર્ડ (Summary Care Record) નથી, જે કટોકટીમાં તમારી સારવાર કરતા કર્મચારીઓને તમારી દવાઓ અને એલર્જી જોવા દે છે. care.data સામે વાંધો લેવાથી તમારા સારાંશ સંભાળ રેકોર્ડમાં કોઈ ફેરફાર થતો નથી.
notice-leaflet-object-heading = વાંધો કેવી રીતે લેવો
notice-leaflet-object = વાંધા ફોર્મ ભરો અને તેને રિસેપ્શન પર આપો અથવા ટપાલ દ્વારા સર્જરીને મોકલો. તમે તમારા પોતાના માટે, અને તમે જે બાળકો તથા પુખ્ત વયની વ્યક્તિઓની સંભાળ રાખો છો તેમના માટે પણ વાંધો લઈ શકો છો.
notice-leaflet-type1 = Type 1 વાંધો: તમારી સીધી સંભાળ સિવાયના અન્ય કોઈ હેતુ માટે તમારા જીપી રેકોર્ડની માહિતી સર્જરીની બહાર જશે નહીં.
notice-leaflet-type2 = Type 2 વાંધો: કોઈ પણ NHS સંભાળમાંથી મળેલી અને આરોગ્ય અને સામાજિક સંભાળ માહિતી કેન્દ્ર પાસે રહેલી તમારી માહિતી એવા સ્વરૂપમાં જાહેર કરવામાં આવશે નહીં કે જેનાથી તમારી ઓળખ થઈ શકે.
notice-leaflet-change = સર્જરીને જણાવીને તમે કોઈ પણ સમયે તમારો નિર્ણય બદલી શકો છો.
notice-leaflet-dates-heading = મહત્વની તારીખો
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = જાણકારી આપવાનો સમયગાળો: { $start } થી { $end } સુધી. પ્રથમ વખત માહિતી કાઢવાની તારીખ: { $extract }.

## Objection form

notice-form-heading = વાંધા ફોર્મ: care.data
notice-form-intro = માહિતી શેર કરવા સામે વાંધો લેવા માટે આ ફોર્મનો ઉપયોગ કરો. દરેક વ્યક્તિ માટે એક અથવા બંને ખાનાંમાં ટિક કરો.
notice-form-type1 = Type 1: મારી સીધી સંભાળ સિવાય મારો જીપી રેકોર્ડ સર્જરીની બહાર જવા ન દેશો (કોડ 9Nu0)
notice-form-type2 = Type 2: આરોગ્ય અને સામાજિક સંભાળ માહિતી કેન્દ્ર (Health and Social Care Information Centre) મારી ઓળખ થઈ શકે તેવી માહિતી જાહેર ન કરે (કોડ 9Nu4)
notice-form-person = દર્દી
# Variables:
#   $number (Number) - which family member on the form, 1 to 4
notice-form-family = કુટુંબના સભ્ય { $number }
notice-form-name = પૂરું નામ
notice-form-dob = જન્મ તારીખ
notice-form-nhs = NHS નંબર (જો ખબર હોય તો)
notice-form-address = સરનામું
notice-form-signature = સહી
notice-form-date = તારીખ
notice-form-on-behalf = જો તમે બીજી કોઈ વ્યક્તિ વતી સહી કરતા હો, તો જણાવો કે તમારો તેમની સાથે શો સંબંધ છે અથવા તમે તેમના વતી શા માટે કાર્ય કરો છો:
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = આ ફોર્મ { $practice }, { $address } ને પાછું મોકલો, અથવા રિસેપ્શન પર આપો.
notice-form-office = સર્જરીના ઉપયોગ માટે: ______ ના રોજ ______ દ્વારા કોડ કરેલ

## Staff briefing

notice-briefing-heading = સ્ટાફ માટે માહિતી: આ સર્જરીમાં care.data
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = દર્દીઓને { $start } થી જાણ કરવામાં આવે છે. પ્રથમ વખત માહિતી { $extract } ના રોજ કાઢવામાં આવશે.
notice-briefing-types = વાંધાના બે પ્રકાર છે. Type 1 (9Nu0) સીધી સંભાળ સિવાય જીપી રેકોર્ડને સર્જરીની બહાર જતો અટકાવે છે. Type 2 (9Nu4) ઓળખી શકાય તેવી માહિતીને આરોગ્ય અને સામાજિક સંભાળ માહિતી કેન્દ્ર (Health and Social Care Information Centre) માંથી બહાર જતી અટકાવે છે.
notice-briefing-scr = care.data એ સારાંશ સંભાળ રેકોર્ડ (Summary Care Record) નથી. એક સામે વાંધો લેવાથી બીજામાં કોઈ ફેરફાર થતો નથી.
notice-briefing-script = શું કહેવું: "તમારા રેકોર્ડની માહિતી NHS સેવાઓનું આયોજન કરવા અને તેને સુધારવા માટે શેર કરવામાં આવી શકે છે. જો તમે એવું ન ઇચ્છતા હો, તો આ ફોર્મ ભરો અને અમે તમારી પસંદગી નોંધી લઈશું. તેનાથી તમારી સંભાળ પર કોઈ અસર નહીં થાય."
notice-briefing-forms = પાછાં આવેલાં ફોર્મ તે જ દિવસે વહીવટી ટીમને આપો. તેમને તપાસવામાં આવે છે, કોડ કરવામાં આવે છે, રેકોર્ડમાં સ્કૅન કરવામાં આવે છે અને મળ્યાની પુષ્ટિ કરવામાં આવે છે.
notice-briefing-questions = જે પ્રશ્નોના જવાબ તમે ન આપી શકો, તે પ્રેક્ટિસ મૅનેજરને મોકલો.

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = પ્રિય { $names },
notice-letter-opening = અમે તમને care.data વિશે જણાવવા માટે લખી રહ્યા છીએ. આ એક એવો કાર્યક્રમ છે જે NHS સેવાઓ સુધારવા માટે જીપી રેકોર્ડમાંથી કેટલીક માહિતી શેર કરશે.
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = સર્જરી { $start } થી દરેક દર્દીને જાણ કરી રહી છે. માહિતી પ્રથમ વખત { $extract } ના રોજ શેર કરવામાં આવશે.
notice-letter-what = તમારા રેકોર્ડમાંથી કોડ કરેલી માહિતી, જેમ કે નિદાન, પ્રિસ્ક્રિપ્શન અને ટેસ્ટનાં પરિણામો, તમારા NHS નંબર, જન્મ તારીખ, પોસ્ટકોડ અને લિંગ સાથે, આરોગ્ય અને સામાજિક સંભાળ માહિતી કેન્દ્ર (Health and Social Care Information Centre) ને મોકલવામાં આવશે. તમારું નામ, સરનામું અને લેખિત નોંધો મોકલવામાં આવશે નહીં.
notice-letter-choice = જો તમને તમારી માહિતીના ઉપયોગ સામે વાંધો ન હોય, તો તમારે કંઈ કરવાની જરૂર નથી. જો તમે ઇચ્છતા ન હો કે તે શેર કરવામાં આવે, તો આગલા પાના પરનું ફોર્મ ભરો અને પ્રથમ વખત માહિતી કાઢવામાં આવે તે પહેલાં પાછું મોકલો. ઉપર જણાવેલી દરેક વ્યક્તિ માટે તમે વાંધો લઈ શકો છો.
notice-letter-closing = આપના વિશ્વાસુ,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = { $practice } ના ભાગીદારો અને સ્ટાફ
notice-letter-enclosure = બીડાણ: વાંધા ફોર્મ
