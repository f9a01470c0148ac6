//! A progress report's section on one area of the Key Features.

use super::*;
use crate::error::FieldError;
use crate::model::application::values::LimitedText;
use serde::{Deserialize, Serialize};

/// A progress report's section: what changed in one area since the city joined or last reported.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProgressForm {
    pub narrative: String,
}

impl TryFrom<&ProgressForm> for LimitedText {
    type Error = Vec<FieldError>;

    fn try_from(form: &ProgressForm) -> Result<Self, Self::Error> {
        LimitedText::parse(&form.narrative, REPORT_WORDS)
            .map_err(|key| vec![FieldError::new("narrative", key)])
    }
}
