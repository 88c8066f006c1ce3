# Draft translation into Simplified Chinese of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = 您的信息如何被使用：care.data
notice-draft-translation = 本文为翻译初稿。如有不清楚之处，请向前台索取英文版。

## Poster (A4 and A3)

notice-poster-title = care.data：来自您全科医生病历的信息
notice-poster-intro = 本诊所参与 care.data 试点。自{ $start }起，我们将告知每一位患者。除非您提出反对，您全科医生病历中的信息将于{ $extract }首次发送至健康与社会护理信息中心（Health and Social Care Information Centre）。
notice-poster-what-identifiable = 发送的内容：您病历中的编码信息，例如诊断、转诊、处方和检查结果，以及您的 NHS 号码、出生日期、邮编和性别。这些信息可以识别您的身份：它们不是匿名的。您病历中的文字记录不会被发送。
notice-poster-why-purposes = 原因：用于规划和改善医疗与护理服务。根据法律，这些信息只能用于医疗与护理，不得用于保险或营销。
notice-poster-choice = 您可以自行选择。如果您不希望共享您的信息，请在{ $extract }之前告知本诊所。您无需说明理由，这也不会影响您所接受的医疗服务。
notice-poster-ask = 请向前台索取宣传单和反对表。
# Variables:
#   $practice (String) - the practice's name
#   $phone (String) - the practice's phone number
notice-contact = { $practice } · { $phone }

## Leaflet (A4, two sides)

notice-leaflet-heading = care.data：对您意味着什么
notice-leaflet-intro = NHS 希望使用全科医生病历中的信息来改善医疗服务。本宣传单说明将共享哪些信息、为什么共享，以及您如何提出反对。
notice-leaflet-what-heading = 共享哪些信息
notice-leaflet-what-identifiable = 您全科医生病历中的编码信息：您的 NHS 号码、出生日期、邮编、性别、族裔、诊断、转诊、处方、检查结果以及血压等测量数据。结合您的 NHS 号码、出生日期、邮编和性别，这些信息可以识别您的身份：它们不是匿名的。您病历中的文字记录不会被发送，某些敏感记录也不会被发送，例如有关艾滋病病毒（HIV）、性传播感染、试管婴儿（IVF）和终止妊娠的记录。
notice-leaflet-who-heading = 谁会使用这些信息
notice-leaflet-who-purposes = 健康与社会护理信息中心（Health and Social Care Information Centre）在安全的环境中将这些信息与来自医院和其他护理服务的信息相结合。该中心可向 NHS 机构、经批准的研究人员以及其他经批准的机构发布信息，其中一些机构不属于 NHS。根据法律，信息只能出于医疗与护理目的发布，绝不能用于保险或营销。
notice-leaflet-not-heading = care.data 不是什么
notice-leaflet-not = 它不是医疗摘要记录（Summary Care Record）。医疗摘要记录让在紧急情况下为您治疗的医护人员能够查看您的用药和过敏情况。反对 care.data 不会改变您的医疗摘要记录。
notice-leaflet-object-heading = 如何提出反对
notice-leaflet-object-for-whom = 请填写反对表，交到前台或邮寄给本诊所。您可以为自己以及您未满 16 岁的子女提出反对。只有当您拥有代表另一名成年人行事的法定权利（例如持久授权书，lasting power of attorney）时，您才能为其提出反对。
notice-leaflet-type1-identifiable = Type 1 反对：除用于对您的直接医疗外，您全科医生病历中任何可能识别您身份的信息都不会离开本诊所。
notice-leaflet-type2 = Type 2 反对：健康与社会护理信息中心所持有的、来自任何 NHS 医疗服务的您的信息，不会以可能识别您身份的形式发布。
# Where the pilot offers the Type 1 objection only (a programme decision), in place of the Type 1 and Type 2 paragraphs.
notice-leaflet-object-type1-only = 本次试点只有一种反对，称为 Type 1。它表示除用于对您的直接医疗外，您全科医生病历中任何可能识别您身份的信息都不会离开本诊所。
notice-leaflet-change = 您可以随时告知本诊所，改变您的决定。
# Variables:
#   $phone (String) - the practice's phone number
notice-leaflet-formats = 本宣传单另有大字版和其他语言版本。请向前台询问或致电 { $phone }。
notice-leaflet-dates-heading = 重要日期
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = 告知期：{ $start }至{ $end }。首次提取：{ $extract }。

## Objection form

notice-form-heading = 反对表：care.data
notice-form-intro-each-type = 请使用本表反对共享全科医生病历中的信息。请为每个人勾选其希望提出的每一种反对。提出反对不会影响任何人的医疗服务，反对也可以随时撤回。
# Where the pilot offers the Type 1 objection only: the form has one box for each person.
notice-form-intro-type1-only = 请使用本表反对共享全科医生病历中的信息。请为每一位希望提出反对的人勾选方框。提出反对不会影响任何人的医疗服务，反对也可以随时撤回。
notice-form-type1-identifiable = Type 1：除用于我的直接医疗外，不允许我全科医生病历中可能识别我身份的信息离开本诊所（代码 9Nu0）
notice-form-type2 = Type 2：不允许健康与社会护理信息中心（Health and Social Care Information Centre）发布可识别我身份的信息（代码 9Nu4）
notice-form-person = 患者
# Variables:
#   $number (Number) - which other person on the form, 1 to 4
notice-form-other-person = 儿童或其他人 { $number }
notice-form-name = 全名
notice-form-dob = 出生日期
notice-form-nhs = NHS 号码（如知道）
notice-form-address = 地址
notice-form-signature = 签名
notice-form-date = 日期
notice-form-on-behalf-authority = 如果您代表未满 16 岁的儿童签名，或代表您有法定权利代其行事的成年人签名（例如持有持久授权书），请注明属于哪种情况：
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = 请将本表寄回{ $practice }（{ $address }），或交到前台。
notice-form-office = 诊所专用：于 ______ 由 ______ 录入编码

