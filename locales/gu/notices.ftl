# Draft translation into Gujarati of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = તમારા વિશેની માહિતીનો ઉપયોગ કેવી રીતે થાય છે: care.data
notice-draft-translation = આ અનુવાદનો મુસદ્દો છે. જો કંઈ સ્પષ્ટ ન હોય, તો કૃપા કરીને રિસેપ્શન પરથી અંગ્રેજી આવૃત્તિ માંગો.

## Poster (A4 and A3)

notice-poster-title = care.data: તમારા જીપી રેકોર્ડમાંથી માહિતી
notice-poster-intro = આ સર્જરી care.data પાઇલટનો ભાગ છે. { $start } થી અમે દરેક દર્દીને તેના વિશે જણાવી રહ્યા છીએ. જો તમે વાંધો નહીં લો, તો તમારા જીપી રેકોર્ડમાંથી માહિતી પ્રથમ વખત { $extract } ના રોજ આરોગ્ય અને સામાજિક સંભાળ માહિતી કેન્દ્ર (Health and Social Care Information Centre) ને મોકલવામાં આવશે.
notice-poster-what-identifiable = શું મોકલવામાં આવે છે: તમારા રેકોર્ડમાંથી કોડ કરેલી માહિતી, જેમ કે નિદાન, રેફરલ, પ્રિસ્ક્રિપ્શન અને ટેસ્ટનાં પરિણામો, તમારા NHS નંબર, જન્મ તારીખ, પોસ્ટકોડ અને લિંગ સાથે. તેનાથી તમારી ઓળખ થઈ શકે છે: તે અનામી નથી. તમારી લખેલી નોંધો મોકલવામાં આવતી નથી.
notice-poster-why-purposes = શા માટે: આરોગ્ય અને સંભાળ સેવાઓનું આયોજન કરવા અને તેમને સુધારવા માટે. કાયદા મુજબ તેનો ઉપયોગ ફક્ત આરોગ્ય અને સંભાળ માટે થઈ શકે છે, વીમા કે માર્કેટિંગ માટે નહીં.
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
notice-leaflet-what-identifiable = તમારા જીપી રેકોર્ડમાંથી કોડ કરેલી માહિતી: તમારો NHS નંબર, જન્મ તારીખ, પોસ્ટકોડ, લિંગ, વંશીયતા, નિદાન, રેફરલ, પ્રિસ્ક્રિપ્શન, ટેસ્ટનાં પરિણામો અને બ્લડ પ્રેશર જેવાં માપ. તમારા NHS નંબર, જન્મ તારીખ, પોસ્ટકોડ અને લિંગ સાથે તેનાથી તમારી ઓળખ થઈ શકે છે: તે અનામી નથી. તમારી લખેલી નોંધો મોકલવામાં આવતી નથી, અને કેટલાક સંવેદનશીલ રેકોર્ડ પણ નહીં, જેમ કે HIV, જાતીય સંપર્કથી ફેલાતા ચેપ, IVF અને ગર્ભપાત વિશેના રેકોર્ડ.
notice-leaflet-who-heading = તેનો ઉપયોગ કોણ કરે છે
notice-leaflet-who-purposes = આરોગ્ય અને સામાજિક સંભાળ માહિતી કેન્દ્ર (Health and Social Care Information Centre) સુરક્ષિત વાતાવરણમાં તેને હોસ્પિટલો અને અન્ય સંભાળની માહિતી સાથે જોડે છે. તે NHS સંસ્થાઓ, માન્ય સંશોધકો અને અન્ય માન્ય સંસ્થાઓને માહિતી આપી શકે છે, જેમાંથી કેટલીક NHS ની બહારની છે. કાયદા મુજબ માહિતી ફક્ત આરોગ્ય અને સંભાળના હેતુઓ માટે જ આપી શકાય છે, વીમા કે માર્કેટિંગ માટે ક્યારેય નહીં.
notice-leaflet-not-heading = care.data શું નથી
notice-leaflet-not = તે સારાંશ સંભાળ રેકોર્ડ (Summary Care Record) નથી, જે કટોકટીમાં તમારી સારવાર કરતા કર્મચારીઓને તમારી દવાઓ અને એલર્જી જોવા દે છે. care.data સામે વાંધો લેવાથી તમારા સારાંશ સંભાળ રેકોર્ડમાં કોઈ ફેરફાર થતો નથી.
notice-leaflet-object-heading = વાંધો કેવી રીતે લેવો
notice-leaflet-object-for-whom = વાંધા ફોર્મ ભરો અને તેને રિસેપ્શન પર આપો અથવા ટપાલ દ્વારા સર્જરીને મોકલો. તમે તમારા માટે અને 16 વર્ષથી ઓછી ઉંમરનાં તમારાં બાળકો માટે વાંધો લઈ શકો છો. બીજી કોઈ પુખ્ત વ્યક્તિ માટે તમે ત્યારે જ વાંધો લઈ શકો જો તમારી પાસે તેમના વતી કાર્ય કરવાનો કાનૂની અધિકાર હોય, જેમ કે લાસ્ટિંગ પાવર ઑફ એટર્ની (lasting power of attorney).
notice-leaflet-type1-identifiable = Type 1 વાંધો: તમારા જીપી રેકોર્ડમાંથી એવી કોઈ માહિતી કે જેનાથી તમારી ઓળખ થઈ શકે, સર્જરીની બહાર જશે નહીં, સિવાય કે તમારી સીધી સંભાળ માટે.
notice-leaflet-type2 = Type 2 વાંધો: કોઈ પણ NHS સંભાળમાંથી મળેલી અને આરોગ્ય અને સામાજિક સંભાળ માહિતી કેન્દ્ર પાસે રહેલી તમારી માહિતી એવા સ્વરૂપમાં જાહેર કરવામાં આવશે નહીં કે જેનાથી તમારી ઓળખ થઈ શકે.
# Where the pilot offers the Type 1 objection only (a programme decision), in place of the Type 1 and Type 2 paragraphs.
notice-leaflet-object-type1-only = આ પાઇલટમાં વાંધાનો એક જ પ્રકાર છે, જેને Type 1 કહેવાય છે. તેનો અર્થ એ છે કે તમારા જીપી રેકોર્ડમાંથી એવી કોઈ માહિતી કે જેનાથી તમારી ઓળખ થઈ શકે, સર્જરીની બહાર જશે નહીં, સિવાય કે તમારી સીધી સંભાળ માટે.
notice-leaflet-change = સર્જરીને જણાવીને તમે કોઈ પણ સમયે તમારો નિર્ણય બદલી શકો છો.
# Variables:
#   $phone (String) - the practice's phone number
notice-leaflet-formats = આ પત્રિકા મોટા અક્ષરોમાં અને અન્ય ભાષાઓમાં પણ ઉપલબ્ધ છે. રિસેપ્શન પર પૂછો અથવા { $phone } પર ફોન કરો.
notice-leaflet-dates-heading = મહત્વની તારીખો
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = જાણકારી આપવાનો સમયગાળો: { $start } થી { $end } સુધી. પ્રથમ વખત માહિતી કાઢવાની તારીખ: { $extract }.

