use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use pathfinder_hub::db::{ObjectionTypes, UserRole};
use pathfinder_hub::limits::SUBMISSIONS_PER_HOUR;
use pathfinder_hub::serve::{MAX_CONNECTIONS, Options, serve};
use pathfinder_hub::tls::{self, TlsListener};
use pathfinder_hub::{Hub, admin, app, connect, windows};
use time::Date;

/// The Pathfinder hub: enrols practices and takes their readiness submissions.
#[derive(Parser)]
#[command(name = "pathfinder-hub", version)]
struct Cli {
    /// sqlite://PATH (the embedded default) or postgres://USER@HOST/DB
    #[arg(long, global = true, env = "PATHFINDER_HUB_DATABASE", default_value = "sqlite://pathfinder-hub.sqlite3")]
    database: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API and the dashboard, over HTTPS when given a certificate and its key.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// PEM certificate chain, the hub's own certificate first
        #[arg(long, requires = "tls_key", value_name = "PEM")]
        tls_cert: Option<PathBuf>,
        /// PEM private key of that certificate
        #[arg(long, requires = "tls_cert", value_name = "PEM")]
        tls_key: Option<PathBuf>,
        /// The https:// address browsers reach the hub at, when a proxy in front of it terminates TLS: the hub then
        /// sets Secure `__Host-` cookies and sends HSTS, as it does serving TLS itself
        #[arg(long, value_name = "URL", value_parser = public_url)]
        public_url: Option<String>,
        /// The address of the reverse proxy in front of the hub: for its connections, the client is the last address
        /// in X-Forwarded-For (the limits on guessing count by client address)
        #[arg(long, value_name = "IP")]
        trusted_proxy: Option<std::net::IpAddr>,
        /// Folder of the app's releases: latest.json (the updater's manifest) and the installers it names
        #[arg(long, value_name = "DIR")]
        updates: Option<PathBuf>,
        /// Connections served at once; more wait in the operating system's queue
        #[arg(long, value_name = "N", default_value_t = MAX_CONNECTIONS as u32, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
        max_connections: u32,
        /// Submissions one practice's token may make in a rolling hour; beyond it the hub answers 429 with Retry-After
        #[arg(long, value_name = "N", default_value_t = SUBMISSIONS_PER_HOUR as u32, value_parser = clap::value_parser!(u32).range(1..))]
        submissions_per_hour: u32,
        /// The SMTP relay email goes through (the daily digest, the at-risk alerts): smtp://HOST[:PORT], a relay in
        /// the hub's own network that takes mail without TLS or a password. Without it, no email is sent
        #[arg(long, value_name = "URL")]
        smtp_url: Option<String>,
        /// The address the hub's email comes from
        #[arg(long, value_name = "ADDRESS", default_value = "pathfinder-hub@localhost")]
        mail_from: String,
        /// The hour of the day (UK time, 0 to 23) the daily digest goes out
        #[arg(long, value_name = "HOUR", default_value_t = pathfinder_hub::email::DIGEST_HOUR, value_parser = clap::value_parser!(u8).range(0..=23))]
        digest_hour: u8,
    },
    /// Practices the hub knows.
    Practices {
        #[command(subcommand)]
        command: PracticesCommand,
    },
    /// Print a one-time enrolment code for a practice, or (--ccg) codes for every practice of a CCG not yet enrolled,
    /// as CSV (ods_code,code, a header line first).
    EnrolCode {
        #[arg(long, required_unless_present = "ccg", conflicts_with = "ccg")]
        ods: Option<String>,
        /// A CCG code: a code for each of its practices that has no live token
        #[arg(long)]
        ccg: Option<String>,
    },
    /// A CCG's fair-processing window, which its practices' apps pull down.
    Window {
        #[command(subcommand)]
        command: WindowCommand,
    },
    /// Dashboard users.
    Users {
        #[command(subcommand)]
        command: UsersCommand,
    },
    /// Revoke every token of a practice.
    Revoke {
        #[arg(long)]
        ods: String,
    },
}

