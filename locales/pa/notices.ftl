# Draft translation into Punjabi (Gurmukhi) of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = ਤੁਹਾਡੇ ਬਾਰੇ ਜਾਣਕਾਰੀ ਕਿਵੇਂ ਵਰਤੀ ਜਾਂਦੀ ਹੈ: care.data
notice-draft-translation = ਇਹ ਅਨੁਵਾਦ ਦਾ ਖਰੜਾ ਹੈ। ਜੇ ਕੋਈ ਗੱਲ ਸਪਸ਼ਟ ਨਾ ਹੋਵੇ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਰਿਸੈਪਸ਼ਨ ਤੋਂ ਅੰਗਰੇਜ਼ੀ ਵਾਲਾ ਰੂਪ ਮੰਗੋ।

## Poster (A4 and A3)

notice-poster-title = care.data: ਤੁਹਾਡੇ ਜੀਪੀ ਰਿਕਾਰਡ ਵਿੱਚੋਂ ਜਾਣਕਾਰੀ
notice-poster-intro = ਇਹ ਸਰਜਰੀ care.data ਪਾਇਲਟ ਦਾ ਹਿੱਸਾ ਹੈ। { $start } ਤੋਂ ਅਸੀਂ ਹਰ ਮਰੀਜ਼ ਨੂੰ ਇਸ ਬਾਰੇ ਦੱਸ ਰਹੇ ਹਾਂ। ਜੇ ਤੁਸੀਂ ਇਤਰਾਜ਼ ਨਹੀਂ ਕਰਦੇ, ਤਾਂ ਤੁਹਾਡੇ ਜੀਪੀ ਰਿਕਾਰਡ ਵਿੱਚੋਂ ਜਾਣਕਾਰੀ ਪਹਿਲੀ ਵਾਰ { $extract } ਨੂੰ ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਸੂਚਨਾ ਕੇਂਦਰ (Health and Social Care Information Centre) ਨੂੰ ਭੇਜੀ ਜਾਵੇਗੀ।
notice-poster-what-identifiable = ਕੀ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ: ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਵਿੱਚੋਂ ਕੋਡ ਕੀਤੀ ਜਾਣਕਾਰੀ, ਜਿਵੇਂ ਕਿ ਰੋਗ ਦੀ ਪਛਾਣ (ਡਾਇਗਨੋਸਿਸ), ਰੈਫ਼ਰਲ, ਨੁਸਖ਼ੇ ਅਤੇ ਟੈਸਟਾਂ ਦੇ ਨਤੀਜੇ, ਤੁਹਾਡੇ NHS ਨੰਬਰ, ਜਨਮ ਤਾਰੀਖ਼, ਪੋਸਟਕੋਡ ਅਤੇ ਲਿੰਗ ਸਮੇਤ। ਇਸ ਨਾਲ ਤੁਹਾਡੀ ਪਛਾਣ ਹੋ ਸਕਦੀ ਹੈ: ਇਹ ਗੁਮਨਾਮ ਨਹੀਂ ਹੈ। ਤੁਹਾਡੇ ਲਿਖਤੀ ਨੋਟ ਨਹੀਂ ਭੇਜੇ ਜਾਂਦੇ।
notice-poster-why-purposes = ਕਿਉਂ: ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ ਸੇਵਾਵਾਂ ਦੀ ਯੋਜਨਾ ਬਣਾਉਣ ਅਤੇ ਉਹਨਾਂ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਲਈ। ਕਾਨੂੰਨ ਅਨੁਸਾਰ ਇਸਨੂੰ ਸਿਰਫ਼ ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ ਲਈ ਵਰਤਿਆ ਜਾ ਸਕਦਾ ਹੈ, ਬੀਮੇ ਜਾਂ ਮਾਰਕੀਟਿੰਗ ਲਈ ਨਹੀਂ।
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
notice-leaflet-what-identifiable = ਤੁਹਾਡੇ ਜੀਪੀ ਰਿਕਾਰਡ ਵਿੱਚੋਂ ਕੋਡ ਕੀਤੀ ਜਾਣਕਾਰੀ: ਤੁਹਾਡਾ NHS ਨੰਬਰ, ਜਨਮ ਤਾਰੀਖ਼, ਪੋਸਟਕੋਡ, ਲਿੰਗ, ਨਸਲੀ ਪਿਛੋਕੜ, ਡਾਇਗਨੋਸਿਸ, ਰੈਫ਼ਰਲ, ਨੁਸਖ਼ੇ, ਟੈਸਟਾਂ ਦੇ ਨਤੀਜੇ ਅਤੇ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ ਵਰਗੇ ਮਾਪ। ਤੁਹਾਡੇ NHS ਨੰਬਰ, ਜਨਮ ਤਾਰੀਖ਼, ਪੋਸਟਕੋਡ ਅਤੇ ਲਿੰਗ ਦੇ ਨਾਲ ਇਸ ਨਾਲ ਤੁਹਾਡੀ ਪਛਾਣ ਹੋ ਸਕਦੀ ਹੈ: ਇਹ ਗੁਮਨਾਮ ਨਹੀਂ ਹੈ। ਤੁਹਾਡੇ ਲਿਖਤੀ ਨੋਟ ਨਹੀਂ ਭੇਜੇ ਜਾਂਦੇ, ਅਤੇ ਨਾ ਹੀ ਕੁਝ ਸੰਵੇਦਨਸ਼ੀਲ ਰਿਕਾਰਡ, ਜਿਵੇਂ ਕਿ HIV, ਜਿਨਸੀ ਸੰਪਰਕ ਰਾਹੀਂ ਫੈਲਣ ਵਾਲੀਆਂ ਲਾਗਾਂ, IVF ਅਤੇ ਗਰਭਪਾਤ ਬਾਰੇ ਰਿਕਾਰਡ।
notice-leaflet-who-heading = ਇਸਨੂੰ ਕੌਣ ਵਰਤਦਾ ਹੈ
notice-leaflet-who-purposes = ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਸੂਚਨਾ ਕੇਂਦਰ (Health and Social Care Information Centre) ਇੱਕ ਸੁਰੱਖਿਅਤ ਮਾਹੌਲ ਵਿੱਚ ਇਸਨੂੰ ਹਸਪਤਾਲਾਂ ਅਤੇ ਹੋਰ ਦੇਖਭਾਲ ਤੋਂ ਮਿਲੀ ਜਾਣਕਾਰੀ ਨਾਲ ਜੋੜਦਾ ਹੈ। ਇਹ ਜਾਣਕਾਰੀ NHS ਸੰਸਥਾਵਾਂ, ਪ੍ਰਵਾਨਿਤ ਖੋਜਕਾਰਾਂ ਅਤੇ ਹੋਰ ਪ੍ਰਵਾਨਿਤ ਸੰਸਥਾਵਾਂ ਨੂੰ ਜਾਰੀ ਕਰ ਸਕਦਾ ਹੈ, ਜਿਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੁਝ NHS ਤੋਂ ਬਾਹਰ ਹਨ। ਕਾਨੂੰਨ ਅਨੁਸਾਰ ਇਹ ਸਿਰਫ਼ ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ ਦੇ ਮਕਸਦਾਂ ਲਈ ਜਾਰੀ ਕੀਤੀ ਜਾ ਸਕਦੀ ਹੈ, ਬੀਮੇ ਜਾਂ ਮਾਰਕੀਟਿੰਗ ਲਈ ਕਦੇ ਨਹੀਂ।
notice-leaflet-not-heading = care.data ਕੀ ਨਹੀਂ ਹੈ
notice-leaflet-not = ਇਹ ਸੰਖੇਪ ਦੇਖਭਾਲ ਰਿਕਾਰਡ (Summary Care Record) ਨਹੀਂ ਹੈ, ਜਿਸ ਰਾਹੀਂ ਐਮਰਜੈਂਸੀ ਵਿੱਚ ਤੁਹਾਡਾ ਇਲਾਜ ਕਰਨ ਵਾਲਾ ਸਟਾਫ਼ ਤੁਹਾਡੀਆਂ ਦਵਾਈਆਂ ਅਤੇ ਐਲਰਜੀਆਂ ਦੇਖ ਸਕਦਾ ਹੈ। care.data 'ਤੇ ਇਤਰਾਜ਼ ਕਰਨ ਨਾਲ ਤੁਹਾਡਾ ਸੰਖੇਪ ਦੇਖਭਾਲ ਰਿਕਾਰਡ ਨਹੀਂ ਬਦਲਦਾ।
notice-leaflet-object-heading = ਇਤਰਾਜ਼ ਕਿਵੇਂ ਕਰੀਏ
notice-leaflet-object-for-whom = ਇਤਰਾਜ਼ ਫ਼ਾਰਮ ਭਰੋ ਅਤੇ ਇਸਨੂੰ ਰਿਸੈਪਸ਼ਨ ਉੱਤੇ ਦੇ ਦਿਓ ਜਾਂ ਡਾਕ ਰਾਹੀਂ ਸਰਜਰੀ ਨੂੰ ਭੇਜ ਦਿਓ। ਤੁਸੀਂ ਆਪਣੇ ਲਈ ਅਤੇ 16 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਆਪਣੇ ਬੱਚਿਆਂ ਲਈ ਇਤਰਾਜ਼ ਕਰ ਸਕਦੇ ਹੋ। ਕਿਸੇ ਹੋਰ ਬਾਲਗ ਲਈ ਤੁਸੀਂ ਤਾਂ ਹੀ ਇਤਰਾਜ਼ ਕਰ ਸਕਦੇ ਹੋ ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਉਹਨਾਂ ਵੱਲੋਂ ਕੰਮ ਕਰਨ ਦਾ ਕਾਨੂੰਨੀ ਅਧਿਕਾਰ ਹੋਵੇ, ਜਿਵੇਂ ਕਿ ਲਾਸਟਿੰਗ ਪਾਵਰ ਆਫ਼ ਅਟਾਰਨੀ (lasting power of attorney)।
notice-leaflet-type1-identifiable = Type 1 ਇਤਰਾਜ਼: ਤੁਹਾਡੇ ਜੀਪੀ ਰਿਕਾਰਡ ਵਿੱਚੋਂ ਅਜਿਹੀ ਕੋਈ ਜਾਣਕਾਰੀ ਜਿਸ ਨਾਲ ਤੁਹਾਡੀ ਪਛਾਣ ਹੋ ਸਕੇ, ਸਰਜਰੀ ਤੋਂ ਬਾਹਰ ਨਹੀਂ ਜਾਵੇਗੀ, ਸਿਵਾਏ ਤੁਹਾਡੀ ਸਿੱਧੀ ਦੇਖਭਾਲ ਦੇ।
notice-leaflet-type2 = Type 2 ਇਤਰਾਜ਼: ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਸੂਚਨਾ ਕੇਂਦਰ ਕੋਲ ਮੌਜੂਦ ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ, ਜੋ ਕਿਸੇ ਵੀ NHS ਦੇਖਭਾਲ ਤੋਂ ਆਈ ਹੋਵੇ, ਅਜਿਹੇ ਰੂਪ ਵਿੱਚ ਜਾਰੀ ਨਹੀਂ ਕੀਤੀ ਜਾਵੇਗੀ ਜਿਸ ਨਾਲ ਤੁਹਾਡੀ ਪਛਾਣ ਹੋ ਸਕੇ।
# Where the pilot offers the Type 1 objection only (a programme decision), in place of the Type 1 and Type 2 paragraphs.
notice-leaflet-object-type1-only = ਇਸ ਪਾਇਲਟ ਵਿੱਚ ਇਤਰਾਜ਼ ਦੀ ਇੱਕੋ ਕਿਸਮ ਹੈ, ਜਿਸਨੂੰ Type 1 ਕਿਹਾ ਜਾਂਦਾ ਹੈ। ਇਸਦਾ ਮਤਲਬ ਹੈ ਕਿ ਤੁਹਾਡੇ ਜੀਪੀ ਰਿਕਾਰਡ ਵਿੱਚੋਂ ਅਜਿਹੀ ਕੋਈ ਜਾਣਕਾਰੀ ਜਿਸ ਨਾਲ ਤੁਹਾਡੀ ਪਛਾਣ ਹੋ ਸਕੇ, ਸਰਜਰੀ ਤੋਂ ਬਾਹਰ ਨਹੀਂ ਜਾਵੇਗੀ, ਸਿਵਾਏ ਤੁਹਾਡੀ ਸਿੱਧੀ ਦੇਖਭਾਲ ਦੇ।
notice-leaflet-change = ਤੁਸੀਂ ਸਰਜਰੀ ਨੂੰ ਦੱਸ ਕੇ ਕਿਸੇ ਵੀ ਸਮੇਂ ਆਪਣਾ ਫ਼ੈਸਲਾ ਬਦਲ ਸਕਦੇ ਹੋ।
# Variables:
#   $phone (String) - the practice's phone number
notice-leaflet-formats = ਇਹ ਪਰਚਾ ਵੱਡੇ ਅੱਖਰਾਂ ਵਿੱਚ ਅਤੇ ਹੋਰ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਵੀ ਮਿਲਦਾ ਹੈ। ਰਿਸੈਪਸ਼ਨ ਉੱਤੇ ਪੁੱਛੋ ਜਾਂ { $phone } ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ।
notice-leaflet-dates-heading = ਮਹੱਤਵਪੂਰਨ ਤਾਰੀਖਾਂ
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = ਜਾਣਕਾਰੀ ਦੇਣ ਦੀ ਮਿਆਦ: { $start } ਤੋਂ { $end } ਤੱਕ। ਪਹਿਲੀ ਵਾਰ ਡਾਟਾ ਕੱਢਣ ਦੀ ਤਾਰੀਖ: { $extract }।

