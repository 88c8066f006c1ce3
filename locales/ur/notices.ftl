# Draft translation into Urdu of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = آپ کے بارے میں معلومات کیسے استعمال ہوتی ہیں: care.data
notice-draft-translation = یہ ترجمے کا ابتدائی مسودہ ہے۔ اگر کوئی بات واضح نہ ہو تو براہِ کرم استقبالیہ سے انگریزی ورژن طلب کریں۔

## Poster (A4 and A3)

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
notice-leaflet-who-heading = انہیں کون استعمال کرتا ہے
notice-leaflet-not-heading = یہ جاننا ضروری ہے کہ care.data کیا نہیں ہے
notice-leaflet-not = یہ مختصر طبی ریکارڈ (Summary Care Record) نہیں ہے، جس کے ذریعے ہنگامی صورتحال میں آپ کا علاج کرنے والا عملہ آپ کی دوائیں اور الرجیز دیکھ سکتا ہے۔ care.data پر اعتراض کرنے سے آپ کا مختصر طبی ریکارڈ تبدیل نہیں ہوتا۔
notice-leaflet-object-heading = اعتراض کیسے کریں
notice-leaflet-type2 = اعتراض Type 2: صحت اور سماجی نگہداشت کے معلوماتی مرکز کے پاس موجود آپ کی معلومات، جو NHS کی کسی بھی دیکھ بھال سے حاصل ہوئی ہوں، ایسی شکل میں جاری نہیں کی جائیں گی جس سے آپ کی شناخت ہو سکے۔
notice-leaflet-change = آپ سرجری کو بتا کر کسی بھی وقت اپنا فیصلہ بدل سکتے ہیں۔
notice-leaflet-dates-heading = اہم تاریخیں
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = آگاہی کی مدت: { $start } سے { $end } تک۔ پہلی بار ڈیٹا نکالنے کی تاریخ: { $extract }۔

## Objection form

notice-form-heading = اعتراض فارم: care.data
notice-form-type2 = اعتراض Type 2: صحت اور سماجی نگہداشت کا معلوماتی مرکز (Health and Social Care Information Centre) ایسی معلومات جاری نہ کرے جن سے میری شناخت ہو سکے (کوڈ 9Nu4)
notice-form-person = مریض
notice-form-name = پورا نام
notice-form-dob = تاریخ پیدائش
notice-form-nhs = اگر معلوم ہو تو NHS نمبر
notice-form-address = پتہ
notice-form-signature = دستخط
notice-form-date = تاریخ
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = یہ فارم { $practice }، { $address } کو واپس بھیجیں، یا استقبالیہ پر جمع کرا دیں۔
notice-form-office = صرف سرجری کے استعمال کے لیے: تاریخ ______ کو ______ نے کوڈ کیا

## Staff briefing

notice-briefing-heading = عملے کے لیے بریفنگ: اس سرجری میں care.data
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = مریضوں کو { $start } سے آگاہ کیا جا رہا ہے۔ پہلی بار ڈیٹا { $extract } کو نکالا جائے گا۔
notice-briefing-types = اعتراض کی دو قسمیں ہیں۔ Type 1 (9Nu0) جی پی ریکارڈ کو براہِ راست دیکھ بھال کے علاوہ سرجری سے باہر جانے سے روکتا ہے۔ Type 2 (9Nu4) قابلِ شناخت معلومات کو صحت اور سماجی نگہداشت کے معلوماتی مرکز (Health and Social Care Information Centre) سے باہر جانے سے روکتا ہے۔
notice-briefing-scr = یاد رکھیں کہ care.data مختصر طبی ریکارڈ (Summary Care Record) نہیں ہے۔ ایک پر اعتراض کرنے سے دوسرا تبدیل نہیں ہوتا۔
notice-briefing-script = کیا کہنا ہے: "آپ کے ریکارڈ کی معلومات NHS کی خدمات کی منصوبہ بندی اور بہتری کے لیے شیئر کی جا سکتی ہیں۔ اگر آپ یہ نہیں چاہتے تو یہ فارم پُر کریں اور ہم آپ کا فیصلہ درج کر لیں گے۔ اس سے آپ کی دیکھ بھال پر کوئی اثر نہیں پڑے گا۔"
notice-briefing-forms = واپس آنے والے فارم اسی دن انتظامی ٹیم کے حوالے کریں۔ انہیں چیک کیا جاتا ہے، کوڈ کیا جاتا ہے، ریکارڈ میں اسکین کیا جاتا ہے اور ان کی وصولی کی تصدیق کی جاتی ہے۔
notice-briefing-questions = جن سوالات کا جواب آپ نہ دے سکیں، انہیں پریکٹس مینیجر کے پاس بھیج دیں۔

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = محترم/محترمہ { $names }،
notice-letter-opening = ہم آپ کو care.data کے بارے میں بتانے کے لیے لکھ رہے ہیں، جو ایک ایسا پروگرام ہے جس کے تحت NHS کی خدمات کو بہتر بنانے کے لیے جی پی ریکارڈز کی کچھ معلومات شیئر کی جائیں گی۔
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = سرجری { $start } سے ہر مریض کو آگاہ کر رہی ہے۔ معلومات پہلی بار { $extract } کو شیئر کی جائیں گی۔
notice-letter-closing = نیک تمناؤں کے ساتھ،
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = پارٹنرز اور عملہ، { $practice }
notice-letter-enclosure = منسلک: اعتراض فارم
