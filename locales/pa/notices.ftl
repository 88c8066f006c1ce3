# Draft translation into Punjabi (Gurmukhi) of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = ਤੁਹਾਡੇ ਬਾਰੇ ਜਾਣਕਾਰੀ ਕਿਵੇਂ ਵਰਤੀ ਜਾਂਦੀ ਹੈ: care.data
notice-draft-translation = ਇਹ ਅਨੁਵਾਦ ਦਾ ਖਰੜਾ ਹੈ। ਜੇ ਕੋਈ ਗੱਲ ਸਪਸ਼ਟ ਨਾ ਹੋਵੇ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਰਿਸੈਪਸ਼ਨ ਤੋਂ ਅੰਗਰੇਜ਼ੀ ਵਾਲਾ ਰੂਪ ਮੰਗੋ।

## Poster (A4 and A3)

notice-poster-heading = ਬਿਹਤਰ ਜਾਣਕਾਰੀ ਦਾ ਮਤਲਬ ਹੈ ਬਿਹਤਰ ਦੇਖਭਾਲ
notice-poster-lede = { $start } ਤੋਂ, ਇਹ ਸਰਜਰੀ care.data ਪ੍ਰੋਗਰਾਮ ਦੇ ਤਹਿਤ ਜੀਪੀ (GP) ਰਿਕਾਰਡਾਂ ਵਿੱਚੋਂ ਕੁਝ ਜਾਣਕਾਰੀ ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਸੂਚਨਾ ਕੇਂਦਰ (Health and Social Care Information Centre) ਨਾਲ ਸਾਂਝੀ ਕਰੇਗੀ।
notice-poster-what = ਕੀ ਸਾਂਝਾ ਕੀਤਾ ਜਾਂਦਾ ਹੈ: ਤੁਹਾਡਾ NHS ਨੰਬਰ, ਜਨਮ ਮਿਤੀ, ਪੋਸਟਕੋਡ, ਲਿੰਗ, ਅਤੇ ਕੋਡ ਕੀਤੀ ਜਾਣਕਾਰੀ ਜਿਵੇਂ ਕਿ ਬਿਮਾਰੀ ਦੀ ਪਛਾਣ (ਡਾਇਗਨੋਸਿਸ), ਰੈਫਰਲ, ਦਵਾਈਆਂ ਦੀਆਂ ਪਰਚੀਆਂ ਅਤੇ ਟੈਸਟਾਂ ਦੇ ਨਤੀਜੇ। ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਦੇ ਲਿਖਤੀ ਨੋਟ ਸਾਂਝੇ ਨਹੀਂ ਕੀਤੇ ਜਾਂਦੇ।
notice-poster-why = ਕਿਉਂ: NHS ਸੇਵਾਵਾਂ ਦੀ ਯੋਜਨਾ ਬਣਾਉਣ, ਦੇਖਭਾਲ ਦੀ ਗੁਣਵੱਤਾ ਜਾਂਚਣ ਅਤੇ ਇਲਾਜ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਵਾਲੀ ਖੋਜ ਵਿੱਚ ਮਦਦ ਲਈ।
notice-poster-choice = ਫ਼ੈਸਲਾ ਤੁਹਾਡਾ ਹੈ। ਜੇ ਤੁਸੀਂ ਨਹੀਂ ਚਾਹੁੰਦੇ ਕਿ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਸਾਂਝੀ ਕੀਤੀ ਜਾਵੇ, ਤਾਂ { $extract } ਤੋਂ ਪਹਿਲਾਂ ਸਰਜਰੀ ਨੂੰ ਦੱਸੋ। ਤੁਹਾਨੂੰ ਕੋਈ ਕਾਰਨ ਦੱਸਣ ਦੀ ਲੋੜ ਨਹੀਂ, ਅਤੇ ਇਸ ਨਾਲ ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਉੱਤੇ ਕੋਈ ਅਸਰ ਨਹੀਂ ਪਵੇਗਾ।
notice-poster-ask = ਰਿਸੈਪਸ਼ਨ ਤੋਂ ਜਾਣਕਾਰੀ ਵਾਲਾ ਪਰਚਾ ਅਤੇ ਇਤਰਾਜ਼ ਫ਼ਾਰਮ ਮੰਗੋ।
# Variables:
#   $practice (String) - the practice's name
#   $phone (String) - the practice's phone number
notice-contact = { $practice } · { $phone }

