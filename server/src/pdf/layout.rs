//! Laying out A4 pages: the embedded fonts, the styles, lines wrapped to the text width by the fonts'
//! own glyph widths, page breaks, and the footer with the page numbers.

use app::i18n::{translate_with, Arg, DocLang};
use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, TextItem,
};
use std::sync::LazyLock;
use textwrap::core::Fragment;
use textwrap::WordSeparator;

const REGULAR_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// A4, in points.
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
/// 20 mm on every side, and room below for the footer.
const MARGIN: f32 = 56.7;
pub(super) const TEXT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
const FOOTER_Y: f32 = MARGIN / 2.0;
/// Room between a table cell's text and its neighbours.
const CELL_PADDING: f32 = 3.0;

/// A table's column: its heading and its width in points.
pub(super) struct Column {
    pub(super) heading: String,
    pub(super) width: f32,
}

struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
}

/// Parsed once: both faces are compiled in, and a unit test proves they parse.
static FONTS: LazyLock<Fonts> = LazyLock::new(|| Fonts {
    regular: ParsedFont::from_bytes(REGULAR_TTF, 0, &mut Vec::new())
        .expect("the bundled regular face parses"),
    bold: ParsedFont::from_bytes(BOLD_TTF, 0, &mut Vec::new())
        .expect("the bundled bold face parses"),
});

#[derive(Clone, Copy)]
pub(super) enum Face {
    Regular,
    Bold,
}

#[derive(Clone, Copy)]
pub(super) struct Style {
    face: Face,
    size: f32,
    /// Secondary text (notes, "not answered") is printed grey.
    muted: bool,
}

pub(super) const TITLE: Style = Style {
    face: Face::Bold,
    size: 16.0,
    muted: false,
};
pub(super) const HEADING: Style = Style {
    face: Face::Bold,
    size: 12.5,
    muted: false,
};
pub(super) const LABEL: Style = Style {
    face: Face::Bold,
    size: 9.5,
    muted: false,
};
pub(super) const BODY: Style = Style {
    face: Face::Regular,
    size: 10.5,
    muted: false,
};
pub(super) const NOTE: Style = Style {
    face: Face::Regular,
    size: 9.0,
    muted: true,
};

/// A PDF of A4 pages written by `write`, each with the footer naming `city` and the page number.
pub(super) fn document(
    title: &str,
    city: &str,
    lang: DocLang,
    write: impl FnOnce(&mut Pages),
) -> Vec<u8> {
    let fonts = &*FONTS;
    let mut document = PdfDocument::new(title);
    let ids = (
        document.add_font(&fonts.regular),
        document.add_font(&fonts.bold),
    );
    let mut pages = Pages::new(fonts, ids);
    write(&mut pages);
    let footer = |number: usize, count: usize| {
        translate_with(
            lang,
            "pdf-footer",
            &[
                ("city", Arg::Text(city.to_owned())),
                ("page", Arg::Number(number as i64)),
                ("pages", Arg::Number(count as i64)),
            ],
        )
    };
    let pages = pages.finish(footer);
    document
        .with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut Vec::new())
}

/// Pages being filled from the top down, starting a new page when the next line would not fit.
pub(super) struct Pages<'f> {
    fonts: &'f Fonts,
    ids: (FontId, FontId),
    done: Vec<Vec<Op>>,
    current: Vec<Op>,
    /// Baseline of the last line written, from the bottom of the page.
    y: f32,
}

impl<'f> Pages<'f> {
    fn new(fonts: &'f Fonts, ids: (FontId, FontId)) -> Self {
        Pages {
            fonts,
            ids,
            done: Vec::new(),
            current: Vec::new(),
            y: PAGE_HEIGHT - MARGIN,
        }
    }

    fn font(&self, face: Face) -> (&ParsedFont, &FontId) {
        match face {
            Face::Regular => (&self.fonts.regular, &self.ids.0),
            Face::Bold => (&self.fonts.bold, &self.ids.1),
        }
    }

    fn new_page(&mut self) {
        self.done.push(std::mem::take(&mut self.current));
        self.y = PAGE_HEIGHT - MARGIN;
    }

    /// Starts a new page unless `height` points still fit on this one, so that a heading is not left
    /// alone at the foot of a page.
    pub(super) fn keep_together(&mut self, height: f32) {
        if self.y - height < MARGIN {
            self.new_page();
        }
    }

    pub(super) fn space(&mut self, height: f32) {
        self.keep_together(height);
        self.y -= height;
    }

