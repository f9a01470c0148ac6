//! Translations: Fluent files for lv, en and ru, the language taken from the first segment of the
//! URL. The server compiles all three in; a browser gets the page's language only, fetched beside the
//! WASM (`translations.js`), so the bundle does not carry the words of the languages a page is not in.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::LanguageIdentifier;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;

#[cfg(not(feature = "hydrate"))]
fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "lv",
        // Unicode isolation marks around arguments would end up inside e-mail subjects and `<time>` text.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language of the user interface. Latvian is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Lv,
    En,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Lv, Lang::En, Lang::Ru];

    /// The code used in URLs, `<html lang>`, cookies and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Lv => "lv",
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// Whether decimals are written with a comma ("4,2"), as Latvian and Russian write them.
    pub fn decimal_comma(self) -> bool {
        self != Lang::En
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language named by the first segment of a path such as `/en/login`, if it is one of ours.
    pub fn from_path(path: &str) -> Option<Lang> {
        Lang::parse(
            path.trim_start_matches('/')
                .split('/')
                .next()
                .unwrap_or_default(),
        )
    }

    /// `path` with its language segment replaced by this language, for the language switcher.
    pub fn switch_path(self, path: &str) -> String {
        let rest = path.trim_start_matches('/');
        let rest = match Lang::from_path(path) {
            Some(_) => rest
                .split_once('/')
                .map(|(_, rest)| rest)
                .unwrap_or_default(),
            None => "",
        };
        if rest.is_empty() {
            format!("/{}", self.code())
        } else {
            format!("/{}/{rest}", self.code())
        }
    }

    fn id(self) -> LanguageIdentifier {
        // The codes are valid BCP 47 tags, so parsing cannot fail.
        self.code().parse().unwrap_or_default()
    }
}

/// An argument value for a translated message.
#[derive(Clone, Debug)]
pub enum Arg {
    Number(i64),
    Text(String),
}

/// The language a text is written in: one of the site's, or French, the other language UIL reads. A
/// city corresponding with UIL in French gets its printed application in French; the site itself is
/// not offered in French.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocLang {
    Site(Lang),
    French,
}

impl From<Lang> for DocLang {
    fn from(lang: Lang) -> Self {
        DocLang::Site(lang)
    }
}

impl DocLang {
    /// Whether decimals are written with a comma, as in every one of these languages but English.
    pub fn decimal_comma(self) -> bool {
        match self {
            DocLang::Site(lang) => lang.decimal_comma(),
            DocLang::French => true,
        }
    }
}

