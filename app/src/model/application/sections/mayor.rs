//! Section "Mayor".

use crate::error::{FieldError, FieldProblems as Problems};
use crate::model::application::values::{Line, Salutation};
use serde::{Deserialize, Serialize};

/// Section "Mayor".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MayorForm {
    pub salutation: String,
    pub surname: String,
    pub first_name: String,
    pub title: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mayor {
    pub salutation: Salutation,
    pub surname: Line,
    pub first_name: Line,
    pub title: Line,
}

impl TryFrom<&MayorForm> for Mayor {
    type Error = Vec<FieldError>;

    fn try_from(form: &MayorForm) -> Result<Self, Self::Error> {
        let mut p = Problems::default();
        let salutation = p.check("salutation", Salutation::parse(&form.salutation));
        let surname = p.check("surname", Line::parse(&form.surname));
        let first_name = p.check("first_name", Line::parse(&form.first_name));
        let title = p.check("title", Line::parse(&form.title));
        p.finish(|| {
            Some(Mayor {
                salutation: salutation?,
                surname: surname?,
                first_name: first_name?,
                title: title?,
            })
        })
    }
}
