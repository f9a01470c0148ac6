//! Choosing the language: `/` redirects to the saved or preferred one, and visiting a page remembers it.

use app::i18n::Lang;
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

const COOKIE: &str = "lang";

/// `/` → `/{lang}`: the language chosen last time, else the browser's preference, else Latvian.
pub async fn redirect_root(headers: HeaderMap) -> impl IntoResponse {
    Redirect::to(&format!("/{}", preferred(&headers).code()))
}

pub fn preferred(headers: &HeaderMap) -> Lang {
    saved(headers)
        .or_else(|| {
            let accept = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
            let codes = Lang::ALL.map(Lang::code);
            accept_language::intersection(accept, &codes)
                .first()
                .and_then(|code| Lang::parse(code))
        })
        .unwrap_or_default()
}

fn saved(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .and_then(|(_, value)| Lang::parse(value))
}

/// Remembers the language of every page visited, so that `/` returns to it next time.
pub async fn remember_language(request: Request, next: Next) -> Response {
    let visited = Lang::from_path(request.uri().path());
    let already = saved(request.headers());
    let mut response = next.run(request).await;
    if let Some(lang) = visited.filter(|lang| Some(*lang) != already) {
        let cookie = format!(
            "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            lang.code()
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(header::HeaderName, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(name.clone(), HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn the_saved_choice_wins_over_the_browser_preference() {
        let map = headers(&[
            (header::COOKIE, "theme=x; lang=ru"),
            (header::ACCEPT_LANGUAGE, "en-GB,en;q=0.9"),
        ]);
        assert_eq!(preferred(&map), Lang::Ru);
    }

    #[test]
    fn the_browser_preference_picks_among_our_languages() {
        assert_eq!(
            preferred(&headers(&[(
                header::ACCEPT_LANGUAGE,
                "de-DE,de;q=0.9,en;q=0.8"
            )])),
            Lang::En
        );
        assert_eq!(
            preferred(&headers(&[(header::ACCEPT_LANGUAGE, "ru-RU,ru;q=0.9")])),
            Lang::Ru
        );
    }

    #[test]
    fn latvian_is_the_default() {
        assert_eq!(preferred(&headers(&[])), Lang::Lv);
        assert_eq!(
            preferred(&headers(&[(header::ACCEPT_LANGUAGE, "de")])),
            Lang::Lv
        );
        assert_eq!(
            preferred(&headers(&[(header::COOKIE, "lang=xx")])),
            Lang::Lv
        );
    }
}
