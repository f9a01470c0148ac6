use crate::helpers::{spawn_app, spawn_app_with};

#[tokio::test]
async fn health_reports_ok_when_the_database_answers() {
    let app = spawn_app().await;
    let response = reqwest::get(app.url("/healthz")).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "ok");
}

#[tokio::test]
async fn each_language_renders_the_landing_page_with_its_lang_attribute() {
    let app = spawn_app().await;
    for (lang, title) in [
        ("lv", "Pievienojieties UNESCO Izglītības pilsētu tīklam"),
        ("en", "Join the UNESCO Global Network of Learning Cities"),
        (
            "ru",
            "Вступайте в Глобальную сеть обучающихся городов ЮНЕСКО",
        ),
    ] {
        let response = reqwest::get(app.url(&format!("/{lang}"))).await.unwrap();
        assert_eq!(response.status(), 200, "{lang}");
        let html = response.text().await.unwrap();
        assert!(
            html.contains(&format!("<html lang=\"{lang}\"")),
            "{lang}: {}",
            &html[..200.min(html.len())]
        );
        assert!(html.contains(title), "{lang} title missing");
    }
}

#[tokio::test]
async fn the_landing_page_shows_the_next_window_with_a_countdown_in_riga_time() {
    let app = spawn_app().await;
    let html = app.html("/en").await;
    assert!(
        html.contains("The 2027 application window"),
        "cycle heading missing"
    );
    assert!(html.contains("Opens in"), "countdown label missing");
    // 1 March 2027 00:00 in Riga is 28 February 22:00 UTC.
    assert!(
        html.contains("datetime=\"2027-02-28T22:00:00+00:00\""),
        "machine-readable deadline missing"
    );
    assert!(html.contains("1 March 2027, 00:00 (Riga time)"));
    // From 26 November 2026 10:00 UTC that is 94 days and 12 hours away.
    assert!(html.contains("94 days"), "days left missing");
    assert!(html.contains("12:00:00"), "time left missing");
}

#[tokio::test]
async fn the_countdown_switches_to_the_closing_time_once_the_window_opens() {
    let app = spawn_app().await;
    app.clock.set(
        chrono::DateTime::parse_from_rfc3339("2027-04-30T20:00:00Z")
            .unwrap()
            .into(),
    );
    let html = app.html("/lv").await;
    assert!(
        html.contains("Pieteikšanās ir atvērta"),
        "open state missing"
    );
    assert!(html.contains("Līdz beigām"));
    assert!(html.contains("0 dienas"));
    assert!(html.contains("00:59:59"));
}

#[tokio::test]
async fn the_root_redirects_by_saved_choice_then_by_browser_preference() {
    let app = spawn_app().await;
    let client = app.client();
    let response = client
        .get(app.url("/"))
        .header("accept-language", "ru-RU,ru;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/ru");

    let visited = client.get(app.url("/en/login")).send().await.unwrap();
    assert_eq!(visited.status(), 200);
    let response = client
        .get(app.url("/"))
        .header("accept-language", "ru-RU,ru;q=0.9")
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.headers()["location"],
        "/en",
        "the visited language is remembered"
    );
}

#[tokio::test]
async fn unknown_languages_and_pages_get_a_translated_404() {
    let app = spawn_app().await;
    for (path, text) in [
        ("/de", "Lapa nav atrasta"),
        ("/de/login", "Lapa nav atrasta"),
        ("/en/no-such-page", "Page not found"),
        ("/ru/no/such/page", "Страница не найдена"),
    ] {
        let response = reqwest::get(app.url(path)).await.unwrap();
        assert_eq!(response.status(), 404, "{path}");
        let html = response.text().await.unwrap();
        assert!(html.contains(text), "{path} lacks {text}");
    }
}

