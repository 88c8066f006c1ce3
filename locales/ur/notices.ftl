# Draft translation into Urdu of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = آپ کے بارے میں معلومات کیسے استعمال ہوتی ہیں: care.data
notice-draft-translation = یہ ترجمے کا ابتدائی مسودہ ہے۔ اگر کوئی بات واضح نہ ہو تو براہِ کرم استقبالیہ سے انگریزی ورژن طلب کریں۔

## Poster (A4 and A3)

notice-poster-title = care.data: آپ کے جی پی ریکارڈ کی معلومات
notice-poster-intro = یہ سرجری care.data پائلٹ کا حصہ ہے۔ { $start } سے ہم ہر مریض کو اس کے بارے میں بتا رہے ہیں۔ اگر آپ اعتراض نہیں کرتے تو آپ کے جی پی ریکارڈ کی معلومات پہلی بار { $extract } کو صحت اور سماجی نگہداشت کے معلوماتی مرکز (Health and Social Care Information Centre) کو بھیجی جائیں گی۔
notice-poster-what-identifiable = کیا بھیجا جاتا ہے: آپ کے ریکارڈ کی کوڈ شدہ معلومات، جیسے تشخیص، ریفرل، نسخے اور ٹیسٹ کے نتائج، آپ کے NHS نمبر، تاریخِ پیدائش، پوسٹ کوڈ اور جنس کے ساتھ۔ ان سے آپ کی شناخت ہو سکتی ہے: یہ گمنام نہیں ہیں۔ آپ کے تحریری نوٹس نہیں بھیجے جاتے۔
notice-poster-why-purposes = کیوں: صحت اور نگہداشت کی خدمات کی منصوبہ بندی اور انہیں بہتر بنانے کے لیے۔ قانون کے مطابق انہیں صرف صحت اور نگہداشت کے لیے استعمال کیا جا سکتا ہے، بیمے یا مارکیٹنگ کے لیے نہیں۔
notice-poster-choice = فیصلہ آپ کا ہے۔ اگر آپ نہیں چاہتے کہ آپ کی معلومات شیئر کی جائیں تو { $extract } سے پہلے سرجری کو بتا دیں۔ آپ کو کوئی وجہ بتانے کی ضرورت نہیں، اور اس سے آپ کی دیکھ بھال پر کوئی اثر نہیں پڑے گا۔
notice-poster-ask = استقبالیہ سے معلوماتی کتابچہ اور اعتراض فارم طلب کریں۔
# Variables:
#   $practice (String) - the practice's name
#   $phone (String) - the practice's phone number
notice-contact = { $practice } · { $phone }

## Leaflet (A4, two sides)

