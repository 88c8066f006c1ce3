//! Email to regional and national staff (issue #17): a daily digest of each regional user's CCGs, and an alert when
//! a practice turns at risk. Sent over SMTP to the relay `serve --smtp-url` names, one message a recipient, in plain
//! text from the hub's Fluent messages. They carry practice names, ODS codes and counts only, never patient data.
//!
//! Alerts are queued by the request that stored the report and sent by a task of their own, so a relay that is slow
//! or down costs that request nothing; a failure is logged. The digest is claimed in the database a user and a day at
//! a time (`Database::claim_digest`), so hub replicas on one database never both send it.

use std::sync::Arc;
use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use pathfinder_l10n::{FluentArgs, FluentValue, Localizer};
use pathfinder_readiness::ReadinessLevel;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use tokio::sync::{mpsc, oneshot};

use crate::db::{Database, DbError, PracticeLevel, PracticeRow, Recipient, UserRole};
use crate::{Hub, dashboard};

/// The hour (UK time) the digest goes out when `serve --digest-hour` does not say.
pub const DIGEST_HOUR: u8 = 7;
/// Alerts waiting for the relay; past this, an alert is dropped (and logged) rather than held in memory.
const QUEUE: usize = 1024;

#[derive(Debug, thiserror::Error)]
pub enum EmailError {
    #[error("the SMTP URL {0:?} is not smtp://HOST[:PORT]")]
    Url(String),
    #[error("{0:?} is not an email address to send from")]
    From(String),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// The relay and what every message shares.
pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// Where browsers reach the hub (`serve --public-url`): links in the messages start with it. Without it they
    /// name the dashboard's path alone.
    public_url: Option<String>,
}

impl Smtp {
    /// `url` is `smtp://HOST[:PORT]` (port 25 when left out): a relay in the hub's own network, which takes the
    /// messages on without TLS or a password, as a mail relay for a service does.
    pub fn new(url: &str, from: &str, public_url: Option<String>) -> Result<Self, EmailError> {
        let bad = || EmailError::Url(url.to_owned());
        let rest = url.strip_prefix("smtp://").ok_or_else(bad)?.trim_end_matches('/');
        let (host, port) = match rest.rsplit_once(':') {
            Some((host, port)) if !host.ends_with(']') || host.starts_with('[') => {
                (host, port.parse::<u16>().map_err(|_| bad())?)
            }
            _ => (rest, 25),
        };
        let host = host.trim_start_matches('[').trim_end_matches(']');
        if host.is_empty() || host.contains(['/', '@', '?', '#']) {
            return Err(bad());
        }
        let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(port)
            .timeout(Some(Duration::from_secs(30)))
            .build();
        let from = from.parse::<Mailbox>().map_err(|_| EmailError::From(from.to_owned()))?;
        Ok(Self { transport, from, public_url: public_url.map(|url| url.trim_end_matches('/').to_owned()) })
    }

    /// A link to a dashboard page.
    fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.as_deref().unwrap_or_default())
    }

    /// Sends one message to one person; a failure is logged (with the address) and given back as false.
    async fn send(&self, to: &str, subject: &str, body: String, what: &str) -> bool {
        let message = to.parse::<Mailbox>().map_err(|e| e.to_string()).and_then(|to| {
            Message::builder()
                .from(self.from.clone())
                .to(to)
                .subject(subject)
                .header(ContentType::TEXT_PLAIN)
                .body(body)
                .map_err(|e| e.to_string())
        });
        let sent = match message {
            Ok(message) => self.transport.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Err(error) => Err(error),
        };
        match sent {
            Ok(()) => true,
            Err(error) => {
                tracing::warn!(recipient = %to, %error, "could not send the {what} email");
                false
            }
        }
    }
}

enum Job {
    /// A practice's report has just turned it at risk.
    Alert { ods_code: String, received_at: String },
    /// Answered once every job queued before it is done.
    Flush(oneshot::Sender<()>),
}

/// The hub's email, when it has a relay: the alert queue and the relay.
#[derive(Clone)]
pub struct Mail {
    smtp: Arc<Smtp>,
    queue: mpsc::Sender<Job>,
}

