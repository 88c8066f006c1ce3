//! The limits on guessing passwords and enrolment codes.
//!
//! An attempt is reserved before it is checked, so a burst of requests in parallel gets no more guesses than one at
//! a time would. A caller is locked out by the pair of its address and the account (or practice) it tries, so an
//! attacker elsewhere cannot lock anyone out, and each address has a limit of its own across accounts. Keys are
//! hashed (nothing typed is kept verbatim) and their number is capped, so a script typing new emails cannot grow the
//! hub's memory.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::secrets;

/// Failures a pair of address and account may have in [`WINDOW`]: the fifth locks the pair until it ages out.
pub const MAX_FAILURES: usize = 5;
/// Failures one address may have in [`WINDOW`], whatever accounts it tries: one NHS site's proxy may carry many
/// staff, so this is well above what people mistyping reach.
pub const MAX_FAILURES_PER_ADDRESS: usize = 50;
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// The most keys held. Reached only under attack: expired keys are swept first, then new keys are refused (the
/// caller answers "try later") while known keys are still counted.
pub const MAX_KEYS: usize = 50_000;
const SWEEP_EVERY: Duration = Duration::from_secs(60);
const SWEEP_WHEN_FULL: Duration = Duration::from_secs(1);

/// Why an attempt was not allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// This address has failed too often with this account, or at all.
    Locked,
    /// The limiter is full of other keys.
    Busy,
}

#[derive(Default)]
struct State {
    failures: HashMap<String, Vec<Instant>>,
    swept: Option<Instant>,
}

#[derive(Default)]
pub struct FailureLimiter {
    state: Mutex<State>,
}

/// An attempt that was allowed and counted as a failure until [`FailureLimiter::succeeded`] says otherwise.
#[must_use]
pub struct Attempt {
    address: String,
    account: String,
}

fn address_key(address: Option<IpAddr>) -> String {
    let address = address.map_or_else(|| "unknown".to_owned(), |ip| ip.to_canonical().to_string());
    secrets::fingerprint(&format!("address:{address}"))
}

impl FailureLimiter {
    /// Reserves one attempt by `address` at `account` (an email, an ODS code), or says why not.
    pub fn attempt(&self, address: Option<IpAddr>, account: &str) -> Result<Attempt, Refused> {
        let address = address_key(address);
        let account = secrets::fingerprint(&format!("{address}:{account}"));
        let now = Instant::now();
        let mut state = self.state.lock().expect("limiter lock");
        // At the cap a sweep may free room, but sweeping on every attempt would cost a pass over every key each time.
        let due = if state.failures.len() >= MAX_KEYS { SWEEP_WHEN_FULL } else { SWEEP_EVERY };
        if state.swept.is_none_or(|at| now.duration_since(at) >= due) {
            state.failures.retain(|_, list| {
                list.retain(|at| now.duration_since(*at) < WINDOW);
                !list.is_empty()
            });
            state.swept = Some(now);
        }
        let mut count = |key: &str| {
            state.failures.get_mut(key).map_or(0, |list| {
                list.retain(|at| now.duration_since(*at) < WINDOW);
                list.len()
            })
        };
        if count(&address) >= MAX_FAILURES_PER_ADDRESS || count(&account) >= MAX_FAILURES {
            return Err(Refused::Locked);
        }
        let new_keys = [&address, &account].iter().filter(|key| !state.failures.contains_key(key.as_str())).count();
        if state.failures.len() + new_keys > MAX_KEYS {
            return Err(Refused::Busy);
        }
        for key in [&address, &account] {
            state.failures.entry(key.clone()).or_default().push(now);
        }
        Ok(Attempt { address, account })
    }

    /// The attempt was right: it is not a failure, and the account's count for this address starts again.
    pub fn succeeded(&self, attempt: Attempt) {
        let mut state = self.state.lock().expect("limiter lock");
        state.failures.remove(&attempt.account);
        if let Some(list) = state.failures.get_mut(&attempt.address) {
            list.pop();
        }
    }

    /// How many keys are held: for the tests that check the memory stays bounded.
    pub fn keys(&self) -> usize {
        self.state.lock().expect("limiter lock").failures.len()
    }
}

/// Submissions one practice's token may make in an hour. The app reports after each change a manager saves, so a
/// busy day is tens; beyond this a token is being misused (a leaked token, a looping script) and waits.
pub const SUBMISSIONS_PER_HOUR: usize = 120;
const HOUR: Duration = Duration::from_secs(3600);

/// A rolling hour's count of submissions per practice token. Only tokens the database knows reach it, so it holds at
/// most one key per live token.
#[derive(Default)]
pub struct SubmissionRate {
    recent: Mutex<HashMap<String, std::collections::VecDeque<Instant>>>,
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

    const HERE: Option<IpAddr> = Some(IpAddr::V4(std::net::Ipv4Addr::new(192, 0, 2, 1)));
    const ELSEWHERE: Option<IpAddr> = Some(IpAddr::V4(std::net::Ipv4Addr::new(198, 51, 100, 7)));

    #[test]
    fn the_fifth_failure_locks_the_pair_and_success_clears_it() {
        let limiter = FailureLimiter::default();
        for _ in 0..MAX_FAILURES - 1 {
            drop(limiter.attempt(HERE, "a@nhs.net").unwrap());
        }
        let fifth = limiter.attempt(HERE, "a@nhs.net").unwrap();
        limiter.succeeded(fifth);
        for _ in 0..MAX_FAILURES {
            drop(limiter.attempt(HERE, "a@nhs.net").unwrap());
        }
        assert_eq!(limiter.attempt(HERE, "a@nhs.net").err(), Some(Refused::Locked));
        assert!(limiter.attempt(HERE, "b@nhs.net").is_ok(), "another account from the same address");
        assert!(limiter.attempt(ELSEWHERE, "a@nhs.net").is_ok(), "the same account from elsewhere");
    }

    #[test]
    fn an_address_failing_across_accounts_is_locked_and_holds_few_keys() {
        let limiter = FailureLimiter::default();
        let refused =
            (0..10_000).filter(|n| limiter.attempt(HERE, &format!("user{n}@nhs.net")).map(drop).is_err()).count();
        assert_eq!(refused, 10_000 - MAX_FAILURES_PER_ADDRESS);
        assert_eq!(limiter.keys(), MAX_FAILURES_PER_ADDRESS + 1);
        assert!(limiter.attempt(ELSEWHERE, "user0@nhs.net").is_ok(), "other addresses are unaffected");
    }

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

    #[test]
    fn the_keys_never_exceed_the_cap() {
        let limiter = FailureLimiter::default();
        let mut busy = 0;
        for n in 0..(MAX_KEYS as u32) {
            let address = Some(IpAddr::V4(std::net::Ipv4Addr::from(n)));
            if limiter.attempt(address, "a@nhs.net").map(drop) == Err(Refused::Busy) {
                busy += 1;
            }
        }
        assert!(limiter.keys() <= MAX_KEYS);
        assert_eq!(busy, MAX_KEYS as u32 / 2, "each new address brings two keys: half fit");
    }
}