notice-leaflet-heading = آپ کے لیے care.data کا کیا مطلب ہے
notice-leaflet-intro = صحت کی خدمات کو بہتر بنانے کے لیے NHS جی پی ریکارڈز کی معلومات استعمال کرنا چاہتی ہے۔ اس کتابچے میں بتایا گیا ہے کہ کیا شیئر کیا جائے گا، کیوں، اور آپ کس طرح اعتراض کر سکتے ہیں۔
notice-leaflet-what-heading = کون سی معلومات شیئر کی جاتی ہیں
notice-leaflet-what-identifiable = آپ کے جی پی ریکارڈ کی کوڈ شدہ معلومات: آپ کا NHS نمبر، تاریخِ پیدائش، پوسٹ کوڈ، جنس، نسلی پس منظر، تشخیص، ریفرل، نسخے، ٹیسٹ کے نتائج اور بلڈ پریشر جیسی پیمائشیں۔ آپ کے NHS نمبر، تاریخِ پیدائش، پوسٹ کوڈ اور جنس کے ساتھ ان سے آپ کی شناخت ہو سکتی ہے: یہ گمنام نہیں ہیں۔ آپ کے تحریری نوٹس نہیں بھیجے جاتے، اور نہ ہی کچھ حساس ریکارڈ، جیسے HIV، جنسی طور پر منتقل ہونے والے انفیکشنز، IVF اور اسقاطِ حمل سے متعلق ریکارڈ۔
notice-leaflet-who-heading = انہیں کون استعمال کرتا ہے
notice-leaflet-who-purposes = صحت اور سماجی نگہداشت کا معلوماتی مرکز (Health and Social Care Information Centre) ایک محفوظ ماحول میں انہیں ہسپتالوں اور دیگر نگہداشت کی معلومات کے ساتھ ملاتا ہے۔ یہ معلومات NHS کے اداروں، منظور شدہ محققین اور دیگر منظور شدہ اداروں کو جاری کر سکتا ہے، جن میں سے کچھ NHS سے باہر ہیں۔ قانون کے مطابق یہ صرف صحت اور نگہداشت کے مقاصد کے لیے جاری کی جا سکتی ہیں، بیمے یا مارکیٹنگ کے لیے کبھی نہیں۔
notice-leaflet-not-heading = یہ جاننا ضروری ہے کہ care.data کیا نہیں ہے
notice-leaflet-not = یہ مختصر طبی ریکارڈ (Summary Care Record) نہیں ہے، جس کے ذریعے ہنگامی صورتحال میں آپ کا علاج کرنے والا عملہ آپ کی دوائیں اور الرجیز دیکھ سکتا ہے۔ care.data پر اعتراض کرنے سے آپ کا مختصر طبی ریکارڈ تبدیل نہیں ہوتا۔
notice-leaflet-object-heading = اعتراض کیسے کریں
notice-leaflet-object-for-whom = اعتراض فارم پُر کریں اور اسے استقبالیہ پر جمع کرا دیں یا ڈاک کے ذریعے سرجری کو بھیج دیں۔ آپ اپنے لیے اور 16 سال سے کم عمر کے اپنے بچوں کے لیے اعتراض کر سکتے ہیں۔ کسی دوسرے بالغ کے لیے آپ صرف اسی صورت میں اعتراض کر سکتے ہیں جب آپ کو ان کی طرف سے کام کرنے کا قانونی حق حاصل ہو، جیسے لاسٹنگ پاور آف اٹارنی (lasting power of attorney)۔
notice-leaflet-type1-identifiable = اعتراض Type 1: آپ کے جی پی ریکارڈ کی کوئی ایسی معلومات جس سے آپ کی شناخت ہو سکے، سرجری سے باہر نہیں جائیں گی، سوائے آپ کی براہِ راست دیکھ بھال کے۔
notice-leaflet-type2 = اعتراض Type 2: صحت اور سماجی نگہداشت کے معلوماتی مرکز کے پاس موجود آپ کی معلومات، جو NHS کی کسی بھی دیکھ بھال سے حاصل ہوئی ہوں، ایسی شکل میں جاری نہیں کی جائیں گی جس سے آپ کی شناخت ہو سکے۔
# Where the pilot offers the Type 1 objection only (a programme decision), in place of the Type 1 and Type 2 paragraphs.
notice-leaflet-object-type1-only = اس پائلٹ میں اعتراض کی صرف ایک قسم ہے، جسے Type 1 کہا جاتا ہے۔ اس کا مطلب ہے کہ آپ کے جی پی ریکارڈ کی کوئی ایسی معلومات جس سے آپ کی شناخت ہو سکے، سرجری سے باہر نہیں جائیں گی، سوائے آپ کی براہِ راست دیکھ بھال کے۔
notice-leaflet-change = آپ سرجری کو بتا کر کسی بھی وقت اپنا فیصلہ بدل سکتے ہیں۔
# Variables:
#   $phone (String) - the practice's phone number
notice-leaflet-formats = یہ کتابچہ بڑے حروف میں اور دیگر زبانوں میں بھی دستیاب ہے۔ استقبالیہ پر پوچھیں یا { $phone } پر فون کریں۔
notice-leaflet-dates-heading = اہم تاریخیں
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = آگاہی کی مدت: { $start } سے { $end } تک۔ پہلی بار ڈیٹا نکالنے کی تاریخ: { $extract }۔

## Objection form

