//! The server's layering rule, checked: each top-level module of `server/src` belongs to a layer, and
//! a file may name (`crate::…`) only its own layer's modules and those of the layers its layer may use.
//! Module files may not import each other in a cycle either, inside a layer included. Test modules
//! (from `#[cfg(test)]` on) are left out: a test may reach anywhere.

use anyhow::{bail, Context, Result};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A layer's name, its top-level modules, and the layers it may use besides its own.
pub type Layer = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

/// The server's layers, from the composition root down.
pub const SERVER: &[Layer] = &[
    (
        "root",
        &["lib", "main", "startup"],
        &[
            "http",
            "jobs",
            "commands",
            "services",
            "mail",
            "live",
            "storage",
            "files",
            "documents",
            "base",
        ],
    ),
    (
        "commands",
        &["backup", "demo", "secretary"],
        &["services", "storage", "files", "documents", "base"],
    ),
    ("http", &["http"], &["services", "live", "base"]),
    ("jobs", &["jobs"], &["services", "mail", "storage", "base"]),
    (
        "services",
        &["services"],
        &["mail", "live", "storage", "files", "documents", "base"],
    ),
    ("mail", &["mail"], &["storage", "files", "base"]),
    ("live", &["live"], &["base"]),
    ("storage", &["storage"], &["base"]),
    ("files", &["files"], &["base"]),
    ("documents", &["pdf", "sheets"], &["base"]),
    ("base", &["clock", "configuration", "telemetry"], &[]),
];

/// A module's path inside the crate: `["services", "reviews", "board"]`; the crate root is empty.
type Module = Vec<String>;

/// Every problem in the crate at `src`: imports across `layers` (none to check when it is empty), then
/// cycles between module files.
pub fn check(src: &Path, layers: &[Layer]) -> Result<Vec<String>> {
    let files = read_modules(src)?;
    let mut problems = Vec::new();
    let modules: BTreeSet<Module> = files.keys().cloned().collect();
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, (file, code)) in &files {
        let from = layer_of(layers, module)?;
        for path in references(module, code) {
            let Some(target) = resolve(&modules, &path) else {
                continue;
            };
            if let Some(top) = target.first() {
                let to = layer_of(layers, &target)?;
                if to != from && !allowed(layers, from, to) {
                    problems.push(format!(
                        "{file} ({from}) may not use {top} ({to}): crate::{}",
                        path.join("::")
                    ));
                }
            }
            let related = target.starts_with(module) || module.starts_with(&target);
            if !related {
                edges.entry(module.clone()).or_default().insert(target);
            }
        }
    }
    problems.sort();
    problems.dedup();
    for cycle in cycles(&modules, &edges) {
        let names: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
        problems.push(format!("import cycle: {}", names.join(" → ")));
    }
    Ok(problems)
}

fn layer_of(layers: &[Layer], module: &Module) -> Result<&'static str> {
    if layers.is_empty() {
        return Ok("");
    }
    let top = module.first().map(String::as_str).unwrap_or("lib");
    layers
        .iter()
        .find(|(_, members, _)| members.contains(&top))
        .map(|(layer, _, _)| *layer)
        .with_context(|| {
            format!(
                "the module `{top}` belongs to no layer: add it to a layer in xtask's `layers.rs`"
            )
        })
}

fn allowed(layers: &[Layer], from: &str, to: &str) -> bool {
    layers
        .iter()
        .any(|(layer, _, uses)| *layer == from && uses.contains(&to))
}

/// Every module file under `src`: its path inside `src`, and its code without its tests.
fn read_modules(src: &Path) -> Result<BTreeMap<Module, (String, String)>> {
    let mut found = BTreeMap::new();
    let mut folders = vec![src.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder)
            .with_context(|| format!("cannot read {}", folder.display()))?
        {
            let path = entry?.path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let relative = path.strip_prefix(src)?;
            let mut module: Module = relative
                .with_extension("")
                .components()
                .map(|part| part.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(
                module.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                module.pop();
            }
            let text = std::fs::read_to_string(&path)?;
            let code = match text.find("#[cfg(test)]") {
                Some(cut) => text[..cut].to_owned(),
                None => text,
            };
            // `main.rs` names the library by the crate's name; both are the root.
            let code = code.replace("server::", "crate::");
            let file = relative.to_string_lossy().into_owned();
            found.insert(module, (file, without_comments(&code)));
        }
    }
    if found.is_empty() {
        bail!("no Rust files under {}", src.display());
    }
    Ok(found)
}

