//! The UI's side of the commands in TypeScript, made from the Rust types by ts-rs: one declaration per type a
//! command sends or receives (and every type inside those), and one typed function per command.

use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};

use ts_rs::{TS, TypeVisitor};

use crate::commands::camel_case;

pub const HEADER: &str = "\
// Generated from the Rust commands (crates/app/src/commands.rs) and the types they use: do not edit.
// `make bindings` writes it again; a test fails while it differs from what the Rust side gives.
";

pub struct Bindings {
    config: ts_rs::Config,
    seen: HashSet<TypeId>,
    declarations: BTreeMap<String, (TypeId, String)>,
    commands: Vec<String>,
}

impl Default for Bindings {
    fn default() -> Self {
        Self {
            // Counts and sizes are far below 2^53: plain numbers, as JSON.parse gives them.
            config: ts_rs::Config::new().with_large_int("number"),
            seen: HashSet::new(),
            declarations: BTreeMap::new(),
            commands: Vec::new(),
        }
    }
}

struct Declare<'a>(&'a mut Bindings);

impl TypeVisitor for Declare<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        self.0.declare::<T>();
    }
}

impl Bindings {
    /// The TypeScript that names `T`, after declaring `T` and everything inside it.
    pub fn reference<T: TS + 'static + ?Sized>(&mut self) -> String {
        self.declare::<T>();
        T::name(&self.config)
    }

    fn declare<T: TS + 'static + ?Sized>(&mut self) {
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        if T::output_path().is_some() {
            let name = T::ident(&self.config);
            let docs = T::docs().map(|docs| format!("{}\n", docs.trim_end())).unwrap_or_default();
            let declaration = format!("{docs}export {}", T::decl(&self.config));
            if let Some((other, _)) = self.declarations.insert(name.clone(), (TypeId::of::<T>(), declaration)) {
                assert_eq!(other, TypeId::of::<T>(), "two Rust types are both called {name} in TypeScript");
            }
        }
        T::visit_dependencies(&mut Declare(self));
        T::visit_generics(&mut Declare(self));
    }

    /// One command: `name(arguments) => Promise<answer>`, the arguments sent under their camelCase names.
    pub fn command(
        &mut self,
        name: &str,
        docs: &str,
        arguments: Vec<(&str, String)>,
        progress: Option<String>,
        answer: String,
    ) {
        let mut text = String::new();
        if !docs.trim().is_empty() {
            text.push_str("    /**\n");
            for line in docs.lines() {
                text.push_str(&format!("     *{}\n", line.trim_end()));
            }
            text.push_str("     */\n");
        }
        let names: Vec<String> = arguments.iter().map(|(argument, _)| camel_case(argument)).collect();
        let mut parameters: Vec<String> =
            names.iter().zip(&arguments).map(|(argument, (_, ty))| format!("{argument}: {ty}")).collect();
        if let Some(progress) = &progress {
            parameters.push(format!("onProgress?: (progress: {progress}) => void"));
        }
        let sent = format!("{{ {} }}", names.join(", ")).replace("{  }", "{}");
        let listener = if progress.is_some() { ", onProgress" } else { "" };
        text.push_str(&format!(
            "    {}: ({}): Promise<{answer}> => invoke(\"{name}\", {sent}{listener}),\n",
            camel_case(name),
            parameters.join(", "),
        ));
        self.commands.push(text);
    }

    pub fn finish(mut self) -> String {
        let roles = self.reference::<pathfinder_readiness::Role>();
        let mut out = String::from(HEADER);
        for (_, declaration) in self.declarations.values() {
            out.push('\n');
            out.push_str(declaration);
            out.push('\n');
        }
        let all = serde_json::to_string(&pathfinder_readiness::Role::ALL).expect("roles serialise");
        out.push_str(&format!(
            "\n/** The roles in the order the app lists them. */\nexport const ROLES: {roles}[] = {all};\n"
        ));
        out.push_str(
            "
/**
 * Sends one command to the Rust side and resolves to its answer, or rejects with a `CommandError`. A transport
 * that can carry progress (Tauri's channel) passes each report of a long command to `onProgress`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Invoke = <T>(command: string, args: Record<string, unknown>, onProgress?: (progress: any) => void) => Promise<T>;

/** Every command, typed, over a transport. */
export function commands(invoke: Invoke) {
  return {
",
        );
        for command in &self.commands {
            out.push_str(command);
        }
        out.push_str("  };\n}\n\n/** What the UI calls on the Rust side. */\nexport type Backend = ReturnType<typeof commands>;\n");
        out
    }
}
