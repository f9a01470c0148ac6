//! Section "Motivation and plans".

use super::*;
use crate::error::{FieldError, FieldProblems as Problems};
use crate::model::application::values::LimitedText;
use serde::{Deserialize, Serialize};

/// Section "Narrative": two answers of at most 200 words each.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NarrativeForm {
    /// (a) The city's social context and its motivation to join.
    pub context_and_motivation: String,
    /// (b) How the city implements, or plans to implement, the learning-city concept, with links.
    pub implementation: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Narrative {
    pub context_and_motivation: LimitedText,
    pub implementation: LimitedText,
}

impl TryFrom<&NarrativeForm> for Narrative {
    type Error = Vec<FieldError>;

    fn try_from(form: &NarrativeForm) -> Result<Self, Self::Error> {
        let mut p = Problems::default();
        let context = p.check(
            "context_and_motivation",
            LimitedText::parse(&form.context_and_motivation, NARRATIVE_WORDS),
        );
        let implementation = p.check(
            "implementation",
            LimitedText::parse(&form.implementation, NARRATIVE_WORDS),
        );
        p.finish(|| {
            Some(Narrative {
                context_and_motivation: context?,
                implementation: implementation?,
            })
        })
    }
}
