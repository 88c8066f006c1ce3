# Draft translation into Portuguese (European) of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = Como são utilizadas as informações sobre si: care.data
notice-draft-translation = Esta é uma tradução provisória. Se algo não for claro, peça a versão em inglês na receção.

## Poster (A4 and A3)

notice-poster-choice = A escolha é sua. Se não quiser que as suas informações sejam partilhadas, informe o centro de saúde antes de { $extract }. Não tem de dar qualquer justificação, e isso não afetará os cuidados que recebe.
notice-poster-ask = Peça na receção um folheto e um formulário de oposição.
# Variables:
#   $practice (String) - the practice's name
#   $phone (String) - the practice's phone number
notice-contact = { $practice } · { $phone }

## Leaflet (A4, two sides)

notice-leaflet-heading = care.data: o que significa para si
notice-leaflet-intro = O NHS pretende utilizar informações dos registos de medicina geral e familiar para melhorar os serviços de saúde. Este folheto explica o que será partilhado, porquê, e como se pode opor.
notice-leaflet-what-heading = Que informações são partilhadas
notice-leaflet-who-heading = Quem as utiliza
notice-leaflet-not-heading = O que o care.data não é
notice-leaflet-not = Não é o Registo Clínico Resumido (Summary Care Record), que permite aos profissionais que o(a) tratam numa emergência ver os seus medicamentos e alergias. Opor-se ao care.data não altera o seu Registo Clínico Resumido.
notice-leaflet-object-heading = Como se opor
notice-leaflet-type2 = Oposição Type 2: as informações sobre si detidas pelo Centro de Informação de Saúde e Assistência Social, provenientes de quaisquer cuidados do NHS, não serão divulgadas de forma que permita identificá-lo(a).
notice-leaflet-change = Pode mudar de ideias em qualquer momento, bastando informar o centro de saúde.
notice-leaflet-dates-heading = Datas importantes
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = Período de informação: de { $start } a { $end }. Primeira extração: { $extract }.

## Objection form

notice-form-heading = Formulário de oposição: care.data
notice-form-type2 = Type 2: não permitir que o Centro de Informação de Saúde e Assistência Social (Health and Social Care Information Centre) divulgue informações que me possam identificar (código 9Nu4)
notice-form-person = Utente
notice-form-name = Nome completo
notice-form-dob = Data de nascimento
notice-form-nhs = Número do NHS (se souber)
notice-form-address = Morada
notice-form-signature = Assinatura
notice-form-date = Data
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = Devolva este formulário a { $practice }, { $address }, ou entregue-o na receção.
notice-form-office = A preencher pelo centro de saúde: codificado em ______ por ______

## Staff briefing

notice-briefing-heading = Informação para a equipa: o care.data neste centro de saúde
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = Os utentes são informados a partir de { $start }. A primeira extração é em { $extract }.
notice-briefing-types = Há dois tipos de oposição. A oposição Type 1 (9Nu0) impede que o registo do médico de família saia do centro de saúde, exceto para cuidados diretos. A oposição Type 2 (9Nu4) impede que informações identificáveis saiam do Centro de Informação de Saúde e Assistência Social (Health and Social Care Information Centre).
notice-briefing-scr = O care.data não é o Registo Clínico Resumido (Summary Care Record). A oposição a um não altera o outro.
notice-briefing-script = O que dizer: «As informações do seu registo podem ser partilhadas para planear e melhorar os serviços do NHS. Se não quiser, preencha este formulário e nós registaremos a sua escolha. Isso não afetará os cuidados que recebe.»
notice-briefing-forms = Entregue os formulários devolvidos à equipa administrativa no próprio dia. São verificados, codificados e digitalizados para o registo, e é enviada uma confirmação da sua receção.
notice-briefing-questions = As perguntas a que não souber responder devem ser encaminhadas para o gestor do centro de saúde.

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = Caro(a) { $names },
notice-letter-opening = Escrevemos para lhe dar a conhecer o care.data, um programa que irá partilhar algumas informações dos registos de medicina geral e familiar para melhorar os serviços do NHS.
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = O centro de saúde está a informar todos os utentes a partir de { $start }. As informações serão partilhadas pela primeira vez em { $extract }.
notice-letter-closing = Com os melhores cumprimentos,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = Os médicos sócios e a equipa de { $practice }
notice-letter-enclosure = Anexo: formulário de oposição
