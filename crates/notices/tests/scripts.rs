//! Every script the notices use, shaped and written to a PDF, then read back with pdftotext.

use pathfinder_notices::pdf::{A4, Canvas, Pdf};
use pathfinder_notices::text::{FontBook, Style, Weight, fonts::search_folders, lay_out};

const SAMPLES: &[(&str, &str, bool)] = &[
    ("en-GB", "Better information means better care, Riverside Surgery B82005.", false),
    ("pl", "Lepsza informacja oznacza lepszą opiekę: zażółć gęślą jaźń.", false),
    ("fr", "Une meilleure information, de meilleurs soins : élève, où, naïve.", false),
    ("ar", "معلومات أفضل تعني رعاية أفضل", true),
    ("ur", "بہتر معلومات کا مطلب بہتر دیکھ بھال ہے", true),
    ("bn", "ভালো তথ্য মানে ভালো যত্ন", false),
    ("pa", "ਵਧੀਆ ਜਾਣਕਾਰੀ ਦਾ ਮਤਲਬ ਹੈ ਵਧੀਆ ਦੇਖਭਾਲ", false),
    // Punjabi in Shahmukhi: Urdu's letters and Punjabi's own (ݨ, the retroflex n), right to left.
    ("pa-Arab", "ودھیا جاݨکاری دا مطلب اے ودھیا دیکھ بھال", true),
    ("gu", "વધુ સારી માહિતી એટલે વધુ સારી સંભાળ", false),
    ("zh-CN", "更好的信息意味着更好的护理", false),
];

#[test]
fn every_script_round_trips_through_the_pdf() {
    let mut pdf = Pdf::new("scripts");
    let mut page = Canvas::new(A4);
    let mut baseline = 60.0;
    let mut books = Vec::new();
    for (language, text, rtl) in SAMPLES {
        let mut book = FontBook::new(language, search_folders(&[], &[]));
        let lines = lay_out(&mut book, text, Style { size: 14.0, weight: Weight::Regular }, 480.0, *rtl).unwrap();
        assert_eq!(lines.len(), 1, "{language}");
        for line in &lines {
            let x = if line.rtl { page.width() - 56.0 - line.width } else { 56.0 };
            page.text(&mut pdf, &book, line, x, baseline, 14.0);
            baseline += 30.0;
        }
        books.push(book);
    }
    pdf.push(page);
    let bytes = pdf.finish().unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/notices-preview");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("scripts.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let out = std::process::Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&path).arg("-").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for (language, sample, _) in SAMPLES {
        assert!(text.contains(sample), "{language}: {sample:?} not in {text:?}");
    }
    assert!(bytes.len() < 400_000, "the fonts are subset: {} bytes", bytes.len());
    let fonts = std::process::Command::new("pdffonts").arg(&path).output().unwrap();
    let listing = String::from_utf8(fonts.stdout).unwrap();
    let faces: Vec<&str> = listing.lines().skip(2).collect();
    // Latin, Arabic (Arabic, Urdu and Shahmukhi), Bengali, Gurmukhi, Gujarati and Chinese.
    assert_eq!(faces.len(), 6, "{listing}");
    for face in faces {
        let columns: Vec<&str> = face.split_whitespace().collect();
        assert!(columns[0].as_bytes()[6] == b'+', "a subset's name has its tag: {face}");
        assert!(columns.iter().filter(|c| **c == "yes").count() >= 3, "embedded, subset, with a ToUnicode map: {face}");
    }
}
