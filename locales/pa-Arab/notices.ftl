# Draft translation into Punjabi in the Shahmukhi (Perso-Arabic) script, written right to left, of the patient notices.
# Not yet drafted here (printed in English until they are): notice-poster-intro, notice-letter-children.
# It covers the messages the Gurmukhi draft (locales/pa) covers, translated from the current English; nobody has
# reviewed it yet ("status": "draft" in languages.json), so the notices print the English text with it. The comments
# below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = تہاڈے بارے معلومات کیویں ورتی جاندی اے: care.data
notice-draft-translation = ایہہ ترجمے دا کچا مسودہ اے۔ جے کوئی گل صاف نہ ہووے تے ریسپشن توں انگریزی والا نسخہ منگو۔

## Poster (A4 and A3)

notice-poster-title = care.data: تہاڈے جی پی ریکارڈ دی معلومات
notice-poster-what-identifiable = کی بھیجیا جاندا اے: تہاڈے ریکارڈ دی کوڈ کیتی ہوئی معلومات، جویں تشخیصاں، ریفرل، نسخے تے ٹیسٹاں دے نتیجے، تہاڈے NHS نمبر، جمن دی تریخ، پوسٹ کوڈ تے جنس سمیت۔ ایہدے نال تہاڈی پہچان ہو سکدی اے: ایہہ گمنام نہیں اے۔ تہاڈے لکھے ہوئے نوٹ نہیں بھیجے جاندے۔
notice-poster-why-purposes = کیوں: صحت تے دیکھ بھال دیاں سروساں دی منصوبہ بندی کرن تے اوہناں نوں بہتر بنان لئی۔ قانون دے مطابق اینوں صرف صحت تے دیکھ بھال لئی ورتیا جا سکدا اے، بیمے یا مارکیٹنگ لئی نہیں۔
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
notice-leaflet-what-identifiable = تہاڈے جی پی ریکارڈ دی کوڈ کیتی ہوئی معلومات: تہاڈا NHS نمبر، جمن دی تریخ، پوسٹ کوڈ، جنس، نسلی پچھوکڑ، تشخیصاں، ریفرل، نسخے، ٹیسٹاں دے نتیجے تے بلڈ پریشر ورگیاں پیمائشاں۔ تہاڈے NHS نمبر، جمن دی تریخ، پوسٹ کوڈ تے جنس دے نال ایہدے نال تہاڈی پہچان ہو سکدی اے: ایہہ گمنام نہیں اے۔ تہاڈے لکھے ہوئے نوٹ نہیں بھیجے جاندے، تے نہ ای کجھ حساس ریکارڈ، جویں HIV، جنسی تعلق نال پھیلن والیاں لاگاں، IVF تے اسقاطِ حمل بارے ریکارڈ۔
notice-leaflet-who-heading = اینوں کون ورتدا اے
notice-leaflet-who-purposes = ہیلتھ اینڈ سوشل کیئر انفارمیشن سینٹر (Health and Social Care Information Centre) اک محفوظ ماحول وچ اینوں ہسپتالاں تے ہور دیکھ بھال دی معلومات نال جوڑدا اے۔ ایہہ معلومات NHS دے اداریاں، منظور شدہ محققاں تے ہور منظور شدہ اداریاں نوں جاری کر سکدا اے، جنہاں وچوں کجھ NHS توں باہر نیں۔ قانون دے مطابق ایہہ صرف صحت تے دیکھ بھال دے مقصداں لئی جاری کیتی جا سکدی اے، بیمے یا مارکیٹنگ لئی کدی نہیں۔
notice-leaflet-not-heading = care.data کی نہیں اے
notice-leaflet-not = ایہہ سمری کیئر ریکارڈ (Summary Care Record) نہیں اے، جیہدے راہیں ایمرجنسی وچ تہاڈا علاج کرن والا عملہ تہاڈیاں دوائیاں تے الرجیاں ویکھ سکدا اے۔ care.data تے اعتراض کرن نال تہاڈا سمری کیئر ریکارڈ نہیں بدلدا۔
notice-leaflet-object-heading = اعتراض کیویں کرنا اے
notice-leaflet-object-for-whom = اعتراض فارم بھرو تے اینوں ریسپشن تے جمع کروا دیو یا ڈاک راہیں سرجری نوں بھیج دیو۔ تسیں اپنے لئی تے 16 سال توں گھٹ عمر دے اپنے بچیاں لئی اعتراض کر سکدے او۔ کسے ہور بالغ لئی تسیں صرف اوس ویلے اعتراض کر سکدے او جے تہاڈے کول اوہناں ولوں کم کرن دا قانونی حق ہووے، جویں لاسٹنگ پاور آف اٹارنی (lasting power of attorney)۔
notice-leaflet-type1-identifiable = Type 1 اعتراض: تہاڈے جی پی ریکارڈ دی کوئی وی اجہی معلومات جیہدے نال تہاڈی پہچان ہو سکے، سرجری توں باہر نہیں جاوے گی، سوائے تہاڈی سدھی دیکھ بھال دے۔
notice-leaflet-type2 = Type 2 اعتراض: ہیلتھ اینڈ سوشل کیئر انفارمیشن سینٹر کول تہاڈے بارے جیہڑی معلومات اے، جیہڑی NHS دی کسے وی دیکھ بھال توں آئی ہووے، اوہ اجہی شکل وچ جاری نہیں کیتی جاوے گی جیہدے نال تہاڈی پہچان ہو سکے۔
# Where the pilot offers the Type 1 objection only (a programme decision), in place of the Type 1 and Type 2 paragraphs.
notice-leaflet-object-type1-only = ایس پائلٹ وچ اعتراض دی اکو قسم اے، جینوں Type 1 کہندے نیں۔ ایہدا مطلب اے کہ تہاڈے جی پی ریکارڈ دی کوئی وی اجہی معلومات جیہدے نال تہاڈی پہچان ہو سکے، سرجری توں باہر نہیں جاوے گی، سوائے تہاڈی سدھی دیکھ بھال دے۔
notice-leaflet-change = اعتراض کرن نال تہاڈی دیکھ بھال اُتے کوئی اثر نہیں پیندا۔ تسیں سرجری نوں دس کے کسے ویلے وی اپنا فیصلہ بدل سکدے او، پہلی واری ڈیٹا کڈھے جان توں پہلاں یا بعد وچ۔
# Variables:
#   $phone (String) - the practice's phone number
notice-leaflet-formats = ایہہ کتابچہ وڈے اکھراں وچ تے ہور زباناں وچ وی ملدا اے۔ ریسپشن توں پچھو یا { $phone } تے فون کرو۔
notice-leaflet-dates-heading = اہم تریخاں
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = آگاہی دا ویلا: { $start } توں { $end } تک۔ پہلی واری ڈیٹا کڈھن دی تریخ: { $extract }۔