notice-form-heading = اعتراض فارم: care.data
notice-form-intro-each-type = جی پی ریکارڈز کی معلومات شیئر کیے جانے پر اعتراض کرنے کے لیے یہ فارم استعمال کریں۔ ہر فرد کے لیے، اعتراض کی ہر اس قسم کے خانے میں نشان لگائیں جو وہ چاہتے ہیں۔ اعتراض کرنے سے کسی کی دیکھ بھال پر اثر نہیں پڑتا، اور اعتراض کسی بھی وقت واپس لیا جا سکتا ہے۔
# Where the pilot offers the Type 1 objection only: the form has one box for each person.
notice-form-intro-type1-only = جی پی ریکارڈز کی معلومات شیئر کیے جانے پر اعتراض کرنے کے لیے یہ فارم استعمال کریں۔ ہر اس فرد کے لیے خانے میں نشان لگائیں جو اعتراض کرنا چاہتا ہے۔ اعتراض کرنے سے کسی کی دیکھ بھال پر اثر نہیں پڑتا، اور اعتراض کسی بھی وقت واپس لیا جا سکتا ہے۔
notice-form-type1-identifiable = اعتراض Type 1: میرے جی پی ریکارڈ کی ایسی معلومات جن سے میری شناخت ہو سکے، سرجری سے باہر نہ جانے دی جائیں، سوائے میری براہِ راست دیکھ بھال کے (کوڈ 9Nu0)
notice-form-type2 = اعتراض Type 2: صحت اور سماجی نگہداشت کا معلوماتی مرکز (Health and Social Care Information Centre) ایسی معلومات جاری نہ کرے جن سے میری شناخت ہو سکے (کوڈ 9Nu4)
notice-form-person = مریض
# Variables:
#   $number (Number) - which other person on the form, 1 to 4
notice-form-other-person = بچہ یا کوئی دوسرا فرد { $number }
notice-form-name = پورا نام
notice-form-dob = تاریخ پیدائش
notice-form-nhs = اگر معلوم ہو تو NHS نمبر
notice-form-address = پتہ
notice-form-signature = دستخط
notice-form-date = تاریخ
notice-form-on-behalf-authority = اگر آپ 16 سال سے کم عمر بچے کی طرف سے، یا کسی ایسے بالغ کی طرف سے دستخط کر رہے ہیں جس کی طرف سے کام کرنے کا آپ کو قانونی حق حاصل ہے (جیسے لاسٹنگ پاور آف اٹارنی)، تو بتائیں کہ کون سا:
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = یہ فارم { $practice }، { $address } کو واپس بھیجیں، یا استقبالیہ پر جمع کرا دیں۔
notice-form-office = صرف سرجری کے استعمال کے لیے: تاریخ ______ کو ______ نے کوڈ کیا

## Withdrawal form: taking back an objection made before

notice-withdrawal-heading = اعتراض واپس لینا: care.data
notice-withdrawal-intro = اگر آپ نے پہلے اعتراض کیا تھا اور اب آپ کا فیصلہ بدل گیا ہے تو یہ فارم استعمال کریں۔ جو اعتراض آپ واپس لینا چاہتے ہیں اس پر نشان لگائیں۔ آپ جو بھی انتخاب کریں، آپ کی دیکھ بھال ویسی ہی رہے گی، اور آپ کسی بھی وقت دوبارہ اعتراض کر سکتے ہیں۔
# Where the pilot offers the Type 1 objection only: the form has one box.
notice-withdrawal-intro-type1-only = اگر آپ نے پہلے اعتراض کیا تھا اور اب آپ کا فیصلہ بدل گیا ہے تو یہ فارم استعمال کریں۔ اپنا اعتراض واپس لینے کے لیے خانے میں نشان لگائیں۔ آپ جو بھی انتخاب کریں، آپ کی دیکھ بھال ویسی ہی رہے گی، اور آپ کسی بھی وقت دوبارہ اعتراض کر سکتے ہیں۔
notice-withdrawal-type1 = میرا اعتراض Type 1 واپس لیا جائے: میرے جی پی ریکارڈ کی معلومات دوبارہ سرجری سے باہر جا سکتی ہیں
notice-withdrawal-type2 = میرا اعتراض Type 2 واپس لیا جائے: صحت اور سماجی نگہداشت کا معلوماتی مرکز (Health and Social Care Information Centre) میرے بارے میں معلومات دوبارہ جاری کر سکتا ہے
notice-withdrawal-office = صرف سرجری کے استعمال کے لیے: اعتراض کی واپسی تاریخ ______ کو ______ نے کوڈ کی