    /// Writes `text` wrapped to the text width, keeping the person's own line breaks.
    pub(super) fn text(&mut self, text: &str, style: Style, space_before: f32) {
        let (font, id) = self.font(style.face);
        let id = id.clone();
        let width = |s: &str| text_width(font, s, style.size);
        let lines: Vec<String> = text
            .lines()
            .flat_map(|line| wrap(line, TEXT_WIDTH, &width))
            .collect();
        let leading = style.size * 1.35;
        self.y -= space_before;
        for line in lines {
            if self.y - leading < MARGIN {
                self.new_page();
            }
            self.y -= leading;
            self.current
                .extend(show_line(&id, style, (MARGIN, self.y), line));
        }
    }

    pub(super) fn rule(&mut self) {
        self.space(4.0);
        self.rule_of(TEXT_WIDTH);
    }

    pub(super) fn rule_of(&mut self, width: f32) {
        self.current
            .push(line(&[(MARGIN, self.y), (MARGIN + width, self.y)], false));
    }

    /// A framed square for the official stamp, captioned below.
    pub(super) fn stamp_box(&mut self, caption: &str) {
        let side = 110.0;
        self.keep_together(side + 20.0);
        let top = self.y;
        self.y -= side;
        self.current.push(line(
            &[
                (MARGIN, top),
                (MARGIN + side, top),
                (MARGIN + side, self.y),
                (MARGIN, self.y),
            ],
            true,
        ));
        self.text(caption, NOTE, 0.0);
    }

    /// A table whose rows never split across pages; the headings start it and every page it runs
    /// onto. Each row is at least `min_height` points tall, so that a column can be written in by hand.
    pub(super) fn table(&mut self, columns: &[Column], rows: &[Vec<String>], min_height: f32) {
        let headings: Vec<String> = columns.iter().map(|c| c.heading.clone()).collect();
        self.table_row(columns, &headings, LABEL, 0.0);
        for row in rows {
            let height = self.row_height(columns, row, BODY).max(min_height);
            if self.y - height < MARGIN {
                self.new_page();
                self.table_row(columns, &headings, LABEL, 0.0);
            }
            self.table_row(columns, row, BODY, min_height);
        }
    }

    /// Each cell of `cells` wrapped to its column, less the padding on both sides.
    fn cell_lines(&self, columns: &[Column], cells: &[String], style: Style) -> Vec<Vec<String>> {
        let (font, _) = self.font(style.face);
        let width = |s: &str| text_width(font, s, style.size);
        columns
            .iter()
            .zip(cells)
            .map(|(column, cell)| {
                cell.lines()
                    .flat_map(|line| wrap(line, column.width - 2.0 * CELL_PADDING, &width))
                    .collect()
            })
            .collect()
    }

    fn row_height(&self, columns: &[Column], cells: &[String], style: Style) -> f32 {
        let lines = self
            .cell_lines(columns, cells, style)
            .iter()
            .map(Vec::len)
            .max()
            .unwrap_or(1);
        lines as f32 * style.size * 1.35 + 2.0 * CELL_PADDING
    }

    /// One row of a table with a rule under it, on a new page if it does not fit on this one.
    fn table_row(&mut self, columns: &[Column], cells: &[String], style: Style, min_height: f32) {
        let height = self.row_height(columns, cells, style).max(min_height);
        self.keep_together(height);
        let (_, id) = self.font(style.face);
        let id = id.clone();
        let leading = style.size * 1.35;
        let mut x = MARGIN;
        for (column, lines) in columns.iter().zip(self.cell_lines(columns, cells, style)) {
            let mut baseline = self.y - CELL_PADDING;
            for line in lines {
                baseline -= leading;
                self.current
                    .extend(show_line(&id, style, (x + CELL_PADDING, baseline), line));
            }
            x += column.width;
        }
        self.y -= height;
        self.rule_of(TEXT_WIDTH);
    }

    /// The pages, each with its footer, which names the page out of the final count.
    pub(super) fn finish(mut self, footer: impl Fn(usize, usize) -> String) -> Vec<PdfPage> {
        if !self.current.is_empty() {
            self.new_page();
        }
        let count = self.done.len();
        let (font, id) = (&self.fonts.regular, &self.ids.0);
        self.done
            .into_iter()
            .enumerate()
            .map(|(index, mut ops)| {
                let text = footer(index + 1, count);
                let x = PAGE_WIDTH - MARGIN - text_width(font, &text, NOTE.size);
                ops.extend(show_line(id, NOTE, (x.max(MARGIN), FOOTER_Y), text));
                PdfPage::new(
                    printpdf::Mm::from(Pt(PAGE_WIDTH)),
                    printpdf::Mm::from(Pt(PAGE_HEIGHT)),
                    ops,
                )
            })
            .collect()
    }
}