## Objection form

notice-form-heading = اعتراض فارم: care.data
notice-form-intro-each-type = جی پی ریکارڈاں دی معلومات سانجھی کیتے جان تے اعتراض کرن لئی ایہہ فارم ورتو۔ ہر بندے لئی، اعتراض دی ہر اوس قسم دے خانے وچ نشان لاؤ جیہڑی اوہ چاہندے نیں۔ اعتراض کرن نال کسے دی وی دیکھ بھال اُتے اثر نہیں پیندا، تے اعتراض کسے ویلے وی واپس لیا جا سکدا اے۔
# Where the pilot offers the Type 1 objection only: the form has one box for each person.
notice-form-intro-type1-only = جی پی ریکارڈاں دی معلومات سانجھی کیتے جان تے اعتراض کرن لئی ایہہ فارم ورتو۔ ہر اوس بندے لئی خانے وچ نشان لاؤ جیہڑا اعتراض کرنا چاہندا اے۔ اعتراض کرن نال کسے دی وی دیکھ بھال اُتے اثر نہیں پیندا، تے اعتراض کسے ویلے وی واپس لیا جا سکدا اے۔
notice-form-type1-identifiable = Type 1: میرے جی پی ریکارڈ دی اجہی معلومات جیہدے نال میری پہچان ہو سکے، سرجری توں باہر نہ جان دتی جاوے، سوائے میری سدھی دیکھ بھال دے (کوڈ 9Nu0)
notice-form-type2 = Type 2: ہیلتھ اینڈ سوشل کیئر انفارمیشن سینٹر (Health and Social Care Information Centre) توں اجہی معلومات جاری نہ کیتی جاوے جیہدے نال میری پہچان ہو سکے (کوڈ 9Nu4)
notice-form-person = مریض
# Variables:
#   $number (Number) - which other person on the form, 1 to 4
notice-form-other-person = بچہ یا کوئی ہور بندہ { $number }
notice-form-name = پورا ناں
notice-form-dob = جمن دی تریخ
notice-form-nhs = NHS نمبر (جے پتہ ہووے)
notice-form-address = پتہ
notice-form-signature = دستخط
notice-form-date = تریخ
notice-form-on-behalf-authority = جے تسیں 16 سال توں گھٹ عمر دے بچے لئی، یا کسے اجہے بالغ لئی دستخط کر رہے او جیہدے ولوں کم کرن دا تہانوں قانونی حق اے (جویں لاسٹنگ پاور آف اٹارنی)، تے دسو کیہڑا:
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = ایہہ فارم { $practice }، { $address } نوں واپس بھیجو، یا ریسپشن تے جمع کروا دیو۔
notice-form-office = صرف سرجری دے ورتن لئی: ______ نوں ______ نے کوڈ کیتا

