//! Tables for a spreadsheet: written as CSV in the separators the reader's spreadsheet expects, or as
//! an Excel workbook with typed cells. Neither form lets a cell be taken for a formula.

use app::i18n::Lang;
use app::model::spreadsheet_safe;
use chrono::NaiveDateTime;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// One cell, typed so that a workbook can hold numbers and times as such.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Whole(i64),
    /// A number in tenths, e.g. a mean score of 4.3 as 43.
    Tenths(u32),
    /// A wall-clock time in Riga.
    Time(NaiveDateTime),
    Empty,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Text(text.into())
    }

    /// The cell as CSV text: times to the minute, as a spreadsheet reads them in any language.
    fn csv(&self, lang: Lang) -> String {
        match self {
            Cell::Text(text) => spreadsheet_safe(text),
            Cell::Whole(number) => number.to_string(),
            Cell::Tenths(tenths) => app::model::tenths(*tenths, lang.decimal_comma()),
            Cell::Time(at) => at.format("%Y-%m-%d %H:%M").to_string(),
            Cell::Empty => String::new(),
        }
    }
}

/// A table with a row of headings.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// The worksheet's name in a workbook: at most 31 characters, none of `[]:*?/\`.
    pub name: String,
    pub headings: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// Why a table could not be written; only a fault of this program, never of the data.
#[derive(Debug, thiserror::Error)]
pub enum SheetError {
    #[error("csv: {0}")]
    Csv(#[from] csv::Error),
    #[error("xlsx: {0}")]
    Xlsx(#[from] XlsxError),
}

impl Sheet {
    /// The table as CSV with a byte order mark, so that "Cēsis" opens as written. Where decimals are
    /// written with a comma (Latvian, Russian) the fields are separated by semicolons, as a
    /// spreadsheet set to that language expects.
    pub fn csv(&self, lang: Lang) -> Result<Vec<u8>, SheetError> {
        let delimiter = if lang.decimal_comma() { b';' } else { b',' };
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer("\u{feff}".as_bytes().to_vec());
        writer.write_record(
            self.headings
                .iter()
                .map(|heading| spreadsheet_safe(heading)),
        )?;
        for row in &self.rows {
            writer.write_record(row.iter().map(|cell| cell.csv(lang)))?;
        }
        writer
            .into_inner()
            .map_err(|error| SheetError::Csv(error.into_error().into()))
    }

    /// The table as a workbook of one worksheet: headings in bold with a filter on each, frozen with
    /// the first column while scrolling, numbers and times as the spreadsheet's own. Text is stored as
    /// text, which a spreadsheet never evaluates.
    pub fn xlsx(&self) -> Result<Vec<u8>, SheetError> {
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.set_name(&self.name)?;
        let bold = Format::new().set_bold();
        let tenths = Format::new().set_num_format("0.0");
        let time = Format::new().set_num_format("yyyy-mm-dd hh:mm");
        for (column, heading) in (0_u16..).zip(&self.headings) {
            sheet.write_string_with_format(0, column, heading, &bold)?;
        }
        for (row, cells) in (1_u32..).zip(&self.rows) {
            for (column, cell) in (0_u16..).zip(cells) {
                match cell {
                    Cell::Text(text) => sheet.write_string(row, column, text)?,
                    Cell::Whole(number) => sheet.write_number(row, column, *number as f64)?,
                    Cell::Tenths(value) => sheet.write_number_with_format(
                        row,
                        column,
                        f64::from(*value) / 10.0,
                        &tenths,
                    )?,
                    Cell::Time(at) => sheet.write_datetime_with_format(row, column, at, &time)?,
                    Cell::Empty => sheet,
                };
            }
        }
        let last_column = (self.headings.len().max(1) - 1) as u16;
        sheet.autofilter(0, 0, self.rows.len() as u32, last_column)?;
        sheet.set_freeze_panes(1, 1)?;
        sheet.set_autofit_max_width(320).autofit();
        Ok(workbook.save_to_buffer()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Sheet {
        Sheet {
            name: "Board".to_owned(),
            headings: vec!["City".to_owned(), "Mean".to_owned(), "When".to_owned()],
            rows: vec![vec![
                Cell::text("=HYPERLINK(\"x\")"),
                Cell::Tenths(43),
                Cell::Time(
                    chrono::NaiveDate::from_ymd_opt(2027, 3, 15)
                        .unwrap()
                        .and_hms_opt(14, 5, 0)
                        .unwrap(),
                ),
            ]],
        }
    }

    #[test]
    fn csv_follows_the_languages_separators_and_defuses_formulas() {
        let english = String::from_utf8(sample().csv(Lang::En).unwrap()).unwrap();
        assert_eq!(
            english,
            "\u{feff}City,Mean,When\n\"'=HYPERLINK(\"\"x\"\")\",4.3,2027-03-15 14:05\n"
        );
        let latvian = String::from_utf8(sample().csv(Lang::Lv).unwrap()).unwrap();
        assert!(latvian.ends_with("\"'=HYPERLINK(\"\"x\"\")\";4,3;2027-03-15 14:05\n"));
    }

    #[test]
    fn a_workbook_is_a_zip_package() {
        let bytes = sample().xlsx().unwrap();
        assert!(bytes.starts_with(b"PK"));
    }
}