fn without_comments(code: &str) -> String {
    code.lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every module path the code names, absolute: `use` statements with their braces expanded, and
/// paths written inline.
fn references(module: &Module, code: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = find_word(rest, "use ") {
        let statement = &rest[at + 4..];
        let end = statement.find(';').unwrap_or(statement.len());
        let compact: String = statement[..end]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        paths.extend(expand(&compact));
        rest = &statement[end..];
    }
    for prefix in ["crate::", "super::"] {
        let mut rest = code;
        while let Some(at) = find_word(rest, prefix) {
            let tail = &rest[at..];
            let length = tail
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(tail.len());
            paths.push(tail[..length].trim_end_matches(':').to_owned());
            rest = &tail[length..];
        }
    }
    paths
        .iter()
        .filter_map(|path| absolute(module, path))
        .collect()
}

/// Where `word` starts in `text` not as the end of a longer name.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = text[from..].find(word) {
        let at = from + found;
        let before = text[..at].chars().next_back();
        if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

/// `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(path: &str) -> Vec<String> {
    let Some(open) = path.find('{') else {
        return vec![path.to_owned()];
    };
    let head = &path[..open];
    let body = path[open + 1..]
        .strip_suffix('}')
        .unwrap_or(&path[open + 1..]);
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (at, c) in body.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&body[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&body[start..]);
    parts
        .into_iter()
        .filter(|part| !part.is_empty())
        .flat_map(|part| expand(&format!("{head}{part}")))
        .collect()
}

/// A path from inside `module` as segments from the crate root; `None` for other crates' paths.
fn absolute(module: &Module, path: &str) -> Option<Vec<String>> {
    let mut segments = path.split("::").map(str::to_owned);
    let first = segments.next()?;
    let mut base: Vec<String> = match first.as_str() {
        "crate" => Vec::new(),
        "super" => {
            let mut parent = module.clone();
            parent.pop();
            parent
        }
        "self" => module.clone(),
        _ => return None,
    };
    for segment in segments {
        match segment.as_str() {
            "super" => {
                base.pop();
            }
            "self" | "*" => {}
            name => base.push(name.split(" as ").next().unwrap_or(name).to_owned()),
        }
    }
    Some(base)
}

/// The longest module that `path` lies in.
fn resolve(modules: &BTreeSet<Module>, path: &[String]) -> Option<Module> {
    (1..=path.len())
        .rev()
        .map(|length| path[..length].to_vec())
        .find(|candidate| modules.contains(candidate))
}