## Withdrawal form: taking back an objection made before

notice-withdrawal-heading = 撤回反对：care.data
notice-withdrawal-intro = 如果您以前提出过反对，现在改变了主意，请使用本表。请勾选您希望撤回的反对。无论您如何选择，您所接受的医疗服务都不会改变，您也可以随时再次提出反对。
# Where the pilot offers the Type 1 objection only: the form has one box.
notice-withdrawal-intro-type1-only = 如果您以前提出过反对，现在改变了主意，请使用本表。请勾选方框以撤回您的反对。无论您如何选择，您所接受的医疗服务都不会改变，您也可以随时再次提出反对。
notice-withdrawal-type1 = 撤回我的 Type 1 反对：我全科医生病历中的信息可以再次离开本诊所
notice-withdrawal-type2 = 撤回我的 Type 2 反对：健康与社会护理信息中心（Health and Social Care Information Centre）可以再次发布有关我的信息
notice-withdrawal-office = 诊所专用：撤回于 ______ 由 ______ 录入编码

## Staff briefing

notice-briefing-heading = 员工简报：本诊所的 care.data
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = 自{ $start }起告知患者。首次提取日期为{ $extract }。
notice-briefing-types = 反对分为两种。Type 1（9Nu0）阻止全科医生病历离开本诊所（直接医疗除外）。Type 2（9Nu4）阻止可识别身份的信息离开健康与社会护理信息中心（Health and Social Care Information Centre）。
# Where the pilot offers the Type 1 objection only, in place of the paragraph on both types.
notice-briefing-types-type1-only = 本次试点只向患者提供一种反对：Type 1（9Nu0）。它阻止可识别身份的信息从全科医生病历离开本诊所（直接医疗除外）。这是项目为本次试点作出的决定，因此我们的表格、信件和宣传单只提供 Type 1。
notice-briefing-scr = care.data 不是医疗摘要记录（Summary Care Record）。反对其中一项不会改变另一项。
notice-briefing-script = 可以这样说：“您病历中的信息可能会被共享，用于规划和改善 NHS 服务。如果您不希望这样，请填写这张表格，我们会记录您的选择。这不会影响您所接受的医疗服务。”
notice-briefing-forms = 收回的表格请于当天交给行政团队。表格会经过核对、编码、扫描存入病历，并向患者确认已收到。
notice-briefing-questions = 您无法回答的问题，请转交诊所经理。

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = 尊敬的{ $names }：
# After the greeting of a letter to adults that names children under 16 at the same address too. The children are named on forms of their own, for a parent or guardian to sign.
# Variables:
#   $names (String) - the names of the children under 16, joined for the language
#   $count (Number) - how many children that is
notice-letter-children = 本信也涉及{ $count ->
       *[other] 未满 16 岁的
    }{ $names }。家长或监护人可以使用随附的表格代其提出反对。
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-to-guardian = 致{ $names }的家长或监护人
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-greeting-guardian = 尊敬的{ $names }的家长或监护人：
notice-letter-opening = 我们写信是想向您介绍 care.data。这项计划将共享全科医生病历中的部分信息，以改善 NHS 服务。
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = 本诊所自{ $start }起告知每一位患者。信息将于{ $extract }首次共享。
notice-letter-what-identifiable = 您病历中的编码信息，例如诊断、处方和检查结果，将连同您的 NHS 号码、出生日期、邮编和性别一起发送至健康与社会护理信息中心（Health and Social Care Information Centre）。这些信息可以识别您的身份：它们不是匿名的。您病历中的文字记录不会被发送。根据法律，这些信息只能用于医疗与护理，不得用于保险或营销。
notice-letter-choice-for-whom = 如果您同意使用您的信息，则无需采取任何行动。如果您不希望发送您的信息，请填写随附的表格，并在首次提取之前交回。您可以为自己以及您未满 16 岁的子女提出反对；上面列出的其他成年人由其本人自行决定，除非您拥有代表其行事的法定权利。
notice-letter-care = 无论您作何决定，您所接受的医疗服务都不会改变。您可以随时告知本诊所，改变您的决定。
# The messages ending -guardian replace their namesakes in a letter to the parent or guardian of children under 16 (and no adult): the reader is not the patient.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-what-identifiable-guardian = { $count ->
       *[other] 您孩子的全科医生病历
    }中的编码信息，例如诊断、处方和检查结果，将连同其 NHS 号码、出生日期、邮编和性别一起发送至健康与社会护理信息中心（Health and Social Care Information Centre）。这些信息可以识别其身份：它们不是匿名的。其病历中的文字记录不会被发送。根据法律，这些信息只能用于医疗与护理，不得用于保险或营销。
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-choice-guardian = 如果您同意使用{ $count ->
       *[other] 您孩子的信息
    }，则无需采取任何行动。如果不同意，您可以使用随附的表格代其提出反对：请填写表格、签名，并在首次提取之前交回。
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-care-guardian = 无论您作何决定，{ $count ->
       *[other] 您孩子所接受的医疗服务
    }都不会改变。您可以随时告知本诊所，改变您的决定。
# Variables:
#   $phone (String) - the practice's phone number
notice-letter-formats = 如需本信的大字版或其他语言版本，或有任何问题，请致电本诊所：{ $phone }。
notice-letter-closing = 此致敬礼！
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = { $practice }全体合伙医生及员工
notice-letter-enclosure = 附件：反对表
## Letter in a draft translation: the same letter in English follows it


notice-letter-english-heading = 本信的英文版

