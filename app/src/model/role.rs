use serde::{Deserialize, Serialize};

/// Who a signed-in person is to the system. Every server function decides what a caller may do from this,
/// never from anything the browser claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// Works on the applications of the one city the account belongs to.
    CityApplicant,
    /// Reads and scores applications for the National Commission.
    CommissionReviewer,
    /// Administers cycles, accounts and decisions for the National Commission.
    CommissionSecretary,
}

impl Role {
    pub const ALL: [Role; 3] = [
        Role::CityApplicant,
        Role::CommissionReviewer,
        Role::CommissionSecretary,
    ];

    /// Stable identifier used in storage and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::CityApplicant => "city_applicant",
            Role::CommissionReviewer => "commission_reviewer",
            Role::CommissionSecretary => "commission_secretary",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.as_str() == value)
    }

    /// Translation key of the role's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Role::CityApplicant => "role-city-applicant",
            Role::CommissionReviewer => "role-commission-reviewer",
            Role::CommissionSecretary => "role-commission-secretary",
        }
    }

    /// Reviewers and the secretary speak for the Commission; applicants only for their city.
    pub fn is_commission(self) -> bool {
        matches!(self, Role::CommissionReviewer | Role::CommissionSecretary)
    }

    /// Only the secretary administers accounts and cycles.
    pub fn can_administer(self) -> bool {
        self == Role::CommissionSecretary
    }

    /// An applicant account is meaningless without its city; Commission accounts have none.
    pub fn needs_city(self) -> bool {
        self == Role::CityApplicant
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_identifier() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("admin"), None);
    }

    #[test]
    fn only_the_secretary_administers_and_only_applicants_need_a_city() {
        let admins: Vec<Role> = Role::ALL
            .into_iter()
            .filter(|r| r.can_administer())
            .collect();
        assert_eq!(admins, vec![Role::CommissionSecretary]);
        let with_city: Vec<Role> = Role::ALL.into_iter().filter(|r| r.needs_city()).collect();
        assert_eq!(with_city, vec![Role::CityApplicant]);
        assert!(!Role::CityApplicant.is_commission());
        assert!(Role::CommissionReviewer.is_commission());
        assert!(Role::CommissionSecretary.is_commission());
    }
}
