//! Section "City": the city's name and website.

use crate::error::{FieldError, FieldProblems as Problems};
use crate::model::application::values::{Line, WebAddress};
use serde::{Deserialize, Serialize};

/// Section "City".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CityForm {
    pub name: String,
    pub website: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct City {
    pub name: Line,
    pub website: WebAddress,
}

impl TryFrom<&CityForm> for City {
    type Error = Vec<FieldError>;

    fn try_from(form: &CityForm) -> Result<Self, Self::Error> {
        let mut p = Problems::default();
        let name = p.check("name", Line::parse(&form.name));
        let website = p.check("website", WebAddress::parse(&form.website));
        p.finish(|| {
            Some(City {
                name: name?,
                website: website?,
            })
        })
    }
}