/// Sets of modules that import each other round, by Tarjan's algorithm.
fn cycles(
    modules: &BTreeSet<Module>,
    edges: &BTreeMap<Module, BTreeSet<Module>>,
) -> Vec<Vec<Module>> {
    struct Search<'a> {
        edges: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, (usize, usize)>,
        stack: Vec<&'a Module>,
        on_stack: BTreeSet<&'a Module>,
        found: Vec<Vec<Module>>,
    }
    impl<'a> Search<'a> {
        fn visit(&mut self, module: &'a Module) {
            let number = self.index.len();
            self.index.insert(module, (number, number));
            self.stack.push(module);
            self.on_stack.insert(module);
            for next in self.edges.get(module).into_iter().flatten() {
                if !self.index.contains_key(next) {
                    self.visit(next);
                    let low = self.index[next].1.min(self.index[module].1);
                    self.index.entry(module).and_modify(|entry| entry.1 = low);
                } else if self.on_stack.contains(next) {
                    let low = self.index[next].0.min(self.index[module].1);
                    self.index.entry(module).and_modify(|entry| entry.1 = low);
                }
            }
            let (number, low) = self.index[module];
            if number == low {
                let mut component = Vec::new();
                while let Some(top) = self.stack.pop() {
                    self.on_stack.remove(top);
                    component.push(top.clone());
                    if top == module {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.found.push(component);
                }
            }
        }
    }
    let mut search = Search {
        edges,
        index: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for module in modules {
        if !search.index.contains_key(module) {
            search.visit(module);
        }
    }
    search.found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A crate in a temporary folder with the given files.
    fn crate_with(files: &[(&str, &str)]) -> tempfolder::Folder {
        let folder = tempfolder::Folder::new();
        for (name, code) in files {
            let path = folder.0.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, code).unwrap();
        }
        folder
    }

    mod tempfolder {
        pub struct Folder(pub std::path::PathBuf);

        impl Folder {
            pub fn new() -> Self {
                let path = std::env::temp_dir().join(format!(
                    "xtask-layers-{}-{:?}",
                    std::process::id(),
                    std::thread::current().id()
                ));
                let _ = std::fs::remove_dir_all(&path);
                std::fs::create_dir_all(&path).unwrap();
                Folder(path)
            }
        }

        impl Drop for Folder {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
    }

    #[test]
    fn imports_downward_pass_and_the_tests_may_reach_anywhere() {
        let folder = crate_with(&[
            ("lib.rs", "pub mod http;\npub mod services;\npub mod storage;\n"),
            ("http/mod.rs", "use crate::services::{SeaBackend, auth::LoginLimiter};\n"),
            ("services/mod.rs", "use crate::storage::{self, entities::users};\n#[cfg(test)]\nmod tests { use crate::http::router; }\n"),
            ("storage/mod.rs", "pub fn open() {}\n"),
        ]);
        assert_eq!(check(&folder.0, SERVER).unwrap(), Vec::<String>::new());
    }

    #[test]
    fn an_import_upward_or_across_is_caught_in_any_form() {
        let folder = crate_with(&[
            ("lib.rs", ""),
            (
                "http/mod.rs",
                "fn f() { let db = crate::storage::open(); }\n",
            ),
            ("services/mod.rs", "use crate::{http::AppState, storage};\n"),
            ("storage/mod.rs", "pub fn open() {}\n"),
            (
                "storage/queries.rs",
                "use super::super::services::SeaBackend;\n",
            ),
        ]);
        assert_eq!(
            check(&folder.0, SERVER).unwrap(),
            vec![
                "http/mod.rs (http) may not use storage (storage): crate::storage::open",
                "services/mod.rs (services) may not use http (http): crate::http::AppState",
                "storage/queries.rs (storage) may not use services (services): crate::services::SeaBackend",
            ]
        );
    }

    #[test]
    fn a_cycle_inside_a_layer_is_caught_and_a_parent_using_its_child_is_not_one() {
        let folder = crate_with(&[
            ("lib.rs", ""),
            (
                "services/mod.rs",
                "mod forms;\nmod decisions;\npub use forms::draft;\n",
            ),
            ("services/forms.rs", "use super::decisions::history;\n"),
            (
                "services/decisions.rs",
                "use super::forms::draft;\nuse super::super::clock::SharedClock;\n",
            ),
            ("clock.rs", ""),
        ]);
        assert_eq!(
            check(&folder.0, SERVER).unwrap(),
            vec!["import cycle: services::decisions → services::forms"]
        );
    }

    #[test]
    fn without_layers_only_cycles_count() {
        let folder = crate_with(&[
            ("main.rs", "mod a;\nmod b;\n"),
            ("a.rs", "use crate::b::f;\n"),
            ("b.rs", "pub fn f() { crate::a::g() }\n"),
        ]);
        assert_eq!(check(&folder.0, &[]).unwrap(), vec!["import cycle: a → b"]);
    }

    #[test]
    fn a_module_outside_every_layer_is_an_error() {
        let folder = crate_with(&[("lib.rs", ""), ("utils.rs", "pub fn helper() {}\n")]);
        let error = check(&folder.0, SERVER).unwrap_err().to_string();
        assert!(error.contains("`utils` belongs to no layer"), "{error}");
    }
}
