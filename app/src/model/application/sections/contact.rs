//! Section "Contact person", which both forms ask.

use crate::error::{FieldError, FieldProblems as Problems};
use crate::model::application::values::{
    CorrespondenceLanguage, Line, PhoneNumber, Postcode, Salutation,
};
use crate::model::EmailAddress;
use serde::{Deserialize, Serialize};

/// Section "Contact person", the city's focal point for the network.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContactForm {
    pub salutation: String,
    pub surname: String,
    pub first_name: String,
    pub title: String,
    /// Only when the contact does not work for the municipality.
    pub organisation: String,
    pub address: String,
    pub postcode: String,
    pub phone: String,
    pub email: String,
    pub language: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub salutation: Salutation,
    pub surname: Line,
    pub first_name: Line,
    pub title: Line,
    pub organisation: Option<Line>,
    pub address: Line,
    pub postcode: Postcode,
    pub phone: PhoneNumber,
    pub email: EmailAddress,
    pub language: CorrespondenceLanguage,
}

impl TryFrom<&ContactForm> for Contact {
    type Error = Vec<FieldError>;

    fn try_from(form: &ContactForm) -> Result<Self, Self::Error> {
        let mut p = Problems::default();
        let salutation = p.check("salutation", Salutation::parse(&form.salutation));
        let surname = p.check("surname", Line::parse(&form.surname));
        let first_name = p.check("first_name", Line::parse(&form.first_name));
        let title = p.check("title", Line::parse(&form.title));
        let organisation = if form.organisation.trim().is_empty() {
            Some(None)
        } else {
            p.check("organisation", Line::parse(&form.organisation))
                .map(Some)
        };
        let address = p.check("address", Line::parse(&form.address));
        let postcode = p.check("postcode", Postcode::parse(&form.postcode));
        let phone = p.check("phone", PhoneNumber::parse(&form.phone));
        let email = p.check(
            "email",
            EmailAddress::parse(&form.email).map_err(|key| {
                if key == "error-email-required" {
                    "error-required"
                } else {
                    key
                }
            }),
        );
        let language = p.check("language", CorrespondenceLanguage::parse(&form.language));
        p.finish(|| {
            Some(Contact {
                salutation: salutation?,
                surname: surname?,
                first_name: first_name?,
                title: title?,
                organisation: organisation?,
                address: address?,
                postcode: postcode?,
                phone: phone?,
                email: email?,
                language: language?,
            })
        })
    }
}