impl Mail {
    /// Starts the task that sends alerts (on the current tokio runtime).
    pub fn start(smtp: Smtp, db: Arc<dyn Database>, l10n: Arc<Localizer>) -> Self {
        let smtp = Arc::new(smtp);
        let (queue, jobs) = mpsc::channel(QUEUE);
        tokio::spawn(send_alerts(smtp.clone(), db, l10n, jobs));
        Self { smtp, queue }
    }

    /// Queues the alert for a practice that has just turned at risk; never waits.
    pub fn practice_turned_at_risk(&self, ods_code: &str, received_at: &str) {
        let job = Job::Alert { ods_code: ods_code.to_owned(), received_at: received_at.to_owned() };
        if self.queue.try_send(job).is_err() {
            tracing::warn!(ods_code, "the alert queue is full: no email for this practice turning at risk");
        }
    }

    /// Waits until the alerts queued so far are sent (or have failed).
    pub async fn flush(&self) {
        let (done, wait) = oneshot::channel();
        if self.queue.send(Job::Flush(done)).await.is_ok() {
            let _ = wait.await;
        }
    }
}

/// Whether a report turns a practice at risk: its level (on the hub's date) is at risk now and was not before it, or
/// it had never reported.
pub fn turns_at_risk(before: Option<ReadinessLevel>, now: ReadinessLevel) -> bool {
    now == ReadinessLevel::AtRisk && before != Some(ReadinessLevel::AtRisk)
}

/// A user's email choices, from the dashboard or the command line, kept in the audit log. False when no user has
/// the email.
pub async fn set_choices(
    db: &dyn Database,
    email: &str,
    digest: Option<bool>,
    alerts: Option<bool>,
    actor: &str,
) -> Result<bool, DbError> {
    let email = email.trim();
    if !db.set_email_choices(email, digest, alerts).await? {
        return Ok(false);
    }
    let word = |choice: Option<bool>| match choice {
        Some(true) => "on",
        Some(false) => "off",
        None => "unchanged",
    };
    let detail = format!("{email}: digest {}, alerts {}", word(digest), word(alerts));
    let at = OffsetDateTime::now_utc().format(&Rfc3339).unwrap_or_default();
    db.audit(&at, actor, "email-choices-set", &detail).await?;
    Ok(true)
}

fn text(l: &Localizer, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    l.format(id, if args.is_empty() { None } else { Some(&fluent) })
}

async fn send_alerts(smtp: Arc<Smtp>, db: Arc<dyn Database>, l10n: Arc<Localizer>, mut jobs: mpsc::Receiver<Job>) {
    while let Some(job) = jobs.recv().await {
        match job {
            Job::Flush(done) => {
                let _ = done.send(());
            }
            Job::Alert { ods_code, received_at } => {
                if let Err(error) = alert(&smtp, db.as_ref(), &l10n, &ods_code, &received_at).await {
                    tracing::warn!(ods_code, %error, "could not work out who to alert");
                }
            }
        }
    }
}

/// The alert to everyone who asked for one and sees the practice's CCG.
async fn alert(
    smtp: &Smtp,
    db: &dyn Database,
    l: &Localizer,
    ods_code: &str,
    received_at: &str,
) -> Result<(), DbError> {
    let Some(practice) = db.practice(ods_code).await? else { return Ok(()) };
    let recipients: Vec<Recipient> =
        db.mail_recipients().await?.into_iter().filter(|r| r.alerts && r.sees(&practice.ccg_code)).collect();
    if recipients.is_empty() {
        return Ok(());
    }
    let names = [
        ("name", FluentValue::from(practice.name.clone())),
        ("ods", practice.ods_code.clone().into()),
        ("ccg", practice.ccg_code.clone().into()),
    ];
    let subject = text(l, "hub-email-alert-subject", &names);
    let at = [("at", FluentValue::from(uk_time(received_at)))];
    let mut body = text(l, "hub-email-alert-body", &[&names[..], &at[..]].concat());
    body.push_str("\n\n");
    let page = smtp.link(&format!("/dashboard/practices/{}", practice.ods_code));
    body.push_str(&text(l, "hub-email-alert-link", &[("url", page.into())]));
    body.push_str("\n\n");
    body.push_str(&footer(smtp, l));
    for recipient in recipients {
        smtp.send(&recipient.email, &subject, body.clone(), "at-risk alert").await;
    }
    Ok(())
}

