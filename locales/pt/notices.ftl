# Draft translation into Portuguese (European) of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = Como são utilizadas as informações sobre si: care.data
notice-draft-translation = Esta é uma tradução provisória. Se algo não for claro, peça a versão em inglês na receção.

## Poster (A4 and A3)

notice-poster-heading = Melhor informação, melhores cuidados
notice-poster-lede = A partir de { $start }, este centro de saúde irá partilhar algumas informações dos registos de medicina geral e familiar (GP) com o Centro de Informação de Saúde e Assistência Social (Health and Social Care Information Centre), no âmbito do programa care.data.
notice-poster-what = O que é partilhado: o seu número do NHS, data de nascimento, código postal, sexo e informações codificadas, como diagnósticos, encaminhamentos, receitas e resultados de análises. As notas escritas do seu processo não são partilhadas.
notice-poster-why = Porquê: para planear os serviços do NHS, verificar a qualidade dos cuidados e apoiar a investigação que melhora os tratamentos.
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
notice-leaflet-what = Informações codificadas do seu registo no médico de família: o seu número do NHS, data de nascimento, código postal, sexo, origem étnica, diagnósticos, encaminhamentos, receitas, resultados de análises e medições como a tensão arterial. O seu nome e morada, bem como as notas escritas pelo seu médico, não são partilhados.
notice-leaflet-who-heading = Quem as utiliza
notice-leaflet-who = O Centro de Informação de Saúde e Assistência Social (Health and Social Care Information Centre) junta-as a informações hospitalares num ambiente seguro. Organismos do NHS e investigadores autorizados podem utilizá-las, normalmente de uma forma que não permite identificá-lo(a).
notice-leaflet-not-heading = O que o care.data não é
notice-leaflet-not = Não é o Registo Clínico Resumido (Summary Care Record), que permite aos profissionais que o(a) tratam numa emergência ver os seus medicamentos e alergias. Opor-se ao care.data não altera o seu Registo Clínico Resumido.
notice-leaflet-object-heading = Como se opor
notice-leaflet-object = Preencha o formulário de oposição e entregue-o na receção ou envie-o pelo correio para o centro de saúde. Pode opor-se em seu nome e em nome das crianças e dos adultos de quem cuida.
notice-leaflet-type1 = Oposição Type 1: as informações do seu registo no médico de família não sairão do centro de saúde para outros fins que não os seus cuidados diretos.
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
notice-form-intro = Utilize este formulário para se opor à partilha de informações. Assinale uma ou ambas as caixas para cada pessoa.
notice-form-type1 = Type 1: não permitir que o meu registo no médico de família saia do centro de saúde, exceto para os meus cuidados diretos (código 9Nu0)
notice-form-type2 = Type 2: não permitir que o Centro de Informação de Saúde e Assistência Social (Health and Social Care Information Centre) divulgue informações que me possam identificar (código 9Nu4)
notice-form-person = Utente
# Variables:
#   $number (Number) - which family member on the form, 1 to 4
notice-form-family = Membro da família { $number }
notice-form-name = Nome completo
notice-form-dob = Data de nascimento
notice-form-nhs = Número do NHS (se souber)
notice-form-address = Morada
notice-form-signature = Assinatura
notice-form-date = Data
notice-form-on-behalf = Se assinar em nome de outra pessoa, indique qual é a sua relação com ela ou por que razão age em nome dela:
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
notice-letter-what = Informações codificadas do seu registo, como diagnósticos, receitas e resultados de análises, juntamente com o seu número do NHS, data de nascimento, código postal e sexo, serão enviadas para o Centro de Informação de Saúde e Assistência Social (Health and Social Care Information Centre). O seu nome, morada e notas escritas não serão enviados.
notice-letter-choice = Se concordar com a utilização das suas informações, não precisa de fazer nada. Se não quiser que sejam partilhadas, preencha o formulário da página seguinte e devolva-o antes da primeira extração. Pode opor-se em nome de cada uma das pessoas acima indicadas.
notice-letter-closing = Com os melhores cumprimentos,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = Os médicos sócios e a equipa de { $practice }
notice-letter-enclosure = Anexo: formulário de oposição
