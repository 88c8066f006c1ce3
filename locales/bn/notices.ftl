# Draft translation into Bengali of the patient notices. The comments below are in English.
# Patient notices printed as PDF: posters, the leaflet, the objection form, the staff briefing and the letter.
# Dates arrive already formatted for the language. The practice's name, address and phone are as the practice
# entered them.

notice-title = আপনার সম্পর্কে তথ্য কীভাবে ব্যবহার করা হয়: care.data
notice-draft-translation = এটি একটি খসড়া অনুবাদ। কোনো কিছু অস্পষ্ট মনে হলে অনুগ্রহ করে রিসেপশন থেকে ইংরেজি সংস্করণটি চেয়ে নিন।

## Poster (A4 and A3)

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
notice-leaflet-who-heading = কারা এটি ব্যবহার করে
notice-leaflet-not-heading = care.data কী নয়
notice-leaflet-not = এটি সংক্ষিপ্ত চিকিৎসা রেকর্ড (Summary Care Record) নয়, যার মাধ্যমে জরুরি অবস্থায় আপনার চিকিৎসাকারী কর্মীরা আপনার ওষুধ ও অ্যালার্জির তথ্য দেখতে পান। care.data-তে আপত্তি জানালে আপনার সংক্ষিপ্ত চিকিৎসা রেকর্ডে কোনো পরিবর্তন হয় না।
notice-leaflet-object-heading = কীভাবে আপত্তি জানাবেন
notice-leaflet-type2 = Type 2 আপত্তি: যেকোনো NHS সেবা থেকে প্রাপ্ত এবং স্বাস্থ্য ও সামাজিক সেবা তথ্যকেন্দ্রে সংরক্ষিত আপনার তথ্য এমনভাবে প্রকাশ করা হবে না যাতে আপনাকে শনাক্ত করা যেতে পারে।
notice-leaflet-change = সার্জারিকে জানিয়ে আপনি যেকোনো সময় আপনার সিদ্ধান্ত পরিবর্তন করতে পারেন।
notice-leaflet-dates-heading = গুরুত্বপূর্ণ তারিখ
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $end (String) - the last day of the awareness period, formatted
#   $extract (String) - the day of the first extract, formatted
notice-leaflet-dates = অবহিতকরণের সময়কাল: { $start } থেকে { $end } পর্যন্ত। প্রথমবার তথ্য উত্তোলন: { $extract }।

## Objection form

notice-form-heading = আপত্তি ফর্ম: care.data
notice-form-type2 = Type 2: স্বাস্থ্য ও সামাজিক সেবা তথ্যকেন্দ্র (Health and Social Care Information Centre) থেকে এমন কোনো তথ্য প্রকাশ করবেন না যা দিয়ে আমাকে শনাক্ত করা যেতে পারে (কোড 9Nu4)
notice-form-person = রোগী
notice-form-name = পুরো নাম
notice-form-dob = জন্ম তারিখ
notice-form-nhs = NHS নম্বর (জানা থাকলে)
notice-form-address = ঠিকানা
notice-form-signature = স্বাক্ষর
notice-form-date = তারিখ
# Variables:
#   $practice (String) - the practice's name
#   $address (String) - the practice's address on one line
notice-form-return = এই ফর্মটি { $practice }, { $address } ঠিকানায় ফেরত পাঠান, অথবা রিসেপশনে জমা দিন।
notice-form-office = সার্জারির ব্যবহারের জন্য: ______ তারিখে ______ কর্তৃক কোড করা হয়েছে

## Staff briefing

notice-briefing-heading = কর্মীদের জন্য ব্রিফিং: এই সার্জারিতে care.data
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-briefing-dates = রোগীদের { $start } থেকে জানানো হচ্ছে। প্রথমবার তথ্য উত্তোলন হবে { $extract } তারিখে।
notice-briefing-types = আপত্তি দুই ধরনের। Type 1 (9Nu0) সরাসরি চিকিৎসা ছাড়া জিপি রেকর্ডকে সার্জারির বাইরে যেতে বাধা দেয়। Type 2 (9Nu4) শনাক্তযোগ্য তথ্যকে স্বাস্থ্য ও সামাজিক সেবা তথ্যকেন্দ্র (Health and Social Care Information Centre) থেকে বাইরে যেতে বাধা দেয়।
notice-briefing-scr = care.data সংক্ষিপ্ত চিকিৎসা রেকর্ড (Summary Care Record) নয়। একটিতে আপত্তি জানালে অন্যটিতে কোনো পরিবর্তন হয় না।
notice-briefing-script = কী বলবেন: “আপনার রেকর্ডের তথ্য NHS সেবার পরিকল্পনা ও উন্নতির জন্য শেয়ার করা হতে পারে। আপনি যদি তা না চান, তাহলে এই ফর্মটি পূরণ করুন, আমরা আপনার সিদ্ধান্ত নথিভুক্ত করব। এতে আপনার চিকিৎসাসেবায় কোনো প্রভাব পড়বে না।”
notice-briefing-forms = ফেরত আসা ফর্মগুলো একই দিনে প্রশাসনিক দলের কাছে দিন। সেগুলো যাচাই করা হয়, কোড করা হয়, রেকর্ডে স্ক্যান করা হয় এবং প্রাপ্তি স্বীকার করা হয়।
notice-briefing-questions = যেসব প্রশ্নের উত্তর আপনি দিতে পারবেন না, সেগুলো প্র্যাকটিস ম্যানেজারের কাছে পাঠান।

## Letter

# Variables:
#   $names (String) - the names of everyone the letter is for, joined for the language
notice-letter-greeting = প্রিয় { $names },
notice-letter-opening = care.data সম্পর্কে আপনাকে জানাতে আমরা এই চিঠি লিখছি। এটি এমন একটি কর্মসূচি, যার মাধ্যমে NHS সেবা উন্নত করার জন্য জিপি রেকর্ড থেকে কিছু তথ্য শেয়ার করা হবে।
# Variables:
#   $start (String) - the first day patients are told, formatted
#   $extract (String) - the day of the first extract, formatted
notice-letter-dates = সার্জারি { $start } থেকে প্রত্যেক রোগীকে জানাচ্ছে। তথ্য প্রথমবার শেয়ার করা হবে { $extract } তারিখে।
notice-letter-closing = শুভেচ্ছান্তে,
# Variables:
#   $practice (String) - the practice's name
notice-letter-signature = { $practice }-এর অংশীদার ও কর্মীবৃন্দ
notice-letter-enclosure = সংযুক্তি: আপত্তি ফর্ম