#[tokio::test]
async fn pages_carry_security_headers() {
    let app = spawn_app().await;
    let response = reqwest::get(app.url("/lv")).await.unwrap();
    let headers = response.headers();
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["x-frame-options"], "DENY");
    assert_eq!(headers["referrer-policy"], "same-origin");
    assert!(headers["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("frame-ancestors 'none'"));
}

/// The nonce a page's policy allows inline scripts with.
fn script_nonce(response: &reqwest::Response) -> String {
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    assert!(!policy.contains("'unsafe-eval'"), "{policy}");
    let (_, rest) = policy.split_once("'nonce-").expect("a nonce");
    rest.split_once('\'').unwrap().0.to_owned()
}

/// Leptos leaves a rendered page's root owner current on the worker thread. A server function polled
/// next on that thread must not become the page's child: it would read the page's nonce (and send the
/// page's policy), and when the page's owner was dropped elsewhere during its look-up of a context,
/// the thread deadlocked (the mixed load's unanswered request). This test's runtime has one thread,
/// shared with the server, so the owner made current here is what the server's next poll finds, as
/// a page rendered just before on the same worker would be.
#[tokio::test]
async fn a_server_function_is_not_run_under_an_owner_a_page_left_on_its_thread() {
    let app = spawn_app().await;
    let page = leptos::prelude::Owner::new_root(None);
    page.with(leptos::nonce::provide_nonce);
    let response = app
        .post_form(
            &app.client(),
            "/api/login",
            &[("email", ""), ("password", ""), ("lang", "en")],
        )
        .await;
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(!policy.contains("nonce-"), "{policy}");
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    assert!(
        leptos::prelude::Owner::current().is_none(),
        "the page's owner is left current after the request's polls"
    );
    drop(page);
}

#[tokio::test]
async fn a_page_runs_only_its_own_inline_scripts_each_response_with_a_new_nonce() {
    let app = spawn_app().await;
    let first = reqwest::get(app.url("/en")).await.unwrap();
    let nonce = script_nonce(&first);
    let html = first.text().await.unwrap();
    let tags: Vec<&str> = html
        .split("<script")
        .skip(1)
        .map(|rest| rest.split_once('>').unwrap().0)
        .collect();
    assert!(!tags.is_empty(), "hydration needs a script");
    for tag in tags {
        assert!(
            tag.contains(&format!("nonce=\"{nonce}\"")),
            "<script{tag}> would not run"
        );
    }
    let second = reqwest::get(app.url("/en")).await.unwrap();
    assert_ne!(script_nonce(&second), nonce);
    let sign_in = reqwest::get(app.url("/lv/login")).await.unwrap();
    script_nonce(&sign_in);
}

#[tokio::test]
async fn pages_ask_for_the_bundle_that_cargo_leptos_builds() {
    let site = site_with(&[]);
    let site_root = site.path().to_str().unwrap().to_owned();
    let app = spawn_app_with(|settings| settings.site_root = site_root).await;
    let html = app.html("/en").await;
    assert!(
        html.contains("/pkg/pieteikums.wasm"),
        "the page must load pieteikums.wasm"
    );
    assert!(html.contains(r#"href="/pkg/pieteikums.css""#));
    assert!(!html.contains("pieteikums_bg.wasm"));
}

/// A site whose `pkg` holds `files` (path below `pkg`, content).
fn site_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let site = tempfile::tempdir().unwrap();
    for (path, content) in files {
        let file = site.path().join("pkg").join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, content).unwrap();
    }
    site
}

/// What the server promises browsers about a file of a content-named bundle.
const KEPT_FOR_A_YEAR: &str = "public, max-age=31536000, immutable";

const WASM: &[u8] = b"\0asm\x01\0\0\0";

/// A module the JS glue imports from wasm-bindgen's `snippets/` folder beside it.
const SNIPPET: &str = "snippets/app-0123/src/translations.js";

#[tokio::test]
async fn the_bundle_and_its_snippets_are_served_as_files() {
    // As `cargo leptos build` leaves it: the glue, the module and the snippets, straight in `pkg/`.
    let site = site_with(&[
        ("pieteikums.js", b"export default 1;"),
        ("pieteikums.wasm", WASM),
        (SNIPPET, b"export {};"),
    ]);
    let site_root = site.path().to_str().unwrap().to_owned();
    let app = spawn_app_with(|settings| settings.site_root = site_root).await;

    let module = reqwest::get(app.url("/pkg/pieteikums.wasm")).await.unwrap();
    assert_eq!(module.status(), 200);
    assert_eq!(module.headers()["content-type"], "application/wasm");
    // Its name does not change with its content, so browsers must not keep it unasked.
    assert!(module.headers().get("cache-control").is_none());
    assert_eq!(&module.bytes().await.unwrap()[..4], b"\0asm");
    let snippet = reqwest::get(app.url(&format!("/pkg/{SNIPPET}")))
        .await
        .unwrap();
    assert_eq!(snippet.status(), 200);
    assert!(snippet.headers()["content-type"]
        .to_str()
        .unwrap()
        .contains("javascript"));

    // A file that is not there is a plain 404, not a page the browser would try to run.
    let missing = reqwest::get(app.url("/pkg/other.wasm")).await.unwrap();
    assert_eq!(missing.status(), 404);
    assert!(!missing.text().await.unwrap().contains("<html"));
}

#[tokio::test]
async fn a_page_names_its_translations_which_browsers_keep_until_their_text_changes() {
    let app = spawn_app().await;
    for lang in ["lv", "en", "ru"] {
        let html = app.html(&format!("/{lang}/login")).await;
        let link = html
            .split("<link")
            .find(|tag| tag.contains(r#"rel="preload""#) && tag.contains("/translations/"))
            .expect("a preload link for the translations");
        let href = link
            .split(r#"href=""#)
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert!(
            href.starts_with(&format!("/translations/{lang}-")),
            "{href}"
        );
        assert!(link.contains(r#"as="fetch""#) && link.contains("crossorigin"));

        let answer = reqwest::get(app.url(href)).await.unwrap();
        assert_eq!(answer.status(), 200);
        assert_eq!(answer.headers()["cache-control"], KEPT_FOR_A_YEAR);
        assert_eq!(
            answer.headers()["content-type"],
            "text/plain; charset=utf-8"
        );
        let text = answer.text().await.unwrap();
        assert!(text.contains("\nnav-login = "));
        // Each language's own name, for the account's choice of language, whatever the page's.
        for (code, name) in [("lv", "Latviešu"), ("en", "English"), ("ru", "Русский")] {
            if code != lang {
                assert!(
                    text.contains(&format!("language-name-in-{code} = {name}")),
                    "{code} in {lang}"
                );
            }
        }
    }
    let unknown = reqwest::get(app.url("/translations/lv-0000000000000000.ftl"))
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    assert!(unknown.headers().get("cache-control").is_none());
}

#[tokio::test]
async fn a_bundle_in_a_content_named_folder_is_kept_by_browsers_for_a_year() {
    let hash = "0123456789abcdef";
    let site = site_with(&[
        (&format!("{hash}/pieteikums.js"), b"export default 1;"),
        (&format!("{hash}/pieteikums.wasm"), WASM),
    ]);
    let site_root = site.path().to_str().unwrap().to_owned();
    let app = spawn_app_with(|settings| settings.site_root = site_root).await;

    let html = app.html("/en").await;
    assert!(html.contains(&format!("/pkg/{hash}/pieteikums.wasm")));
    assert!(html.contains(&format!(r#"href="/pkg/{hash}/pieteikums.css""#)));
    assert!(!html.contains("/pkg/pieteikums"));

    let module = reqwest::get(app.url(&format!("/pkg/{hash}/pieteikums.wasm")))
        .await
        .unwrap();
    assert_eq!(module.status(), 200);
    assert_eq!(module.headers()["cache-control"], KEPT_FOR_A_YEAR);
    let modified = module.headers()["last-modified"].clone();
    let again = reqwest::Client::new()
        .get(app.url(&format!("/pkg/{hash}/pieteikums.wasm")))
        .header("if-modified-since", modified)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    assert_eq!(again.headers()["cache-control"], KEPT_FOR_A_YEAR);

    // A miss may be a file of the next release asked too early: it must not be kept.
    let missing = reqwest::get(app.url(&format!("/pkg/{hash}/other.wasm")))
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
    assert!(missing.headers().get("cache-control").is_none());
}
