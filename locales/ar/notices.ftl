# Draft translation into Arabic (Modern Standard) of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = كيف تُستخدم المعلومات الخاصة بك: care.data
notice-draft-translation = هذه ترجمة أولية. إذا كان هناك ما هو غير واضح، يُرجى طلب النسخة الإنجليزية من مكتب الاستقبال.

## Poster (A4 and A3)

notice-poster-title = care.data: معلومات من سجلك لدى الطبيب العام
notice-poster-intro = تشارك هذه العيادة في المرحلة التجريبية لبرنامج care.data. واعتبارًا من { $start } نُبلغ كل مريض بذلك. وما لم تعترض، ستُرسل المعلومات الواردة في سجلك لدى الطبيب العام لأول مرة إلى مركز معلومات الصحة والرعاية الاجتماعية (Health and Social Care Information Centre) في { $extract }.
notice-poster-what-identifiable = ما الذي يُرسل: معلومات مُرمَّزة من سجلك، مثل التشخيصات والإحالات والوصفات الطبية ونتائج الفحوصات، مع رقم NHS الخاص بك وتاريخ ميلادك ورمزك البريدي وجنسك. ويمكن أن تكشف هذه المعلومات هويتك: فهي ليست مجهولة الهوية. ولا تُرسل ملاحظاتك المكتوبة.
notice-poster-why-purposes = لماذا: لتخطيط خدمات الصحة والرعاية وتحسينها. وبموجب القانون، لا يجوز استخدامها إلا لأغراض الصحة والرعاية، وليس للتأمين أو التسويق.
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
notice-leaflet-what-identifiable = معلومات مُرمَّزة من سجلك لدى الطبيب العام: رقم NHS الخاص بك، وتاريخ ميلادك، ورمزك البريدي، وجنسك، وأصلك العرقي، والتشخيصات، والإحالات، والوصفات الطبية، ونتائج الفحوصات، والقياسات مثل ضغط الدم. ومع رقم NHS وتاريخ الميلاد والرمز البريدي والجنس، يمكن أن تكشف هذه المعلومات هويتك: فهي ليست مجهولة الهوية. ولا تُرسل ملاحظاتك المكتوبة، ولا بعض السجلات الحساسة، مثل تلك المتعلقة بفيروس HIV والعدوى المنقولة جنسيًا والتلقيح الاصطناعي (IVF) وإنهاء الحمل.
notice-leaflet-who-heading = من يستخدمها
notice-leaflet-who-purposes = يربط مركز معلومات الصحة والرعاية الاجتماعية (Health and Social Care Information Centre) هذه المعلومات بمعلومات من المستشفيات وجهات الرعاية الأخرى، في بيئة آمنة. ويجوز له الإفصاح عن المعلومات لمؤسسات NHS، وللباحثين المعتمدين، ولمؤسسات أخرى معتمدة، بعضها من خارج NHS. وبموجب القانون، لا يجوز الإفصاح عنها إلا لأغراض الصحة والرعاية، ولا يجوز ذلك أبدًا للتأمين أو التسويق.
notice-leaflet-not-heading = ما لا يُقصد ببرنامج care.data
notice-leaflet-not = ليس هو السجل الموجز للرعاية (Summary Care Record)، الذي يتيح للعاملين الذين يعالجونك في حالة طارئة الاطلاع على أدويتك وأنواع الحساسية لديك. والاعتراض على care.data لا يغيّر سجلك الموجز للرعاية.
notice-leaflet-object-heading = كيفية الاعتراض
notice-leaflet-object-for-whom = املأ استمارة الاعتراض وسلّمها إلى مكتب الاستقبال أو أرسلها بالبريد إلى العيادة. يمكنك الاعتراض عن نفسك وعن أطفالك الذين تقل أعمارهم عن 16 عامًا. ولا يمكنك الاعتراض عن شخص بالغ آخر إلا إذا كان لك الحق القانوني في التصرف نيابةً عنه، مثل التوكيل الدائم (lasting power of attorney).
notice-leaflet-type1-identifiable = اعتراض Type 1: لن تخرج من العيادة أي معلومات من سجلك لدى الطبيب العام يمكن أن تكشف هويتك، إلا لأغراض رعايتك المباشرة.
notice-leaflet-type2 = اعتراض Type 2: لن يُفصح مركز معلومات الصحة والرعاية الاجتماعية عن المعلومات الخاصة بك التي يحتفظ بها، والمستمدة من أي رعاية تلقيتها ضمن NHS، بصيغة يمكن أن تكشف هويتك.
# Where the pilot offers the Type 1 objection only (a programme decision), in place of the Type 1 and Type 2 paragraphs.
notice-leaflet-object-type1-only = في هذه المرحلة التجريبية يوجد نوع واحد من الاعتراض، يُسمى Type 1. ويعني أنه لن تخرج من العيادة أي معلومات من سجلك لدى الطبيب العام يمكن أن تكشف هويتك، إلا لأغراض رعايتك المباشرة.
notice-leaflet-change = يمكنك تغيير رأيك في أي وقت بإبلاغ العيادة.
# Variables:
#   $phone (String) - the practice's phone number
notice-leaflet-formats = تتوفر هذه النشرة أيضًا بالخط الكبير وبلغات أخرى. اسأل في مكتب الاستقبال أو اتصل بالرقم { $phone }.
notice-leaflet-dates-heading = تواريخ مهمة
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = فترة التوعية: من { $start } إلى { $end }. أول استخراج للبيانات: { $extract }.