## Objection form

notice-form-heading = ਇਤਰਾਜ਼ ਫ਼ਾਰਮ: care.data
notice-form-intro-each-type = ਜੀਪੀ ਰਿਕਾਰਡਾਂ ਦੀ ਜਾਣਕਾਰੀ ਸਾਂਝੀ ਕੀਤੇ ਜਾਣ ਉੱਤੇ ਇਤਰਾਜ਼ ਕਰਨ ਲਈ ਇਹ ਫ਼ਾਰਮ ਵਰਤੋ। ਹਰ ਵਿਅਕਤੀ ਲਈ, ਇਤਰਾਜ਼ ਦੀ ਹਰ ਉਸ ਕਿਸਮ ਦੇ ਖ਼ਾਨੇ ਵਿੱਚ ਨਿਸ਼ਾਨ ਲਾਓ ਜੋ ਉਹ ਚਾਹੁੰਦੇ ਹਨ। ਇਤਰਾਜ਼ ਕਰਨ ਨਾਲ ਕਿਸੇ ਦੀ ਵੀ ਦੇਖਭਾਲ ਉੱਤੇ ਅਸਰ ਨਹੀਂ ਪੈਂਦਾ, ਅਤੇ ਇਤਰਾਜ਼ ਕਿਸੇ ਵੀ ਸਮੇਂ ਵਾਪਸ ਲਿਆ ਜਾ ਸਕਦਾ ਹੈ।
# Where the pilot offers the Type 1 objection only: the form has one box for each person.
notice-form-intro-type1-only = ਜੀਪੀ ਰਿਕਾਰਡਾਂ ਦੀ ਜਾਣਕਾਰੀ ਸਾਂਝੀ ਕੀਤੇ ਜਾਣ ਉੱਤੇ ਇਤਰਾਜ਼ ਕਰਨ ਲਈ ਇਹ ਫ਼ਾਰਮ ਵਰਤੋ। ਹਰ ਉਸ ਵਿਅਕਤੀ ਲਈ ਖ਼ਾਨੇ ਵਿੱਚ ਨਿਸ਼ਾਨ ਲਾਓ ਜੋ ਇਤਰਾਜ਼ ਕਰਨਾ ਚਾਹੁੰਦਾ ਹੈ। ਇਤਰਾਜ਼ ਕਰਨ ਨਾਲ ਕਿਸੇ ਦੀ ਵੀ ਦੇਖਭਾਲ ਉੱਤੇ ਅਸਰ ਨਹੀਂ ਪੈਂਦਾ, ਅਤੇ ਇਤਰਾਜ਼ ਕਿਸੇ ਵੀ ਸਮੇਂ ਵਾਪਸ ਲਿਆ ਜਾ ਸਕਦਾ ਹੈ।
notice-form-type1-identifiable = Type 1: ਮੇਰੇ ਜੀਪੀ ਰਿਕਾਰਡ ਵਿੱਚੋਂ ਅਜਿਹੀ ਜਾਣਕਾਰੀ ਜਿਸ ਨਾਲ ਮੇਰੀ ਪਛਾਣ ਹੋ ਸਕੇ, ਸਰਜਰੀ ਤੋਂ ਬਾਹਰ ਨਾ ਜਾਣ ਦਿੱਤੀ ਜਾਵੇ, ਸਿਵਾਏ ਮੇਰੀ ਸਿੱਧੀ ਦੇਖਭਾਲ ਦੇ (ਕੋਡ 9Nu0)
notice-form-type2 = Type 2: ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਸੂਚਨਾ ਕੇਂਦਰ (Health and Social Care Information Centre) ਅਜਿਹੀ ਜਾਣਕਾਰੀ ਜਾਰੀ ਨਾ ਕਰੇ ਜਿਸ ਨਾਲ ਮੇਰੀ ਪਛਾਣ ਹੋ ਸਕੇ (ਕੋਡ 9Nu4)
notice-form-person = ਮਰੀਜ਼
# Variables:
#   $number (Number) - which other person on the form, 1 to 4
notice-form-other-person = ਬੱਚਾ ਜਾਂ ਹੋਰ ਵਿਅਕਤੀ { $number }
notice-form-name = ਪੂਰਾ ਨਾਮ
notice-form-dob = ਜਨਮ ਮਿਤੀ
notice-form-nhs = NHS ਨੰਬਰ (ਜੇ ਪਤਾ ਹੋਵੇ)
notice-form-address = ਪਤਾ
notice-form-signature = ਦਸਤਖ਼ਤ
notice-form-date = ਤਾਰੀਖ
notice-form-on-behalf-authority = ਜੇ ਤੁਸੀਂ 16 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਬੱਚੇ ਲਈ, ਜਾਂ ਕਿਸੇ ਅਜਿਹੇ ਬਾਲਗ ਲਈ ਦਸਤਖ਼ਤ ਕਰਦੇ ਹੋ ਜਿਸ ਵੱਲੋਂ ਕੰਮ ਕਰਨ ਦਾ ਤੁਹਾਡੇ ਕੋਲ ਕਾਨੂੰਨੀ ਅਧਿਕਾਰ ਹੈ (ਜਿਵੇਂ ਕਿ ਲਾਸਟਿੰਗ ਪਾਵਰ ਆਫ਼ ਅਟਾਰਨੀ), ਤਾਂ ਦੱਸੋ ਕਿਹੜਾ:
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = ਇਹ ਫ਼ਾਰਮ { $practice }, { $address } ਨੂੰ ਵਾਪਸ ਭੇਜੋ, ਜਾਂ ਰਿਸੈਪਸ਼ਨ 'ਤੇ ਦੇ ਦਿਓ।
notice-form-office = ਸਿਰਫ਼ ਸਰਜਰੀ ਦੀ ਵਰਤੋਂ ਲਈ: ______ ਨੂੰ ______ ਵੱਲੋਂ ਕੋਡ ਕੀਤਾ ਗਿਆ

