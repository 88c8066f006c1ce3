# Draft translation into Bengali of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = আপনার সম্পর্কে তথ্য কীভাবে ব্যবহার করা হয়: care.data
notice-draft-translation = এটি একটি খসড়া অনুবাদ। কোনো কিছু অস্পষ্ট মনে হলে অনুগ্রহ করে রিসেপশন থেকে ইংরেজি সংস্করণটি চেয়ে নিন।

## Poster (A4 and A3)

notice-poster-title = care.data: আপনার জিপি রেকর্ডের তথ্য
notice-poster-intro = এই সার্জারি care.data পাইলট প্রকল্পের অংশ। { $start } থেকে আমরা প্রত্যেক রোগীকে এ সম্পর্কে জানাচ্ছি। আপনি আপত্তি না জানালে, আপনার জিপি রেকর্ডের তথ্য প্রথমবার { $extract } তারিখে স্বাস্থ্য ও সামাজিক সেবা তথ্যকেন্দ্রে (Health and Social Care Information Centre) পাঠানো হবে।
notice-poster-what-identifiable = কী পাঠানো হয়: আপনার রেকর্ডের কোড করা তথ্য, যেমন রোগনির্ণয়, রেফারাল, প্রেসক্রিপশন ও পরীক্ষার ফলাফল, সঙ্গে আপনার NHS নম্বর, জন্মতারিখ, পোস্টকোড ও লিঙ্গ। এটি দিয়ে আপনাকে শনাক্ত করা যেতে পারে: এটি বেনামি নয়। আপনার লিখিত নোট পাঠানো হয় না।
notice-poster-why-purposes = কেন: স্বাস্থ্য ও পরিচর্যা সেবার পরিকল্পনা ও উন্নতির জন্য। আইন অনুযায়ী এটি কেবল স্বাস্থ্য ও পরিচর্যার কাজে ব্যবহার করা যাবে, বিমা বা বিপণনের জন্য নয়।
notice-poster-choice = সিদ্ধান্ত আপনার। আপনি যদি না চান যে আপনার তথ্য শেয়ার করা হোক, তাহলে { $extract }-এর আগে সার্জারিকে জানান। কোনো কারণ দেখানোর প্রয়োজন নেই, এবং এতে আপনার চিকিৎসাসেবায় কোনো প্রভাব পড়বে না।
notice-poster-ask = রিসেপশন থেকে একটি লিফলেট ও একটি আপত্তি ফর্ম চেয়ে নিন।
# Variables:
#   $practice (String) - the practice's name
#   $phone (String) - the practice's phone number
notice-contact = { $practice } · { $phone }

## Leaflet (A4, two sides)

