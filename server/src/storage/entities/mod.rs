//! sea-orm entities: one table a file. The server below `http` reads and writes through them; what it
//! answers the pages is domain types from `app`.

pub mod answers;
pub mod applications;
pub mod attachments;
pub mod cities;
pub mod comments;
pub mod conflicts_of_interest;
pub mod cycles;
pub mod decisions;
pub mod enums;
pub mod events;
pub mod form_snapshots;
pub mod member_cities;
pub mod outbox_messages;
pub mod password_tokens;
pub mod progress_reports;
pub mod rate_limits;
pub mod reminder_switches;
pub mod reminders;
pub mod review_scores;
pub mod reviews;
pub mod users;