#[derive(Subcommand)]
enum PracticesCommand {
    /// Import practices from a CSV file with the header ods_code,name,ccg.
    Import { file: PathBuf },
}

#[derive(Subcommand)]
enum UsersCommand {
    /// Add a user; the password is read from standard input.
    Add {
        #[arg(long)]
        email: String,
        /// national (every CCG) or regional (only --ccg)
        #[arg(long, value_parser = |text: &str| text.parse::<UserRole>())]
        role: UserRole,
        /// CCG codes a regional user sees, comma-separated
        #[arg(long, value_delimiter = ',')]
        ccg: Vec<String>,
    },
    /// Disable a user: they cannot sign in, and their sessions end.
    Disable {
        #[arg(long)]
        email: String,
    },
    /// Enable a disabled user again.
    Enable {
        #[arg(long)]
        email: String,
    },
    /// Change what a user sees: their role and, for a regional user, the CCGs.
    Scope {
        #[arg(long)]
        email: String,
        /// national (every CCG) or regional (only --ccg)
        #[arg(long, value_parser = |text: &str| text.parse::<UserRole>())]
        role: UserRole,
        /// CCG codes a regional user sees, comma-separated
        #[arg(long, value_delimiter = ',')]
        ccg: Vec<String>,
        /// Whether a regional user may issue enrolment codes for their CCGs (national users always may); left out,
        /// it stays as it was
        #[arg(long, value_name = "true|false")]
        issue_codes: Option<bool>,
    },
    /// Set a user's password, read from standard input; their sessions end.
    Password {
        #[arg(long)]
        email: String,
    },
    /// Turn a user's email on or off: the daily digest (regional users) and the alerts when a practice turns at
    /// risk. What is left out stays as it was.
    Email {
        #[arg(long)]
        email: String,
        #[arg(long, value_name = "on|off", value_parser = on_off)]
        digest: Option<bool>,
        #[arg(long, value_name = "on|off", value_parser = on_off)]
        alerts: Option<bool>,
    },
}

fn on_off(text: &str) -> Result<bool, String> {
    match text {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(format!("{text} is neither on nor off")),
    }
}

/// A password from standard input: its first line.
fn read_password() -> std::io::Result<String> {
    let mut password = String::new();
    std::io::stdin().read_line(&mut password)?;
    Ok(password.trim_end_matches(['\r', '\n']).to_owned())
}

#[derive(Subcommand)]
enum WindowCommand {
    /// Set a CCG's window (--ccg), or a practice's own dates overriding its CCG's (--ods).
    Set {
        #[arg(long, required_unless_present = "ods", conflicts_with = "ods")]
        ccg: Option<String>,
        /// A practice's ODS code: its own window, which its app gets instead of its CCG's until cleared
        #[arg(long)]
        ods: Option<String>,
        /// YYYY-MM-DD
        #[arg(long, value_parser = parse_date)]
        start: Date,
        #[arg(long, default_value_t = 6)]
        weeks: u8,
        /// YYYY-MM-DD, on or after the day the window ends; left out, two weeks after it (the output says so)
        #[arg(long = "extract", visible_alias = "first-extract", value_name = "DATE", value_parser = parse_date)]
        first_extract: Option<Date>,
        /// The objection types the CCG's pilot offers: type1 (Type 1 only) or type1,type2 (both). Left out, they
        /// stay as they were: both, until set.
        #[arg(long, value_name = "TYPES", conflicts_with = "ods", value_parser = |text: &str| text.parse::<ObjectionTypes>())]
        objection_types: Option<ObjectionTypes>,
    },
    /// Clear a practice's own dates: its CCG's window applies to it again.
    Clear {
        #[arg(long)]
        ods: String,
    },
}

/// How the command line says where the first extract came from.
fn extract_note(given: Option<Date>) -> &'static str {
    if given.is_some() { "" } else { " (not given: two weeks after the window ends; --extract sets it)" }
}