notice-leaflet-heading = care.data: আপনার জন্য এর অর্থ কী
notice-leaflet-intro = স্বাস্থ্যসেবা উন্নত করতে NHS জিপি রেকর্ডের তথ্য ব্যবহার করতে চায়। এই লিফলেটে ব্যাখ্যা করা হয়েছে কী শেয়ার করা হবে, কেন, এবং আপনি কীভাবে আপত্তি জানাতে পারেন।
notice-leaflet-what-heading = কোন তথ্য শেয়ার করা হয়
notice-leaflet-what-identifiable = আপনার জিপি রেকর্ডের কোড করা তথ্য: আপনার NHS নম্বর, জন্মতারিখ, পোস্টকোড, লিঙ্গ, জাতিগত পরিচয়, রোগনির্ণয়, রেফারাল, প্রেসক্রিপশন, পরীক্ষার ফলাফল এবং রক্তচাপের মতো পরিমাপ। আপনার NHS নম্বর, জন্মতারিখ, পোস্টকোড ও লিঙ্গ সঙ্গে থাকায় এটি দিয়ে আপনাকে শনাক্ত করা যেতে পারে: এটি বেনামি নয়। আপনার লিখিত নোট পাঠানো হয় না, কিছু সংবেদনশীল রেকর্ডও পাঠানো হয় না, যেমন HIV, যৌনবাহিত সংক্রমণ, IVF এবং গর্ভপাত সম্পর্কিত রেকর্ড।
notice-leaflet-who-heading = কারা এটি ব্যবহার করে
notice-leaflet-who-purposes = স্বাস্থ্য ও সামাজিক সেবা তথ্যকেন্দ্র (Health and Social Care Information Centre) একটি সুরক্ষিত পরিবেশে এটিকে হাসপাতাল ও অন্যান্য সেবার তথ্যের সঙ্গে যুক্ত করে। এটি NHS সংস্থা, অনুমোদিত গবেষক এবং অন্যান্য অনুমোদিত সংস্থাকে তথ্য দিতে পারে, যাদের কয়েকটি NHS-এর বাইরের। আইন অনুযায়ী তথ্য কেবল স্বাস্থ্য ও পরিচর্যার উদ্দেশ্যে দেওয়া যাবে, বিমা বা বিপণনের জন্য কখনোই নয়।
notice-leaflet-not-heading = care.data কী নয়
notice-leaflet-not = এটি সংক্ষিপ্ত চিকিৎসা রেকর্ড (Summary Care Record) নয়, যার মাধ্যমে জরুরি অবস্থায় আপনার চিকিৎসাকারী কর্মীরা আপনার ওষুধ ও অ্যালার্জির তথ্য দেখতে পান। care.data-তে আপত্তি জানালে আপনার সংক্ষিপ্ত চিকিৎসা রেকর্ডে কোনো পরিবর্তন হয় না।
notice-leaflet-object-heading = কীভাবে আপত্তি জানাবেন
notice-leaflet-object-for-whom = আপত্তি ফর্মটি পূরণ করে রিসেপশনে জমা দিন অথবা ডাকযোগে সার্জারিতে পাঠান। আপনি নিজের জন্য এবং আপনার ১৬ বছরের কম বয়সী সন্তানদের জন্য আপত্তি জানাতে পারেন। অন্য কোনো প্রাপ্তবয়স্কের পক্ষে আপনি কেবল তখনই আপত্তি জানাতে পারেন, যদি তাঁর পক্ষে কাজ করার আইনি অধিকার আপনার থাকে, যেমন লাস্টিং পাওয়ার অফ অ্যাটর্নি (lasting power of attorney)।
notice-leaflet-type1-identifiable = Type 1 আপত্তি: আপনার জিপি রেকর্ড থেকে এমন কোনো তথ্য, যা দিয়ে আপনাকে শনাক্ত করা যেতে পারে, সার্জারির বাইরে যাবে না, কেবল আপনার সরাসরি চিকিৎসার প্রয়োজন ছাড়া।
notice-leaflet-type2 = Type 2 আপত্তি: যেকোনো NHS সেবা থেকে প্রাপ্ত এবং স্বাস্থ্য ও সামাজিক সেবা তথ্যকেন্দ্রে সংরক্ষিত আপনার তথ্য এমনভাবে প্রকাশ করা হবে না যাতে আপনাকে শনাক্ত করা যেতে পারে।
# Where the pilot offers the Type 1 objection only (a programme decision), in place of the Type 1 and Type 2 paragraphs.
notice-leaflet-object-type1-only = এই পাইলট প্রকল্পে আপত্তি একটিই ধরনের, যাকে Type 1 বলা হয়। এর অর্থ, আপনার জিপি রেকর্ড থেকে এমন কোনো তথ্য, যা দিয়ে আপনাকে শনাক্ত করা যেতে পারে, সার্জারির বাইরে যাবে না, কেবল আপনার সরাসরি চিকিৎসার প্রয়োজন ছাড়া।
notice-leaflet-change = সার্জারিকে জানিয়ে আপনি যেকোনো সময় আপনার সিদ্ধান্ত পরিবর্তন করতে পারেন।
# Variables:
#   $phone (String) - the practice's phone number
notice-leaflet-formats = এই লিফলেটটি বড় হরফে এবং অন্যান্য ভাষাতেও পাওয়া যায়। রিসেপশনে জিজ্ঞাসা করুন অথবা { $phone } নম্বরে ফোন করুন।
notice-leaflet-dates-heading = গুরুত্বপূর্ণ তারিখ
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = অবহিতকরণের সময়কাল: { $start } থেকে { $end } পর্যন্ত। প্রথমবার তথ্য উত্তোলন: { $extract }।

## Objection form

