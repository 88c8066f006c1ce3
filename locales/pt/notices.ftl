# Draft translation into Portuguese (European) of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = Como são utilizadas as informações sobre si: care.data
notice-draft-translation = Esta é uma tradução provisória. Se algo não for claro, peça a versão em inglês na receção.

## Poster (A4 and A3)

notice-poster-title = care.data: informações do seu registo de medicina geral e familiar
notice-poster-intro = Este centro de saúde participa no projeto-piloto care.data. A partir de { $start }, estamos a informar todos os utentes. Salvo se se opuser, as informações do seu registo de medicina geral e familiar serão enviadas pela primeira vez ao Centro de Informação de Saúde e Assistência Social (Health and Social Care Information Centre) em { $extract }.
notice-poster-what-identifiable = O que é enviado: informações codificadas do seu registo, como diagnósticos, referenciações, receitas e resultados de análises, com o seu número NHS, data de nascimento, código postal e sexo. Estas informações podem identificá-lo(a): não são anónimas. As notas escritas do seu registo não são enviadas.
notice-poster-why-purposes = Porquê: para planear e melhorar os serviços de saúde e de cuidados. Por lei, só podem ser utilizadas para fins de saúde e de cuidados, e não para seguros ou marketing.
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
notice-leaflet-what-identifiable = Informações codificadas do seu registo de medicina geral e familiar: o seu número NHS, data de nascimento, código postal, sexo, origem étnica, diagnósticos, referenciações, receitas, resultados de análises e medições como a tensão arterial. Com o seu número NHS, data de nascimento, código postal e sexo, estas informações podem identificá-lo(a): não são anónimas. As notas escritas do seu registo não são enviadas, nem alguns registos sensíveis, como os relativos ao VIH, a infeções sexualmente transmissíveis, à fertilização in vitro (FIV) e a interrupções da gravidez.
notice-leaflet-who-heading = Quem as utiliza
notice-leaflet-who-purposes = O Centro de Informação de Saúde e Assistência Social (Health and Social Care Information Centre) junta-as a informações de hospitais e de outros cuidados, num ambiente seguro. Pode divulgar informações a organizações do NHS, a investigadores aprovados e a outras organizações aprovadas, algumas delas fora do NHS. Por lei, as informações só podem ser divulgadas para fins de saúde e de cuidados, nunca para seguros ou marketing.
notice-leaflet-not-heading = O que o care.data não é
notice-leaflet-not = Não é o Registo Clínico Resumido (Summary Care Record), que permite aos profissionais que o(a) tratam numa emergência ver os seus medicamentos e alergias. Opor-se ao care.data não altera o seu Registo Clínico Resumido.
notice-leaflet-object-heading = Como se opor
notice-leaflet-object-for-whom = Preencha o formulário de oposição e entregue-o na receção ou envie-o pelo correio para o centro de saúde. Pode opor-se em seu nome e em nome dos seus filhos com menos de 16 anos. Só se pode opor em nome de outro adulto se tiver o direito legal de agir em nome dessa pessoa, como uma procuração duradoura (lasting power of attorney).
notice-leaflet-type1-identifiable = Oposição Type 1: nenhuma informação do seu registo de medicina geral e familiar que o(a) possa identificar sairá do centro de saúde, exceto para os seus cuidados diretos.
notice-leaflet-type2 = Oposição Type 2: as informações sobre si detidas pelo Centro de Informação de Saúde e Assistência Social, provenientes de quaisquer cuidados do NHS, não serão divulgadas de forma que permita identificá-lo(a).
# Where the pilot offers the Type 1 objection only (a programme decision), in place of the Type 1 and Type 2 paragraphs.
notice-leaflet-object-type1-only = Neste projeto-piloto existe um único tipo de oposição, chamado Type 1. Significa que nenhuma informação do seu registo de medicina geral e familiar que o(a) possa identificar sairá do centro de saúde, exceto para os seus cuidados diretos.
notice-leaflet-change = Pode mudar de ideias em qualquer momento, bastando informar o centro de saúde.
# Variables:
#   $phone (String) - the practice's phone number
notice-leaflet-formats = Este folheto também está disponível em letra grande e noutras línguas. Pergunte na receção ou ligue para { $phone }.
notice-leaflet-dates-heading = Datas importantes
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = Período de informação: de { $start } a { $end }. Primeira extração: { $extract }.

## Objection form

