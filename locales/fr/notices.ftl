# Draft translation into French of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = Comment les informations vous concernant sont utilisées : care.data
notice-draft-translation = Ceci est une traduction provisoire. Si quelque chose n’est pas clair, demandez la version anglaise à l’accueil.

## Poster (A4 and A3)

notice-poster-title = care.data : les informations de votre dossier de médecine générale
notice-poster-intro = Ce cabinet participe au projet pilote care.data. À partir du { $start }, nous en informons chaque patient. Sauf si vous vous y opposez, des informations de votre dossier de médecine générale seront envoyées pour la première fois le { $extract } au Centre d’information sur la santé et l’aide sociale (Health and Social Care Information Centre).
notice-poster-what-identifiable = Ce qui est envoyé : des informations codées de votre dossier, comme les diagnostics, les orientations vers d’autres professionnels, les prescriptions et les résultats d’examens, avec votre numéro NHS, votre date de naissance, votre code postal et votre sexe. Elles peuvent permettre de vous identifier : elles ne sont pas anonymes. Les notes rédigées dans votre dossier ne sont pas envoyées.
notice-poster-why-purposes = Pourquoi : pour planifier et améliorer les services de santé et de soins. La loi n’en autorise l’utilisation qu’à des fins de santé et de soins, et non pour l’assurance ou le marketing.
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
notice-leaflet-what-identifiable = Des informations codées de votre dossier de médecine générale : votre numéro NHS, votre date de naissance, votre code postal, votre sexe, votre origine ethnique, vos diagnostics, vos orientations vers d’autres professionnels, vos prescriptions, vos résultats d’examens et des mesures comme la tension artérielle. Avec votre numéro NHS, votre date de naissance, votre code postal et votre sexe, elles peuvent permettre de vous identifier : elles ne sont pas anonymes. Les notes rédigées dans votre dossier ne sont pas envoyées, pas plus que certaines données sensibles, comme celles concernant le VIH, les infections sexuellement transmissibles, la FIV et les interruptions de grossesse.
notice-leaflet-who-heading = Qui les utilise
notice-leaflet-who-purposes = Le Centre d’information sur la santé et l’aide sociale (Health and Social Care Information Centre) les réunit avec des informations provenant des hôpitaux et d’autres soins, dans un environnement sécurisé. Il peut communiquer des informations à des organismes du NHS, à des chercheurs agréés et à d’autres organismes agréés, dont certains extérieurs au NHS. La loi n’en autorise la communication qu’à des fins de santé et de soins, jamais pour l’assurance ou le marketing.
notice-leaflet-not-heading = Ce que care.data n’est pas
notice-leaflet-not = Ce n’est pas le dossier médical résumé (Summary Care Record), qui permet au personnel qui vous soigne en urgence de connaître vos médicaments et vos allergies. Vous opposer à care.data ne modifie pas votre dossier médical résumé.
notice-leaflet-object-heading = Comment vous opposer
notice-leaflet-object-for-whom = Remplissez le formulaire d’opposition et remettez-le à l’accueil ou envoyez-le par la poste au cabinet. Vous pouvez vous opposer pour vous-même et pour vos enfants de moins de 16 ans. Vous ne pouvez vous opposer pour un autre adulte que si vous avez le droit légal d’agir en son nom, par exemple au titre d’une procuration durable (lasting power of attorney).
notice-leaflet-type1-identifiable = Opposition Type 1 : aucune information de votre dossier de médecine générale permettant de vous identifier ne quittera le cabinet, sauf pour vos soins directs.
notice-leaflet-type2 = Opposition Type 2 : les informations vous concernant détenues par le Centre d’information sur la santé et l’aide sociale, issues de tout soin du NHS, ne seront pas communiquées sous une forme qui pourrait permettre de vous identifier.
# Where the pilot offers the Type 1 objection only (a programme decision), in place of the Type 1 and Type 2 paragraphs.
notice-leaflet-object-type1-only = Dans ce projet pilote, il existe un seul type d’opposition, appelé Type 1. Il signifie qu’aucune information de votre dossier de médecine générale permettant de vous identifier ne quittera le cabinet, sauf pour vos soins directs.
notice-leaflet-change = Vous pouvez changer d’avis à tout moment en le signalant au cabinet.
# Variables:
#   $phone (String) - the practice's phone number
notice-leaflet-formats = Cette brochure existe aussi en gros caractères et dans d’autres langues. Demandez à l’accueil ou appelez le { $phone }.
notice-leaflet-dates-heading = Dates importantes
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = Période d’information : du { $start } au { $end }. Première extraction : { $extract }.

## Objection form

