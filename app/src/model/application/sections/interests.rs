//! Section "Interests and expertise": the areas rated.

use super::*;
use crate::error::{FieldError, FieldProblems as Problems};
use crate::model::application::values::Rating;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Section "Interests and expertise": a rating for each of [`RATED_AREAS`], keyed by area.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InterestsForm {
    pub ratings: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interests {
    pub ratings: BTreeMap<&'static str, Rating>,
}

impl TryFrom<&InterestsForm> for Interests {
    type Error = Vec<FieldError>;

    fn try_from(form: &InterestsForm) -> Result<Self, Self::Error> {
        let mut p = Problems::default();
        let mut ratings = BTreeMap::new();
        for area in RATED_AREAS {
            let typed = form
                .ratings
                .get(area)
                .map(String::as_str)
                .unwrap_or_default();
            if let Some(rating) = p.check(&format!("ratings.{area}"), Rating::parse(typed)) {
                ratings.insert(area, rating);
            }
        }
        p.finish(|| Some(Interests { ratings }))
    }
}