// The French words are for printed forms, which only the server makes: the browser's bundle does not
// carry them.
#[cfg(feature = "ssr")]
fluent_templates::static_loader! {
    static FRENCH = {
        locales: "./locales-print",
        fallback_language: "fr",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

type Args = HashMap<Cow<'static, str>, FluentValue<'static>>;

/// `key` in `lang`, if it has words there; a French message not written falls back to English.
fn lookup(lang: DocLang, key: &str, args: Option<&Args>) -> Option<String> {
    match lang {
        DocLang::Site(lang) => site_lookup(lang, key, args),
        DocLang::French => {
            #[cfg(feature = "ssr")]
            {
                use fluent_templates::Loader;
                let french: LanguageIdentifier = "fr".parse().unwrap_or_default();
                let found = match args {
                    Some(args) => FRENCH.try_lookup_with_args(&french, key, args),
                    None => FRENCH.try_lookup(&french, key),
                };
                if found.is_some() {
                    return found;
                }
            }
            lookup(DocLang::Site(Lang::En), key, args)
        }
    }
}

#[cfg(not(feature = "hydrate"))]
fn site_lookup(lang: Lang, key: &str, args: Option<&Args>) -> Option<String> {
    use fluent_templates::Loader;
    match args {
        Some(args) => LOCALES.try_lookup_with_args(&lang.id(), key, args),
        None => LOCALES.try_lookup(&lang.id(), key),
    }
}

#[cfg(feature = "hydrate")]
fn site_lookup(lang: Lang, key: &str, args: Option<&Args>) -> Option<String> {
    in_browser::lookup(lang, key, args)
}

#[cfg(any(feature = "hydrate", test))]
use page_messages::PageMessages;

#[cfg(any(feature = "hydrate", test))]
mod page_messages {
    use super::{other_language_key, Args, Lang};
    use fluent_templates::fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    use std::borrow::Cow;

    /// One language's messages, as a browser holds them for its page.
    pub struct PageMessages {
        lang: Lang,
        bundle: FluentBundle<FluentResource>,
    }

    impl PageMessages {
        /// The messages in `text`; a line Fluent cannot read is left out, the rest kept.
        pub fn new(lang: Lang, text: String) -> Self {
            let resource = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
            let mut bundle = FluentBundle::new(vec![lang.id()]);
            bundle.set_use_isolating(false);
            // A message given twice is an error that keeps the first; the keys' test rules it out.
            let _ = bundle.add_resource(resource);
            PageMessages { lang, bundle }
        }

        /// `key` in `lang`: the page's own language, or another's for the messages shown in every
        /// language.
        pub fn lookup(&self, lang: Lang, key: &str, args: Option<&Args>) -> Option<String> {
            let name = if lang == self.lang {
                Cow::Borrowed(key)
            } else {
                Cow::Owned(other_language_key(lang, key))
            };
            let pattern = self.bundle.get_message(&name)?.value()?;
            let args: Option<FluentArgs> = args.map(|args| {
                args.iter()
                    .map(|(name, value)| (name.clone(), value.clone()))
                    .collect()
            });
            let mut errors = Vec::new();
            let text = self
                .bundle
                .format_pattern(pattern, args.as_ref(), &mut errors)
                .into_owned();
            // As on the server: a message missing an argument shows its key, so the gap is seen.
            errors.is_empty().then_some(text)
        }
    }
}

fn other_language_key(lang: Lang, key: &str) -> String {
    format!("{key}-in-{}", lang.code())
}

#[cfg(feature = "hydrate")]
mod in_browser {
    use super::{page_lang, Args, Lang, PageMessages};
    use wasm_bindgen::prelude::wasm_bindgen;

    #[wasm_bindgen(module = "/src/translations.js")]
    extern "C" {
        /// The page's translations, fetched before the WASM started.
        fn page_translations() -> String;
    }

    thread_local! {
        static PAGE: PageMessages = PageMessages::new(page_lang(), page_translations());
    }

    pub fn lookup(lang: Lang, key: &str, args: Option<&Args>) -> Option<String> {
        PAGE.with(|page| page.lookup(lang, key, args))
    }
}

/// What a browser is sent of the translations, and where.
#[cfg(feature = "ssr")]
mod for_browser {
    use super::{other_language_key, translate, Lang};
    use std::hash::{Hash, Hasher};
    use std::sync::OnceLock;

    /// Messages an island shows in every language whatever the page's: each language's own name, in
    /// the choice of an account's language. A page's translations carry them as `{key}-in-{code}`.
    const SHOWN_IN_EVERY_LANGUAGE: &[&str] = &["language-name"];

    /// Where the page's translations are served from, with the language and a hash of the text.
    const PREFIX: &str = "/translations/";

    fn source(lang: Lang) -> &'static str {
        match lang {
            Lang::Lv => include_str!("../locales/lv/main.ftl"),
            Lang::En => include_str!("../locales/en/main.ftl"),
            Lang::Ru => include_str!("../locales/ru/main.ftl"),
        }
    }

    struct Served {
        text: String,
        path: String,
    }

    fn served(lang: Lang) -> &'static Served {
        static SERVED: OnceLock<[Served; 3]> = OnceLock::new();
        let all = SERVED.get_or_init(|| {
            Lang::ALL.map(|lang| {
                let mut text = source(lang).to_owned();
                for other in Lang::ALL.into_iter().filter(|other| *other != lang) {
                    for key in SHOWN_IN_EVERY_LANGUAGE {
                        let words = translate(other, key);
                        text.push_str(&format!("\n{} = {words}\n", other_language_key(other, key)));
                    }
                }
                let mut hasher = std::hash::DefaultHasher::new();
                text.hash(&mut hasher);
                let path = format!("{PREFIX}{}-{:016x}.ftl", lang.code(), hasher.finish());
                Served { text, path }
            })
        });
        &all[lang as usize]
    }

    /// The messages a browser gets with a page in `lang`: the language's file, and the messages
    /// shown in every language in the other languages' words.
    pub fn translations(lang: Lang) -> &'static str {
        &served(lang).text
    }

    /// The address of [`translations`], which changes with their text, so a browser may keep them.
    pub fn translations_path(lang: Lang) -> &'static str {
        &served(lang).path
    }

    /// The translations served at `path`, if it is one of [`translations_path`].
    pub fn translations_at(path: &str) -> Option<&'static str> {
        Lang::ALL
            .into_iter()
            .find(|lang| translations_path(*lang) == path)
            .map(translations)
    }
}