## Withdrawal form: taking back an objection made before

notice-withdrawal-heading = اعتراض واپس لینا: care.data
notice-withdrawal-intro = جے تسیں پہلاں اعتراض کیتا سی تے ہن تہاڈا فیصلہ بدل گیا اے، تے ایہہ فارم ورتو۔ جیہڑا اعتراض تسیں واپس لینا چاہندے او، اوہدے اُتے نشان لاؤ۔ تسیں جو وی چنو، تہاڈی دیکھ بھال اوہو جہی رہوے گی، تے تسیں کسے ویلے وی دوبارہ اعتراض کر سکدے او۔
# Where the pilot offers the Type 1 objection only: the form has one box.
notice-withdrawal-intro-type1-only = جے تسیں پہلاں اعتراض کیتا سی تے ہن تہاڈا فیصلہ بدل گیا اے، تے ایہہ فارم ورتو۔ اپنا اعتراض واپس لین لئی خانے وچ نشان لاؤ۔ تسیں جو وی چنو، تہاڈی دیکھ بھال اوہو جہی رہوے گی، تے تسیں کسے ویلے وی دوبارہ اعتراض کر سکدے او۔
notice-withdrawal-type1 = میرا Type 1 اعتراض واپس لیا جاوے: میرے جی پی ریکارڈ دی معلومات فیر سرجری توں باہر جا سکدی اے
notice-withdrawal-type2 = میرا Type 2 اعتراض واپس لیا جاوے: ہیلتھ اینڈ سوشل کیئر انفارمیشن سینٹر (Health and Social Care Information Centre) میرے بارے معلومات فیر جاری کر سکدا اے
notice-withdrawal-office = صرف سرجری دے ورتن لئی: اعتراض دی واپسی ______ نوں ______ نے کوڈ کیتی

## Staff briefing