notice-form-heading = আপত্তি ফর্ম: care.data
notice-form-intro-each-type = জিপি রেকর্ডের তথ্য শেয়ার করার বিষয়ে আপত্তি জানাতে এই ফর্মটি ব্যবহার করুন। প্রত্যেক ব্যক্তির জন্য, তিনি যে যে ধরনের আপত্তি জানাতে চান তার প্রতিটির ঘরে টিক দিন। আপত্তি জানালে কারও চিকিৎসাসেবায় কোনো প্রভাব পড়ে না, এবং যেকোনো সময় আপত্তি প্রত্যাহার করা যায়।
# Where the pilot offers the Type 1 objection only: the form has one box for each person.
notice-form-intro-type1-only = জিপি রেকর্ডের তথ্য শেয়ার করার বিষয়ে আপত্তি জানাতে এই ফর্মটি ব্যবহার করুন। আপত্তি জানাতে চান এমন প্রত্যেক ব্যক্তির জন্য ঘরে টিক দিন। আপত্তি জানালে কারও চিকিৎসাসেবায় কোনো প্রভাব পড়ে না, এবং যেকোনো সময় আপত্তি প্রত্যাহার করা যায়।
notice-form-type1-identifiable = Type 1: আমার জিপি রেকর্ড থেকে এমন কোনো তথ্য, যা দিয়ে আমাকে শনাক্ত করা যেতে পারে, সার্জারির বাইরে যেতে দেবেন না, কেবল আমার সরাসরি চিকিৎসার প্রয়োজন ছাড়া (কোড 9Nu0)
notice-form-type2 = Type 2: স্বাস্থ্য ও সামাজিক সেবা তথ্যকেন্দ্র (Health and Social Care Information Centre) থেকে এমন কোনো তথ্য প্রকাশ করবেন না যা দিয়ে আমাকে শনাক্ত করা যেতে পারে (কোড 9Nu4)
notice-form-person = রোগী
# Variables:
#   $number (Number) - which other person on the form, 1 to 4
notice-form-other-person = শিশু বা অন্য ব্যক্তি { $number }
notice-form-name = পুরো নাম
notice-form-dob = জন্ম তারিখ
notice-form-nhs = NHS নম্বর (জানা থাকলে)
notice-form-address = ঠিকানা
notice-form-signature = স্বাক্ষর
notice-form-date = তারিখ
notice-form-on-behalf-authority = আপনি যদি ১৬ বছরের কম বয়সী কোনো শিশুর পক্ষে, অথবা এমন কোনো প্রাপ্তবয়স্কের পক্ষে স্বাক্ষর করেন যাঁর পক্ষে কাজ করার আইনি অধিকার আপনার আছে (যেমন লাস্টিং পাওয়ার অফ অ্যাটর্নি), তাহলে কোনটি তা লিখুন:
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = এই ফর্মটি { $practice }, { $address } ঠিকানায় ফেরত পাঠান, অথবা রিসেপশনে জমা দিন।
notice-form-office = সার্জারির ব্যবহারের জন্য: ______ তারিখে ______ কর্তৃক কোড করা হয়েছে

## Withdrawal form: taking back an objection made before

notice-withdrawal-heading = আপত্তি প্রত্যাহার: care.data
notice-withdrawal-intro = আপনি আগে আপত্তি জানিয়ে থাকলে এবং এখন মত পরিবর্তন করে থাকলে এই ফর্মটি ব্যবহার করুন। যে আপত্তিটি প্রত্যাহার করতে চান তাতে টিক দিন। আপনি যা-ই বেছে নিন, আপনার চিকিৎসাসেবা একই থাকবে, এবং আপনি যেকোনো সময় আবার আপত্তি জানাতে পারেন।
# Where the pilot offers the Type 1 objection only: the form has one box.
notice-withdrawal-intro-type1-only = আপনি আগে আপত্তি জানিয়ে থাকলে এবং এখন মত পরিবর্তন করে থাকলে এই ফর্মটি ব্যবহার করুন। আপনার আপত্তি প্রত্যাহার করতে ঘরে টিক দিন। আপনি যা-ই বেছে নিন, আপনার চিকিৎসাসেবা একই থাকবে, এবং আপনি যেকোনো সময় আবার আপত্তি জানাতে পারেন।
notice-withdrawal-type1 = আমার Type 1 আপত্তি প্রত্যাহার করছি: আমার জিপি রেকর্ডের তথ্য আবার সার্জারির বাইরে যেতে পারে
notice-withdrawal-type2 = আমার Type 2 আপত্তি প্রত্যাহার করছি: স্বাস্থ্য ও সামাজিক সেবা তথ্যকেন্দ্র (Health and Social Care Information Centre) আবার আমার সম্পর্কে তথ্য প্রকাশ করতে পারে
notice-withdrawal-office = সার্জারির ব্যবহারের জন্য: আপত্তি প্রত্যাহার ______ তারিখে ______ কর্তৃক কোড করা হয়েছে

## Staff briefing

