//! What the benchmarks share: random ids, percentiles and spreads, the filesystem check, and table formatting.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// SplitMix64: fast and good enough for ids and data. Seeded from the OS for ids sent under the clock, from a fixed
/// number for the seeded history (the same rows on both backends).
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn from_os() -> Self {
        let mut bytes = [0u8; 8];
        getrandom::fill(&mut bytes).expect("the OS has a random source");
        Self(u64::from_le_bytes(bytes))
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A version 4 UUID: 122 random bits, the version and variant bits set, in canonical lower-case text.
    pub fn uuid_v4(&mut self) -> String {
        let mut b = [0u8; 16];
        b[..8].copy_from_slice(&self.next().to_le_bytes());
        b[8..].copy_from_slice(&self.next().to_le_bytes());
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
        format!("{}-{}-{}-{}-{}", &h[..8], &h[8..12], &h[12..16], &h[16..20], &h[20..])
    }
}

/// The nearest-rank percentile of sorted values.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

pub fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

pub fn min_max(values: &[f64]) -> (f64, f64) {
    values.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(*v), hi.max(*v)))
}

/// 12345.6 -> "12,346".
pub fn thousands(n: f64) -> String {
    let whole = n.round() as i64;
    let digits = whole.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if whole < 0 { format!("-{out}") } else { out }
}

/// "median unit (min–max)" of a set of runs, each number formatted by `f`.
pub fn med_spread(values: &[f64], f: impl Fn(f64) -> String, unit: &str) -> String {
    let (lo, hi) = min_max(values);
    format!("{}{unit} ({}–{})", f(median(values)), f(lo), f(hi))
}

/// Bytes as "6.7 GB" or "68 MB".
pub fn size(bytes: u64) -> String {
    if bytes >= 1_000_000_000 {
        format!("{:.1} GB", bytes as f64 / 1e9)
    } else {
        format!("{:.0} MB", bytes as f64 / 1e6)
    }
}

pub fn yes_no(met: bool) -> &'static str {
    if met { "yes" } else { "**no**" }
}

/// The filesystem type of the folder, as `stat -f` names it. On tmpfs (or ramfs) an fsync costs nothing, so a
/// durable write measured there proves nothing: refused unless `allow` (then the table says so, loudly).
pub fn filesystem(folder: &Path, allow: bool) -> Result<String, String> {
    // findmnt names the filesystem as mounted (ext4); stat -f by its magic number (ext2/ext3 for ext4 too).
    let found = Command::new("findmnt").args(["-n", "-o", "FSTYPE", "-T"]).arg(folder).output();
    let out = match found {
        Ok(out) if out.status.success() && !out.stdout.is_empty() => out,
        _ => Command::new("stat")
            .args(["-f", "-c", "%T"])
            .arg(folder)
            .output()
            .map_err(|e| format!("stat -f {}: {e}", folder.display()))?,
    };
    if !out.status.success() {
        return Err(format!("the filesystem of {}: {}", folder.display(), String::from_utf8_lossy(&out.stderr).trim()));
    }
    // Mounts stacked on one another are each listed: the last is the one the folder is on.
    let text = String::from_utf8_lossy(&out.stdout);
    let kind = text.lines().map(str::trim).rfind(|l| !l.is_empty()).unwrap_or("unknown").to_owned();
    if matches!(kind.as_str(), "tmpfs" | "ramfs") {
        if !allow {
            return Err(format!(
                "{} is on {kind}: fsync costs nothing there, so durable writes would be measured falsely. \
                 Put the database elsewhere (BENCH_DIR), or set BENCH_ALLOW_TMPFS=1 to run anyway with the table marked",
                folder.display()
            ));
        }
        return Ok(format!("**{kind} — NOT A DURABLE DISK: these figures overstate what a real disk gives**"));
    }
    Ok(kind)
}

/// Fails the benchmark: a check it makes did not hold. Printed, and the process exits non-zero.
pub fn fail(message: impl std::fmt::Display) -> ! {
    eprintln!("BENCHMARK FAILED: {message}");
    std::process::exit(1)
}

pub fn check(condition: bool, message: impl FnOnce() -> String) {
    if !condition {
        fail(message());
    }
}