notice-briefing-heading = عملے لئی بریفنگ: ایس سرجری وچ care.data
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = مریضاں نوں { $start } توں دسیا جا رہیا اے۔ پہلی واری ڈیٹا { $extract } نوں کڈھیا جاوے گا۔
notice-briefing-types = اعتراض دیاں دو قسماں نیں۔ Type 1 (9Nu0) پہچان والی معلومات نوں جی پی ریکارڈ توں سرجری توں باہر جان توں روکدا اے، سوائے سدھی دیکھ بھال دے۔ Type 2 (9Nu4) ہیلتھ اینڈ سوشل کیئر انفارمیشن سینٹر (Health and Social Care Information Centre) نوں اوہدے کول موجود پہچان والی معلومات جاری کرن توں روکدا اے۔
# Where the pilot offers the Type 1 objection only, in place of the paragraph on both types.
notice-briefing-types-type1-only = ایہہ پائلٹ مریضاں نوں اعتراض دی اک قسم دیندا اے: Type 1 (9Nu0)۔ ایہہ پہچان والی معلومات نوں جی پی ریکارڈ توں سرجری توں باہر جان توں روکدا اے، سوائے سدھی دیکھ بھال دے۔ پروگرام نے ایس پائلٹ لئی ایہہ فیصلہ کیتا اے، ایس لئی ساڈے فارم، خط تے کتابچے صرف Type 1 دیندے نیں۔
notice-briefing-scr = care.data سمری کیئر ریکارڈ (Summary Care Record) نہیں اے۔ اک تے اعتراض کرن نال دوجا نہیں بدلدا۔
notice-briefing-script = کی کہنا اے: "تہاڈے ریکارڈ دی معلومات صحت تے دیکھ بھال دیاں سروساں دی منصوبہ بندی تے بہتری لئی بھیجی جاوے گی۔ ایہدے نال تہاڈی پہچان ہو سکدی اے، ایس لئی تسیں اعتراض کر سکدے او۔ اعتراض کرن نال تہاڈی دیکھ بھال اُتے کوئی اثر نہیں پوے گا، تے تسیں کسے ویلے وی اپنا فیصلہ بدل سکدے او۔"
notice-briefing-forms = واپس آئے فارم اوسے دن انتظامی ٹیم نوں دے دیو۔ اوہناں نوں چیک کیتا جاندا اے، کوڈ کیتا جاندا اے، ریکارڈ وچ سکین کیتا جاندا اے تے اوہناں دی وصولی دی تصدیق کیتی جاندی اے۔
notice-briefing-questions = جنہاں سوالاں دا جواب تسیں نہیں دے سکدے، اوہ پریکٹس مینیجر کول بھیجو۔

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = محترم { $names }،
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-to-guardian = { $names } دے ماں/پیو یا سرپرست دے ناں
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-greeting-guardian = { $names } دے محترم ماں/پیو یا سرپرست،
notice-letter-opening = اسیں تہانوں care.data بارے دسن لئی لکھ رہے آں۔ ایہہ اک پروگرام اے جیہدے تحت صحت تے دیکھ بھال دیاں سروساں دی منصوبہ بندی تے بہتری لئی جی پی ریکارڈاں وچوں کجھ معلومات بھیجی جاوے گی۔
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = سرجری { $start } توں ہر مریض نوں دس رہی اے۔ معلومات پہلی واری { $extract } نوں سانجھی کیتی جاوے گی۔
notice-letter-what-identifiable = تہاڈے ریکارڈ دی کوڈ کیتی ہوئی معلومات، جویں تشخیصاں، نسخے تے ٹیسٹاں دے نتیجے، تہاڈے NHS نمبر، جمن دی تریخ، پوسٹ کوڈ تے جنس سمیت ہیلتھ اینڈ سوشل کیئر انفارمیشن سینٹر (Health and Social Care Information Centre) نوں بھیجی جاوے گی۔ ایہدے نال تہاڈی پہچان ہو سکدی اے: ایہہ گمنام نہیں اے۔ تہاڈے لکھے ہوئے نوٹ نہیں بھیجے جان گے۔ قانون دے مطابق اینوں صرف صحت تے دیکھ بھال لئی ورتیا جا سکدا اے، بیمے یا مارکیٹنگ لئی نہیں۔
notice-letter-choice-for-whom = جے تسیں اپنی معلومات ورتے جان تے راضی او، تے تہانوں کجھ کرن دی لوڑ نہیں۔ جے تسیں نہیں چاہندے کہ ایہہ بھیجی جاوے، تے نال نتھی فارم بھرو تے پہلی واری ڈیٹا کڈھے جان توں پہلاں واپس کر دیو۔ تسیں اپنے لئی تے 16 سال توں گھٹ عمر دے اپنے بچیاں لئی اعتراض کر سکدے او؛ اُتے جس کسے ہور بالغ دا ناں اے، اوہ اپنا فیصلہ آپ کردا اے، جدوں تک تہاڈے کول اوہدے ولوں کم کرن دا قانونی حق نہ ہووے۔
notice-letter-care = تسیں جو وی فیصلہ کرو، تہاڈی دیکھ بھال نہیں بدلے گی۔ تسیں سرجری نوں دس کے کسے ویلے وی اپنا فیصلہ بدل سکدے او۔
# The messages ending -guardian replace their namesakes in a letter to the parent or guardian of children under 16 (and no adult): the reader is not the patient.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-what-identifiable-guardian = { $count ->
        [one] تہاڈے بچے دے جی پی ریکارڈ
       *[other] تہاڈے بچیاں دے جی پی ریکارڈاں
    } دی کوڈ کیتی ہوئی معلومات، جویں تشخیصاں، نسخے تے ٹیسٹاں دے نتیجے، اوہناں دے NHS نمبر، جمن دی تریخ، پوسٹ کوڈ تے جنس سمیت ہیلتھ اینڈ سوشل کیئر انفارمیشن سینٹر (Health and Social Care Information Centre) نوں بھیجی جاوے گی۔ ایہدے نال اوہناں دی پہچان ہو سکدی اے: ایہہ گمنام نہیں اے۔ اوہناں دے لکھے ہوئے نوٹ نہیں بھیجے جان گے۔ قانون دے مطابق اینوں صرف صحت تے دیکھ بھال لئی ورتیا جا سکدا اے، بیمے یا مارکیٹنگ لئی نہیں۔
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-choice-guardian = جے تسیں { $count ->
        [one] اپنے بچے دی معلومات
       *[other] اپنے بچیاں دی معلومات
    } ورتے جان تے راضی او، تے تہانوں کجھ کرن دی لوڑ نہیں۔ جے نہیں، تے تسیں نال نتھی فارم اُتے اوہناں ولوں اعتراض کر سکدے او: اینوں بھرو، دستخط کرو تے پہلی واری ڈیٹا کڈھے جان توں پہلاں واپس کر دیو۔
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-care-guardian = تسیں جو وی فیصلہ کرو، { $count ->
        [one] تہاڈے بچے دی دیکھ بھال
       *[other] تہاڈے بچیاں دی دیکھ بھال
    } نہیں بدلے گی۔ تسیں سرجری نوں دس کے کسے ویلے وی اپنا فیصلہ بدل سکدے او۔
# Variables:
#   $phone (String) - the practice's phone number
notice-letter-formats = ایہہ خط وڈے اکھراں وچ یا کسے ہور زبان وچ لین لئی، یا کسے وی سوال لئی، سرجری نوں { $phone } تے فون کرو۔
notice-letter-closing = خلوص نال،
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = { $practice } دے پارٹنر تے عملہ
notice-letter-enclosure = نال نتھی: اعتراض فارم

## Letter in a draft translation: the same letter in English follows it

notice-letter-english-heading = ایہو خط انگریزی وچ
