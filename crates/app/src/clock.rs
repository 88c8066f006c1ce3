//! The calendar date a person sees: "today" for due dates, countdowns and the workload's weeks, the date a letter
//! bears and the date in the names of the files the app saves. It is the date on the wall of the practice, in the
//! computer's time zone, not the date in UTC: between midnight and 01:00 in British Summer Time the two differ.
//!
//! Instants the app stores or sends (changes, receipts, submissions) stay in UTC; the UI shows them in local time.
//! Nothing here reads the operating system: the program passes in how it finds the time zone (`Config::clock`).

use jiff::Timestamp;
pub use jiff::tz::TimeZone;
use time::{Date, Month, OffsetDateTime};

/// The calendar date in `zone` at the instant `now`.
pub fn local_today(now: OffsetDateTime, zone: &TimeZone) -> Date {
    let instant = Timestamp::new(now.unix_timestamp(), now.nanosecond() as i32)
        .expect("an instant time can hold is one jiff can hold (years -9999 to 9999)");
    let local = zone.to_datetime(instant).date();
    let month = Month::try_from(local.month() as u8).expect("a month is 1 to 12");
    Date::from_calendar_date(i32::from(local.year()), month, local.day() as u8).expect("a calendar date is valid")
}

/// Where the app's "today" comes from.
#[derive(Debug, Clone)]
pub struct Clock(Source);

#[derive(Debug, Clone)]
enum Source {
    /// The computer's clock, in the zone the function gives each time it is asked.
    System(fn() -> TimeZone),
    /// One instant in one zone, for tests.
    Fixed(OffsetDateTime, TimeZone),
}

impl Clock {
    /// The computer's clock, read in the time zone `zone` gives when asked. The programs pass
    /// `TimeZone::system`, which follows the OS's setting (`TZ` or `/etc/localtime` on Unix, the Windows API on
    /// Windows), keeps it for five minutes, and falls back to UTC where there is none.
    pub fn system(zone: fn() -> TimeZone) -> Self {
        Self(Source::System(zone))
    }

    /// The computer's clock read in UTC: what tests get unless they choose.
    pub fn utc() -> Self {
        Self(Source::System(|| TimeZone::UTC))
    }

    /// Always the instant `at` in `zone`: a test's 00:30 in British Summer Time.
    pub fn fixed(at: OffsetDateTime, zone: TimeZone) -> Self {
        Self(Source::Fixed(at, zone))
    }

    /// Today's date where the computer is.
    pub fn today(&self) -> Date {
        match &self.0 {
            Source::System(zone) => local_today(OffsetDateTime::now_utc(), &zone()),
            Source::Fixed(at, zone) => local_today(*at, zone),
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;

    /// London from the system's time zone database, as the app finds it through `TZ` or `/etc/localtime`.
    fn london() -> TimeZone {
        TimeZone::get("Europe/London").expect("the system's time zone database (Debian's tzdata) has Europe/London")
    }

    /// The same rules written out, so the test holds on a machine without a time zone database.
    fn london_rule() -> TimeZone {
        TimeZone::posix("GMT0BST,M3.5.0/1,M10.5.0").unwrap()
    }

    #[test]
    fn half_past_midnight_in_british_summer_time_is_already_the_next_day() {
        let at = datetime!(2026-06-14 23:30 UTC);
        assert_eq!(at.date(), date!(2026 - 06 - 14), "in UTC it is still the 14th");
        for zone in [london(), london_rule()] {
            assert_eq!(local_today(at, &zone), date!(2026 - 06 - 15));
            assert_eq!(Clock::fixed(at, zone).today(), date!(2026 - 06 - 15));
        }
        assert_eq!(local_today(datetime!(2026-06-14 22:59:59 UTC), &london()), date!(2026 - 06 - 14));
        assert_eq!(local_today(datetime!(2026-06-14 23:00 UTC), &london()), date!(2026 - 06 - 15));
    }

    #[test]
    fn half_past_eleven_in_winter_is_still_the_same_day() {
        let at = datetime!(2026-12-14 23:30 UTC);
        for zone in [london(), london_rule()] {
            assert_eq!(local_today(at, &zone), date!(2026 - 12 - 14));
        }
        assert_eq!(local_today(datetime!(2026-12-15 00:00 UTC), &london()), date!(2026 - 12 - 15));
    }

    #[test]
    fn the_clocks_changing_moves_the_local_midnight() {
        // British Summer Time begins at 01:00 UTC on the last Sunday of March and ends at 01:00 UTC on the last
        // Sunday of October.
        assert_eq!(local_today(datetime!(2026-03-28 23:30 UTC), &london()), date!(2026 - 03 - 28));
        assert_eq!(local_today(datetime!(2026-03-29 23:30 UTC), &london()), date!(2026 - 03 - 30));
        assert_eq!(local_today(datetime!(2026-10-24 23:30 UTC), &london()), date!(2026 - 10 - 25));
        assert_eq!(local_today(datetime!(2026-10-25 23:30 UTC), &london()), date!(2026 - 10 - 25));
    }

    #[test]
    fn other_zones_and_utc() {
        let at = datetime!(2026-06-14 23:30 UTC);
        assert_eq!(local_today(at, &TimeZone::UTC), date!(2026 - 06 - 14));
        assert_eq!(local_today(at, &TimeZone::get("America/New_York").unwrap()), date!(2026 - 06 - 14));
        assert_eq!(
            local_today(datetime!(2026-06-14 10:30 UTC), &TimeZone::get("Pacific/Auckland").unwrap()),
            date!(2026 - 06 - 14)
        );
        assert_eq!(
            local_today(datetime!(2026-06-14 12:30 UTC), &TimeZone::get("Pacific/Auckland").unwrap()),
            date!(2026 - 06 - 15)
        );
        assert_eq!(local_today(datetime!(1941-04-12 12:00 UTC), &london()), date!(1941 - 04 - 12));
        let before = OffsetDateTime::now_utc().date();
        let today = Clock::utc().today();
        assert!([before, OffsetDateTime::now_utc().date()].contains(&today));
    }
}
