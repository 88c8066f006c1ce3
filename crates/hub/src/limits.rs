//! The limits on guessing passwords and enrolment codes.
//!
//! An attempt is reserved before it is checked, so a burst of requests in parallel gets no more guesses than one at
//! a time would. A caller is locked out by the pair of its address and the account (or practice) it tries, so an
//! attacker elsewhere cannot lock anyone out, and each address has a limit of its own across accounts. An IPv6
//! address counts by its /64 (one subscriber's block), so a host cannot step through its own addresses for more
//! guesses. Keys are hashed (nothing typed is kept verbatim) and their number is capped, so a script typing new
//! emails cannot grow the hub's memory.

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
/// The most keys held. Reached only under attack: expired keys are swept first, then the keys whose last failure is
/// oldest make room, so new callers are never refused for want of room.
pub const MAX_KEYS: usize = 50_000;
const SWEEP_EVERY: Duration = Duration::from_secs(60);
const SWEEP_WHEN_FULL: Duration = Duration::from_secs(1);

/// An attempt not allowed: this address has failed too often with this account, or with any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locked;

#[derive(Default)]
struct State {
    failures: HashMap<String, Vec<Instant>>,
    swept: Option<Instant>,
}

#[derive(Default)]
pub struct FailureLimiter {
    state: Mutex<State>,
}

/// Drops the tenth of the keys whose last failure is oldest: one pass makes room for many new keys, so a flood of
/// new callers costs a sort now and then, not a search on every attempt.
fn make_room(failures: &mut HashMap<String, Vec<Instant>>) {
    let mut by_age: Vec<(Option<Instant>, String)> =
        failures.iter().map(|(key, list)| (list.last().copied(), key.clone())).collect();
    let drop = (MAX_KEYS / 10).max(1).min(by_age.len());
    by_age.select_nth_unstable_by_key(drop - 1, |(last, _)| *last);
    for (_, key) in &by_age[..drop] {
        failures.remove(key);
    }
}

/// An attempt that was allowed and counted as a failure until [`FailureLimiter::succeeded`] says otherwise.
#[must_use]
pub struct Attempt {
    address: String,
    account: String,
}

fn address_key(address: Option<IpAddr>) -> String {
    let address = match address.map(|ip| ip.to_canonical()) {
        None => "unknown".to_owned(),
        Some(IpAddr::V4(ip)) => ip.to_string(),
        Some(IpAddr::V6(ip)) => {
            let [a, b, c, d, ..] = ip.segments();
            format!("{a:x}:{b:x}:{c:x}:{d:x}::/64")
        }
    };
    secrets::fingerprint(&format!("address:{address}"))
}

impl FailureLimiter {
    /// Reserves one attempt by `address` at `account` (an email, an ODS code), or says why not.
    pub fn attempt(&self, address: Option<IpAddr>, account: &str) -> Result<Attempt, Locked> {
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
            return Err(Locked);
        }
        for key in [&address, &account] {
            if state.failures.len() >= MAX_KEYS && !state.failures.contains_key(key.as_str()) {
                make_room(&mut state.failures);
            }
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

/// A rolling hour's count of submissions per practice, counted once its token is known good (a practice has one live
/// token: enrolling again revokes the others), so it holds at most one key per enrolled practice. Every request
/// counts, a malformed one or a resend too: each costs the hub the same.
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
        assert_eq!(limiter.attempt(HERE, "a@nhs.net").err(), Some(Locked));
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
    fn the_keys_never_exceed_the_cap_and_new_callers_still_get_in() {
        let limiter = FailureLimiter::default();
        for n in 0..(MAX_KEYS as u32) {
            let address = Some(IpAddr::V4(std::net::Ipv4Addr::from(n)));
            assert!(limiter.attempt(address, "a@nhs.net").is_ok(), "caller {n}");
        }
        assert!(limiter.keys() <= MAX_KEYS, "{}", limiter.keys());
        assert!(limiter.attempt(Some(IpAddr::V4(std::net::Ipv4Addr::from(0))), "a@nhs.net").is_ok());
        let last = Some(IpAddr::V4(std::net::Ipv4Addr::from(MAX_KEYS as u32 - 1)));
        for _ in 1..MAX_FAILURES {
            drop(limiter.attempt(last, "a@nhs.net").unwrap());
        }
        assert_eq!(limiter.attempt(last, "a@nhs.net").err(), Some(Locked), "the newest callers' counts were kept");
    }

    #[test]
    fn an_ipv6_host_counts_as_its_slash_64() {
        let limiter = FailureLimiter::default();
        let host = |n: u16| Some(IpAddr::V6(std::net::Ipv6Addr::new(0x2001, 0xdb8, 1, 2, n, n, n, n)));
        for n in 0..MAX_FAILURES as u16 {
            drop(limiter.attempt(host(n), "a@nhs.net").unwrap());
        }
        assert_eq!(limiter.attempt(host(999), "a@nhs.net").err(), Some(Locked), "another address of the same /64");
        let elsewhere = Some(IpAddr::V6(std::net::Ipv6Addr::new(0x2001, 0xdb8, 1, 3, 0, 0, 0, 1)));
        assert!(limiter.attempt(elsewhere, "a@nhs.net").is_ok(), "the next /64 is someone else");
    }
}