## Leaflet (A4, two sides)

notice-leaflet-heading = care.data: ਤੁਹਾਡੇ ਲਈ ਇਸਦਾ ਕੀ ਮਤਲਬ ਹੈ
notice-leaflet-intro = NHS ਸਿਹਤ ਸੇਵਾਵਾਂ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਲਈ ਜੀਪੀ ਰਿਕਾਰਡਾਂ ਦੀ ਜਾਣਕਾਰੀ ਵਰਤਣਾ ਚਾਹੁੰਦੀ ਹੈ। ਇਹ ਪਰਚਾ ਦੱਸਦਾ ਹੈ ਕਿ ਕੀ ਸਾਂਝਾ ਕੀਤਾ ਜਾਵੇਗਾ, ਕਿਉਂ, ਅਤੇ ਤੁਸੀਂ ਇਤਰਾਜ਼ ਕਿਵੇਂ ਕਰ ਸਕਦੇ ਹੋ।
notice-leaflet-what-heading = ਕਿਹੜੀ ਜਾਣਕਾਰੀ ਸਾਂਝੀ ਕੀਤੀ ਜਾਂਦੀ ਹੈ
notice-leaflet-what = ਤੁਹਾਡੇ ਜੀਪੀ ਰਿਕਾਰਡ ਵਿੱਚੋਂ ਕੋਡ ਕੀਤੀ ਜਾਣਕਾਰੀ: ਤੁਹਾਡਾ NHS ਨੰਬਰ, ਜਨਮ ਮਿਤੀ, ਪੋਸਟਕੋਡ, ਲਿੰਗ, ਨਸਲੀ ਪਿਛੋਕੜ, ਡਾਇਗਨੋਸਿਸ, ਰੈਫਰਲ, ਦਵਾਈਆਂ ਦੀਆਂ ਪਰਚੀਆਂ, ਟੈਸਟਾਂ ਦੇ ਨਤੀਜੇ ਅਤੇ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਵਰਗੇ ਮਾਪ। ਤੁਹਾਡਾ ਨਾਮ ਅਤੇ ਪਤਾ, ਅਤੇ ਤੁਹਾਡੇ ਡਾਕਟਰ ਦੇ ਲਿਖੇ ਨੋਟ ਸਾਂਝੇ ਨਹੀਂ ਕੀਤੇ ਜਾਂਦੇ।
notice-leaflet-who-heading = ਇਸਨੂੰ ਕੌਣ ਵਰਤਦਾ ਹੈ
notice-leaflet-who = ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਸੂਚਨਾ ਕੇਂਦਰ (Health and Social Care Information Centre) ਇੱਕ ਸੁਰੱਖਿਅਤ ਮਾਹੌਲ ਵਿੱਚ ਇਸਨੂੰ ਹਸਪਤਾਲਾਂ ਦੀ ਜਾਣਕਾਰੀ ਨਾਲ ਜੋੜਦਾ ਹੈ। NHS ਸੰਸਥਾਵਾਂ ਅਤੇ ਪ੍ਰਵਾਨਿਤ ਖੋਜਕਾਰ ਇਸਨੂੰ ਵਰਤ ਸਕਦੇ ਹਨ, ਆਮ ਤੌਰ 'ਤੇ ਅਜਿਹੇ ਰੂਪ ਵਿੱਚ ਜਿਸ ਨਾਲ ਤੁਹਾਡੀ ਪਛਾਣ ਨਹੀਂ ਹੁੰਦੀ।
notice-leaflet-not-heading = care.data ਕੀ ਨਹੀਂ ਹੈ
notice-leaflet-not = ਇਹ ਸੰਖੇਪ ਦੇਖਭਾਲ ਰਿਕਾਰਡ (Summary Care Record) ਨਹੀਂ ਹੈ, ਜਿਸ ਰਾਹੀਂ ਐਮਰਜੈਂਸੀ ਵਿੱਚ ਤੁਹਾਡਾ ਇਲਾਜ ਕਰਨ ਵਾਲਾ ਸਟਾਫ਼ ਤੁਹਾਡੀਆਂ ਦਵਾਈਆਂ ਅਤੇ ਐਲਰਜੀਆਂ ਦੇਖ ਸਕਦਾ ਹੈ। care.data 'ਤੇ ਇਤਰਾਜ਼ ਕਰਨ ਨਾਲ ਤੁਹਾਡਾ ਸੰਖੇਪ ਦੇਖਭਾਲ ਰਿਕਾਰਡ ਨਹੀਂ ਬਦਲਦਾ।
notice-leaflet-object-heading = ਇਤਰਾਜ਼ ਕਿਵੇਂ ਕਰੀਏ
notice-leaflet-object = ਇਤਰਾਜ਼ ਫ਼ਾਰਮ ਭਰੋ ਅਤੇ ਇਸਨੂੰ ਰਿਸੈਪਸ਼ਨ 'ਤੇ ਦੇ ਦਿਓ ਜਾਂ ਡਾਕ ਰਾਹੀਂ ਸਰਜਰੀ ਨੂੰ ਭੇਜ ਦਿਓ। ਤੁਸੀਂ ਆਪਣੇ ਲਈ, ਅਤੇ ਉਹਨਾਂ ਬੱਚਿਆਂ ਅਤੇ ਬਾਲਗਾਂ ਲਈ ਵੀ ਇਤਰਾਜ਼ ਕਰ ਸਕਦੇ ਹੋ ਜਿਨ੍ਹਾਂ ਦੀ ਤੁਸੀਂ ਦੇਖਭਾਲ ਕਰਦੇ ਹੋ।
notice-leaflet-type1 = Type 1 ਇਤਰਾਜ਼: ਤੁਹਾਡੇ ਜੀਪੀ ਰਿਕਾਰਡ ਦੀ ਜਾਣਕਾਰੀ ਤੁਹਾਡੀ ਸਿੱਧੀ ਦੇਖਭਾਲ ਤੋਂ ਇਲਾਵਾ ਕਿਸੇ ਹੋਰ ਮਕਸਦ ਲਈ ਸਰਜਰੀ ਤੋਂ ਬਾਹਰ ਨਹੀਂ ਜਾਵੇਗੀ।
notice-leaflet-type2 = Type 2 ਇਤਰਾਜ਼: ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਸੂਚਨਾ ਕੇਂਦਰ ਕੋਲ ਮੌਜੂਦ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ, ਜੋ ਕਿਸੇ ਵੀ NHS ਦੇਖਭਾਲ ਤੋਂ ਆਈ ਹੋਵੇ, ਅਜਿਹੇ ਰੂਪ ਵਿੱਚ ਜਾਰੀ ਨਹੀਂ ਕੀਤੀ ਜਾਵੇਗੀ ਜਿਸ ਨਾਲ ਤੁਹਾਡੀ ਪਛਾਣ ਹੋ ਸਕੇ।
notice-leaflet-change = ਤੁਸੀਂ ਸਰਜਰੀ ਨੂੰ ਦੱਸ ਕੇ ਕਿਸੇ ਵੀ ਸਮੇਂ ਆਪਣਾ ਫ਼ੈਸਲਾ ਬਦਲ ਸਕਦੇ ਹੋ।
notice-leaflet-dates-heading = ਮਹੱਤਵਪੂਰਨ ਤਾਰੀਖਾਂ
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = ਜਾਣਕਾਰੀ ਦੇਣ ਦੀ ਮਿਆਦ: { $start } ਤੋਂ { $end } ਤੱਕ। ਪਹਿਲੀ ਵਾਰ ਡਾਟਾ ਕੱਢਣ ਦੀ ਤਾਰੀਖ: { $extract }।

