# Draft translation into Simplified Chinese of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = 您的信息如何被使用：care.data
notice-draft-translation = 本文为翻译初稿。如有不清楚之处，请向前台索取英文版。

## Poster (A4 and A3)

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
notice-leaflet-who-heading = 谁会使用这些信息
notice-leaflet-not-heading = care.data 不是什么
notice-leaflet-not = 它不是医疗摘要记录（Summary Care Record）。医疗摘要记录让在紧急情况下为您治疗的医护人员能够查看您的用药和过敏情况。反对 care.data 不会改变您的医疗摘要记录。
notice-leaflet-object-heading = 如何提出反对
notice-leaflet-type2 = Type 2 反对：健康与社会护理信息中心所持有的、来自任何 NHS 医疗服务的您的信息，不会以可能识别您身份的形式发布。
notice-leaflet-change = 您可以随时告知本诊所，改变您的决定。
notice-leaflet-dates-heading = 重要日期
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = 告知期：{ $start }至{ $end }。首次提取：{ $extract }。

## Objection form

notice-form-heading = 反对表：care.data
notice-form-type2 = Type 2：不允许健康与社会护理信息中心（Health and Social Care Information Centre）发布可识别我身份的信息（代码 9Nu4）
notice-form-person = 患者
notice-form-name = 全名
notice-form-dob = 出生日期
notice-form-nhs = NHS 号码（如知道）
notice-form-address = 地址
notice-form-signature = 签名
notice-form-date = 日期
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = 请将本表寄回{ $practice }（{ $address }），或交到前台。
notice-form-office = 诊所专用：于 ______ 由 ______ 录入编码

## Staff briefing

notice-briefing-heading = 员工简报：本诊所的 care.data
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = 自{ $start }起告知患者。首次提取日期为{ $extract }。
notice-briefing-types = 反对分为两种。Type 1（9Nu0）阻止全科医生病历离开本诊所（直接医疗除外）。Type 2（9Nu4）阻止可识别身份的信息离开健康与社会护理信息中心（Health and Social Care Information Centre）。
notice-briefing-scr = care.data 不是医疗摘要记录（Summary Care Record）。反对其中一项不会改变另一项。
notice-briefing-script = 可以这样说：“您病历中的信息可能会被共享，用于规划和改善 NHS 服务。如果您不希望这样，请填写这张表格，我们会记录您的选择。这不会影响您所接受的医疗服务。”
notice-briefing-forms = 收回的表格请于当天交给行政团队。表格会经过核对、编码、扫描存入病历，并向患者确认已收到。
notice-briefing-questions = 您无法回答的问题，请转交诊所经理。

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = 尊敬的{ $names }：
notice-letter-opening = 我们写信是想向您介绍 care.data。这项计划将共享全科医生病历中的部分信息，以改善 NHS 服务。
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = 本诊所自{ $start }起告知每一位患者。信息将于{ $extract }首次共享。
notice-letter-closing = 此致敬礼！
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = { $practice }全体合伙医生及员工
notice-letter-enclosure = 附件：反对表
