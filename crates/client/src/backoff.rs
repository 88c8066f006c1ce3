use std::time::Duration;

const FIRST_DELAY: Duration = Duration::from_secs(2);

/// The longest wait between two attempts, whatever the hub asks for.
pub const MAX_DELAY: Duration = Duration::from_secs(60 * 60);

/// How long to wait before attempt `attempt + 1` (the first retry follows attempt 0).
///
/// The hub's Retry-After wins when it gave one. Otherwise the wait doubles from 2 s up to 15 min and is spread
/// by `jitter` (0.0 to 1.0) over its upper half, so practices that lost the hub together do not all come back
/// in the same second.
pub fn backoff(attempt: u32, retry_after: Option<Duration>, jitter: f64) -> Duration {
    if let Some(asked) = retry_after {
        return asked.min(MAX_DELAY);
    }
    let ceiling = Duration::from_secs(15 * 60);
    let exponential = FIRST_DELAY.saturating_mul(1u32.checked_shl(attempt.min(20)).unwrap_or(u32::MAX)).min(ceiling);
    exponential.mul_f64(0.5 + 0.5 * jitter.clamp(0.0, 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_up_to_a_ceiling_and_jitter_spreads_them() {
        let full: Vec<u64> = (0..12).map(|n| backoff(n, None, 1.0).as_secs()).collect();
        assert_eq!(full, [2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]);
        assert_eq!(backoff(3, None, 0.0), Duration::from_secs(8));
        assert_eq!(backoff(u32::MAX, None, 0.5), Duration::from_secs(675));
    }

    #[test]
    fn the_hubs_retry_after_wins_within_an_hour() {
        assert_eq!(backoff(9, Some(Duration::from_secs(3)), 1.0), Duration::from_secs(3));
        assert_eq!(backoff(0, Some(Duration::from_secs(86_400)), 0.0), MAX_DELAY);
    }
}
