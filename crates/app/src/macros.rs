//! The one declaration a command needs. `commands!` turns a list of command functions into:
//! - `NAMES`, every command's name (the capability grants exactly these),
//! - `call`, which runs a command by name with JSON arguments and answers JSON or a translated [`CommandError`]
//!   (logging a failure's stable code, never its message): the desktop shell's invoke handler and the browser
//!   tests' server both go through it, and nothing else,
//! - with the `ts` feature, `typescript`, the UI's types and a typed function per command.
//!
//! A command is written `fn name(app, arg: Type, ...) -> Answer { body }`; the body is async, gets `app: &App<D>`
//! and its arguments (read from the JSON by their camelCase names), and gives `Result<Answer, Failure>`, so `?`
//! works on every error type that implements [`crate::UserError`]. A command that reports progress names it after
//! a semicolon: `fn name(app, arg: Type; progress: Progress) -> ...`, and the body gets a [`crate::Progress`].
//!
//! [`CommandError`]: crate::CommandError

macro_rules! commands {
    ($(
        $(#[doc = $doc:literal])*
        fn $name:ident($app:ident $(, $arg:ident: $ty:ty)* $(; $progress:ident: $pty:ty)?) -> $ret:ty $body:block
    )*) => {
        /// Every command's name, in the order declared.
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];

        /// Runs `command` with `args` (a JSON object); `progress` hears how far a long command has got.
        pub async fn call<D: $crate::Desktop>(
            app: &$crate::App<D>,
            command: &str,
            args: &serde_json::Value,
            progress: Option<$crate::ProgressSink>,
        ) -> Result<serde_json::Value, $crate::CommandError> {
            let _ = &progress;
            let result: Result<serde_json::Value, $crate::Failure> = match command {
                $(stringify!($name) => async {
                    $(let $arg: $ty = $crate::commands::argument(args, stringify!($arg))?;)*
                    $(let $progress = $crate::Progress::<$pty>::new(progress.clone());)?
                    let $app = app;
                    let answer: Result<$ret, $crate::Failure> = async { $body }.await;
                    answer.map(|value| serde_json::to_value(value).expect("answers serialise"))
                }.await,)*
                other => Err($crate::error::UnknownCommand(other.to_owned()).into()),
            };
            result.map_err(|failure| {
                let explained = failure.explain();
                // The log gets the command's name (one declared here, never the caller's text) and the stable
                // code; never the message, whose arguments may quote what was typed or read from a patient list.
                let name = NAMES.iter().copied().find(|name| *name == command).unwrap_or("unknown");
                log::warn!("{}", $crate::log_lines::command_failed(name, explained.code));
                $crate::CommandError::new(&explained, &app.state.localizer())
            })
        }

        /// The TypeScript of every command and every type it sends or receives, for `ui/src/backend`.
        #[cfg(feature = "ts")]
        pub fn typescript() -> String {
            let mut bindings = $crate::bindings::Bindings::default();
            bindings.reference::<$crate::CommandError>();
            $(
                let arguments = vec![$((stringify!($arg), bindings.reference::<$ty>())),*];
                let progress: Option<String> = None $(.or(Some(bindings.reference::<$pty>())))?;
                let answer = bindings.reference::<$ret>();
                bindings.command(stringify!($name), concat!($($doc, "\n"),*), arguments, progress, answer);
            )*
            bindings.finish()
        }
    };
}
