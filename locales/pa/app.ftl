# Draft translation into Punjabi in the Gurmukhi script (pa, also tagged pa-Guru; Shahmukhi is pa-Arab), for the patient
# notices only: the app's own screens are not offered in this
# language ("app": false in languages.json), so this file only names the language in itself.

language-autonym = ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ)
