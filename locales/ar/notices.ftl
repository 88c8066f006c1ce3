# Draft translation into Arabic (Modern Standard) of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = كيف تُستخدم المعلومات الخاصة بك: care.data
notice-draft-translation = هذه ترجمة أولية. إذا كان هناك ما هو غير واضح، يُرجى طلب النسخة الإنجليزية من مكتب الاستقبال.

## Poster (A4 and A3)

notice-poster-choice = القرار لك. إذا كنت لا ترغب في مشاركة معلوماتك، فأبلغ العيادة بذلك قبل { $extract }. لست مضطرًا لذكر السبب، ولن يؤثر ذلك على رعايتك.
notice-poster-ask = اطلب من مكتب الاستقبال نشرة معلومات واستمارة اعتراض.
# Variables:
#   $practice (String) - the practice's name
#   $phone (String) - the practice's phone number
notice-contact = { $practice } · { $phone }

## Leaflet (A4, two sides)

notice-leaflet-heading = ماذا يعني برنامج care.data بالنسبة لك
notice-leaflet-intro = تريد NHS استخدام المعلومات الواردة في سجلات الأطباء العامين لتحسين الخدمات الصحية. توضح هذه النشرة ما الذي ستتم مشاركته، ولماذا، وكيف يمكنك الاعتراض.
notice-leaflet-what-heading = ما المعلومات التي تتم مشاركتها
notice-leaflet-who-heading = من يستخدمها
notice-leaflet-not-heading = ما لا يُقصد ببرنامج care.data
notice-leaflet-not = ليس هو السجل الموجز للرعاية (Summary Care Record)، الذي يتيح للعاملين الذين يعالجونك في حالة طارئة الاطلاع على أدويتك وأنواع الحساسية لديك. والاعتراض على care.data لا يغيّر سجلك الموجز للرعاية.
notice-leaflet-object-heading = كيفية الاعتراض
notice-leaflet-type2 = اعتراض Type 2: لن يُفصح مركز معلومات الصحة والرعاية الاجتماعية عن المعلومات الخاصة بك التي يحتفظ بها، والمستمدة من أي رعاية تلقيتها ضمن NHS، بصيغة يمكن أن تكشف هويتك.
notice-leaflet-change = يمكنك تغيير رأيك في أي وقت بإبلاغ العيادة.
notice-leaflet-dates-heading = تواريخ مهمة
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = فترة التوعية: من { $start } إلى { $end }. أول استخراج للبيانات: { $extract }.

## Objection form

notice-form-heading = استمارة الاعتراض: care.data
notice-form-type2 = اعتراض Type 2: لا تسمحوا لمركز معلومات الصحة والرعاية الاجتماعية (Health and Social Care Information Centre) بالإفصاح عن معلومات يمكن أن تكشف هويتي (الرمز 9Nu4)
notice-form-person = المريض
notice-form-name = الاسم الكامل
notice-form-dob = تاريخ الميلاد
notice-form-nhs = رقم NHS (إن كان معروفًا)
notice-form-address = العنوان
notice-form-signature = التوقيع
notice-form-date = التاريخ
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = أعد هذه الاستمارة إلى { $practice }، { $address }، أو سلّمها إلى مكتب الاستقبال.
notice-form-office = لاستخدام العيادة: رُمِّزت بتاريخ ______ بواسطة ______

## Staff briefing

notice-briefing-heading = إحاطة للموظفين: برنامج care.data في هذه العيادة
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = يُبلَّغ المرضى اعتبارًا من { $start }. ويتم أول استخراج للبيانات في { $extract }.
notice-briefing-types = هناك نوعان من الاعتراض. يمنع Type 1 (9Nu0) خروج سجل الطبيب العام من العيادة إلا لأغراض الرعاية المباشرة. ويمنع Type 2 (9Nu4) خروج المعلومات التي تكشف الهوية من مركز معلومات الصحة والرعاية الاجتماعية (Health and Social Care Information Centre).
notice-briefing-scr = يُرجى ملاحظة أن care.data ليس السجل الموجز للرعاية (Summary Care Record). والاعتراض على أحدهما لا يغيّر الآخر.
notice-briefing-script = ما يجب قوله: «قد تتم مشاركة المعلومات الواردة في سجلك لتخطيط خدمات NHS وتحسينها. إذا كنت لا ترغب في ذلك، فاملأ هذه الاستمارة وسنسجّل اختيارك. ولن يؤثر ذلك على رعايتك.»
notice-briefing-forms = سلّم الاستمارات المُعادة إلى الفريق الإداري في اليوم نفسه. إذ يتم التحقق منها وترميزها ومسحها ضوئيًا في السجل وإرسال إشعار باستلامها.
notice-briefing-questions = أحِل الأسئلة التي لا تستطيع الإجابة عنها إلى مدير العيادة.

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = عزيزي/عزيزتي { $names }،
notice-letter-opening = نكتب إليك لإعلامك ببرنامج care.data، وهو برنامج ستتم في إطاره مشاركة بعض المعلومات الواردة في سجلات الأطباء العامين بهدف تحسين خدمات NHS.
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = تُبلغ العيادة جميع المرضى اعتبارًا من { $start }. وستتم مشاركة المعلومات لأول مرة في { $extract }.
notice-letter-closing = مع خالص التحيات،
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = الأطباء الشركاء وفريق العمل في { $practice }
notice-letter-enclosure = مرفق: استمارة الاعتراض