## Objection form

notice-form-heading = استمارة الاعتراض: care.data
notice-form-intro-each-type = استخدم هذه الاستمارة للاعتراض على مشاركة المعلومات الواردة في سجلات الأطباء العامين. لكل شخص، ضع علامة في المربع الخاص بكل نوع من الاعتراض يرغب فيه. لا يؤثر الاعتراض على رعاية أي شخص، ويمكن سحب الاعتراض في أي وقت.
# Where the pilot offers the Type 1 objection only: the form has one box for each person.
notice-form-intro-type1-only = استخدم هذه الاستمارة للاعتراض على مشاركة المعلومات الواردة في سجلات الأطباء العامين. ضع علامة في المربع لكل شخص يرغب في الاعتراض. لا يؤثر الاعتراض على رعاية أي شخص، ويمكن سحب الاعتراض في أي وقت.
notice-form-type1-identifiable = اعتراض Type 1: لا تسمحوا بخروج معلومات من سجلي لدى الطبيب العام يمكن أن تكشف هويتي من العيادة، إلا لأغراض رعايتي المباشرة (الرمز 9Nu0)
notice-form-type2 = اعتراض Type 2: لا تسمحوا لمركز معلومات الصحة والرعاية الاجتماعية (Health and Social Care Information Centre) بالإفصاح عن معلومات يمكن أن تكشف هويتي (الرمز 9Nu4)
notice-form-person = المريض
# Variables:
#   $number (Number) - which other person on the form, 1 to 4
notice-form-other-person = طفل أو شخص آخر { $number }
notice-form-name = الاسم الكامل
notice-form-dob = تاريخ الميلاد
notice-form-nhs = رقم NHS (إن كان معروفًا)
notice-form-address = العنوان
notice-form-signature = التوقيع
notice-form-date = التاريخ
notice-form-on-behalf-authority = إذا كنت توقّع عن طفل دون 16 عامًا، أو عن شخص بالغ لك الحق القانوني في التصرف نيابةً عنه (مثل التوكيل الدائم)، فاذكر أيّ الحالتين:
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = أعد هذه الاستمارة إلى { $practice }، { $address }، أو سلّمها إلى مكتب الاستقبال.
notice-form-office = لاستخدام العيادة: رُمِّزت بتاريخ ______ بواسطة ______

## Withdrawal form: taking back an objection made before