notice-form-heading = Formulário de oposição: care.data
notice-form-intro-each-type = Utilize este formulário para se opor à partilha de informações dos registos de medicina geral e familiar. Para cada pessoa, assinale uma caixa por cada tipo de oposição que essa pessoa pretende. Opor-se não afeta os cuidados de ninguém, e uma oposição pode ser retirada em qualquer momento.
# Where the pilot offers the Type 1 objection only: the form has one box for each person.
notice-form-intro-type1-only = Utilize este formulário para se opor à partilha de informações dos registos de medicina geral e familiar. Assinale a caixa de cada pessoa que se pretende opor. Opor-se não afeta os cuidados de ninguém, e uma oposição pode ser retirada em qualquer momento.
notice-form-type1-identifiable = Type 1: não permitir que informações do meu registo de medicina geral e familiar que me possam identificar saiam do centro de saúde, exceto para os meus cuidados diretos (código 9Nu0)
notice-form-type2 = Type 2: não permitir que o Centro de Informação de Saúde e Assistência Social (Health and Social Care Information Centre) divulgue informações que me possam identificar (código 9Nu4)
notice-form-person = Utente
# Variables:
#   $number (Number) - which other person on the form, 1 to 4
notice-form-other-person = Criança ou outra pessoa { $number }
notice-form-name = Nome completo
notice-form-dob = Data de nascimento
notice-form-nhs = Número do NHS (se souber)
notice-form-address = Morada
notice-form-signature = Assinatura
notice-form-date = Data
notice-form-on-behalf-authority = Se assinar em nome de uma criança com menos de 16 anos, ou de um adulto em nome de quem tenha o direito legal de agir (como uma procuração duradoura), indique qual é o caso:
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = Devolva este formulário a { $practice }, { $address }, ou entregue-o na receção.
notice-form-office = A preencher pelo centro de saúde: codificado em ______ por ______

## Withdrawal form: taking back an objection made before

notice-withdrawal-heading = Retirar uma oposição: care.data
notice-withdrawal-intro = Utilize este formulário se se opôs anteriormente e mudou de ideias. Assinale a oposição que pretende retirar. Os seus cuidados são os mesmos, seja qual for a sua escolha, e pode voltar a opor-se em qualquer momento.
# Where the pilot offers the Type 1 objection only: the form has one box.
notice-withdrawal-intro-type1-only = Utilize este formulário se se opôs anteriormente e mudou de ideias. Assinale a caixa para retirar a sua oposição. Os seus cuidados são os mesmos, seja qual for a sua escolha, e pode voltar a opor-se em qualquer momento.
notice-withdrawal-type1 = Retiro a minha oposição Type 1: as informações do meu registo de medicina geral e familiar podem voltar a sair do centro de saúde
notice-withdrawal-type2 = Retiro a minha oposição Type 2: o Centro de Informação de Saúde e Assistência Social (Health and Social Care Information Centre) pode voltar a divulgar informações sobre mim
notice-withdrawal-office = A preencher pelo centro de saúde: retirada codificada em ______ por ______

## Staff briefing