## Objection form

notice-form-heading = ਇਤਰਾਜ਼ ਫ਼ਾਰਮ: care.data
notice-form-intro = ਜਾਣਕਾਰੀ ਸਾਂਝੀ ਕੀਤੇ ਜਾਣ 'ਤੇ ਇਤਰਾਜ਼ ਕਰਨ ਲਈ ਇਹ ਫ਼ਾਰਮ ਵਰਤੋ। ਹਰ ਵਿਅਕਤੀ ਲਈ ਇੱਕ ਜਾਂ ਦੋਵੇਂ ਖਾਨਿਆਂ 'ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਓ।
notice-form-type1 = Type 1: ਮੇਰੀ ਸਿੱਧੀ ਦੇਖਭਾਲ ਤੋਂ ਇਲਾਵਾ ਮੇਰਾ ਜੀਪੀ ਰਿਕਾਰਡ ਸਰਜਰੀ ਤੋਂ ਬਾਹਰ ਨਾ ਜਾਣ ਦਿੱਤਾ ਜਾਵੇ (ਕੋਡ 9Nu0)
notice-form-type2 = Type 2: ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਸੂਚਨਾ ਕੇਂਦਰ (Health and Social Care Information Centre) ਅਜਿਹੀ ਜਾਣਕਾਰੀ ਜਾਰੀ ਨਾ ਕਰੇ ਜਿਸ ਨਾਲ ਮੇਰੀ ਪਛਾਣ ਹੋ ਸਕੇ (ਕੋਡ 9Nu4)
notice-form-person = ਮਰੀਜ਼
# Variables:
#   $number (Number) - which family member on the form, 1 to 4
notice-form-family = ਪਰਿਵਾਰਕ ਮੈਂਬਰ { $number }
notice-form-name = ਪੂਰਾ ਨਾਮ
notice-form-dob = ਜਨਮ ਮਿਤੀ
notice-form-nhs = NHS ਨੰਬਰ (ਜੇ ਪਤਾ ਹੋਵੇ)
notice-form-address = ਪਤਾ
notice-form-signature = ਦਸਤਖ਼ਤ
notice-form-date = ਤਾਰੀਖ
notice-form-on-behalf = ਜੇ ਤੁਸੀਂ ਕਿਸੇ ਹੋਰ ਵੱਲੋਂ ਦਸਤਖ਼ਤ ਕਰ ਰਹੇ ਹੋ, ਤਾਂ ਦੱਸੋ ਕਿ ਤੁਹਾਡਾ ਉਹਨਾਂ ਨਾਲ ਕੀ ਰਿਸ਼ਤਾ ਹੈ ਜਾਂ ਤੁਸੀਂ ਉਹਨਾਂ ਵੱਲੋਂ ਕਿਉਂ ਕਾਰਵਾਈ ਕਰ ਰਹੇ ਹੋ:
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = ਇਹ ਫ਼ਾਰਮ { $practice }, { $address } ਨੂੰ ਵਾਪਸ ਭੇਜੋ, ਜਾਂ ਰਿਸੈਪਸ਼ਨ 'ਤੇ ਦੇ ਦਿਓ।
notice-form-office = ਸਿਰਫ਼ ਸਰਜਰੀ ਦੀ ਵਰਤੋਂ ਲਈ: ______ ਨੂੰ ______ ਵੱਲੋਂ ਕੋਡ ਕੀਤਾ ਗਿਆ

