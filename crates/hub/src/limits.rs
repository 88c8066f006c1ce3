//! The limits on guessing passwords and enrolment codes.
//!
//! Failures are counted in the database, so every hub process on it (several replicas on one PostgreSQL) counts the
//! same attempts. An attempt is reserved, counted as a failure, before it is checked, so a burst of requests in
//! parallel gets no more guesses than one at a time would. A caller is locked out by the pair of its address and the
//! account (or practice) it tries, so an attacker elsewhere cannot lock anyone out; each address has a limit of its
//! own across accounts; and an account has a ceiling across every address it has never signed in from, so guessing
//! spread over many addresses gets few tries while its owner still signs in from where they work. An IPv6 address
//! counts by its /64 (one subscriber's block), so a host cannot step through its own addresses for more guesses.
//! Keys are fingerprints (nothing typed is kept), and each count is forgotten once its window has passed.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use crate::db::{AttemptKey, Database, DbError};
use crate::secrets;

/// Failures a pair of address and account may have in [`WINDOW`]: the fifth locks the pair until it ages out.
pub const MAX_FAILURES: i64 = 5;
/// Failures one address may have in [`WINDOW`], whatever accounts it tries: one NHS site's proxy may carry many
/// staff, so this is well above what people mistyping reach.
pub const MAX_FAILURES_PER_ADDRESS: i64 = 50;
/// Failures one account may have in [`WINDOW`] from addresses it has never signed in from, however many: a guesser
/// with a thousand addresses gets this many tries, not five thousand. Its owner signing in from a known address is
/// not held by it, so a stranger cannot lock them out; from a new address they wait for the window like the guesser.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 20;
/// Seconds a window lasts: a count starts at a key's first failure and is forgotten this long after.
pub const WINDOW: i64 = 15 * 60;
/// Seconds an address stays known to an account after its last sign-in from there.
pub const KNOWN_FOR: i64 = 90 * 24 * 3600;
/// Seconds between sweeps of the counts whose window has passed (each process sweeps; any sweep serves all).
const SWEEP_EVERY: i64 = 60;

/// An attempt not allowed: this address has failed too often with this account or with any, or the account has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locked;

/// What is guessed: the two are counted apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guess {
    /// A dashboard password, by email.
    SignIn,
    /// An enrolment code, by ODS code. No ceiling per practice: its ODS code is public, so anyone could use one to
    /// stop it enrolling, and a 79-bit code is beyond guessing five tries an address at a time.
    Enrol,
}

impl Guess {
    fn name(self) -> &'static str {
        match self {
            Self::SignIn => "sign-in",
            Self::Enrol => "enrol",
        }
    }
}

/// An attempt that was allowed and counted as a failure until [`Attempts::succeeded`] says otherwise.
#[must_use]
pub struct Attempt {
    address: String,
    pair: String,
    /// The account's own count, when the address is not one it signs in from.
    account: Option<String>,
    /// The fingerprint remembered when a sign-in succeeds.
    known: Option<String>,
}

fn address_text(address: Option<IpAddr>) -> String {
    match address.map(|ip| ip.to_canonical()) {
        None => "unknown".to_owned(),
        Some(IpAddr::V4(ip)) => ip.to_string(),
        Some(IpAddr::V6(ip)) => {
            let [a, b, c, d, ..] = ip.segments();
            format!("{a:x}:{b:x}:{c:x}:{d:x}::/64")
        }
    }
}

/// The limits of one process, on the counts the database holds for all.
#[derive(Default)]
pub struct Attempts {
    swept_at: AtomicI64,
}

