//! Printing through a real CUPS server to the cups-pdf virtual printer (scripts/with-cups.sh provides both and
//! says where printed files land in PATHFINDER_PRINTED).

#[path = "support/fixtures.rs"]
mod fixtures;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use fixtures::onboarded;
use pathfinder_notices::documents::{FontSource, Kind};

/// One job at a time: each test finds its own output as the file that was not there before.
static PRINTER: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Prints `path` with the app's quick print and gives the PDF that came out of the printer (once it is whole).
fn print_and_collect(state: &pathfinder_app::AppState, path: &str) -> PathBuf {
    let printed = PathBuf::from(std::env::var("PATHFINDER_PRINTED").expect("run under scripts/with-cups.sh"));
    let before: Vec<PathBuf> = std::fs::read_dir(&printed).unwrap().map(|e| e.unwrap().path()).collect();
    state.print_file(path).unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    let output = loop {
        let now: Vec<PathBuf> = std::fs::read_dir(&printed).unwrap().map(|e| e.unwrap().path()).collect();
        if let Some(new) = now.into_iter().find(|f| !before.contains(f) && f.extension().is_some_and(|e| e == "pdf")) {
            break new;
        }
        assert!(Instant::now() < deadline, "nothing came out of the printer");
        std::thread::sleep(Duration::from_millis(200));
    };
    // cups-pdf writes the file as the job ends: wait until it is whole.
    std::thread::sleep(Duration::from_secs(1));
    output
}

#[test]
fn a_leaflet_the_app_made_comes_out_of_the_printer() {
    let _printer = PRINTER.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let state = onboarded(dir.path());
    let made = state.make_notice(Kind::Leaflet, "en-GB", false, dir.path(), &FontSource::default()).unwrap();
    let output = print_and_collect(&state, &made);
    // The print path re-renders the pages through PostScript (its fonts lose their text mapping), so what came
    // out is compared by its pages and by how the first page looks.
    assert_eq!(pages(&output), pages(std::path::Path::new(&made)), "both sides of the leaflet were printed");
    let leaflet = first_pages_differ(std::path::Path::new(&made), &output, dir.path());
    let poster = state.make_notice(Kind::PosterA4, "en-GB", false, dir.path(), &FontSource::default()).unwrap();
    let other = first_pages_differ(std::path::Path::new(&poster), &output, dir.path());
    // Rasterised again by the print path, the glyphs differ a little from the original's; another document
    // differs far more.
    assert!(
        leaflet < 0.1 && leaflet * 2.0 < other,
        "the printed page looks like the leaflet ({leaflet}), not the poster ({other})"
    );
}

/// Quick print of a mail-out's batch: `lp -- FILE` to the cups-pdf printer, every page of the batch (blank pages
/// included, so each letter starts a new sheet) comes out. "Open to print" is the default on the page; it hands the
/// file to the system's viewer, whose print dialog cannot be driven here.
#[test]
fn a_batch_of_letters_is_quick_printed_whole() {
    use pathfinder_app::{LetterGrouping, MailoutRequest};
    use pathfinder_notices::documents::mailing::Layout;
    let _printer = PRINTER.lock().unwrap_or_else(|e| e.into_inner());
    let dir = tempfile::tempdir().unwrap();
    let state = onboarded(dir.path());
    let list = dir.path().join("patients.csv");
    std::fs::write(
        &list,
        "Forename,Surname,Address 1,Postcode\nAda,Okafor,4 Elm Street,LS2 7AB\nBen,Nowak,9 Ash Grove,LS3 1DF\n",
    )
    .unwrap();
    state.read_list_file(&list).unwrap();
    let request = MailoutRequest {
        grouping: LetterGrouping::EACH,
        dated: time::macros::date!(2026 - 03 - 02),
        layout: Layout { by_language: false, batch: Some(1) },
        double_sided: true,
    };
    let report = state.letters_with_progress(request, &FontSource::default(), |_| {}).unwrap();
    assert_eq!(report.files.len(), 2, "a batch of one letter each");
    let batch = &report.files[0];
    let output = print_and_collect(&state, &batch.path);
    assert_eq!(pages(&output), batch.pages, "every page of the batch, blank ones too");
    assert_eq!(batch.pages % 2, 0);
}

fn pages(pdf: &std::path::Path) -> u32 {
    let info = std::process::Command::new("pdfinfo").arg(pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives pages")
}

/// The root-mean-square difference (0 to 1) of the two files' first pages rendered in grey at 40 dpi.
fn first_pages_differ(a: &std::path::Path, b: &std::path::Path, dir: &std::path::Path) -> f64 {
    for (pdf, name) in [(a, "a"), (b, "b")] {
        let status = std::process::Command::new("pdftoppm")
            .args(["-r", "40", "-gray", "-singlefile", "-f", "1", "-l", "1", "-q"])
            .arg(pdf)
            .arg(dir.join(name))
            .status()
            .unwrap();
        assert!(status.success());
    }
    let out = std::process::Command::new("compare")
        .args(["-metric", "RMSE"])
        .arg(dir.join("a.pgm"))
        .arg(dir.join("b.pgm"))
        .arg("null:")
        .output()
        .unwrap();
    // ImageMagick prints "absolute (normalised)" on standard error.
    let said = String::from_utf8_lossy(&out.stderr);
    said.split(['(', ')']).nth(1).and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("compare said {said}"))
}