## Staff briefing

notice-briefing-heading = ਸਟਾਫ਼ ਲਈ ਜਾਣਕਾਰੀ: ਇਸ ਸਰਜਰੀ ਵਿੱਚ care.data
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = ਮਰੀਜ਼ਾਂ ਨੂੰ { $start } ਤੋਂ ਦੱਸਿਆ ਜਾ ਰਿਹਾ ਹੈ। ਪਹਿਲੀ ਵਾਰ ਡਾਟਾ { $extract } ਨੂੰ ਕੱਢਿਆ ਜਾਵੇਗਾ।
notice-briefing-types = ਇਤਰਾਜ਼ ਦੋ ਕਿਸਮਾਂ ਦੇ ਹੁੰਦੇ ਹਨ। Type 1 (9Nu0) ਜੀਪੀ ਰਿਕਾਰਡ ਨੂੰ ਸਿੱਧੀ ਦੇਖਭਾਲ ਤੋਂ ਇਲਾਵਾ ਸਰਜਰੀ ਤੋਂ ਬਾਹਰ ਜਾਣ ਤੋਂ ਰੋਕਦਾ ਹੈ। Type 2 (9Nu4) ਪਛਾਣਯੋਗ ਜਾਣਕਾਰੀ ਨੂੰ ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਸੂਚਨਾ ਕੇਂਦਰ (Health and Social Care Information Centre) ਤੋਂ ਬਾਹਰ ਜਾਣ ਤੋਂ ਰੋਕਦਾ ਹੈ।
notice-briefing-scr = care.data ਸੰਖੇਪ ਦੇਖਭਾਲ ਰਿਕਾਰਡ (Summary Care Record) ਨਹੀਂ ਹੈ। ਇੱਕ 'ਤੇ ਇਤਰਾਜ਼ ਕਰਨ ਨਾਲ ਦੂਜਾ ਨਹੀਂ ਬਦਲਦਾ।
notice-briefing-script = ਕੀ ਕਹਿਣਾ ਹੈ: "ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਦੀ ਜਾਣਕਾਰੀ NHS ਸੇਵਾਵਾਂ ਦੀ ਯੋਜਨਾ ਬਣਾਉਣ ਅਤੇ ਉਹਨਾਂ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਲਈ ਸਾਂਝੀ ਕੀਤੀ ਜਾ ਸਕਦੀ ਹੈ। ਜੇ ਤੁਸੀਂ ਇਹ ਨਹੀਂ ਚਾਹੁੰਦੇ, ਤਾਂ ਇਹ ਫ਼ਾਰਮ ਭਰੋ ਅਤੇ ਅਸੀਂ ਤੁਹਾਡੀ ਚੋਣ ਦਰਜ ਕਰ ਲਵਾਂਗੇ। ਇਸ ਨਾਲ ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਉੱਤੇ ਕੋਈ ਅਸਰ ਨਹੀਂ ਪਵੇਗਾ।"
notice-briefing-forms = ਵਾਪਸ ਆਏ ਫ਼ਾਰਮ ਉਸੇ ਦਿਨ ਪ੍ਰਬੰਧਕੀ ਟੀਮ ਨੂੰ ਦੇ ਦਿਓ। ਉਹਨਾਂ ਦੀ ਜਾਂਚ ਕੀਤੀ ਜਾਂਦੀ ਹੈ, ਉਹਨਾਂ ਨੂੰ ਕੋਡ ਕੀਤਾ ਜਾਂਦਾ ਹੈ, ਰਿਕਾਰਡ ਵਿੱਚ ਸਕੈਨ ਕੀਤਾ ਜਾਂਦਾ ਹੈ ਅਤੇ ਉਹਨਾਂ ਦੀ ਪ੍ਰਾਪਤੀ ਦੀ ਪੁਸ਼ਟੀ ਕੀਤੀ ਜਾਂਦੀ ਹੈ।
notice-briefing-questions = ਜਿਨ੍ਹਾਂ ਸਵਾਲਾਂ ਦਾ ਜਵਾਬ ਤੁਸੀਂ ਨਹੀਂ ਦੇ ਸਕਦੇ, ਉਹ ਪ੍ਰੈਕਟਿਸ ਮੈਨੇਜਰ ਕੋਲ ਭੇਜੋ।

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = ਸਤਿਕਾਰਯੋਗ { $names } ਜੀ,
notice-letter-opening = ਅਸੀਂ ਤੁਹਾਨੂੰ care.data ਬਾਰੇ ਦੱਸਣ ਲਈ ਲਿਖ ਰਹੇ ਹਾਂ। ਇਹ ਇੱਕ ਅਜਿਹਾ ਪ੍ਰੋਗਰਾਮ ਹੈ ਜਿਸ ਦੇ ਤਹਿਤ NHS ਸੇਵਾਵਾਂ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਲਈ ਜੀਪੀ ਰਿਕਾਰਡਾਂ ਵਿੱਚੋਂ ਕੁਝ ਜਾਣਕਾਰੀ ਸਾਂਝੀ ਕੀਤੀ ਜਾਵੇਗੀ।
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = ਸਰਜਰੀ { $start } ਤੋਂ ਹਰ ਮਰੀਜ਼ ਨੂੰ ਦੱਸ ਰਹੀ ਹੈ। ਜਾਣਕਾਰੀ ਪਹਿਲੀ ਵਾਰ { $extract } ਨੂੰ ਸਾਂਝੀ ਕੀਤੀ ਜਾਵੇਗੀ।
notice-letter-what = ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਵਿੱਚੋਂ ਕੋਡ ਕੀਤੀ ਜਾਣਕਾਰੀ, ਜਿਵੇਂ ਕਿ ਡਾਇਗਨੋਸਿਸ, ਦਵਾਈਆਂ ਦੀਆਂ ਪਰਚੀਆਂ ਅਤੇ ਟੈਸਟਾਂ ਦੇ ਨਤੀਜੇ, ਤੁਹਾਡੇ NHS ਨੰਬਰ, ਜਨਮ ਮਿਤੀ, ਪੋਸਟਕੋਡ ਅਤੇ ਲਿੰਗ ਸਮੇਤ, ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਸੂਚਨਾ ਕੇਂਦਰ (Health and Social Care Information Centre) ਨੂੰ ਭੇਜੀ ਜਾਵੇਗੀ। ਤੁਹਾਡਾ ਨਾਮ, ਪਤਾ ਅਤੇ ਲਿਖਤੀ ਨੋਟ ਨਹੀਂ ਭੇਜੇ ਜਾਣਗੇ।
notice-letter-choice = ਜੇ ਤੁਸੀਂ ਆਪਣੀ ਜਾਣਕਾਰੀ ਦੀ ਵਰਤੋਂ ਲਈ ਰਾਜ਼ੀ ਹੋ, ਤਾਂ ਤੁਹਾਨੂੰ ਕੁਝ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ। ਜੇ ਤੁਸੀਂ ਨਹੀਂ ਚਾਹੁੰਦੇ ਕਿ ਇਹ ਸਾਂਝੀ ਕੀਤੀ ਜਾਵੇ, ਤਾਂ ਅਗਲੇ ਪੰਨੇ 'ਤੇ ਦਿੱਤਾ ਫ਼ਾਰਮ ਭਰੋ ਅਤੇ ਪਹਿਲੀ ਵਾਰ ਡਾਟਾ ਕੱਢੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਵਾਪਸ ਕਰ ਦਿਓ। ਤੁਸੀਂ ਉੱਪਰ ਦਿੱਤੇ ਹਰ ਵਿਅਕਤੀ ਲਈ ਇਤਰਾਜ਼ ਕਰ ਸਕਦੇ ਹੋ।
notice-letter-closing = ਆਦਰ ਸਹਿਤ,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = { $practice } ਦੇ ਪਾਰਟਨਰ ਅਤੇ ਸਟਾਫ਼
notice-letter-enclosure = ਨਾਲ ਨੱਥੀ: ਇਤਰਾਜ਼ ਫ਼ਾਰਮ
