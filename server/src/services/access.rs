//! Who may see and change what. Every service asks here before it reads or writes; anything a person may
//! not see is answered as if it did not exist.

use super::errors::db_error;
use crate::storage::entities::applications;
use crate::storage::forms::{self, Stored};
use crate::storage::{conflicts, entities};
use app::error::AppError;
use app::model::application::{FormKind, FormRef};
use app::model::{CurrentUser, Role};
use sea_orm::{ConnectionTrait, EntityTrait};

/// The secretary's pages and actions: anyone else is refused.
pub fn secretary_only(user: &CurrentUser) -> Result<(), AppError> {
    if user.role == Role::CommissionSecretary {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The Commission's pages: its secretary and reviewers.
pub fn commission_only(reader: &CurrentUser) -> Result<(), AppError> {
    if reader.role.is_commission() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The applicant's city, which every applicant account has.
pub fn city_of(applicant: &CurrentUser) -> Result<i32, AppError> {
    match (&applicant.role, &applicant.city) {
        (Role::CityApplicant, Some(city)) => Ok(city.id),
        _ => Err(AppError::Forbidden),
    }
}

/// Whether `reviewer` declared a conflict with `city`, and so takes no part in its affairs.
pub async fn recused(
    db: &impl ConnectionTrait,
    reviewer: i32,
    city: i32,
) -> Result<bool, AppError> {
    conflicts::declared(db, reviewer, city)
        .await
        .map_err(db_error)
}

/// Whether `user` may see the forms of `city_id`: the city's own people, and the Commission unless the
/// reviewer declared a conflict of interest with the city. Anyone else is told it does not exist.
pub async fn may_see(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    city_id: i32,
) -> Result<(), AppError> {
    let own_city = user.city.as_ref().is_some_and(|city| city.id == city_id);
    let commission = user.role.is_commission()
        && !(user.role == Role::CommissionReviewer && recused(db, user.id, city_id).await?);
    if own_city || commission {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// The form if `user` may see it.
pub async fn visible(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    form: FormRef,
) -> Result<Stored, AppError> {
    let stored = forms::load(db, form)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    may_see(db, user, stored.city_id()).await?;
    Ok(stored)
}

/// The form if `applicant` may still change it: a person of its city while it is a draft (or an
/// application returned for changes).
pub async fn editable(
    db: &impl ConnectionTrait,
    applicant: &CurrentUser,
    form: FormRef,
) -> Result<Stored, AppError> {
    let stored = visible(db, applicant, form).await?;
    if applicant.role != Role::CityApplicant {
        return Err(AppError::Forbidden);
    }
    if !stored.status().is_editable_by_city() {
        return Err(AppError::NotEditable);
    }
    Ok(stored)
}

/// The application if `user` may see it: applicants their own city's, the Commission every one.
pub async fn visible_application(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    id: i32,
) -> Result<applications::Model, AppError> {
    match visible(db, user, FormRef::application(id)).await? {
        Stored::Application(application) => Ok(application),
        Stored::Report(..) => Err(AppError::NotFound),
    }
}

/// A submitted application the reader may review: the Commission only, never a recused reviewer,
/// never an application that has not been submitted. Anything else is `NotFound`.
pub async fn reviewable(
    db: &impl ConnectionTrait,
    reader: &CurrentUser,
    id: i32,
) -> Result<applications::Model, AppError> {
    commission_only(reader)?;
    let application = entities::applications::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .filter(|application| application.submitted_at.is_some())
        .ok_or(AppError::NotFound)?;
    if reader.role == Role::CommissionReviewer
        && recused(db, reader.id, application.city_id).await?
    {
        return Err(AppError::NotFound);
    }
    Ok(application)
}

/// A sent form the reader may review: an application as [`reviewable`], or a progress report sent at
/// least once; to the Commission only, never to a recused reviewer. Anything else is `NotFound`.
pub async fn reviewable_form(
    db: &impl ConnectionTrait,
    reader: &CurrentUser,
    form: FormRef,
) -> Result<Stored, AppError> {
    if form.kind == FormKind::Application {
        return reviewable(db, reader, form.id)
            .await
            .map(Stored::Application);
    }
    commission_only(reader)?;
    match visible(db, reader, form).await? {
        Stored::Report(report, member) if report.submitted_at.is_some() => {
            Ok(Stored::Report(report, member))
        }
        _ => Err(AppError::NotFound),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::model::CityRef;

    fn person(role: Role, city: Option<i32>) -> CurrentUser {
        CurrentUser {
            id: 1,
            email: "someone@example.org".into(),
            full_name: "Someone".into(),
            role,
            city: city.map(|id| CityRef {
                id,
                name: "Cēsis".into(),
            }),
            language: Default::default(),
        }
    }

    #[test]
    fn only_the_secretary_passes_the_secretarys_gate_and_the_commission_the_commissions() {
        let secretary = person(Role::CommissionSecretary, None);
        let reviewer = person(Role::CommissionReviewer, None);
        let city = person(Role::CityApplicant, Some(4));
        assert_eq!(secretary_only(&secretary), Ok(()));
        assert_eq!(secretary_only(&reviewer), Err(AppError::Forbidden));
        assert_eq!(secretary_only(&city), Err(AppError::Forbidden));
        assert_eq!(commission_only(&secretary), Ok(()));
        assert_eq!(commission_only(&reviewer), Ok(()));
        assert_eq!(commission_only(&city), Err(AppError::Forbidden));
    }

    #[test]
    fn an_applicant_acts_for_their_own_city_and_nobody_else_for_any() {
        assert_eq!(city_of(&person(Role::CityApplicant, Some(4))), Ok(4));
        assert_eq!(
            city_of(&person(Role::CityApplicant, None)),
            Err(AppError::Forbidden)
        );
        assert_eq!(
            city_of(&person(Role::CommissionSecretary, Some(4))),
            Err(AppError::Forbidden)
        );
    }
}