## Objection form

notice-form-heading = વાંધા ફોર્મ: care.data
notice-form-intro-each-type = જીપી રેકોર્ડની માહિતી શેર કરવા સામે વાંધો લેવા માટે આ ફોર્મનો ઉપયોગ કરો. દરેક વ્યક્તિ માટે, તેઓ જે પ્રકારનો વાંધો લેવા માંગે છે તે દરેક પ્રકારના ખાનામાં ટિક કરો. વાંધો લેવાથી કોઈની સંભાળ પર અસર થતી નથી, અને વાંધો કોઈ પણ સમયે પાછો ખેંચી શકાય છે.
# Where the pilot offers the Type 1 objection only: the form has one box for each person.
notice-form-intro-type1-only = જીપી રેકોર્ડની માહિતી શેર કરવા સામે વાંધો લેવા માટે આ ફોર્મનો ઉપયોગ કરો. વાંધો લેવા માંગતી દરેક વ્યક્તિ માટે ખાનામાં ટિક કરો. વાંધો લેવાથી કોઈની સંભાળ પર અસર થતી નથી, અને વાંધો કોઈ પણ સમયે પાછો ખેંચી શકાય છે.
notice-form-type1-identifiable = Type 1: મારા જીપી રેકોર્ડમાંથી એવી માહિતી કે જેનાથી મારી ઓળખ થઈ શકે તેને સર્જરીની બહાર જવા ન દો, સિવાય કે મારી સીધી સંભાળ માટે (કોડ 9Nu0)
notice-form-type2 = Type 2: આરોગ્ય અને સામાજિક સંભાળ માહિતી કેન્દ્ર (Health and Social Care Information Centre) મારી ઓળખ થઈ શકે તેવી માહિતી જાહેર ન કરે (કોડ 9Nu4)
notice-form-person = દર્દી
# Variables:
#   $number (Number) - which other person on the form, 1 to 4
notice-form-other-person = બાળક અથવા અન્ય વ્યક્તિ { $number }
notice-form-name = પૂરું નામ
notice-form-dob = જન્મ તારીખ
notice-form-nhs = NHS નંબર (જો ખબર હોય તો)
notice-form-address = સરનામું
notice-form-signature = સહી
notice-form-date = તારીખ
notice-form-on-behalf-authority = જો તમે 16 વર્ષથી ઓછી ઉંમરના બાળક માટે, અથવા એવી પુખ્ત વ્યક્તિ માટે સહી કરો છો જેમના વતી કાર્ય કરવાનો તમને કાનૂની અધિકાર છે (જેમ કે લાસ્ટિંગ પાવર ઑફ એટર્ની), તો કયું તે જણાવો:
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = આ ફોર્મ { $practice }, { $address } ને પાછું મોકલો, અથવા રિસેપ્શન પર આપો.
notice-form-office = સર્જરીના ઉપયોગ માટે: ______ ના રોજ ______ દ્વારા કોડ કરેલ