## Withdrawal form: taking back an objection made before

notice-withdrawal-heading = ਇਤਰਾਜ਼ ਵਾਪਸ ਲੈਣਾ: care.data
notice-withdrawal-intro = ਜੇ ਤੁਸੀਂ ਪਹਿਲਾਂ ਇਤਰਾਜ਼ ਕੀਤਾ ਸੀ ਅਤੇ ਹੁਣ ਤੁਹਾਡਾ ਫ਼ੈਸਲਾ ਬਦਲ ਗਿਆ ਹੈ, ਤਾਂ ਇਹ ਫ਼ਾਰਮ ਵਰਤੋ। ਜਿਹੜਾ ਇਤਰਾਜ਼ ਤੁਸੀਂ ਵਾਪਸ ਲੈਣਾ ਚਾਹੁੰਦੇ ਹੋ, ਉਸ ਉੱਤੇ ਨਿਸ਼ਾਨ ਲਾਓ। ਤੁਸੀਂ ਜੋ ਵੀ ਚੁਣੋ, ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਇੱਕੋ ਜਿਹੀ ਰਹੇਗੀ, ਅਤੇ ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਮੇਂ ਦੁਬਾਰਾ ਇਤਰਾਜ਼ ਕਰ ਸਕਦੇ ਹੋ।
# Where the pilot offers the Type 1 objection only: the form has one box.
notice-withdrawal-intro-type1-only = ਜੇ ਤੁਸੀਂ ਪਹਿਲਾਂ ਇਤਰਾਜ਼ ਕੀਤਾ ਸੀ ਅਤੇ ਹੁਣ ਤੁਹਾਡਾ ਫ਼ੈਸਲਾ ਬਦਲ ਗਿਆ ਹੈ, ਤਾਂ ਇਹ ਫ਼ਾਰਮ ਵਰਤੋ। ਆਪਣਾ ਇਤਰਾਜ਼ ਵਾਪਸ ਲੈਣ ਲਈ ਖ਼ਾਨੇ ਵਿੱਚ ਨਿਸ਼ਾਨ ਲਾਓ। ਤੁਸੀਂ ਜੋ ਵੀ ਚੁਣੋ, ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਇੱਕੋ ਜਿਹੀ ਰਹੇਗੀ, ਅਤੇ ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਮੇਂ ਦੁਬਾਰਾ ਇਤਰਾਜ਼ ਕਰ ਸਕਦੇ ਹੋ।
notice-withdrawal-type1 = ਮੇਰਾ Type 1 ਇਤਰਾਜ਼ ਵਾਪਸ ਲਿਆ ਜਾਵੇ: ਮੇਰੇ ਜੀਪੀ ਰਿਕਾਰਡ ਵਿੱਚੋਂ ਜਾਣਕਾਰੀ ਦੁਬਾਰਾ ਸਰਜਰੀ ਤੋਂ ਬਾਹਰ ਜਾ ਸਕਦੀ ਹੈ
notice-withdrawal-type2 = ਮੇਰਾ Type 2 ਇਤਰਾਜ਼ ਵਾਪਸ ਲਿਆ ਜਾਵੇ: ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਸੂਚਨਾ ਕੇਂਦਰ (Health and Social Care Information Centre) ਮੇਰੇ ਬਾਰੇ ਜਾਣਕਾਰੀ ਦੁਬਾਰਾ ਜਾਰੀ ਕਰ ਸਕਦਾ ਹੈ
notice-withdrawal-office = ਸਿਰਫ਼ ਸਰਜਰੀ ਦੀ ਵਰਤੋਂ ਲਈ: ਇਤਰਾਜ਼ ਦੀ ਵਾਪਸੀ ______ ਨੂੰ ______ ਵੱਲੋਂ ਕੋਡ ਕੀਤੀ ਗਈ