fn public_url(text: &str) -> Result<String, String> {
    match text.strip_prefix("https://") {
        Some(rest) if !rest.is_empty() => Ok(text.to_owned()),
        _ => Err(format!("{text} is not an https:// address: the public URL is what browsers reach over HTTPS")),
    }
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text, time::macros::format_description!("[year]-[month]-[day]"))
        .map_err(|_| format!("{text} is not a date like 2026-03-02"))
}

const ADMIN: &str = "command line";

/// Ctrl-C or SIGTERM (what systemd and container runtimes send): either drains the requests under way.
async fn shutdown() {
    #[cfg(unix)]
    {
        let mut terminate =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("SIGTERM can be watched");
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
    tracing::info!("pathfinder-hub stopping: finishing the requests under way");
}

async fn run(cli: Cli) -> Result<(), Box<dyn std::error::Error>> {
    // A certificate that cannot be served is refused before anything else is touched.
    let tls = match &cli.command {
        Command::Serve { tls_cert: Some(cert), tls_key: Some(key), .. } => Some(tls::server_config(cert, key)?),
        _ => None,
    };
    let db = connect(&cli.database).await?;
    match cli.command {
        Command::Serve {
            listen,
            updates,
            max_connections,
            public_url,
            submissions_per_hour,
            trusted_proxy,
            smtp_url,
            mail_from,
            digest_hour,
            ..
        } => {
            let options = Options { max_connections: max_connections as usize, ..Options::default() };
            let listener = tokio::net::TcpListener::bind(listen).await?;
            let address = listener.local_addr()?;
            let https = tls.is_some() || public_url.is_some();
            let submissions_per_hour = submissions_per_hour as usize;
            let mut hub = Hub { updates, https, submissions_per_hour, trusted_proxy, ..Hub::new(db) };
            match smtp_url {
                Some(url) => {
                    let smtp = pathfinder_hub::email::Smtp::new(&url, &mail_from, public_url.clone())?;
                    tracing::info!(relay = %url, digest_hour, "email goes through the SMTP relay");
                    hub.mail = Some(pathfinder_hub::email::Mail::start(smtp, hub.db.clone(), hub.l10n.clone()));
                    tokio::spawn(pathfinder_hub::email::daily_digests(hub.clone(), digest_hour));
                }
                None => tracing::info!("no --smtp-url: the hub sends no email (no daily digest, no at-risk alerts)"),
            }
            let router = app(hub);
            match tls {
                Some(config) => {
                    tracing::info!(%address, "pathfinder-hub listening on HTTPS");
                    serve(TlsListener::new(listener, config), router, options, shutdown()).await;
                }
                None => {
                    tracing::info!(%address, "pathfinder-hub listening on plain HTTP");
                    serve(pathfinder_hub::serve::plain(listener), router, options, shutdown()).await;
                }
            }
        }
        Command::Practices { command: PracticesCommand::Import { file } } => {
            let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let count = admin::import_practices(db.as_ref(), &file.display().to_string(), &text, ADMIN).await?;
            println!("imported {count} practices");
        }
        Command::EnrolCode { ods: Some(ods), .. } => {
            let code = admin::issue_enrolment_code(db.as_ref(), &ods, ADMIN, time::OffsetDateTime::now_utc()).await?;
            println!("{code}");
        }
        Command::EnrolCode { ccg, .. } => {
            let ccg = ccg.unwrap_or_default();
            let issued = admin::issue_ccg_codes(db.as_ref(), &ccg, ADMIN, time::OffsetDateTime::now_utc()).await?;
            print!("{}", issued.csv(false));
            let (count, ccg, expires) = (issued.codes.len(), &issued.ccg_code, issued.expires.date());
            eprintln!("{ccg}: {count} of its practices had no live token; each has a code above, expiring {expires}");
        }
        Command::Window {
            command: WindowCommand::Set { ccg: Some(ccg), start, weeks, first_extract, objection_types, .. },
        } => {
            let (window, types) =
                admin::set_window(db.as_ref(), &ccg, start, weeks, first_extract, objection_types, ADMIN).await?;
            let offered = if types.offers_type2() { "Type 1 and Type 2" } else { "Type 1 only" };
            let reach = db.window_reach(&window.ccg_code).await?;
            println!(
                "{}: {} for {} weeks, first extract {}{}, objections offered: {offered}; {} of its {} practices move \
                 ({} keep their own dates)",
                window.ccg_code,
                window.start,
                window.weeks,
                window.first_extract,
                extract_note(first_extract),
                reach.moved(),
                reach.practices,
                reach.exceptions
            );
        }
        Command::Window { command: WindowCommand::Set { ods: Some(ods), start, weeks, first_extract, .. } } => {
            let dates = windows::Dates::new(start, weeks, first_extract)?;
            let (practice, window) = windows::set_practice_window(db.as_ref(), &ods, dates, ADMIN).await?;
            println!(
                "{} ({}): its own window, {} for {} weeks, first extract {}{}, instead of its CCG's",
                practice.ods_code,
                practice.ccg_code,
                window.start,
                window.weeks,
                window.first_extract,
                extract_note(first_extract)
            );
        }
        Command::Window { command: WindowCommand::Set { .. } } => unreachable!("clap asks for --ccg or --ods"),
        Command::Window { command: WindowCommand::Clear { ods } } => {
            if windows::clear_practice_window(db.as_ref(), &ods, ADMIN).await? {
                println!("{}: its own dates are cleared; its CCG's window applies again", ods.to_ascii_uppercase());
            } else {
                println!("{}: had no dates of its own; its CCG's window applies", ods.to_ascii_uppercase());
            }
        }
        Command::Users { command } => match command {
            UsersCommand::Add { email, role, ccg } => {
                admin::add_user(db.as_ref(), &email, &read_password()?, role, &ccg, ADMIN).await?;
                println!("{email} can sign in");
            }
            UsersCommand::Disable { email } => {
                admin::disable_user(db.as_ref(), &email, ADMIN).await?;
                println!("{email} is disabled and signed out");
            }
            UsersCommand::Enable { email } => {
                admin::enable_user(db.as_ref(), &email, ADMIN).await?;
                println!("{email} can sign in again");
            }
            UsersCommand::Scope { email, role, ccg, issue_codes } => {
                admin::set_user_scope(db.as_ref(), &email, role, &ccg, ADMIN).await?;
                println!("{email} is now {role}");
                if let Some(allowed) = issue_codes {
                    admin::set_user_issue_codes(db.as_ref(), &email, allowed, ADMIN).await?;
                    println!("{email} {} issue enrolment codes", if allowed { "may" } else { "may not" });
                }
            }
            UsersCommand::Password { email } => {
                admin::set_user_password(db.as_ref(), &email, &read_password()?, ADMIN).await?;
                println!("{email} has a new password and is signed out");
            }
            UsersCommand::Email { email, digest, alerts } => {
                if !pathfinder_hub::email::set_choices(db.as_ref(), &email, digest, alerts, ADMIN).await? {
                    return Err(format!("no user has the email {email}").into());
                }
                let user = db.mail_recipients().await?.into_iter().find(|r| r.email == email.trim());
                let word = |on: bool| if on { "on" } else { "off" };
                match user {
                    Some(user) => println!("{email}: digest {}, alerts {}", word(user.digest), word(user.alerts)),
                    None => println!("{email}: saved (the user is disabled: no email is sent to them)"),
                }
            }
        },
        Command::Revoke { ods } => {
            let revoked = admin::revoke(db.as_ref(), &ods, ADMIN).await?;
            println!("revoked {revoked} tokens");
        }
    }
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    // A panic's message may hold what the request held: the log gets where it happened, never the message.
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        tracing::error!(%at, "a panic; its request was answered 500");
    }));
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    match run(Cli::parse()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("pathfinder-hub: {error}");
            ExitCode::from(2)
        }
    }
}