## Withdrawal form: taking back an objection made before

notice-withdrawal-heading = વાંધો પાછો ખેંચવો: care.data
notice-withdrawal-intro = જો તમે પહેલાં વાંધો લીધો હતો અને હવે તમારો વિચાર બદલાયો છે, તો આ ફોર્મનો ઉપયોગ કરો. તમે જે વાંધો પાછો ખેંચવા માંગો છો તેના પર ટિક કરો. તમે જે પણ પસંદ કરો, તમારી સંભાળ એકસરખી રહેશે, અને તમે કોઈ પણ સમયે ફરીથી વાંધો લઈ શકો છો.
# Where the pilot offers the Type 1 objection only: the form has one box.
notice-withdrawal-intro-type1-only = જો તમે પહેલાં વાંધો લીધો હતો અને હવે તમારો વિચાર બદલાયો છે, તો આ ફોર્મનો ઉપયોગ કરો. તમારો વાંધો પાછો ખેંચવા માટે ખાનામાં ટિક કરો. તમે જે પણ પસંદ કરો, તમારી સંભાળ એકસરખી રહેશે, અને તમે કોઈ પણ સમયે ફરીથી વાંધો લઈ શકો છો.
notice-withdrawal-type1 = મારો Type 1 વાંધો પાછો ખેંચું છું: મારા જીપી રેકોર્ડમાંથી માહિતી ફરીથી સર્જરીની બહાર જઈ શકે છે
notice-withdrawal-type2 = મારો Type 2 વાંધો પાછો ખેંચું છું: આરોગ્ય અને સામાજિક સંભાળ માહિતી કેન્દ્ર (Health and Social Care Information Centre) ફરીથી મારા વિશેની માહિતી જાહેર કરી શકે છે
notice-withdrawal-office = સર્જરીના ઉપયોગ માટે: વાંધો પાછો ખેંચ્યાનું ______ ના રોજ ______ દ્વારા કોડ કરેલ

## Staff briefing