## Staff briefing

notice-briefing-heading = ਸਟਾਫ਼ ਲਈ ਜਾਣਕਾਰੀ: ਇਸ ਸਰਜਰੀ ਵਿੱਚ care.data
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = ਮਰੀਜ਼ਾਂ ਨੂੰ { $start } ਤੋਂ ਦੱਸਿਆ ਜਾ ਰਿਹਾ ਹੈ। ਪਹਿਲੀ ਵਾਰ ਡਾਟਾ { $extract } ਨੂੰ ਕੱਢਿਆ ਜਾਵੇਗਾ।
notice-briefing-types = ਇਤਰਾਜ਼ ਦੋ ਕਿਸਮਾਂ ਦੇ ਹੁੰਦੇ ਹਨ। Type 1 (9Nu0) ਜੀਪੀ ਰਿਕਾਰਡ ਨੂੰ ਸਿੱਧੀ ਦੇਖਭਾਲ ਤੋਂ ਇਲਾਵਾ ਸਰਜਰੀ ਤੋਂ ਬਾਹਰ ਜਾਣ ਤੋਂ ਰੋਕਦਾ ਹੈ। Type 2 (9Nu4) ਪਛਾਣਯੋਗ ਜਾਣਕਾਰੀ ਨੂੰ ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਸੂਚਨਾ ਕੇਂਦਰ (Health and Social Care Information Centre) ਤੋਂ ਬਾਹਰ ਜਾਣ ਤੋਂ ਰੋਕਦਾ ਹੈ।
# Where the pilot offers the Type 1 objection only, in place of the paragraph on both types.
notice-briefing-types-type1-only = ਇਹ ਪਾਇਲਟ ਮਰੀਜ਼ਾਂ ਨੂੰ ਇਤਰਾਜ਼ ਦੀ ਇੱਕ ਕਿਸਮ ਦਿੰਦਾ ਹੈ: Type 1 (9Nu0)। ਇਹ ਪਛਾਣਯੋਗ ਜਾਣਕਾਰੀ ਨੂੰ ਜੀਪੀ ਰਿਕਾਰਡ ਤੋਂ ਸਰਜਰੀ ਦੇ ਬਾਹਰ ਜਾਣ ਤੋਂ ਰੋਕਦਾ ਹੈ, ਸਿਵਾਏ ਸਿੱਧੀ ਦੇਖਭਾਲ ਦੇ। ਪ੍ਰੋਗਰਾਮ ਨੇ ਇਸ ਪਾਇਲਟ ਲਈ ਇਹ ਫ਼ੈਸਲਾ ਕੀਤਾ ਹੈ, ਇਸ ਲਈ ਸਾਡੇ ਫ਼ਾਰਮ, ਚਿੱਠੀਆਂ ਅਤੇ ਪਰਚੇ ਸਿਰਫ਼ Type 1 ਦਿੰਦੇ ਹਨ।
notice-briefing-scr = care.data ਸੰਖੇਪ ਦੇਖਭਾਲ ਰਿਕਾਰਡ (Summary Care Record) ਨਹੀਂ ਹੈ। ਇੱਕ 'ਤੇ ਇਤਰਾਜ਼ ਕਰਨ ਨਾਲ ਦੂਜਾ ਨਹੀਂ ਬਦਲਦਾ।
notice-briefing-script = ਕੀ ਕਹਿਣਾ ਹੈ: "ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਦੀ ਜਾਣਕਾਰੀ NHS ਸੇਵਾਵਾਂ ਦੀ ਯੋਜਨਾ ਬਣਾਉਣ ਅਤੇ ਉਹਨਾਂ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਲਈ ਸਾਂਝੀ ਕੀਤੀ ਜਾ ਸਕਦੀ ਹੈ। ਜੇ ਤੁਸੀਂ ਇਹ ਨਹੀਂ ਚਾਹੁੰਦੇ, ਤਾਂ ਇਹ ਫ਼ਾਰਮ ਭਰੋ ਅਤੇ ਅਸੀਂ ਤੁਹਾਡੀ ਚੋਣ ਦਰਜ ਕਰ ਲਵਾਂਗੇ। ਇਸ ਨਾਲ ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਉੱਤੇ ਕੋਈ ਅਸਰ ਨਹੀਂ ਪਵੇਗਾ।"
notice-briefing-forms = ਵਾਪਸ ਆਏ ਫ਼ਾਰਮ ਉਸੇ ਦਿਨ ਪ੍ਰਬੰਧਕੀ ਟੀਮ ਨੂੰ ਦੇ ਦਿਓ। ਉਹਨਾਂ ਦੀ ਜਾਂਚ ਕੀਤੀ ਜਾਂਦੀ ਹੈ, ਉਹਨਾਂ ਨੂੰ ਕੋਡ ਕੀਤਾ ਜਾਂਦਾ ਹੈ, ਰਿਕਾਰਡ ਵਿੱਚ ਸਕੈਨ ਕੀਤਾ ਜਾਂਦਾ ਹੈ ਅਤੇ ਉਹਨਾਂ ਦੀ ਪ੍ਰਾਪਤੀ ਦੀ ਪੁਸ਼ਟੀ ਕੀਤੀ ਜਾਂਦੀ ਹੈ।
notice-briefing-questions = ਜਿਨ੍ਹਾਂ ਸਵਾਲਾਂ ਦਾ ਜਵਾਬ ਤੁਸੀਂ ਨਹੀਂ ਦੇ ਸਕਦੇ, ਉਹ ਪ੍ਰੈਕਟਿਸ ਮੈਨੇਜਰ ਕੋਲ ਭੇਜੋ।

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = ਸਤਿਕਾਰਯੋਗ { $names } ਜੀ,
# After the greeting of a letter to adults that names children under 16 at the same address too. The children are named on forms of their own, for a parent or guardian to sign.
# Variables:
#   $names (String) - the names of the children under 16, joined for the language
#   $count (Number) - how many children that is
notice-letter-children = ਇਹ ਚਿੱਠੀ { $names } ਬਾਰੇ ਵੀ ਹੈ, { $count ->
        [one] ਜਿਸ ਦੀ ਉਮਰ 16 ਸਾਲ ਤੋਂ ਘੱਟ ਹੈ
       *[other] ਜਿਨ੍ਹਾਂ ਦੀ ਉਮਰ 16 ਸਾਲ ਤੋਂ ਘੱਟ ਹੈ
    }। ਮਾਤਾ/ਪਿਤਾ ਜਾਂ ਸਰਪ੍ਰਸਤ ਨਾਲ ਨੱਥੀ ਫ਼ਾਰਮ ਉੱਤੇ ਉਹਨਾਂ ਵੱਲੋਂ ਇਤਰਾਜ਼ ਕਰ ਸਕਦੇ ਹਨ।
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-to-guardian = { $names } ਦੇ ਮਾਤਾ/ਪਿਤਾ ਜਾਂ ਸਰਪ੍ਰਸਤ ਨੂੰ
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-greeting-guardian = { $names } ਦੇ ਸਤਿਕਾਰਯੋਗ ਮਾਤਾ/ਪਿਤਾ ਜਾਂ ਸਰਪ੍ਰਸਤ ਜੀ,
notice-letter-opening = ਅਸੀਂ ਤੁਹਾਨੂੰ care.data ਬਾਰੇ ਦੱਸਣ ਲਈ ਲਿਖ ਰਹੇ ਹਾਂ। ਇਹ ਇੱਕ ਅਜਿਹਾ ਪ੍ਰੋਗਰਾਮ ਹੈ ਜਿਸ ਦੇ ਤਹਿਤ NHS ਸੇਵਾਵਾਂ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਲਈ ਜੀਪੀ ਰਿਕਾਰਡਾਂ ਵਿੱਚੋਂ ਕੁਝ ਜਾਣਕਾਰੀ ਸਾਂਝੀ ਕੀਤੀ ਜਾਵੇਗੀ।
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = ਸਰਜਰੀ { $start } ਤੋਂ ਹਰ ਮਰੀਜ਼ ਨੂੰ ਦੱਸ ਰਹੀ ਹੈ। ਜਾਣਕਾਰੀ ਪਹਿਲੀ ਵਾਰ { $extract } ਨੂੰ ਸਾਂਝੀ ਕੀਤੀ ਜਾਵੇਗੀ।
notice-letter-what-identifiable = ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਵਿੱਚੋਂ ਕੋਡ ਕੀਤੀ ਜਾਣਕਾਰੀ, ਜਿਵੇਂ ਕਿ ਡਾਇਗਨੋਸਿਸ, ਨੁਸਖ਼ੇ ਅਤੇ ਟੈਸਟਾਂ ਦੇ ਨਤੀਜੇ, ਤੁਹਾਡੇ NHS ਨੰਬਰ, ਜਨਮ ਤਾਰੀਖ਼, ਪੋਸਟਕੋਡ ਅਤੇ ਲਿੰਗ ਸਮੇਤ ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਸੂਚਨਾ ਕੇਂਦਰ (Health and Social Care Information Centre) ਨੂੰ ਭੇਜੀ ਜਾਵੇਗੀ। ਇਸ ਨਾਲ ਤੁਹਾਡੀ ਪਛਾਣ ਹੋ ਸਕਦੀ ਹੈ: ਇਹ ਗੁਮਨਾਮ ਨਹੀਂ ਹੈ। ਤੁਹਾਡੇ ਲਿਖਤੀ ਨੋਟ ਨਹੀਂ ਭੇਜੇ ਜਾਣਗੇ। ਕਾਨੂੰਨ ਅਨੁਸਾਰ ਇਸਨੂੰ ਸਿਰਫ਼ ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ ਲਈ ਵਰਤਿਆ ਜਾ ਸਕਦਾ ਹੈ, ਬੀਮੇ ਜਾਂ ਮਾਰਕੀਟਿੰਗ ਲਈ ਨਹੀਂ।
notice-letter-choice-for-whom = ਜੇ ਤੁਸੀਂ ਆਪਣੀ ਜਾਣਕਾਰੀ ਵਰਤੇ ਜਾਣ ਨਾਲ ਸਹਿਮਤ ਹੋ, ਤਾਂ ਤੁਹਾਨੂੰ ਕੁਝ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ। ਜੇ ਤੁਸੀਂ ਨਹੀਂ ਚਾਹੁੰਦੇ ਕਿ ਇਹ ਭੇਜੀ ਜਾਵੇ, ਤਾਂ ਨਾਲ ਨੱਥੀ ਫ਼ਾਰਮ ਭਰੋ ਅਤੇ ਪਹਿਲੀ ਵਾਰ ਡਾਟਾ ਕੱਢੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਵਾਪਸ ਕਰ ਦਿਓ। ਤੁਸੀਂ ਆਪਣੇ ਲਈ ਅਤੇ 16 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਆਪਣੇ ਬੱਚਿਆਂ ਲਈ ਇਤਰਾਜ਼ ਕਰ ਸਕਦੇ ਹੋ; ਉੱਪਰ ਜਿਸ ਕਿਸੇ ਹੋਰ ਬਾਲਗ ਦਾ ਨਾਮ ਹੈ, ਉਹ ਆਪਣਾ ਫ਼ੈਸਲਾ ਆਪ ਕਰਦਾ ਹੈ, ਜਦੋਂ ਤੱਕ ਤੁਹਾਡੇ ਕੋਲ ਉਹਨਾਂ ਵੱਲੋਂ ਕੰਮ ਕਰਨ ਦਾ ਕਾਨੂੰਨੀ ਅਧਿਕਾਰ ਨਾ ਹੋਵੇ।
notice-letter-care = ਤੁਸੀਂ ਜੋ ਵੀ ਫ਼ੈਸਲਾ ਕਰੋ, ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਨਹੀਂ ਬਦਲੇਗੀ। ਤੁਸੀਂ ਸਰਜਰੀ ਨੂੰ ਦੱਸ ਕੇ ਕਿਸੇ ਵੀ ਸਮੇਂ ਆਪਣਾ ਫ਼ੈਸਲਾ ਬਦਲ ਸਕਦੇ ਹੋ।
# The messages ending -guardian replace their namesakes in a letter to the parent or guardian of children under 16 (and no adult): the reader is not the patient.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-what-identifiable-guardian = { $count ->
        [one] ਤੁਹਾਡੇ ਬੱਚੇ ਦੇ ਜੀਪੀ ਰਿਕਾਰਡ
       *[other] ਤੁਹਾਡੇ ਬੱਚਿਆਂ ਦੇ ਜੀਪੀ ਰਿਕਾਰਡਾਂ
    } ਵਿੱਚੋਂ ਕੋਡ ਕੀਤੀ ਜਾਣਕਾਰੀ, ਜਿਵੇਂ ਕਿ ਡਾਇਗਨੋਸਿਸ, ਨੁਸਖ਼ੇ ਅਤੇ ਟੈਸਟਾਂ ਦੇ ਨਤੀਜੇ, ਉਹਨਾਂ ਦੇ NHS ਨੰਬਰ, ਜਨਮ ਤਾਰੀਖ਼, ਪੋਸਟਕੋਡ ਅਤੇ ਲਿੰਗ ਸਮੇਤ ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਸੂਚਨਾ ਕੇਂਦਰ (Health and Social Care Information Centre) ਨੂੰ ਭੇਜੀ ਜਾਵੇਗੀ। ਇਸ ਨਾਲ ਉਹਨਾਂ ਦੀ ਪਛਾਣ ਹੋ ਸਕਦੀ ਹੈ: ਇਹ ਗੁਮਨਾਮ ਨਹੀਂ ਹੈ। ਉਹਨਾਂ ਦੇ ਲਿਖਤੀ ਨੋਟ ਨਹੀਂ ਭੇਜੇ ਜਾਣਗੇ। ਕਾਨੂੰਨ ਅਨੁਸਾਰ ਇਸਨੂੰ ਸਿਰਫ਼ ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ ਲਈ ਵਰਤਿਆ ਜਾ ਸਕਦਾ ਹੈ, ਬੀਮੇ ਜਾਂ ਮਾਰਕੀਟਿੰਗ ਲਈ ਨਹੀਂ।
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-choice-guardian = ਜੇ ਤੁਸੀਂ { $count ->
        [one] ਆਪਣੇ ਬੱਚੇ ਦੀ ਜਾਣਕਾਰੀ
       *[other] ਆਪਣੇ ਬੱਚਿਆਂ ਦੀ ਜਾਣਕਾਰੀ
    } ਵਰਤੇ ਜਾਣ ਨਾਲ ਸਹਿਮਤ ਹੋ, ਤਾਂ ਤੁਹਾਨੂੰ ਕੁਝ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ। ਜੇ ਨਹੀਂ, ਤਾਂ ਤੁਸੀਂ ਨਾਲ ਨੱਥੀ ਫ਼ਾਰਮ ਉੱਤੇ ਉਹਨਾਂ ਵੱਲੋਂ ਇਤਰਾਜ਼ ਕਰ ਸਕਦੇ ਹੋ: ਇਸਨੂੰ ਭਰੋ, ਦਸਤਖ਼ਤ ਕਰੋ ਅਤੇ ਪਹਿਲੀ ਵਾਰ ਡਾਟਾ ਕੱਢੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਵਾਪਸ ਕਰ ਦਿਓ।
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-care-guardian = ਤੁਸੀਂ ਜੋ ਵੀ ਫ਼ੈਸਲਾ ਕਰੋ, { $count ->
        [one] ਤੁਹਾਡੇ ਬੱਚੇ ਦੀ ਦੇਖਭਾਲ
       *[other] ਤੁਹਾਡੇ ਬੱਚਿਆਂ ਦੀ ਦੇਖਭਾਲ
    } ਨਹੀਂ ਬਦਲੇਗੀ। ਤੁਸੀਂ ਸਰਜਰੀ ਨੂੰ ਦੱਸ ਕੇ ਕਿਸੇ ਵੀ ਸਮੇਂ ਆਪਣਾ ਫ਼ੈਸਲਾ ਬਦਲ ਸਕਦੇ ਹੋ।
# Variables:
#   $phone (String) - the practice's phone number
notice-letter-formats = ਇਹ ਚਿੱਠੀ ਵੱਡੇ ਅੱਖਰਾਂ ਵਿੱਚ ਜਾਂ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਲੈਣ ਲਈ, ਜਾਂ ਕਿਸੇ ਵੀ ਸਵਾਲ ਲਈ, ਸਰਜਰੀ ਨੂੰ { $phone } ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ।
notice-letter-closing = ਆਦਰ ਸਹਿਤ,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = { $practice } ਦੇ ਪਾਰਟਨਰ ਅਤੇ ਸਟਾਫ਼
notice-letter-enclosure = ਨਾਲ ਨੱਥੀ: ਇਤਰਾਜ਼ ਫ਼ਾਰਮ
## Letter in a draft translation: the same letter in English follows it


notice-letter-english-heading = ਇਹੀ ਚਿੱਠੀ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ

