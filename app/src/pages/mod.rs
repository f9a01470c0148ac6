mod account;
mod admin_audit;
mod admin_cities;
mod admin_cycles;
mod admin_members;
mod admin_reminders;
mod admin_users;
mod board;
mod forgot_password;
mod landing;
mod login;
mod network;
mod outbox;
mod privacy;
mod set_password;
mod wizard;

pub use account::AccountPage;
pub use admin_audit::AdminAuditPage;
pub use admin_cities::AdminCitiesPage;
pub use admin_cycles::AdminCyclesPage;
pub use admin_members::AdminMembersPage;
pub use admin_reminders::AdminRemindersPage;
pub use admin_users::AdminUsersPage;
pub use board::{BoardPage, BoardReportsPage, ConflictsPage, ReportDeskPage, ReviewDeskPage};
pub use forgot_password::ForgotPasswordPage;
pub use landing::LandingPage;
pub use login::LoginPage;
pub use network::{MembersPage, NetworkPage};
pub use outbox::OutboxPage;
pub use privacy::PrivacyPage;
pub use set_password::SetPasswordPage;
pub use wizard::{
    ApplicationsPage, AttachmentsPage, CheckAnswersPage, ReportsPage, SectionPage, SubmittedPage,
    TaskListPage,
};