#[cfg(feature = "ssr")]
pub use for_browser::{translations, translations_at, translations_path};

/// The message `key` in `lang`. A missing key shows the key itself, so the gap is visible and the
/// translation test names it.
pub fn translate(lang: impl Into<DocLang>, key: &str) -> String {
    lookup(lang.into(), key, None).unwrap_or_else(|| key.to_owned())
}

/// The message `key` in `lang` with its arguments filled in, plural rules included.
pub fn translate_with(lang: impl Into<DocLang>, key: &str, args: &[(&'static str, Arg)]) -> String {
    let args: Args = args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(text) => FluentValue::from(text.clone()),
            };
            (Cow::Borrowed(*name), value)
        })
        .collect();
    lookup(lang.into(), key, Some(&args)).unwrap_or_else(|| key.to_owned())
}

/// The page's language, derived from the URL so that the server render and the browser always agree.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: Memo<Lang>,
}

impl I18n {
    /// The current language. Read with `try_get` because leptos_axum may render the page title after the
    /// page's reactive owner is gone; a late read then yields the default instead of a panic.
    pub fn lang(self) -> Lang {
        self.lang.try_get().unwrap_or_default()
    }

    /// A view of the message `key` that follows language switches.
    pub fn tr(self, key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || translate(self.lang(), key)
    }

    /// The message `key` now, for attributes and computed text.
    pub fn t(self, key: &str) -> String {
        translate(self.lang(), key)
    }

    /// `path` (without language) prefixed with the current language.
    pub fn href(self, path: &str) -> String {
        format!("/{}{}", self.lang().code(), path)
    }
}

/// Called once by the app shell; every component below reads it with [`use_i18n`].
pub fn provide_i18n() -> I18n {
    let location = use_location();
    let lang = Memo::new(move |_| Lang::from_path(&location.pathname.get()).unwrap_or_default());
    let i18n = I18n { lang };
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| {
        let lang = page_lang();
        I18n {
            lang: Memo::new(move |_| lang),
        }
    })
}

/// An island runs in the browser without the page's context; the language the server rendered the
/// page in is on `<html lang>`.
#[cfg(feature = "hydrate")]
fn page_lang() -> Lang {
    document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::parse(&code))
        .unwrap_or_default()
}

