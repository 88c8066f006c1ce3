# Draft translation into Gujarati of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = તમારા વિશેની માહિતીનો ઉપયોગ કેવી રીતે થાય છે: care.data
notice-draft-translation = આ અનુવાદનો મુસદ્દો છે. જો કંઈ સ્પષ્ટ ન હોય, તો કૃપા કરીને રિસેપ્શન પરથી અંગ્રેજી આવૃત્તિ માંગો.

## Poster (A4 and A3)

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
notice-leaflet-who-heading = તેનો ઉપયોગ કોણ કરે છે
notice-leaflet-not-heading = care.data શું નથી
notice-leaflet-not = તે સારાંશ સંભાળ રેકોર્ડ (Summary Care Record) નથી, જે કટોકટીમાં તમારી સારવાર કરતા કર્મચારીઓને તમારી દવાઓ અને એલર્જી જોવા દે છે. care.data સામે વાંધો લેવાથી તમારા સારાંશ સંભાળ રેકોર્ડમાં કોઈ ફેરફાર થતો નથી.
notice-leaflet-object-heading = વાંધો કેવી રીતે લેવો
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
notice-form-type2 = Type 2: આરોગ્ય અને સામાજિક સંભાળ માહિતી કેન્દ્ર (Health and Social Care Information Centre) મારી ઓળખ થઈ શકે તેવી માહિતી જાહેર ન કરે (કોડ 9Nu4)
notice-form-person = દર્દી
notice-form-name = પૂરું નામ
notice-form-dob = જન્મ તારીખ
notice-form-nhs = NHS નંબર (જો ખબર હોય તો)
notice-form-address = સરનામું
notice-form-signature = સહી
notice-form-date = તારીખ
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
notice-letter-closing = આપના વિશ્વાસુ,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = { $practice } ના ભાગીદારો અને સ્ટાફ
notice-letter-enclosure = બીડાણ: વાંધા ફોર્મ