impl Attempts {
    /// Reserves one attempt by `address` at `account` (an email, an ODS code), or says why not.
    pub async fn attempt(
        &self,
        db: &dyn Database,
        guess: Guess,
        address: Option<IpAddr>,
        account: &str,
        now: i64,
    ) -> Result<Result<Attempt, Locked>, DbError> {
        self.sweep(db, now).await?;
        let kind = guess.name();
        let address = address_text(address);
        let address_key = secrets::fingerprint(&format!("{kind}:address:{address}"));
        let pair = secrets::fingerprint(&format!("{kind}:pair:{address}:{account}"));
        let mut keys = vec![
            AttemptKey { key: address_key.clone(), limit: MAX_FAILURES_PER_ADDRESS },
            AttemptKey { key: pair.clone(), limit: MAX_FAILURES },
        ];
        let (mut account_key, mut known) = (None, None);
        if guess == Guess::SignIn {
            let here = secrets::fingerprint(&format!("{kind}:known:{address}:{account}"));
            if !db.known_sign_in(&here).await? {
                let key = secrets::fingerprint(&format!("{kind}:account:{account}"));
                keys.push(AttemptKey { key: key.clone(), limit: MAX_FAILURES_PER_ACCOUNT });
                account_key = Some(key);
            }
            known = Some(here);
        }
        if !db.reserve_attempt(&keys, now, WINDOW).await? {
            return Ok(Err(Locked));
        }
        Ok(Ok(Attempt { address: address_key, pair, account: account_key, known }))
    }

    /// The attempt was right: it is not a failure, the pair's count starts again, and a sign-in's address becomes
    /// one its account is known to sign in from.
    pub async fn succeeded(&self, db: &dyn Database, attempt: Attempt, now: i64) -> Result<(), DbError> {
        let taken_back: Vec<String> = std::iter::once(attempt.address).chain(attempt.account).collect();
        db.attempt_succeeded(&[attempt.pair], &taken_back, attempt.known.as_deref(), now).await
    }

    /// Forgets what has aged out, once a minute at most (a sweep by any process serves them all).
    async fn sweep(&self, db: &dyn Database, now: i64) -> Result<(), DbError> {
        let last = self.swept_at.load(Ordering::Relaxed);
        if now - last < SWEEP_EVERY
            || self.swept_at.compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed).is_err()
        {
            return Ok(());
        }
        db.sweep_attempts(now - WINDOW, now - KNOWN_FOR).await
    }
}

/// Submissions one practice's token may make in an hour. The app reports after each change a manager saves, so a
/// busy day is tens; beyond this a token is being misused (a leaked token, a looping script) and waits.
pub const SUBMISSIONS_PER_HOUR: usize = 120;
const HOUR: Duration = Duration::from_secs(3600);

/// A rolling hour's count of submissions per practice, counted once its token is known good (a practice has one live
/// token: enrolling again revokes the others), so it holds at most one key per enrolled practice. Every request
/// counts, a malformed one or a resend too: each costs the hub the same.
#[derive(Default)]
pub struct SubmissionRate {
    recent: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl SubmissionRate {
    /// Counts one submission for `practice`, or says how long until the oldest of its hour ages out.
    pub fn allow(&self, practice: &str, per_hour: usize) -> Result<(), Duration> {
        let now = Instant::now();
        let mut recent = self.recent.lock().expect("rate lock");
        let list = recent.entry(practice.to_owned()).or_default();
        while list.front().is_some_and(|at| now.duration_since(*at) >= HOUR) {
            list.pop_front();
        }
        if list.len() >= per_hour {
            let oldest = *list.front().expect("a full list has a first");
            return Err(HOUR.saturating_sub(now.duration_since(oldest)));
        }
        list.push_back(now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_practice_submits_up_to_its_hourly_rate_and_then_waits() {
        let rate = SubmissionRate::default();
        for _ in 0..3 {
            rate.allow("B82005", 3).unwrap();
        }
        let wait = rate.allow("B82005", 3).unwrap_err();
        assert!(wait > Duration::from_secs(3590) && wait <= HOUR, "{wait:?}");
        assert!(rate.allow("L85001", 3).is_ok(), "another practice has its own count");
    }
}