notice-briefing-heading = কর্মীদের জন্য ব্রিফিং: এই সার্জারিতে care.data
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = রোগীদের { $start } থেকে জানানো হচ্ছে। প্রথমবার তথ্য উত্তোলন হবে { $extract } তারিখে।
notice-briefing-types = আপত্তি দুই ধরনের। Type 1 (9Nu0) সরাসরি চিকিৎসা ছাড়া জিপি রেকর্ডকে সার্জারির বাইরে যেতে বাধা দেয়। Type 2 (9Nu4) শনাক্তযোগ্য তথ্যকে স্বাস্থ্য ও সামাজিক সেবা তথ্যকেন্দ্র (Health and Social Care Information Centre) থেকে বাইরে যেতে বাধা দেয়।
# Where the pilot offers the Type 1 objection only, in place of the paragraph on both types.
notice-briefing-types-type1-only = এই পাইলট প্রকল্পে রোগীদের একটিই ধরনের আপত্তির সুযোগ দেওয়া হয়: Type 1 (9Nu0)। এটি সরাসরি চিকিৎসা ছাড়া জিপি রেকর্ড থেকে শনাক্তযোগ্য তথ্যকে সার্জারির বাইরে যেতে বাধা দেয়। এই পাইলটের জন্য কর্মসূচি এই সিদ্ধান্ত নিয়েছে, তাই আমাদের ফর্ম, চিঠি ও লিফলেটে কেবল Type 1 দেওয়া হয়।
notice-briefing-scr = care.data সংক্ষিপ্ত চিকিৎসা রেকর্ড (Summary Care Record) নয়। একটিতে আপত্তি জানালে অন্যটিতে কোনো পরিবর্তন হয় না।
notice-briefing-script = কী বলবেন: “আপনার রেকর্ডের তথ্য NHS সেবার পরিকল্পনা ও উন্নতির জন্য শেয়ার করা হতে পারে। আপনি যদি তা না চান, তাহলে এই ফর্মটি পূরণ করুন, আমরা আপনার সিদ্ধান্ত নথিভুক্ত করব। এতে আপনার চিকিৎসাসেবায় কোনো প্রভাব পড়বে না।”
notice-briefing-forms = ফেরত আসা ফর্মগুলো একই দিনে প্রশাসনিক দলের কাছে দিন। সেগুলো যাচাই করা হয়, কোড করা হয়, রেকর্ডে স্ক্যান করা হয় এবং প্রাপ্তি স্বীকার করা হয়।
notice-briefing-questions = যেসব প্রশ্নের উত্তর আপনি দিতে পারবেন না, সেগুলো প্র্যাকটিস ম্যানেজারের কাছে পাঠান।

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = প্রিয় { $names },
# After the greeting of a letter to adults that names children under 16 at the same address too. The children are named on forms of their own, for a parent or guardian to sign.
# Variables:
#   $names (String) - the names of the children under 16, joined for the language
#   $count (Number) - how many children that is
notice-letter-children = { $count ->
        [one] এই চিঠিটি { $names }-এর বিষয়েও, যার বয়স ১৬ বছরের কম। মা/বাবা বা অভিভাবক সংযুক্ত ফর্মে তার পক্ষে আপত্তি জানাতে পারেন।
       *[other] এই চিঠিটি { $names }-এর বিষয়েও, যাদের বয়স ১৬ বছরের কম। মা/বাবা বা অভিভাবক সংযুক্ত ফর্মে তাদের পক্ষে আপত্তি জানাতে পারেন।
    }
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-to-guardian = { $names }-এর মা/বাবা বা অভিভাবকের প্রতি
# Variables:
#   $names (String) - the names of the children under 16 the letter is for, joined for the language
notice-letter-greeting-guardian = { $names }-এর প্রিয় মা/বাবা বা অভিভাবক,
notice-letter-opening = care.data সম্পর্কে আপনাকে জানাতে আমরা এই চিঠি লিখছি। এটি এমন একটি কর্মসূচি, যার মাধ্যমে NHS সেবা উন্নত করার জন্য জিপি রেকর্ড থেকে কিছু তথ্য শেয়ার করা হবে।
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = সার্জারি { $start } থেকে প্রত্যেক রোগীকে জানাচ্ছে। তথ্য প্রথমবার শেয়ার করা হবে { $extract } তারিখে।
notice-letter-what-identifiable = আপনার রেকর্ডের কোড করা তথ্য, যেমন রোগনির্ণয়, প্রেসক্রিপশন ও পরীক্ষার ফলাফল, আপনার NHS নম্বর, জন্মতারিখ, পোস্টকোড ও লিঙ্গসহ স্বাস্থ্য ও সামাজিক সেবা তথ্যকেন্দ্রে (Health and Social Care Information Centre) পাঠানো হবে। এটি দিয়ে আপনাকে শনাক্ত করা যেতে পারে: এটি বেনামি নয়। আপনার লিখিত নোট পাঠানো হবে না। আইন অনুযায়ী এটি কেবল স্বাস্থ্য ও পরিচর্যার কাজে ব্যবহার করা যাবে, বিমা বা বিপণনের জন্য নয়।
notice-letter-choice-for-whom = আপনার তথ্য ব্যবহারে আপনি সম্মত থাকলে আপনাকে কিছুই করতে হবে না। আপনি যদি না চান যে এটি পাঠানো হোক, তাহলে সংযুক্ত ফর্মটি পূরণ করে প্রথমবার তথ্য উত্তোলনের আগে ফেরত দিন। আপনি নিজের জন্য এবং আপনার ১৬ বছরের কম বয়সী সন্তানদের জন্য আপত্তি জানাতে পারেন; উপরে নাম থাকা অন্য কোনো প্রাপ্তবয়স্ক নিজের সিদ্ধান্ত নিজেই নেবেন, যদি না তাঁর পক্ষে কাজ করার আইনি অধিকার আপনার থাকে।
notice-letter-care = আপনি যে সিদ্ধান্তই নিন, আপনার চিকিৎসাসেবা বদলাবে না। সার্জারিকে জানিয়ে আপনি যেকোনো সময় আপনার সিদ্ধান্ত পরিবর্তন করতে পারেন।
# The messages ending -guardian replace their namesakes in a letter to the parent or guardian of children under 16 (and no adult): the reader is not the patient.
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-what-identifiable-guardian = { $count ->
        [one] আপনার সন্তানের জিপি রেকর্ডের কোড করা তথ্য, যেমন রোগনির্ণয়, প্রেসক্রিপশন ও পরীক্ষার ফলাফল, তার NHS নম্বর, জন্মতারিখ, পোস্টকোড ও লিঙ্গসহ স্বাস্থ্য ও সামাজিক সেবা তথ্যকেন্দ্রে (Health and Social Care Information Centre) পাঠানো হবে। এটি দিয়ে তাকে শনাক্ত করা যেতে পারে: এটি বেনামি নয়। তার লিখিত নোট পাঠানো হবে না।
       *[other] আপনার সন্তানদের জিপি রেকর্ডের কোড করা তথ্য, যেমন রোগনির্ণয়, প্রেসক্রিপশন ও পরীক্ষার ফলাফল, তাদের NHS নম্বর, জন্মতারিখ, পোস্টকোড ও লিঙ্গসহ স্বাস্থ্য ও সামাজিক সেবা তথ্যকেন্দ্রে (Health and Social Care Information Centre) পাঠানো হবে। এটি দিয়ে তাদের শনাক্ত করা যেতে পারে: এটি বেনামি নয়। তাদের লিখিত নোট পাঠানো হবে না।
    } আইন অনুযায়ী এটি কেবল স্বাস্থ্য ও পরিচর্যার কাজে ব্যবহার করা যাবে, বিমা বা বিপণনের জন্য নয়।
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-choice-guardian = { $count ->
        [one] আপনি যদি আপনার সন্তানের তথ্য ব্যবহারে সম্মত থাকেন, তাহলে আপনাকে কিছুই করতে হবে না। তা না হলে, আপনি সংযুক্ত ফর্মে তার পক্ষে আপত্তি জানাতে পারেন:
       *[other] আপনি যদি আপনার সন্তানদের তথ্য ব্যবহারে সম্মত থাকেন, তাহলে আপনাকে কিছুই করতে হবে না। তা না হলে, আপনি সংযুক্ত ফর্মে তাদের পক্ষে আপত্তি জানাতে পারেন:
    } ফর্মটি পূরণ করুন, স্বাক্ষর করুন এবং প্রথমবার তথ্য উত্তোলনের আগে ফেরত দিন।
# Variables:
#   $count (Number) - how many children the letter is about
notice-letter-care-guardian = আপনি যে সিদ্ধান্তই নিন, { $count ->
        [one] আপনার সন্তানের চিকিৎসাসেবা
       *[other] আপনার সন্তানদের চিকিৎসাসেবা
    } বদলাবে না। সার্জারিকে জানিয়ে আপনি যেকোনো সময় আপনার সিদ্ধান্ত পরিবর্তন করতে পারেন।
# Variables:
#   $phone (String) - the practice's phone number
notice-letter-formats = এই চিঠিটি বড় হরফে বা অন্য ভাষায় পেতে, অথবা কোনো প্রশ্ন থাকলে, সার্জারিকে { $phone } নম্বরে ফোন করুন।
notice-letter-closing = শুভেচ্ছান্তে,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = { $practice }-এর অংশীদার ও কর্মীবৃন্দ
notice-letter-enclosure = সংযুক্তি: আপত্তি ফর্ম
## Letter in a draft translation: the same letter in English follows it


notice-letter-english-heading = এই চিঠিটি ইংরেজিতে