notice-withdrawal-heading = سحب اعتراض: care.data
notice-withdrawal-intro = استخدم هذه الاستمارة إذا كنت قد اعترضت من قبل ثم غيّرت رأيك. ضع علامة على الاعتراض الذي تريد سحبه. ستبقى رعايتك كما هي أيًّا كان اختيارك، ويمكنك الاعتراض مجددًا في أي وقت.
# Where the pilot offers the Type 1 objection only: the form has one box.
notice-withdrawal-intro-type1-only = استخدم هذه الاستمارة إذا كنت قد اعترضت من قبل ثم غيّرت رأيك. ضع علامة في المربع لسحب اعتراضك. ستبقى رعايتك كما هي أيًّا كان اختيارك، ويمكنك الاعتراض مجددًا في أي وقت.
notice-withdrawal-type1 = أسحب اعتراض Type 1 الخاص بي: يجوز أن تخرج المعلومات من سجلي لدى الطبيب العام من العيادة مرة أخرى
notice-withdrawal-type2 = أسحب اعتراض Type 2 الخاص بي: يجوز لمركز معلومات الصحة والرعاية الاجتماعية (Health and Social Care Information Centre) الإفصاح عن معلومات تخصني مرة أخرى
notice-withdrawal-office = لاستخدام العيادة: رُمِّز سحب الاعتراض بتاريخ ______ بواسطة ______

## Staff briefing