## Staff briefing

notice-briefing-heading = عملے کے لیے بریفنگ: اس سرجری میں care.data
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = مریضوں کو { $start } سے آگاہ کیا جا رہا ہے۔ پہلی بار ڈیٹا { $extract } کو نکالا جائے گا۔
notice-briefing-types = اعتراض کی دو قسمیں ہیں۔ Type 1 (9Nu0) جی پی ریکارڈ کو براہِ راست دیکھ بھال کے علاوہ سرجری سے باہر جانے سے روکتا ہے۔ Type 2 (9Nu4) قابلِ شناخت معلومات کو صحت اور سماجی نگہداشت کے معلوماتی مرکز (Health and Social Care Information Centre) سے باہر جانے سے روکتا ہے۔
# Where the pilot offers the Type 1 objection only, in place of the paragraph on both types.
notice-briefing-types-type1-only = یہ پائلٹ مریضوں کو اعتراض کی ایک قسم پیش کرتا ہے: Type 1 (9Nu0)۔ یہ قابلِ شناخت معلومات کو جی پی ریکارڈ سے سرجری کے باہر جانے سے روکتا ہے، سوائے براہِ راست دیکھ بھال کے۔ پروگرام نے اس پائلٹ کے لیے یہ فیصلہ کیا ہے، اس لیے ہمارے فارم، خطوط اور کتابچے صرف Type 1 پیش کرتے ہیں۔
notice-briefing-scr = یاد رکھیں کہ care.data مختصر طبی ریکارڈ (Summary Care Record) نہیں ہے۔ ایک پر اعتراض کرنے سے دوسرا تبدیل نہیں ہوتا۔
notice-briefing-script = کیا کہنا ہے: "آپ کے ریکارڈ کی معلومات NHS کی خدمات کی منصوبہ بندی اور بہتری کے لیے شیئر کی جا سکتی ہیں۔ اگر آپ یہ نہیں چاہتے تو یہ فارم پُر کریں اور ہم آپ کا فیصلہ درج کر لیں گے۔ اس سے آپ کی دیکھ بھال پر کوئی اثر نہیں پڑے گا۔"
notice-briefing-forms = واپس آنے والے فارم اسی دن انتظامی ٹیم کے حوالے کریں۔ انہیں چیک کیا جاتا ہے، کوڈ کیا جاتا ہے، ریکارڈ میں اسکین کیا جاتا ہے اور ان کی وصولی کی تصدیق کی جاتی ہے۔
notice-briefing-questions = جن سوالات کا جواب آپ نہ دے سکیں، انہیں پریکٹس مینیجر کے پاس بھیج دیں۔

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = محترم/محترمہ { $names }،
# After the greeting of a letter to adults that names children under 16 at the same address too. The children are named on forms of their own, for a parent or guardian to sign.
# Variables:
#   $names (String) - the names of the children under 16, joined for the language
#   $count (Number) - how many children that is
notice-letter-children = یہ خط { $names } کے بارے میں بھی ہے، { $count ->
        [one] جس کی عمر 16 سال سے کم ہے
       *[other] جن کی عمر 16 سال سے کم ہے
    }۔ والد/والدہ یا سرپرست منسلک فارم پر ان کی طرف سے اعتراض کر سکتے ہیں۔
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-to-guardian = { $names } کے والد/والدہ یا سرپرست کے نام
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-greeting-guardian = { $names } کے محترم والد/والدہ یا سرپرست،
notice-letter-opening = ہم آپ کو care.data کے بارے میں بتانے کے لیے لکھ رہے ہیں، جو ایک ایسا پروگرام ہے جس کے تحت NHS کی خدمات کو بہتر بنانے کے لیے جی پی ریکارڈز کی کچھ معلومات شیئر کی جائیں گی۔
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = سرجری { $start } سے ہر مریض کو آگاہ کر رہی ہے۔ معلومات پہلی بار { $extract } کو شیئر کی جائیں گی۔
notice-letter-what-identifiable = آپ کے ریکارڈ کی کوڈ شدہ معلومات، جیسے تشخیص، نسخے اور ٹیسٹ کے نتائج، آپ کے NHS نمبر، تاریخِ پیدائش، پوسٹ کوڈ اور جنس کے ساتھ صحت اور سماجی نگہداشت کے معلوماتی مرکز (Health and Social Care Information Centre) کو بھیجی جائیں گی۔ ان سے آپ کی شناخت ہو سکتی ہے: یہ گمنام نہیں ہیں۔ آپ کے تحریری نوٹس نہیں بھیجے جائیں گے۔ قانون کے مطابق انہیں صرف صحت اور نگہداشت کے لیے استعمال کیا جا سکتا ہے، بیمے یا مارکیٹنگ کے لیے نہیں۔
notice-letter-choice-for-whom = اگر آپ اپنی معلومات کے استعمال پر راضی ہیں تو آپ کو کچھ کرنے کی ضرورت نہیں۔ اگر آپ نہیں چاہتے کہ یہ بھیجی جائیں تو منسلک فارم پُر کریں اور پہلی بار ڈیٹا نکالے جانے سے پہلے واپس کر دیں۔ آپ اپنے لیے اور 16 سال سے کم عمر کے اپنے بچوں کے لیے اعتراض کر سکتے ہیں؛ اوپر جس دوسرے بالغ کا نام درج ہے وہ اپنا فیصلہ خود کرتا ہے، جب تک کہ آپ کو اس کی طرف سے کام کرنے کا قانونی حق حاصل نہ ہو۔
notice-letter-care = آپ جو بھی فیصلہ کریں، آپ کی دیکھ بھال میں کوئی تبدیلی نہیں آئے گی۔ آپ سرجری کو بتا کر کسی بھی وقت اپنا فیصلہ بدل سکتے ہیں۔
# The messages ending -guardian replace their namesakes in a letter to the parent or guardian of children under 16 (and no adult): the reader is not the patient.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-what-identifiable-guardian = { $count ->
        [one] آپ کے بچے کے جی پی ریکارڈ
       *[other] آپ کے بچوں کے جی پی ریکارڈز
    } کی کوڈ شدہ معلومات، جیسے تشخیص، نسخے اور ٹیسٹ کے نتائج، ان کے NHS نمبر، تاریخِ پیدائش، پوسٹ کوڈ اور جنس کے ساتھ صحت اور سماجی نگہداشت کے معلوماتی مرکز (Health and Social Care Information Centre) کو بھیجی جائیں گی۔ ان معلومات سے ان کی شناخت ہو سکتی ہے: یہ گمنام نہیں ہیں۔ ان کے تحریری نوٹس نہیں بھیجے جائیں گے۔ قانون کے مطابق انہیں صرف صحت اور نگہداشت کے لیے استعمال کیا جا سکتا ہے، بیمے یا مارکیٹنگ کے لیے نہیں۔
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-choice-guardian = اگر آپ { $count ->
        [one] اپنے بچے کی معلومات
       *[other] اپنے بچوں کی معلومات
    } کے استعمال پر راضی ہیں تو آپ کو کچھ کرنے کی ضرورت نہیں۔ اگر نہیں، تو آپ منسلک فارم پر ان کی طرف سے اعتراض کر سکتے ہیں: اسے پُر کریں، دستخط کریں اور پہلی بار ڈیٹا نکالے جانے سے پہلے واپس کر دیں۔
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-care-guardian = آپ جو بھی فیصلہ کریں، { $count ->
        [one] آپ کے بچے کی دیکھ بھال
       *[other] آپ کے بچوں کی دیکھ بھال
    } میں کوئی تبدیلی نہیں آئے گی۔ آپ سرجری کو بتا کر کسی بھی وقت اپنا فیصلہ بدل سکتے ہیں۔
# Variables:
#   $phone (String) - the practice's phone number
notice-letter-formats = یہ خط بڑے حروف میں یا کسی دوسری زبان میں حاصل کرنے کے لیے، یا کسی بھی سوال کے لیے، سرجری کو { $phone } پر فون کریں۔
notice-letter-closing = نیک تمناؤں کے ساتھ،
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = پارٹنرز اور عملہ، { $practice }
notice-letter-enclosure = منسلک: اعتراض فارم
## Letter in a draft translation: the same letter in English follows it


notice-letter-english-heading = یہی خط انگریزی میں

