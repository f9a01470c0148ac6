//! The value types of the application form. Each has one constructor, `parse`, which the browser runs
//! while a person types and the server runs again before storing: one set of rules, two places.
//! Errors are translation keys.

use serde::{Deserialize, Serialize};

/// Words as a reader counts them: runs of characters separated by white space that contain at least
/// one letter or digit, so a lone dash or bullet is not a word.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|token| token.chars().any(char::is_alphanumeric))
        .count()
}

/// Free text with a word limit, kept exactly as typed apart from surrounding space.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LimitedText(String);

impl LimitedText {
    /// Hard cap on characters whatever the word limit, so that one answer cannot fill the database.
    pub const MAX_CHARS: usize = 20_000;

    pub fn parse(raw: &str, max_words: usize) -> Result<Self, &'static str> {
        let text = raw.trim();
        if text.is_empty() {
            Err("error-required")
        } else if text.chars().count() > Self::MAX_CHARS || count_words(text) > max_words {
            Err("error-too-many-words")
        } else {
            Ok(LimitedText(text.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A short single-line text such as a title or an organisation's name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line(String);

impl Line {
    pub const MAX_CHARS: usize = 300;

    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let text = raw.trim();
        if text.is_empty() {
            Err("error-required")
        } else if text.chars().count() > Self::MAX_CHARS || text.contains(['\n', '\r']) {
            Err("error-line-too-long")
        } else {
            Ok(Line(text.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A public web address: http or https, a dotted host name, no spaces.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebAddress(String);

impl WebAddress {
    /// A bare host such as `valmiera.lv` gets `https://` in front, as people type it that way.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let text = raw.trim();
        if text.is_empty() {
            return Err("error-required");
        }
        let with_scheme = if text.contains("://") {
            text.to_owned()
        } else {
            format!("https://{text}")
        };
        let (scheme, rest) = with_scheme.split_once("://").ok_or("error-url-invalid")?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let host_name = host.rsplit_once(':').map_or(host, |(name, port)| {
            if port.chars().all(|c| c.is_ascii_digit()) {
                name
            } else {
                host
            }
        });
        let valid = matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https")
            && with_scheme.len() <= 500
            && !with_scheme
                .chars()
                .any(|c| c.is_whitespace() || c.is_control())
            && host_name.contains('.')
            && host_name.split('.').all(|label| {
                !label.is_empty()
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        if valid {
            Ok(WebAddress(with_scheme))
        } else {
            Err("error-url-invalid")
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A telephone number in international form: `+`, a country code and 7–15 digits in all, with spaces,
/// dashes or brackets allowed between them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let text = raw.trim();
        if text.is_empty() {
            return Err("error-required");
        }
        let Some(rest) = text.strip_prefix('+') else {
            return Err("error-phone-invalid");
        };
        let digits = rest.chars().filter(char::is_ascii_digit).count();
        let allowed = rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'));
        if allowed && (7..=15).contains(&digits) && !rest.starts_with(['0', ' ']) {
            Ok(PhoneNumber(text.to_owned()))
        } else {
            Err("error-phone-invalid")
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A Latvian postcode, stored as `LV-1050` however it was typed (`1050`, `lv 1050`, `LV-1050`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Postcode(String);

impl Postcode {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let text = raw.trim().to_ascii_uppercase();
        if text.is_empty() {
            return Err("error-required");
        }
        let digits = text.trim_start_matches("LV").trim_start_matches(['-', ' ']);
        if digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit()) {
            Ok(Postcode(format!("LV-{digits}")))
        } else {
            Err("error-postcode-invalid")
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Reads a number the way people in Latvia write it: spaces (also non-breaking) between thousands,
/// and either a comma or a point before decimals (`1 234,5` or `1234.5`). A string with both a comma
/// and a point is refused rather than guessed.
pub fn parse_decimal(raw: &str) -> Result<f64, &'static str> {
    let compact: String = raw
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if compact.is_empty() {
        return Err("error-required");
    }
    if compact.contains(',') && compact.contains('.') {
        return Err("error-number-invalid");
    }
    let normal = compact.replace(',', ".");
    let valid_shape = normal
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
        && normal.chars().filter(|c| *c == '.').count() <= 1
        && normal.chars().skip(1).all(|c| c != '-')
        && normal.chars().any(|c| c.is_ascii_digit());
    if !valid_shape || normal.len() > 24 {
        return Err("error-number-invalid");
    }
    normal.parse::<f64>().map_err(|_| "error-number-invalid")
}

/// A number within the bounds that make sense for one figure of the city profile.
fn bounded(raw: &str, min: f64, max: f64, whole: bool) -> Result<f64, &'static str> {
    let value = parse_decimal(raw)?;
    if whole && value.fract() != 0.0 {
        Err("error-number-whole")
    } else if value < min {
        Err("error-number-too-small")
    } else if value > max {
        Err("error-number-too-large")
    } else {
        Ok(value)
    }
}

/// Residents: a whole number from 1 to 50 million.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Population(pub u64);

impl Population {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        // Exact: the value is whole and below 2^53.
        bounded(raw, 1.0, 50_000_000.0, true).map(|v| Population(v as u64))
    }
}

/// Area in square kilometres, above 0 and at most 100 000.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaKm2(pub f64);

impl AreaKm2 {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        bounded(raw, 0.01, 100_000.0, false).map(AreaKm2)
    }
}

/// Gross domestic product per person in US dollars, from 100 to 1 000 000.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct UsdPerCapita(pub f64);

impl UsdPerCapita {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        bounded(raw, 100.0, 1_000_000.0, false).map(UsdPerCapita)
    }
}

/// Average years of schooling, from 0 to 25.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SchoolingYears(pub f64);

impl SchoolingYears {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        bounded(raw, 0.0, 25.0, false).map(SchoolingYears)
    }
}

/// The year a figure refers to: from 1990 up to the year of the application.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataYear(pub i32);

impl DataYear {
    pub fn parse(raw: &str, latest: i32) -> Result<Self, &'static str> {
        let text = raw.trim();
        if text.is_empty() {
            return Err("error-required");
        }
        match text.parse::<i32>() {
            Ok(year) if (1990..=latest).contains(&year) => Ok(DataYear(year)),
            _ => Err("error-year-invalid"),
        }
    }
}

/// A self-assessment from 1 (little) to 5 (much).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating(u8);

impl Rating {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        match raw.trim() {
            "" => Err("error-required"),
            text => match text.parse::<u8>() {
                Ok(value @ 1..=5) => Ok(Rating(value)),
                _ => Err("error-rating-invalid"),
            },
        }
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

/// How a person is addressed in UIL's correspondence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Salutation {
    Ms,
    Mr,
}

impl Salutation {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        match raw.trim() {
            "ms" => Ok(Salutation::Ms),
            "mr" => Ok(Salutation::Mr),
            "" => Err("error-required"),
            _ => Err("error-choice-invalid"),
        }
    }
}

/// UIL corresponds in English or French only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CorrespondenceLanguage {
    English,
    French,
}

impl CorrespondenceLanguage {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        match raw.trim() {
            "en" => Ok(CorrespondenceLanguage::English),
            "fr" => Ok(CorrespondenceLanguage::French),
            "" => Err("error-required"),
            _ => Err("error-choice-invalid"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn words_are_runs_with_a_letter_or_digit() {
        assert_eq!(count_words(""), 0);
        assert_eq!(count_words("  Valmiera   mācās \n visu mūžu "), 4);
        assert_eq!(count_words("one - two – three • 4"), 4);
        assert_eq!(count_words("Обучение на протяжении всей жизни"), 5);
        assert_eq!(count_words("e-mail, 2027."), 2);
    }

    #[test]
    fn limited_text_enforces_its_word_limit_exactly() {
        let at_limit = vec!["word"; 200].join(" ");
        assert!(LimitedText::parse(&at_limit, 200).is_ok());
        assert_eq!(
            LimitedText::parse(&format!("{at_limit} more"), 200),
            Err("error-too-many-words")
        );
        assert_eq!(LimitedText::parse("   ", 200), Err("error-required"));
        assert_eq!(
            LimitedText::parse(&"a".repeat(20_001), 200),
            Err("error-too-many-words")
        );
        assert_eq!(
            LimitedText::parse("  <script>x</script> ", 200)
                .unwrap()
                .as_str(),
            "<script>x</script>"
        );
    }

    #[test]
    fn lines_refuse_line_breaks_and_length() {
        assert_eq!(
            Line::parse(" Mayor of Valmiera ").unwrap().as_str(),
            "Mayor of Valmiera"
        );
        assert_eq!(Line::parse("two\nlines"), Err("error-line-too-long"));
        assert_eq!(Line::parse(&"x".repeat(301)), Err("error-line-too-long"));
        assert_eq!(Line::parse(""), Err("error-required"));
    }

    #[test]
    fn web_addresses_accept_what_people_type_and_refuse_the_rest() {
        assert_eq!(
            WebAddress::parse("valmiera.lv").unwrap().as_str(),
            "https://valmiera.lv"
        );
        assert_eq!(
            WebAddress::parse("http://www.cesis.lv/lv/")
                .unwrap()
                .as_str(),
            "http://www.cesis.lv/lv/"
        );
        assert_eq!(
            WebAddress::parse("https://jelgava.lv:8443/x?y=1")
                .unwrap()
                .as_str(),
            "https://jelgava.lv:8443/x?y=1"
        );
        assert!(WebAddress::parse("https://rīga.lv").is_ok());
        for bad in [
            "javascript:alert(1)",
            "ftp://x.lv",
            "https://localhost",
            "https://a b.lv",
            "https://-x.lv",
            "https://x..lv",
            "mailto:a@b.lv",
        ] {
            assert_eq!(WebAddress::parse(bad), Err("error-url-invalid"), "{bad}");
        }
    }

    #[test]
    fn phone_numbers_need_a_country_code() {
        assert!(PhoneNumber::parse("+371 67 325 109").is_ok());
        assert!(PhoneNumber::parse("+371-2912-3456").is_ok());
        assert!(PhoneNumber::parse("+49 (30) 1234567").is_ok());
        for bad in [
            "67325109",
            "+371",
            "+0371 67325109",
            "+371 6732 5109 x12",
            "+1234567890123456",
        ] {
            assert_eq!(PhoneNumber::parse(bad), Err("error-phone-invalid"), "{bad}");
        }
    }

    #[test]
    fn postcodes_are_normalised_to_the_lv_form() {
        for typed in ["LV-1050", "lv-1050", "LV 1050", "1050", " lv1050 "] {
            assert_eq!(
                Postcode::parse(typed).unwrap().as_str(),
                "LV-1050",
                "{typed}"
            );
        }
        for bad in ["LV-105", "LV-10500", "EE-1050", "LV-10a0"] {
            assert_eq!(Postcode::parse(bad), Err("error-postcode-invalid"), "{bad}");
        }
    }

    #[test]
    fn numbers_are_read_in_latvian_and_english_notation() {
        assert_eq!(parse_decimal("1 234,5"), Ok(1234.5));
        assert_eq!(parse_decimal("1\u{a0}234.5"), Ok(1234.5));
        assert_eq!(parse_decimal("23 000"), Ok(23000.0));
        assert_eq!(parse_decimal("-3"), Ok(-3.0));
        for bad in [
            "1,234.5", "12e3", "1.2.3", "abc", "--1", "1-2", ".", "NaN", "inf",
        ] {
            assert_eq!(parse_decimal(bad), Err("error-number-invalid"), "{bad}");
        }
        assert_eq!(parse_decimal("  "), Err("error-required"));
    }

    #[test]
    fn profile_figures_refuse_negative_fractional_or_absurd_values() {
        assert_eq!(Population::parse("23 050"), Ok(Population(23_050)));
        assert_eq!(Population::parse("-5"), Err("error-number-too-small"));
        assert_eq!(Population::parse("2,5"), Err("error-number-whole"));
        assert_eq!(
            Population::parse("9000000000"),
            Err("error-number-too-large")
        );
        assert_eq!(AreaKm2::parse("19,35"), Ok(AreaKm2(19.35)));
        assert_eq!(AreaKm2::parse("0"), Err("error-number-too-small"));
        assert_eq!(UsdPerCapita::parse("21 500"), Ok(UsdPerCapita(21_500.0)));
        assert_eq!(UsdPerCapita::parse("5"), Err("error-number-too-small"));
        assert_eq!(SchoolingYears::parse("13,4"), Ok(SchoolingYears(13.4)));
        assert_eq!(SchoolingYears::parse("40"), Err("error-number-too-large"));
        assert_eq!(DataYear::parse("2025", 2027), Ok(DataYear(2025)));
        assert_eq!(DataYear::parse("2028", 2027), Err("error-year-invalid"));
        assert_eq!(DataYear::parse("1989", 2027), Err("error-year-invalid"));
    }

    #[test]
    fn ratings_salutations_and_languages_take_only_their_choices() {
        assert_eq!(Rating::parse("3").unwrap().value(), 3);
        for bad in ["0", "6", "2.5", "x"] {
            assert_eq!(Rating::parse(bad), Err("error-rating-invalid"), "{bad}");
        }
        assert_eq!(Rating::parse(""), Err("error-required"));
        assert_eq!(Salutation::parse("ms"), Ok(Salutation::Ms));
        assert_eq!(Salutation::parse("dr"), Err("error-choice-invalid"));
        assert_eq!(
            CorrespondenceLanguage::parse("fr"),
            Ok(CorrespondenceLanguage::French)
        );
        assert_eq!(
            CorrespondenceLanguage::parse("lv"),
            Err("error-choice-invalid")
        );
    }

    proptest! {
        #[test]
        fn the_word_count_equals_the_number_of_words_joined_by_any_white_space(
            words in proptest::collection::vec("[A-Za-zĀ-žА-я0-9]{1,12}", 0..60),
            gaps in proptest::collection::vec("[ \t\n\u{a0}]{1,3}", 60),
        ) {
            let mut text = String::new();
            for (word, gap) in words.iter().zip(gaps.iter()) {
                text.push_str(word);
                text.push_str(gap);
            }
            prop_assert_eq!(count_words(&text), words.len());
        }

        #[test]
        fn whole_numbers_written_with_thousand_spaces_read_back_exactly(value in 0u64..50_000_000) {
            let digits = value.to_string();
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    grouped.push(' ');
                }
                grouped.push(c);
            }
            prop_assert_eq!(parse_decimal(&grouped), Ok(value as f64));
        }

        #[test]
        fn decimals_read_the_same_with_a_comma_or_a_point(whole in 0u32..100_000, cents in 0u32..100) {
            let point = format!("{whole}.{cents:02}");
            let comma = format!("{whole},{cents:02}");
            prop_assert_eq!(parse_decimal(&point), parse_decimal(&comma));
            prop_assert!((parse_decimal(&point).unwrap() - (whole as f64 + cents as f64 / 100.0)).abs() < 1e-6);
        }

        #[test]
        fn no_input_makes_a_number_parser_panic(raw in "\\PC{0,40}") {
            let _ = parse_decimal(&raw);
            let _ = Population::parse(&raw);
            let _ = AreaKm2::parse(&raw);
            let _ = Rating::parse(&raw);
            let _ = DataYear::parse(&raw, 2027);
        }
    }
}