#[cfg(not(feature = "hydrate"))]
fn page_lang() -> Lang {
    Lang::default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;

    fn keys_of(lang: Lang) -> BTreeSet<String> {
        keys_in(&Path::new("locales").join(lang.code()))
    }

    /// The keys of `main.ftl` in `folder`, under the crate.
    fn keys_in(folder: &Path) -> BTreeSet<String> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(folder)
            .join("main.ftl");
        let text = std::fs::read_to_string(&path).unwrap();
        text.lines()
            .filter(|line| line.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            .filter_map(|line| line.split_once(" =").map(|(key, _)| key.trim().to_owned()))
            .collect()
    }

    /// Every string literal in the source that looks like one of our keys, e.g. `"landing-title"`.
    fn keys_used_in_source() -> BTreeSet<String> {
        fn visit(dir: &Path, found: &mut BTreeSet<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    visit(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let parts: Vec<&str> = text.split('"').collect();
                    // Odd parts are string literals; those right after `class=` are CSS, not keys.
                    for (before, literal) in parts.iter().zip(parts.iter().skip(1)).step_by(2) {
                        if before.ends_with("class=") {
                            continue;
                        }
                        let prefix = literal.split('-').next().unwrap_or_default();
                        if KEY_AREAS.contains(&prefix)
                            && literal.contains('-')
                            && literal
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                            && !literal.ends_with('-')
                        {
                            found.insert((*literal).to_owned());
                        }
                    }
                }
            }
        }
        let mut found = BTreeSet::new();
        visit(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut found,
        );
        found
    }

    /// The first word of every translation key names the area it belongs to.
    const KEY_AREAS: &[&str] = &[
        "account",
        "admin",
        "app",
        "apply",
        "attachments",
        "audit",
        "board",
        "check",
        "cities",
        "conflict",
        "conflicts",
        "countdown",
        "cycles",
        "deadlines",
        "decision",
        "desk",
        "error",
        "export",
        "field",
        "footer",
        "form",
        "history",
        "landing",
        "live",
        "language",
        "login",
        "mail",
        "meeting",
        "members",
        "month",
        "nav",
        "network",
        "not",
        "outbox",
        "password",
        "pdf",
        "privacy",
        "recommendation",
        "reminders",
        "report",
        "role",
        "save",
        "status",
        "skip",
        "submitted",
        "time",
        "window",
        "wizard",
    ];

    #[test]
    fn every_language_has_exactly_the_same_keys() {
        let lv = keys_of(Lang::Lv);
        assert!(lv.len() > 50, "only {} keys found", lv.len());
        assert_eq!(keys_of(Lang::En), lv, "en differs from lv");
        assert_eq!(keys_of(Lang::Ru), lv, "ru differs from lv");
    }

    #[test]
    fn every_key_used_in_the_code_exists_and_every_key_area_is_known() {
        let lv = keys_of(Lang::Lv);
        let missing: Vec<_> = keys_used_in_source()
            .into_iter()
            .filter(|k| !lv.contains(k))
            .collect();
        assert!(
            missing.is_empty(),
            "keys used but not translated: {missing:?}"
        );
        let unknown: Vec<_> = lv
            .iter()
            .filter(|k| !KEY_AREAS.contains(&k.split('-').next().unwrap_or_default()))
            .collect();
        assert!(
            unknown.is_empty(),
            "keys outside the known areas: {unknown:?}"
        );
    }

    #[test]
    fn messages_resolve_in_each_language_with_plural_rules() {
        assert_eq!(translate(Lang::En, "app-name"), "Pieteikums");
        let days = |lang, n| translate_with(lang, "countdown-days", &[("count", Arg::Number(n))]);
        assert_eq!(days(Lang::En, 1), "1 day");
        assert_eq!(days(Lang::En, 5), "5 days");
        assert_eq!(days(Lang::Lv, 1), "1 diena");
        assert_eq!(days(Lang::Lv, 21), "21 diena");
        assert_eq!(days(Lang::Lv, 11), "11 dienas");
        assert_eq!(days(Lang::Lv, 10), "10 dienas");
        assert_eq!(days(Lang::Lv, 0), "0 dienas");
        assert_eq!(days(Lang::Ru, 1), "1 день");
        assert_eq!(days(Lang::Ru, 3), "3 дня");
        assert_eq!(days(Lang::Ru, 5), "5 дней");
        assert_eq!(days(Lang::Ru, 22), "22 дня");
        assert_eq!(translate(Lang::Ru, "no-such-key"), "no-such-key");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_page_s_translations_say_in_the_browser_what_the_server_says() {
        let keys = keys_of(Lang::Lv);
        for lang in Lang::ALL {
            let page = PageMessages::new(lang, translations(lang).to_owned());
            for key in &keys {
                assert_eq!(
                    page.lookup(lang, key, None),
                    lookup(lang.into(), key, None),
                    "{key} in {lang:?}"
                );
            }
            for other in Lang::ALL {
                assert_eq!(
                    page.lookup(other, "language-name", None),
                    Some(translate(other, "language-name"))
                );
            }
            // Other messages come only in the page's language.
            let other = Lang::ALL.into_iter().find(|other| *other != lang).unwrap();
            assert_eq!(page.lookup(other, "nav-login", None), None);
        }
        let days: Args = [(Cow::Borrowed("count"), FluentValue::from(22))]
            .into_iter()
            .collect();
        let ru = PageMessages::new(Lang::Ru, translations(Lang::Ru).to_owned());
        assert_eq!(
            ru.lookup(Lang::Ru, "countdown-days", Some(&days))
                .as_deref(),
            Some("22 дня")
        );
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn translations_are_served_at_an_address_that_changes_with_their_text() {
        for lang in Lang::ALL {
            let path = translations_path(lang);
            assert!(path.starts_with(&format!("/translations/{}-", lang.code())));
            assert!(path.ends_with(".ftl"));
            assert_eq!(translations_at(path), Some(translations(lang)));
        }
        assert_eq!(
            translations_at("/translations/lv-0000000000000000.ftl"),
            None
        );
    }

    #[test]
    fn a_late_read_after_the_page_is_gone_falls_back_instead_of_panicking() {
        let owner = Owner::new();
        let i18n = owner.with(|| I18n {
            lang: Memo::new(|_| Lang::En),
        });
        assert_eq!(owner.with(|| i18n.t("nav-login")), "Sign in");
        owner.cleanup();
        assert_eq!(i18n.t("nav-login"), "Pieslēgties");
        assert_eq!(i18n.href("/login"), "/lv/login");
    }

    #[test]
    fn the_language_is_read_from_and_switched_in_the_path() {
        assert_eq!(Lang::from_path("/en/login"), Some(Lang::En));
        assert_eq!(Lang::from_path("/ru"), Some(Lang::Ru));
        assert_eq!(Lang::from_path("/de/login"), None);
        assert_eq!(Lang::from_path("/"), None);
        assert_eq!(Lang::Ru.switch_path("/en/login"), "/ru/login");
        assert_eq!(Lang::En.switch_path("/lv"), "/en");
        assert_eq!(Lang::Lv.switch_path("/de/x"), "/lv");
        assert_eq!(
            Lang::Lv.switch_path("/en/set-password/abc"),
            "/lv/set-password/abc"
        );
    }

    /// Every word of a printed application: its headings, questions, choices, status and signature
    /// block, its date and footer.
    #[cfg(feature = "ssr")]
    fn printed_application_keys() -> BTreeSet<String> {
        use crate::model::application::{FieldKind, FormKind};
        use crate::model::ApplicationStatus;
        let mut keys: BTreeSet<String> = [
            "pdf-title",
            "pdf-city-cycle",
            "pdf-printed",
            "pdf-answers-language",
            "pdf-signature-heading",
            "pdf-signature-text",
            "pdf-signature-name",
            "pdf-signature-title",
            "pdf-signature-signature",
            "pdf-signature-date",
            "pdf-signature-stamp",
            "pdf-footer",
            "check-not-answered",
            "check-yes",
            "check-figure",
            "time-datetime",
        ]
        .map(str::to_owned)
        .into();
        keys.extend((1..=12).map(|month| format!("month-{month}")));
        keys.extend(ApplicationStatus::ALL.map(|status| status.label_key().to_owned()));
        for section in FormKind::Application.sections() {
            keys.insert(section.title_key().to_owned());
            for spec in section.fields() {
                keys.insert(spec.label_key.clone());
                if let FieldKind::Choice(options) = spec.kind {
                    keys.extend(options.iter().map(|(_, key)| (*key).to_owned()));
                }
            }
        }
        keys
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_printed_application_has_every_word_in_french() {
        let french = keys_in(Path::new("locales-print/fr"));
        let missing: Vec<String> = printed_application_keys()
            .into_iter()
            .filter(|key| !french.contains(key))
            .collect();
        assert!(missing.is_empty(), "not in French: {missing:?}");
        let stray: Vec<&String> = french
            .iter()
            .filter(|key| !keys_of(Lang::En).contains(*key))
            .collect();
        assert!(stray.is_empty(), "no such key: {stray:?}");
        assert_ne!(
            translate(DocLang::French, "pdf-signature-heading"),
            translate(Lang::En, "pdf-signature-heading")
        );
        assert_eq!(
            translate(DocLang::French, "board-title"),
            translate(Lang::En, "board-title"),
            "what is not printed falls back to English"
        );
    }
}