fn footer(smtp: &Smtp, l: &Localizer) -> String {
    text(l, "hub-email-footer", &[("url", smtp.link("/dashboard/email").into())])
}

/// What a digest run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DigestRun {
    pub sent: usize,
    /// Users whose digest for the day another run (of this hub or another replica) had claimed.
    pub claimed_before: usize,
    pub failed: usize,
}

/// The day (YYYY-MM-DD) it is in the UK at `now`: the day a digest is for.
pub fn uk_day(now: OffsetDateTime) -> String {
    let local = uk_zone().to_datetime(jiff::Timestamp::from_second(now.unix_timestamp()).unwrap_or_default());
    local.date().to_string()
}

/// A moment the hub recorded (RFC 3339) on the UK's clock: "2026-03-09 09:30".
fn uk_time(at: &str) -> String {
    let Ok(stamp) = at.parse::<jiff::Timestamp>() else { return at.to_owned() };
    let local = uk_zone().to_datetime(stamp);
    format!("{} {:02}:{:02}", local.date(), local.hour(), local.minute())
}

fn uk_zone() -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::get("Europe/London")
        .or_else(|_| jiff::tz::TimeZone::posix("GMT0BST,M3.5.0/1,M10.5.0"))
        .unwrap_or(jiff::tz::TimeZone::UTC)
}

/// Sends the day's digest to each regional user who has it on and has not been sent it for the day (the day in the
/// UK at `now`). Without a relay, nothing. Called by the daily task; tests call it directly.
pub async fn send_digests(hub: &Hub, now: OffsetDateTime) -> Result<DigestRun, EmailError> {
    let Some(mail) = &hub.mail else { return Ok(DigestRun::default()) };
    let (db, l, smtp) = (hub.db.as_ref(), hub.l10n.as_ref(), mail.smtp.as_ref());
    let recipients: Vec<Recipient> =
        db.mail_recipients().await?.into_iter().filter(|r| r.digest && r.role == UserRole::Regional).collect();
    let mut run = DigestRun::default();
    if recipients.is_empty() {
        return Ok(run);
    }
    // The hub's own figures, as the overview shows them: levels on the hub's date, overdue, not heard from.
    let today = now.date();
    let stale_before = (now - time::Duration::days(dashboard::STALE_DAYS)).format(&Rfc3339).unwrap_or_default();
    let summaries = db.ccg_summaries(&stale_before, &today.to_string()).await?;
    let rows = db.practice_rows(None).await?;
    let day = uk_day(now);
    let at = now.format(&Rfc3339).unwrap_or_default();
    for recipient in recipients {
        let Some(before) = db.claim_digest(&day, recipient.user_id, &at).await? else {
            run.claimed_before += 1;
            continue;
        };
        // Newly at risk: at risk now and not at the end of the day before the last digest (or, for a first digest,
        // the day before yesterday): a practice that turned at risk on the morning of the last digest's day may be
        // named twice, but none is missed.
        let last =
            before.and_then(|d| time::Date::parse(&d, time::macros::format_description!("[year]-[month]-[day]")).ok());
        let since = last.unwrap_or(today - time::Duration::days(1)) - time::Duration::days(1);
        let earlier: std::collections::HashMap<String, PracticeLevel> =
            db.practice_levels_on(&since.to_string()).await?.into_iter().collect();
        let body = digest_body(smtp, l, &recipient, &summaries, &rows, &earlier, since, today, &stale_before);
        let subject = text(l, "hub-email-digest-subject", &[("day", day.clone().into())]);
        if smtp.send(&recipient.email, &subject, body, "daily digest").await {
            run.sent += 1;
        } else {
            run.failed += 1;
            // Given back, so that a later run (a restart, another replica's next day) may send it.
            db.release_digest(&day, recipient.user_id).await?;
        }
    }
    Ok(run)
}