/// One line of text in `style`, its baseline starting at `at`.
fn show_line(font: &FontId, style: Style, at: (f32, f32), text: String) -> [Op; 6] {
    let grey = if style.muted { 0.35 } else { 0.0 };
    [
        Op::StartTextSection,
        Op::SetFillColor {
            col: Color::Greyscale(Greyscale::new(grey, None)),
        },
        Op::SetFont {
            font: PdfFontHandle::External(font.clone()),
            size: Pt(style.size),
        },
        Op::SetTextCursor {
            pos: Point {
                x: Pt(at.0),
                y: Pt(at.1),
            },
        },
        Op::ShowText {
            items: vec![TextItem::Text(text)],
        },
        Op::EndTextSection,
    ]
}

fn line(points: &[(f32, f32)], closed: bool) -> Op {
    Op::DrawLine {
        line: Line {
            points: points
                .iter()
                .map(|&(x, y)| LinePoint {
                    p: Point { x: Pt(x), y: Pt(y) },
                    bezier: false,
                })
                .collect(),
            is_closed: closed,
        },
    }
}

/// Width of `text` set in `font` at `size` points, from the font's own advance widths.
fn text_width(font: &ParsedFont, text: &str, size: f32) -> f32 {
    let units: u32 = text
        .chars()
        .map(|c| {
            font.lookup_glyph_index(c.into())
                .or_else(|| font.lookup_glyph_index('?'.into()))
                .and_then(|glyph| font.get_glyph_width(glyph))
                .map_or(0, u32::from)
        })
        .sum();
    units as f32 * size / f32::from(font.units_per_em.max(1))
}

/// A word with the measured widths the line breaker needs.
#[derive(Debug)]
struct Piece<'a> {
    word: &'a str,
    whitespace: &'a str,
    width: f64,
    whitespace_width: f64,
}

impl Fragment for Piece<'_> {
    fn width(&self) -> f64 {
        self.width
    }

    fn whitespace_width(&self) -> f64 {
        self.whitespace_width
    }

    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Breaks one line of text into lines at most `max` wide. A word wider than a line (a long web
/// address) is cut between characters.
fn wrap(text: &str, max: f32, width: &impl Fn(&str) -> f32) -> Vec<String> {
    let mut pieces = Vec::new();
    for word in WordSeparator::AsciiSpace.find_words(text) {
        let mut rest = word.word;
        while width(rest) > max {
            let cut = rest
                .char_indices()
                .skip(1)
                .take_while(|&(index, _)| width(&rest[..index]) <= max)
                .last()
                .map_or_else(
                    || rest.chars().next().map_or(rest.len(), char::len_utf8),
                    |(index, _)| index,
                );
            pieces.push(piece(&rest[..cut], "", width));
            rest = &rest[cut..];
        }
        pieces.push(piece(rest, word.whitespace, width));
    }
    if pieces.is_empty() {
        return vec![String::new()];
    }
    textwrap::wrap_algorithms::wrap_first_fit(&pieces, &[f64::from(max)])
        .into_iter()
        .map(|line| {
            let mut text = String::new();
            for (index, piece) in line.iter().enumerate() {
                text.push_str(piece.word);
                if index + 1 < line.len() {
                    text.push_str(piece.whitespace);
                }
            }
            text
        })
        .collect()
}

fn piece<'a>(word: &'a str, whitespace: &'a str, width: &impl Fn(&str) -> f32) -> Piece<'a> {
    Piece {
        word,
        whitespace,
        width: f64::from(width(word)),
        whitespace_width: f64::from(width(whitespace)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regular_width(text: &str) -> f32 {
        text_width(&FONTS.regular, text, 10.0)
    }

    #[test]
    fn the_bundled_faces_have_latvian_and_cyrillic_letters() {
        for font in [&FONTS.regular, &FONTS.bold] {
            for letter in "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽжЖщЩёЁ".chars() {
                assert!(font.lookup_glyph_index(letter.into()).is_some(), "{letter}");
            }
        }
    }

    #[test]
    fn lines_never_run_past_the_margin_and_keep_every_word() {
        let text = "Lifelong learning for all is our city's future: https://example.org/a/very/long/address/that/cannot/be/broken/at/spaces/at/all/because/it/has/none and more words follow here.";
        let lines = wrap(text, 150.0, &regular_width);
        assert!(lines.len() > 2, "{lines:?}");
        for line in &lines {
            assert!(regular_width(line) <= 150.0, "{line}");
        }
        assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
    }

    #[test]
    fn an_empty_line_stays_a_line() {
        assert_eq!(wrap("", 100.0, &regular_width), vec![String::new()]);
    }

    #[test]
    fn wider_letters_measure_wider() {
        assert!(regular_width("WWW") > regular_width("iii"));
        assert!(regular_width("Ж") > 0.0);
    }
}