notice-briefing-heading = સ્ટાફ માટે માહિતી: આ સર્જરીમાં care.data
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = દર્દીઓને { $start } થી જાણ કરવામાં આવે છે. પ્રથમ વખત માહિતી { $extract } ના રોજ કાઢવામાં આવશે.
notice-briefing-types = વાંધાના બે પ્રકાર છે. Type 1 (9Nu0) સીધી સંભાળ સિવાય જીપી રેકોર્ડને સર્જરીની બહાર જતો અટકાવે છે. Type 2 (9Nu4) ઓળખી શકાય તેવી માહિતીને આરોગ્ય અને સામાજિક સંભાળ માહિતી કેન્દ્ર (Health and Social Care Information Centre) માંથી બહાર જતી અટકાવે છે.
# Where the pilot offers the Type 1 objection only, in place of the paragraph on both types.
notice-briefing-types-type1-only = આ પાઇલટ દર્દીઓને વાંધાનો એક જ પ્રકાર આપે છે: Type 1 (9Nu0). તે સીધી સંભાળ સિવાય, ઓળખી શકાય તેવી માહિતીને જીપી રેકોર્ડમાંથી સર્જરીની બહાર જતી અટકાવે છે. કાર્યક્રમે આ પાઇલટ માટે આ નિર્ણય લીધો છે, તેથી અમારાં ફોર્મ, પત્રો અને પત્રિકાઓ ફક્ત Type 1 જ આપે છે.
notice-briefing-scr = care.data એ સારાંશ સંભાળ રેકોર્ડ (Summary Care Record) નથી. એક સામે વાંધો લેવાથી બીજામાં કોઈ ફેરફાર થતો નથી.
notice-briefing-script = શું કહેવું: "તમારા રેકોર્ડની માહિતી NHS સેવાઓનું આયોજન કરવા અને તેને સુધારવા માટે શેર કરવામાં આવી શકે છે. જો તમે એવું ન ઇચ્છતા હો, તો આ ફોર્મ ભરો અને અમે તમારી પસંદગી નોંધી લઈશું. તેનાથી તમારી સંભાળ પર કોઈ અસર નહીં થાય."
notice-briefing-forms = પાછાં આવેલાં ફોર્મ તે જ દિવસે વહીવટી ટીમને આપો. તેમને તપાસવામાં આવે છે, કોડ કરવામાં આવે છે, રેકોર્ડમાં સ્કૅન કરવામાં આવે છે અને મળ્યાની પુષ્ટિ કરવામાં આવે છે.
notice-briefing-questions = જે પ્રશ્નોના જવાબ તમે ન આપી શકો, તે પ્રેક્ટિસ મૅનેજરને મોકલો.

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = પ્રિય { $names },
# After the greeting of a letter to adults that names children under 16 at the same address too. The children are named on forms of their own, for a parent or guardian to sign.
# Variables:
#   $names (String) - the names of the children under 16, joined for the language
#   $count (Number) - how many children that is
notice-letter-children = આ પત્ર { $names } વિશે પણ છે, { $count ->
        [one] જેની ઉંમર 16 વર્ષથી ઓછી છે
       *[other] જેમની ઉંમર 16 વર્ષથી ઓછી છે
    }. માતા/પિતા અથવા વાલી સાથે મોકલેલા ફોર્મ પર તેમના વતી વાંધો લઈ શકે છે.
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-to-guardian = { $names } ના માતા/પિતા અથવા વાલીને
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-greeting-guardian = { $names } ના પ્રિય માતા/પિતા અથવા વાલી,
notice-letter-opening = અમે તમને care.data વિશે જણાવવા માટે લખી રહ્યા છીએ. આ એક એવો કાર્યક્રમ છે જે NHS સેવાઓ સુધારવા માટે જીપી રેકોર્ડમાંથી કેટલીક માહિતી શેર કરશે.
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = સર્જરી { $start } થી દરેક દર્દીને જાણ કરી રહી છે. માહિતી પ્રથમ વખત { $extract } ના રોજ શેર કરવામાં આવશે.
notice-letter-what-identifiable = તમારા રેકોર્ડમાંથી કોડ કરેલી માહિતી, જેમ કે નિદાન, પ્રિસ્ક્રિપ્શન અને ટેસ્ટનાં પરિણામો, તમારા NHS નંબર, જન્મ તારીખ, પોસ્ટકોડ અને લિંગ સાથે આરોગ્ય અને સામાજિક સંભાળ માહિતી કેન્દ્ર (Health and Social Care Information Centre) ને મોકલવામાં આવશે. તેનાથી તમારી ઓળખ થઈ શકે છે: તે અનામી નથી. તમારી લખેલી નોંધો મોકલવામાં આવશે નહીં. કાયદા મુજબ તેનો ઉપયોગ ફક્ત આરોગ્ય અને સંભાળ માટે થઈ શકે છે, વીમા કે માર્કેટિંગ માટે નહીં.
notice-letter-choice-for-whom = જો તમે તમારી માહિતીના ઉપયોગ સાથે સંમત હો, તો તમારે કંઈ કરવાની જરૂર નથી. જો તમે ઇચ્છતા ન હો કે તે મોકલવામાં આવે, તો સાથે મોકલેલું ફોર્મ ભરો અને પ્રથમ વખત માહિતી કાઢવામાં આવે તે પહેલાં પાછું આપો. તમે તમારા માટે અને 16 વર્ષથી ઓછી ઉંમરનાં તમારાં બાળકો માટે વાંધો લઈ શકો છો; ઉપર જેમનું નામ છે તેવી બીજી કોઈ પુખ્ત વ્યક્તિ પોતાનો નિર્ણય જાતે લે છે, સિવાય કે તમારી પાસે તેમના વતી કાર્ય કરવાનો કાનૂની અધિકાર હોય.
notice-letter-care = તમે જે પણ નિર્ણય લો, તમારી સંભાળ બદલાશે નહીં. સર્જરીને જણાવીને તમે કોઈ પણ સમયે તમારો નિર્ણય બદલી શકો છો.
# The messages ending -guardian replace their namesakes in a letter to the parent or guardian of children under 16 (and no adult): the reader is not the patient.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-what-identifiable-guardian = { $count ->
        [one] તમારા બાળકના જીપી રેકોર્ડમાંથી
       *[other] તમારાં બાળકોના જીપી રેકોર્ડમાંથી
    } કોડ કરેલી માહિતી, જેમ કે નિદાન, પ્રિસ્ક્રિપ્શન અને ટેસ્ટનાં પરિણામો, તેમના NHS નંબર, જન્મ તારીખ, પોસ્ટકોડ અને લિંગ સાથે આરોગ્ય અને સામાજિક સંભાળ માહિતી કેન્દ્ર (Health and Social Care Information Centre) ને મોકલવામાં આવશે. તેનાથી તેમની ઓળખ થઈ શકે છે: તે અનામી નથી. તેમની લખેલી નોંધો મોકલવામાં આવશે નહીં. કાયદા મુજબ તેનો ઉપયોગ ફક્ત આરોગ્ય અને સંભાળ માટે થઈ શકે છે, વીમા કે માર્કેટિંગ માટે નહીં.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-choice-guardian = જો તમે { $count ->
        [one] તમારા બાળકની માહિતીના
       *[other] તમારાં બાળકોની માહિતીના
    } ઉપયોગ સાથે સંમત હો, તો તમારે કંઈ કરવાની જરૂર નથી. જો નહીં, તો તમે સાથે મોકલેલા ફોર્મ પર તેમના વતી વાંધો લઈ શકો છો: તે ભરો, તેના પર સહી કરો અને પ્રથમ વખત માહિતી કાઢવામાં આવે તે પહેલાં પાછું આપો.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-care-guardian = તમે જે પણ નિર્ણય લો, { $count ->
        [one] તમારા બાળકની સંભાળ
       *[other] તમારાં બાળકોની સંભાળ
    } બદલાશે નહીં. સર્જરીને જણાવીને તમે કોઈ પણ સમયે તમારો નિર્ણય બદલી શકો છો.
# Variables:
#   $phone (String) - the practice's phone number
notice-letter-formats = આ પત્ર મોટા અક્ષરોમાં અથવા અન્ય ભાષામાં મેળવવા માટે, અથવા કોઈ પણ પ્રશ્ન માટે, સર્જરીને { $phone } પર ફોન કરો.
notice-letter-closing = આપના વિશ્વાસુ,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = { $practice } ના ભાગીદારો અને સ્ટાફ
notice-letter-enclosure = બીડાણ: વાંધા ફોર્મ
## Letter in a draft translation: the same letter in English follows it


notice-letter-english-heading = આ જ પત્ર અંગ્રેજીમાં