notice-briefing-heading = Informação para a equipa: o care.data neste centro de saúde
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = Os utentes são informados a partir de { $start }. A primeira extração é em { $extract }.
notice-briefing-types = Há dois tipos de oposição. A oposição Type 1 (9Nu0) impede que o registo do médico de família saia do centro de saúde, exceto para cuidados diretos. A oposição Type 2 (9Nu4) impede que informações identificáveis saiam do Centro de Informação de Saúde e Assistência Social (Health and Social Care Information Centre).
# Where the pilot offers the Type 1 objection only, in place of the paragraph on both types.
notice-briefing-types-type1-only = Este projeto-piloto oferece aos utentes um único tipo de oposição: Type 1 (9Nu0). Impede que informações identificáveis saiam do centro de saúde a partir do registo do médico de família, exceto para cuidados diretos. Foi o programa que assim decidiu para este projeto-piloto, pelo que os nossos formulários, cartas e folhetos oferecem apenas a oposição Type 1.
notice-briefing-scr = O care.data não é o Registo Clínico Resumido (Summary Care Record). A oposição a um não altera o outro.
notice-briefing-script = O que dizer: «As informações do seu registo podem ser partilhadas para planear e melhorar os serviços do NHS. Se não quiser, preencha este formulário e nós registaremos a sua escolha. Isso não afetará os cuidados que recebe.»
notice-briefing-forms = Entregue os formulários devolvidos à equipa administrativa no próprio dia. São verificados, codificados e digitalizados para o registo, e é enviada uma confirmação da sua receção.
notice-briefing-questions = As perguntas a que não souber responder devem ser encaminhadas para o gestor do centro de saúde.

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = Caro(a) { $names },
# After the greeting of a letter to adults that names children under 16 at the same address too. The children are named on forms of their own, for a parent or guardian to sign.
# Variables:
#   $names (String) - the names of the children under 16, joined for the language
#   $count (Number) - how many children that is
notice-letter-children = Esta carta diz também respeito a { $names }, { $count ->
        [one] que tem menos de 16 anos. Um dos pais ou o tutor pode opor-se em nome dessa criança
       *[other] que têm menos de 16 anos. Um dos pais ou o tutor pode opor-se em nome dessas crianças
    } no formulário anexo.
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-to-guardian = Ao pai, à mãe ou ao tutor de { $names }
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-greeting-guardian = Caro(a) pai, mãe ou tutor(a) de { $names },
notice-letter-opening = Escrevemos para lhe dar a conhecer o care.data, um programa que irá partilhar algumas informações dos registos de medicina geral e familiar para melhorar os serviços do NHS.
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = O centro de saúde está a informar todos os utentes a partir de { $start }. As informações serão partilhadas pela primeira vez em { $extract }.
notice-letter-what-identifiable = As informações codificadas do seu registo, como diagnósticos, receitas e resultados de análises, serão enviadas ao Centro de Informação de Saúde e Assistência Social (Health and Social Care Information Centre) com o seu número NHS, data de nascimento, código postal e sexo. Estas informações podem identificá-lo(a): não são anónimas. As notas escritas do seu registo não serão enviadas. Por lei, só podem ser utilizadas para fins de saúde e de cuidados, e não para seguros ou marketing.
notice-letter-choice-for-whom = Se concordar que as suas informações sejam utilizadas, não precisa de fazer nada. Se não quiser que sejam enviadas, preencha o formulário anexo e devolva-o antes da primeira extração. Pode opor-se em seu nome e em nome dos seus filhos com menos de 16 anos; qualquer outro adulto indicado acima decide por si próprio, a menos que tenha o direito legal de agir em nome dessa pessoa.
notice-letter-care = Seja qual for a sua decisão, os seus cuidados não mudarão. Pode mudar de ideias em qualquer momento, bastando informar o centro de saúde.
# The messages ending -guardian replace their namesakes in a letter to the parent or guardian of children under 16 (and no adult): the reader is not the patient.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-what-identifiable-guardian = As informações codificadas { $count ->
        [one] do registo de medicina geral e familiar do seu filho ou filha
       *[other] dos registos de medicina geral e familiar dos seus filhos
    }, como diagnósticos, receitas e resultados de análises, serão enviadas ao Centro de Informação de Saúde e Assistência Social (Health and Social Care Information Centre) com o respetivo número NHS, data de nascimento, código postal e sexo. Estas informações podem { $count ->
        [one] identificar a criança
       *[other] identificar as crianças
    }: não são anónimas. As notas escritas do registo não serão enviadas. Por lei, só podem ser utilizadas para fins de saúde e de cuidados, e não para seguros ou marketing.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-choice-guardian = Se concordar que as informações { $count ->
        [one] do seu filho ou filha sejam utilizadas, não precisa de fazer nada. Caso contrário, pode opor-se em nome dessa criança
       *[other] dos seus filhos sejam utilizadas, não precisa de fazer nada. Caso contrário, pode opor-se em nome dessas crianças
    } no formulário anexo: preencha-o, assine-o e devolva-o antes da primeira extração.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-care-guardian = Seja qual for a sua decisão, os cuidados { $count ->
        [one] do seu filho ou filha
       *[other] dos seus filhos
    } não mudarão. Pode mudar de ideias em qualquer momento, bastando informar o centro de saúde.
# Variables:
#   $phone (String) - the practice's phone number
notice-letter-formats = Para receber esta carta em letra grande ou noutra língua, ou para qualquer questão, ligue para o centro de saúde através do número { $phone }.
notice-letter-closing = Com os melhores cumprimentos,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = Os médicos sócios e a equipa de { $practice }
notice-letter-enclosure = Anexo: formulário de oposição
## Letter in a draft translation: the same letter in English follows it


notice-letter-english-heading = Esta carta em inglês