notice-form-heading = Formulaire d’opposition : care.data
notice-form-intro-each-type = Utilisez ce formulaire pour vous opposer au partage d’informations provenant des dossiers de médecine générale. Pour chaque personne, cochez une case pour chaque type d’opposition qu’elle souhaite. S’opposer n’a aucune incidence sur les soins de quiconque, et une opposition peut être retirée à tout moment.
# Where the pilot offers the Type 1 objection only: the form has one box for each person.
notice-form-intro-type1-only = Utilisez ce formulaire pour vous opposer au partage d’informations provenant des dossiers de médecine générale. Cochez la case de chaque personne qui souhaite s’opposer. S’opposer n’a aucune incidence sur les soins de quiconque, et une opposition peut être retirée à tout moment.
notice-form-type1-identifiable = Type 1 : ne pas laisser les informations de mon dossier de médecine générale permettant de m’identifier quitter le cabinet, sauf pour mes soins directs (code 9Nu0)
notice-form-type2 = Type 2 : ne pas laisser le Centre d’information sur la santé et l’aide sociale (Health and Social Care Information Centre) communiquer des informations permettant de m’identifier (code 9Nu4)
notice-form-person = Patient
# Variables:
#   $number (Number) - which other person on the form, 1 to 4
notice-form-other-person = Enfant ou autre personne { $number }
notice-form-name = Nom et prénom(s)
notice-form-dob = Date de naissance
notice-form-nhs = Numéro NHS (si vous le connaissez)
notice-form-address = Adresse
notice-form-signature = Signature
notice-form-date = Date
notice-form-on-behalf-authority = Si vous signez pour un enfant de moins de 16 ans, ou pour un adulte au nom duquel vous avez le droit légal d’agir (par exemple au titre d’une procuration durable), précisez de quel cas il s’agit :
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = Renvoyez ce formulaire à { $practice }, { $address }, ou remettez-le à l’accueil.
notice-form-office = Réservé au cabinet : codé le ______ par ______

## Withdrawal form: taking back an objection made before

notice-withdrawal-heading = Retirer une opposition : care.data
notice-withdrawal-intro = Utilisez ce formulaire si vous vous êtes opposé(e) auparavant et que vous avez changé d’avis. Cochez l’opposition que vous souhaitez retirer. Vos soins restent les mêmes quel que soit votre choix, et vous pouvez vous opposer de nouveau à tout moment.
# Where the pilot offers the Type 1 objection only: the form has one box.
notice-withdrawal-intro-type1-only = Utilisez ce formulaire si vous vous êtes opposé(e) auparavant et que vous avez changé d’avis. Cochez la case pour retirer votre opposition. Vos soins restent les mêmes quel que soit votre choix, et vous pouvez vous opposer de nouveau à tout moment.
notice-withdrawal-type1 = Je retire mon opposition Type 1 : les informations de mon dossier de médecine générale pourront de nouveau quitter le cabinet
notice-withdrawal-type2 = Je retire mon opposition Type 2 : le Centre d’information sur la santé et l’aide sociale (Health and Social Care Information Centre) pourra de nouveau communiquer des informations me concernant
notice-withdrawal-office = Réservé au cabinet : retrait codé le ______ par ______

## Staff briefing