notice-briefing-heading = إحاطة للموظفين: برنامج care.data في هذه العيادة
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = يُبلَّغ المرضى اعتبارًا من { $start }. ويتم أول استخراج للبيانات في { $extract }.
notice-briefing-types = هناك نوعان من الاعتراض. يمنع Type 1 (9Nu0) خروج سجل الطبيب العام من العيادة إلا لأغراض الرعاية المباشرة. ويمنع Type 2 (9Nu4) خروج المعلومات التي تكشف الهوية من مركز معلومات الصحة والرعاية الاجتماعية (Health and Social Care Information Centre).
# Where the pilot offers the Type 1 objection only, in place of the paragraph on both types.
notice-briefing-types-type1-only = تُتيح هذه المرحلة التجريبية للمرضى نوعًا واحدًا من الاعتراض: Type 1 (9Nu0). وهو يمنع خروج المعلومات التي تكشف الهوية من سجل الطبيب العام إلى خارج العيادة، إلا لأغراض الرعاية المباشرة. وقد قرر البرنامج ذلك لهذه المرحلة التجريبية، ولذلك لا تعرض استماراتنا ورسائلنا ونشراتنا إلا Type 1.
notice-briefing-scr = يُرجى ملاحظة أن care.data ليس السجل الموجز للرعاية (Summary Care Record). والاعتراض على أحدهما لا يغيّر الآخر.
notice-briefing-script = ما يجب قوله: «قد تتم مشاركة المعلومات الواردة في سجلك لتخطيط خدمات NHS وتحسينها. إذا كنت لا ترغب في ذلك، فاملأ هذه الاستمارة وسنسجّل اختيارك. ولن يؤثر ذلك على رعايتك.»
notice-briefing-forms = سلّم الاستمارات المُعادة إلى الفريق الإداري في اليوم نفسه. إذ يتم التحقق منها وترميزها ومسحها ضوئيًا في السجل وإرسال إشعار باستلامها.
notice-briefing-questions = أحِل الأسئلة التي لا تستطيع الإجابة عنها إلى مدير العيادة.

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = عزيزي/عزيزتي { $names }،
# After the greeting of a letter to adults that names children under 16 at the same address too. The children are named on forms of their own, for a parent or guardian to sign.
# Variables:
#   $names (String) - the names of the children under 16, joined for the language
#   $count (Number) - how many children that is
notice-letter-children = { $count ->
        [one] تتعلق هذه الرسالة أيضًا بـ { $names }، الذي يقل عمره عن 16 عامًا. ويمكن لأحد الوالدين أو وليّ الأمر الاعتراض نيابةً عنه على الاستمارة المرفقة.
        [two] تتعلق هذه الرسالة أيضًا بـ { $names }، اللذين يقل عمر كل منهما عن 16 عامًا. ويمكن لأحد الوالدين أو وليّ الأمر الاعتراض نيابةً عنهما على الاستمارة المرفقة.
       *[other] تتعلق هذه الرسالة أيضًا بـ { $names }، الذين تقل أعمارهم عن 16 عامًا. ويمكن لأحد الوالدين أو وليّ الأمر الاعتراض نيابةً عنهم على الاستمارة المرفقة.
    }
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-to-guardian = إلى والد/والدة أو وليّ أمر { $names }
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-greeting-guardian = عزيزي/عزيزتي والد/والدة أو وليّ أمر { $names }،
notice-letter-opening = نكتب إليك لإعلامك ببرنامج care.data، وهو برنامج ستتم في إطاره مشاركة بعض المعلومات الواردة في سجلات الأطباء العامين بهدف تحسين خدمات NHS.
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = تُبلغ العيادة جميع المرضى اعتبارًا من { $start }. وستتم مشاركة المعلومات لأول مرة في { $extract }.
notice-letter-what-identifiable = ستُرسل معلومات مُرمَّزة من سجلك، مثل التشخيصات والوصفات الطبية ونتائج الفحوصات، إلى مركز معلومات الصحة والرعاية الاجتماعية (Health and Social Care Information Centre) مع رقم NHS الخاص بك وتاريخ ميلادك ورمزك البريدي وجنسك. ويمكن أن تكشف هذه المعلومات هويتك: فهي ليست مجهولة الهوية. ولن تُرسل ملاحظاتك المكتوبة. وبموجب القانون، لا يجوز استخدامها إلا لأغراض الصحة والرعاية، وليس للتأمين أو التسويق.
notice-letter-choice-for-whom = إذا كنت موافقًا على استخدام معلوماتك، فلا داعي لأن تفعل أي شيء. وإذا كنت لا تريد إرسالها، فاملأ الاستمارة المرفقة وأعدها قبل أول استخراج للبيانات. يمكنك الاعتراض عن نفسك وعن أطفالك الذين تقل أعمارهم عن 16 عامًا؛ أما أي شخص بالغ آخر مذكور أعلاه فيقرر بنفسه، إلا إذا كان لك الحق القانوني في التصرف نيابةً عنه.
notice-letter-care = أيًّا كان قرارك، لن تتغير رعايتك. ويمكنك تغيير رأيك في أي وقت بإبلاغ العيادة.
# The messages ending -guardian replace their namesakes in a letter to the parent or guardian of children under 16 (and no adult): the reader is not the patient.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-what-identifiable-guardian = ستُرسل معلومات مُرمَّزة من { $count ->
        [one] سجل طفلك لدى الطبيب العام
        [two] سجلَّي طفليك لدى الطبيب العام
       *[other] سجلات أطفالك لدى الطبيب العام
    }، مثل التشخيصات والوصفات الطبية ونتائج الفحوصات، إلى مركز معلومات الصحة والرعاية الاجتماعية (Health and Social Care Information Centre) مع رقم NHS وتاريخ الميلاد والرمز البريدي والجنس. ويمكن أن تكشف هذه المعلومات هوية { $count ->
        [one] طفلك
        [two] طفليك
       *[other] أطفالك
    }: فهي ليست مجهولة الهوية. ولن تُرسل الملاحظات المكتوبة. وبموجب القانون، لا يجوز استخدامها إلا لأغراض الصحة والرعاية، وليس للتأمين أو التسويق.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-choice-guardian = إذا كنت موافقًا على استخدام معلومات { $count ->
        [one] طفلك
        [two] طفليك
       *[other] أطفالك
    }، فلا داعي لأن تفعل أي شيء. وإن لم تكن موافقًا، فيمكنك الاعتراض { $count ->
        [one] نيابةً عنه
        [two] نيابةً عنهما
       *[other] نيابةً عنهم
    } على الاستمارة المرفقة: املأها ووقّعها وأعدها قبل أول استخراج للبيانات.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-care-guardian = أيًّا كان قرارك، لن تتغير رعاية { $count ->
        [one] طفلك
        [two] طفليك
       *[other] أطفالك
    }. ويمكنك تغيير رأيك في أي وقت بإبلاغ العيادة.
# Variables:
#   $phone (String) - the practice's phone number
notice-letter-formats = للحصول على هذه الرسالة بالخط الكبير أو بلغة أخرى، أو لأي سؤال، اتصل بالعيادة على الرقم { $phone }.
notice-letter-closing = مع خالص التحيات،
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = الأطباء الشركاء وفريق العمل في { $practice }
notice-letter-enclosure = مرفق: استمارة الاعتراض
## Letter in a draft translation: the same letter in English follows it


notice-letter-english-heading = هذه الرسالة باللغة الإنجليزية

