# Draft translation into French of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = Comment les informations vous concernant sont utilisées : care.data
notice-draft-translation = Ceci est une traduction provisoire. Si quelque chose n’est pas clair, demandez la version anglaise à l’accueil.

## Poster (A4 and A3)

notice-poster-choice = Vous avez le choix. Si vous ne souhaitez pas que vos informations soient partagées, informez-en le cabinet avant le { $extract }. Vous n’avez pas à vous justifier, et cela n’aura aucune incidence sur vos soins.
notice-poster-ask = Demandez une brochure et un formulaire d’opposition à l’accueil.
# Variables:
#   $practice (String) - the practice's name
#   $phone (String) - the practice's phone number
notice-contact = { $practice } · { $phone }

## Leaflet (A4, two sides)

notice-leaflet-heading = care.data : ce que cela signifie pour vous
notice-leaflet-intro = Le NHS souhaite utiliser les informations des dossiers de médecine générale pour améliorer les services de santé. Cette brochure explique ce qui sera partagé, pourquoi, et comment vous pouvez vous y opposer.
notice-leaflet-what-heading = Quelles informations sont partagées
notice-leaflet-who-heading = Qui les utilise
notice-leaflet-not-heading = Ce que care.data n’est pas
notice-leaflet-not = Ce n’est pas le dossier médical résumé (Summary Care Record), qui permet au personnel qui vous soigne en urgence de connaître vos médicaments et vos allergies. Vous opposer à care.data ne modifie pas votre dossier médical résumé.
notice-leaflet-object-heading = Comment vous opposer
notice-leaflet-type2 = Opposition Type 2 : les informations vous concernant détenues par le Centre d’information sur la santé et l’aide sociale, issues de tout soin du NHS, ne seront pas communiquées sous une forme qui pourrait permettre de vous identifier.
notice-leaflet-change = Vous pouvez changer d’avis à tout moment en le signalant au cabinet.
notice-leaflet-dates-heading = Dates importantes
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = Période d’information : du { $start } au { $end }. Première extraction : { $extract }.

## Objection form

notice-form-heading = Formulaire d’opposition : care.data
notice-form-type2 = Type 2 : ne pas laisser le Centre d’information sur la santé et l’aide sociale (Health and Social Care Information Centre) communiquer des informations permettant de m’identifier (code 9Nu4)
notice-form-person = Patient
notice-form-name = Nom et prénom(s)
notice-form-dob = Date de naissance
notice-form-nhs = Numéro NHS (si vous le connaissez)
notice-form-address = Adresse
notice-form-signature = Signature
notice-form-date = Date
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = Renvoyez ce formulaire à { $practice }, { $address }, ou remettez-le à l’accueil.
notice-form-office = Réservé au cabinet : codé le ______ par ______

## Staff briefing

notice-briefing-heading = Note au personnel : care.data au cabinet
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = Les patients sont informés à partir du { $start }. La première extraction a lieu le { $extract }.
notice-briefing-types = Il existe deux types d’opposition. Le Type 1 (9Nu0) empêche le dossier de médecine générale de quitter le cabinet, sauf pour les soins directs. Le Type 2 (9Nu4) empêche les informations permettant d’identifier le patient de sortir du Centre d’information sur la santé et l’aide sociale (Health and Social Care Information Centre).
notice-briefing-scr = care.data n’est pas le dossier médical résumé (Summary Care Record). S’opposer à l’un ne modifie pas l’autre.
notice-briefing-script = Ce qu’il faut dire : « Les informations de votre dossier peuvent être partagées pour planifier et améliorer les services du NHS. Si vous ne le souhaitez pas, remplissez ce formulaire et nous enregistrerons votre choix. Cela n’aura aucune incidence sur vos soins. »
notice-briefing-forms = Remettez les formulaires rendus à l’équipe administrative le jour même. Ils sont vérifiés, codés, numérisés dans le dossier, et leur réception est confirmée au patient.
notice-briefing-questions = Transmettez au responsable du cabinet les questions auxquelles vous ne savez pas répondre.

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = Bonjour { $names },
notice-letter-opening = Nous vous écrivons pour vous informer de care.data, un programme qui partagera certaines informations des dossiers de médecine générale afin d’améliorer les services du NHS.
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = Le cabinet informe chaque patient à partir du { $start }. Les informations seront partagées pour la première fois le { $extract }.
notice-letter-closing = Avec nos salutations distinguées,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = Les médecins associés et l’équipe de { $practice }
notice-letter-enclosure = Pièce jointe : formulaire d’opposition