#[allow(clippy::too_many_arguments)]
fn digest_body(
    smtp: &Smtp,
    l: &Localizer,
    recipient: &Recipient,
    summaries: &[crate::db::CcgCounts],
    rows: &[PracticeRow],
    earlier: &std::collections::HashMap<String, PracticeLevel>,
    since: time::Date,
    today: time::Date,
    stale_before: &str,
) -> String {
    let mut out = text(l, "hub-email-digest-intro", &[]);
    out.push('\n');
    for ccg in summaries.iter().filter(|c| recipient.sees(&c.ccg_code)) {
        let practices: Vec<&PracticeRow> = rows.iter().filter(|r| r.practice.ccg_code == ccg.ccg_code).collect();
        let level = |r: &PracticeRow| r.latest.as_ref().map(|latest| latest.figures.level_on(latest.level, today));
        let newly: Vec<&PracticeRow> = practices
            .iter()
            .copied()
            .filter(|r| level(r) == Some(ReadinessLevel::AtRisk))
            .filter(|r| earlier.get(&r.practice.ods_code).is_none_or(|e| e.level_on(since) != ReadinessLevel::AtRisk))
            .collect();
        let overdue: Vec<&PracticeRow> = practices
            .iter()
            .copied()
            .filter(|r| {
                r.latest.as_ref().is_some_and(|l| l.level != ReadinessLevel::Ready && l.figures.overdue_on(today))
            })
            .collect();
        let quiet: Vec<&PracticeRow> = practices
            .iter()
            .copied()
            .filter(|r| {
                let heard = [r.last_seen_at.as_deref(), r.latest.as_ref().map(|l| l.received_at.as_str())];
                r.enrolled && heard.into_iter().flatten().max().unwrap_or_default() < stale_before
            })
            .collect();
        let unenrolled: Vec<&PracticeRow> = practices.iter().copied().filter(|r| !r.enrolled).collect();
        let label = match &ccg.ccg_name {
            Some(name) => format!("{} {name}", ccg.ccg_code),
            None => ccg.ccg_code.clone(),
        };
        out.push('\n');
        out.push_str(&text(
            l,
            "hub-email-digest-ccg",
            &[
                ("ccg", label.into()),
                ("practices", ccg.practices.into()),
                ("enrolled", ccg.enrolled.into()),
                ("ready", ccg.ready.into()),
                ("risk", ccg.at_risk.into()),
            ],
        ));
        out.push('\n');
        for (id, list) in [
            ("hub-email-digest-newly-at-risk", &newly),
            ("hub-email-digest-overdue", &overdue),
            ("hub-email-digest-not-heard-from", &quiet),
            ("hub-email-digest-not-enrolled", &unenrolled),
        ] {
            out.push_str(&text(l, id, &[("count", list.len().into())]));
            out.push('\n');
            for row in list.iter() {
                let line = text(
                    l,
                    "hub-email-practice-line",
                    &[("name", row.practice.name.clone().into()), ("ods", row.practice.ods_code.clone().into())],
                );
                out.push_str(&format!("  - {line}\n"));
            }
        }
        out.push_str(&text(
            l,
            "hub-email-digest-objections",
            &[("type1", ccg.type1_total.into()), ("type2", ccg.type2_total.into())],
        ));
        out.push('\n');
        let page = smtp.link(&format!("/dashboard/practices?ccg={}", ccg.ccg_code));
        out.push_str(&text(l, "hub-email-digest-link", &[("url", page.into())]));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&footer(smtp, l));
    out
}

/// Sends the digest every day at `hour` (UK time), and on start when that hour has passed today (a digest already
/// sent for the day is not sent again). Runs until the process ends.
pub async fn daily_digests(hub: Hub, hour: u8) {
    let zone = uk_zone();
    loop {
        let now = jiff::Timestamp::now();
        let local = zone.to_datetime(now);
        if local.hour() >= hour as i8 {
            let at = OffsetDateTime::from_unix_timestamp(now.as_second()).unwrap_or_else(|_| OffsetDateTime::now_utc());
            match send_digests(&hub, at).await {
                Ok(run) if run.sent + run.failed > 0 => {
                    tracing::info!(sent = run.sent, failed = run.failed, "the daily digest went out");
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "the daily digest could not be sent"),
            }
        }
        let day =
            if local.hour() >= hour as i8 { local.date().tomorrow().unwrap_or(local.date()) } else { local.date() };
        let next = zone
            .to_zoned_datetime(day.at(hour as i8, 0, 0, 0))
            .map(|zoned| zoned.timestamp().as_second())
            .unwrap_or(now.as_second() + 3600);
        // A minute at least, so that a clock or zone oddity cannot make the loop spin.
        tokio::time::sleep(Duration::from_secs((next - now.as_second()).max(60) as u64)).await;
    }
}