notice-briefing-heading = Note au personnel : care.data au cabinet
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = Les patients sont informés à partir du { $start }. La première extraction a lieu le { $extract }.
notice-briefing-types = Il existe deux types d’opposition. Le Type 1 (9Nu0) empêche le dossier de médecine générale de quitter le cabinet, sauf pour les soins directs. Le Type 2 (9Nu4) empêche les informations permettant d’identifier le patient de sortir du Centre d’information sur la santé et l’aide sociale (Health and Social Care Information Centre).
# Where the pilot offers the Type 1 objection only, in place of the paragraph on both types.
notice-briefing-types-type1-only = Ce projet pilote propose aux patients un seul type d’opposition : le Type 1 (9Nu0). Il empêche les informations permettant d’identifier le patient de quitter le cabinet à partir du dossier de médecine générale, sauf pour les soins directs. Le programme l’a décidé pour ce projet pilote : nos formulaires, lettres et brochures ne proposent donc que le Type 1.
notice-briefing-scr = care.data n’est pas le dossier médical résumé (Summary Care Record). S’opposer à l’un ne modifie pas l’autre.
notice-briefing-script = Ce qu’il faut dire : « Les informations de votre dossier peuvent être partagées pour planifier et améliorer les services du NHS. Si vous ne le souhaitez pas, remplissez ce formulaire et nous enregistrerons votre choix. Cela n’aura aucune incidence sur vos soins. »
notice-briefing-forms = Remettez les formulaires rendus à l’équipe administrative le jour même. Ils sont vérifiés, codés, numérisés dans le dossier, et leur réception est confirmée au patient.
notice-briefing-questions = Transmettez au responsable du cabinet les questions auxquelles vous ne savez pas répondre.

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = Bonjour { $names },
# After the greeting of a letter to adults that names children under 16 at the same address too. The children are named on forms of their own, for a parent or guardian to sign.
# Variables:
#   $names (String) - the names of the children under 16, joined for the language
#   $count (Number) - how many children that is
notice-letter-children = Cette lettre concerne aussi { $names }, { $count ->
        [one] qui a moins de 16 ans. Un parent ou représentant légal peut s’opposer en son nom
       *[other] qui ont moins de 16 ans. Un parent ou représentant légal peut s’opposer en leur nom
    } sur le formulaire joint.
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-to-guardian = Au parent ou représentant légal de { $names }
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-greeting-guardian = Madame, Monsieur (parent ou représentant légal de { $names }),
notice-letter-opening = Nous vous écrivons pour vous informer de care.data, un programme qui partagera certaines informations des dossiers de médecine générale afin d’améliorer les services du NHS.
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = Le cabinet informe chaque patient à partir du { $start }. Les informations seront partagées pour la première fois le { $extract }.
notice-letter-what-identifiable = Des informations codées de votre dossier, comme les diagnostics, les prescriptions et les résultats d’examens, seront envoyées au Centre d’information sur la santé et l’aide sociale (Health and Social Care Information Centre) avec votre numéro NHS, votre date de naissance, votre code postal et votre sexe. Elles peuvent permettre de vous identifier : elles ne sont pas anonymes. Les notes rédigées dans votre dossier ne seront pas envoyées. La loi n’en autorise l’utilisation qu’à des fins de santé et de soins, et non pour l’assurance ou le marketing.
notice-letter-choice-for-whom = Si vous acceptez que vos informations soient utilisées, vous n’avez rien à faire. Si vous ne souhaitez pas qu’elles soient envoyées, remplissez le formulaire joint et renvoyez-le avant la première extraction. Vous pouvez vous opposer pour vous-même et pour vos enfants de moins de 16 ans ; tout autre adulte nommé ci-dessus décide pour lui-même, sauf si vous avez le droit légal d’agir en son nom.
notice-letter-care = Quelle que soit votre décision, vos soins ne changeront pas. Vous pouvez changer d’avis à tout moment en le signalant au cabinet.
# The messages ending -guardian replace their namesakes in a letter to the parent or guardian of children under 16 (and no adult): the reader is not the patient.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-what-identifiable-guardian = Des informations codées { $count ->
        [one] du dossier de médecine générale de votre enfant
       *[other] des dossiers de médecine générale de vos enfants
    }, comme les diagnostics, les prescriptions et les résultats d’examens, seront envoyées au Centre d’information sur la santé et l’aide sociale (Health and Social Care Information Centre) avec { $count ->
        [one] son numéro NHS, sa date de naissance, son code postal et son sexe. Elles peuvent permettre de l’identifier : elles ne sont pas anonymes. Les notes rédigées dans son dossier ne seront pas envoyées.
       *[other] leur numéro NHS, leur date de naissance, leur code postal et leur sexe. Elles peuvent permettre de les identifier : elles ne sont pas anonymes. Les notes rédigées dans leurs dossiers ne seront pas envoyées.
    } La loi n’en autorise l’utilisation qu’à des fins de santé et de soins, et non pour l’assurance ou le marketing.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-choice-guardian = Si vous acceptez que les informations { $count ->
        [one] de votre enfant soient utilisées, vous n’avez rien à faire. Sinon, vous pouvez vous opposer en son nom
       *[other] de vos enfants soient utilisées, vous n’avez rien à faire. Sinon, vous pouvez vous opposer en leur nom
    } sur le formulaire joint : remplissez-le, signez-le et renvoyez-le avant la première extraction.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-care-guardian = Quelle que soit votre décision, les soins { $count ->
        [one] de votre enfant
       *[other] de vos enfants
    } ne changeront pas. Vous pouvez changer d’avis à tout moment en le signalant au cabinet.
# Variables:
#   $phone (String) - the practice's phone number
notice-letter-formats = Pour recevoir cette lettre en gros caractères ou dans une autre langue, ou pour toute question, appelez le cabinet au { $phone }.
notice-letter-closing = Avec nos salutations distinguées,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = Les médecins associés et l’équipe de { $practice }
notice-letter-enclosure = Pièce jointe : formulaire d’opposition
## Letter in a draft translation: the same letter in English follows it


notice-letter-english-heading = Cette lettre en anglais

