//! Section "Commitment".

use crate::error::FieldError;
use serde::{Deserialize, Serialize};

/// Section "Pledge": the city adopts the Beijing Declaration and the Key Features; the mayor signs the
/// printed application (uploaded as a scan with the attachments).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PledgeForm {
    /// "on" when the box is ticked, as a browser posts a checkbox.
    pub adopts_guiding_documents: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pledge;

impl TryFrom<&PledgeForm> for Pledge {
    type Error = Vec<FieldError>;

    fn try_from(form: &PledgeForm) -> Result<Self, Self::Error> {
        match form.adopts_guiding_documents.as_str() {
            "on" | "true" => Ok(Pledge),
            _ => Err(vec![FieldError::new(
                "adopts_guiding_documents",
                "error-required",
            )]),
        }
    }
}
