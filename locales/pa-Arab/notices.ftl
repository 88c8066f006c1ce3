# Draft translation into Punjabi in the Shahmukhi (Perso-Arabic) script, written right to left, of the patient notices.
# It covers the messages the Gurmukhi draft (locales/pa) covers, translated from the current English; nobody has
# reviewed it yet ("status": "draft" in languages.json), so the notices print the English text with it. The comments
# below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = تہاڈے بارے معلومات کیویں ورتی جاندی اے: care.data
notice-draft-translation = ایہہ ترجمے دا کچا مسودہ اے۔ جے کوئی گل صاف نہ ہووے تے ریسپشن توں انگریزی والا نسخہ منگو۔

## Poster (A4 and A3)

notice-poster-choice = فیصلہ تہاڈا اے۔ جے تسیں نہیں چاہندے کہ تہاڈی معلومات بھیجی جاوے، تے { $extract } توں پہلاں سرجری نوں دسو۔ تہانوں کوئی وجہ دسن دی لوڑ نہیں، ایہدے نال تہاڈی دیکھ بھال اُتے کوئی اثر نہیں پوے گا، تے تسیں کسے ویلے وی اپنا فیصلہ بدل سکدے او۔
notice-poster-ask = ریسپشن توں اک کتابچہ تے اعتراض فارم منگو، جے لوڑ ہووے تے وڈے اکھراں وچ یا کسے ہور زبان وچ۔
# Variables:
#   $practice (String) - the practice's name
#   $phone (String) - the practice's phone number
notice-contact = { $practice } · { $phone }

## Leaflet (A4, two sides)

notice-leaflet-heading = care.data: تہاڈے لئی ایہدا کی مطلب اے
notice-leaflet-intro = NHS صحت تے دیکھ بھال دیاں سروساں دی منصوبہ بندی کرن تے اوہناں نوں بہتر بنان لئی جی پی ریکارڈاں دی معلومات ورتنا چاہندا اے۔ ایس کتابچے وچ دسیا گیا اے کہ کی بھیجیا جاوے گا، اینوں کون ورت سکدا اے، تے تسیں اعتراض کیویں کر سکدے او۔
notice-leaflet-what-heading = کیہڑی معلومات سانجھی کیتی جاندی اے
notice-leaflet-who-heading = اینوں کون ورتدا اے
notice-leaflet-not-heading = care.data کی نہیں اے
notice-leaflet-not = ایہہ سمری کیئر ریکارڈ (Summary Care Record) نہیں اے، جیہدے راہیں ایمرجنسی وچ تہاڈا علاج کرن والا عملہ تہاڈیاں دوائیاں تے الرجیاں ویکھ سکدا اے۔ care.data تے اعتراض کرن نال تہاڈا سمری کیئر ریکارڈ نہیں بدلدا۔
notice-leaflet-object-heading = اعتراض کیویں کرنا اے
notice-leaflet-type2 = Type 2 اعتراض: ہیلتھ اینڈ سوشل کیئر انفارمیشن سینٹر کول تہاڈے بارے جیہڑی معلومات اے، جیہڑی NHS دی کسے وی دیکھ بھال توں آئی ہووے، اوہ اجہی شکل وچ جاری نہیں کیتی جاوے گی جیہدے نال تہاڈی پہچان ہو سکے۔
notice-leaflet-change = اعتراض کرن نال تہاڈی دیکھ بھال اُتے کوئی اثر نہیں پیندا۔ تسیں سرجری نوں دس کے کسے ویلے وی اپنا فیصلہ بدل سکدے او، پہلی واری ڈیٹا کڈھے جان توں پہلاں یا بعد وچ۔
notice-leaflet-dates-heading = اہم تریخاں
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = آگاہی دا ویلا: { $start } توں { $end } تک۔ پہلی واری ڈیٹا کڈھن دی تریخ: { $extract }۔

## Objection form

notice-form-heading = اعتراض فارم: care.data
notice-form-type2 = Type 2: ہیلتھ اینڈ سوشل کیئر انفارمیشن سینٹر (Health and Social Care Information Centre) توں اجہی معلومات جاری نہ کیتی جاوے جیہدے نال میری پہچان ہو سکے (کوڈ 9Nu4)
notice-form-person = مریض
notice-form-name = پورا ناں
notice-form-dob = جمن دی تریخ
notice-form-nhs = NHS نمبر (جے پتہ ہووے)
notice-form-address = پتہ
notice-form-signature = دستخط
notice-form-date = تریخ
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = ایہہ فارم { $practice }، { $address } نوں واپس بھیجو، یا ریسپشن تے جمع کروا دیو۔
notice-form-office = صرف سرجری دے ورتن لئی: ______ نوں ______ نے کوڈ کیتا

## Staff briefing

notice-briefing-heading = عملے لئی بریفنگ: ایس سرجری وچ care.data
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = مریضاں نوں { $start } توں دسیا جا رہیا اے۔ پہلی واری ڈیٹا { $extract } نوں کڈھیا جاوے گا۔
notice-briefing-types = اعتراض دیاں دو قسماں نیں۔ Type 1 (9Nu0) پہچان والی معلومات نوں جی پی ریکارڈ توں سرجری توں باہر جان توں روکدا اے، سوائے سدھی دیکھ بھال دے۔ Type 2 (9Nu4) ہیلتھ اینڈ سوشل کیئر انفارمیشن سینٹر (Health and Social Care Information Centre) نوں اوہدے کول موجود پہچان والی معلومات جاری کرن توں روکدا اے۔
notice-briefing-scr = care.data سمری کیئر ریکارڈ (Summary Care Record) نہیں اے۔ اک تے اعتراض کرن نال دوجا نہیں بدلدا۔
notice-briefing-script = کی کہنا اے: "تہاڈے ریکارڈ دی معلومات صحت تے دیکھ بھال دیاں سروساں دی منصوبہ بندی تے بہتری لئی بھیجی جاوے گی۔ ایہدے نال تہاڈی پہچان ہو سکدی اے، ایس لئی تسیں اعتراض کر سکدے او۔ اعتراض کرن نال تہاڈی دیکھ بھال اُتے کوئی اثر نہیں پوے گا، تے تسیں کسے ویلے وی اپنا فیصلہ بدل سکدے او۔"
notice-briefing-forms = واپس آئے فارم اوسے دن انتظامی ٹیم نوں دے دیو۔ اوہناں نوں چیک کیتا جاندا اے، کوڈ کیتا جاندا اے، ریکارڈ وچ سکین کیتا جاندا اے تے اوہناں دی وصولی دی تصدیق کیتی جاندی اے۔
notice-briefing-questions = جنہاں سوالاں دا جواب تسیں نہیں دے سکدے، اوہ پریکٹس مینیجر کول بھیجو۔

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = محترم { $names }،
notice-letter-opening = اسیں تہانوں care.data بارے دسن لئی لکھ رہے آں۔ ایہہ اک پروگرام اے جیہدے تحت صحت تے دیکھ بھال دیاں سروساں دی منصوبہ بندی تے بہتری لئی جی پی ریکارڈاں وچوں کجھ معلومات بھیجی جاوے گی۔
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = سرجری { $start } توں ہر مریض نوں دس رہی اے۔ معلومات پہلی واری { $extract } نوں سانجھی کیتی جاوے گی۔
notice-letter-closing = خلوص نال،
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = { $practice } دے پارٹنر تے عملہ
notice-letter-enclosure = نال نتھی: اعتراض فارم

## Letter in a draft translation: the same letter in English follows it

notice-letter-english-heading = ایہو خط انگریزی وچ
