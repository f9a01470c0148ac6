//! A person's data as the GDPR sees it: every row that is about them, for their copy, and every trace
//! of them in free text, for their erasure.

use super::entities::{
    answers, applications, attachments, comments, conflicts_of_interest, decisions, events,
    form_snapshots, outbox_messages, password_tokens, reminder_switches, review_scores, reviews,
    users,
};
use app::model::application::Section;
use regex::{Regex, RegexBuilder};
use sea_orm::sea_query::IntoCondition;
use sea_orm::sea_query::{Alias, Expr, Query};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Value,
};
use serde_json::{Map, Value as Json};

/// Columns a copy leaves out: secrets, and where the site keeps a file, which is not information
/// about the person.
const SECRETS: [&str; 3] = ["password_hash", "token_hash", "storage_key"];

/// The columns that hold JSON, which SQLite hands over as its text.
const JSON_COLUMNS: [&str; 4] = ["data", "to_addresses", "cc_addresses", "attachments"];

/// Rows as JSON objects, without their secrets, their JSON columns as JSON on every database.
fn plain(rows: Vec<Json>) -> Vec<Json> {
    rows.into_iter()
        .map(|mut row| {
            if let Some(object) = row.as_object_mut() {
                for secret in SECRETS {
                    object.remove(secret);
                }
                for column in JSON_COLUMNS {
                    let parsed = object
                        .get(column)
                        .and_then(Json::as_str)
                        .and_then(|text| serde_json::from_str::<Json>(text).ok());
                    if let Some(parsed) = parsed {
                        object.insert(column.to_owned(), parsed);
                    }
                }
            }
            row
        })
        .collect()
}

/// Whether `value` holds, at any depth, the details of the person whose address is `email`: an
/// object with that `email` (a form's contact person).
fn names_person(value: &Json, email: &str) -> bool {
    match value {
        Json::Object(object) => {
            object
                .get("email")
                .and_then(Json::as_str)
                .is_some_and(|found| same_address(found, email))
                || object.values().any(|value| names_person(value, email))
        }
        Json::Array(items) => items.iter().any(|value| names_person(value, email)),
        _ => false,
    }
}

fn same_address(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Whether a mail's recipients (`to`, `cc`) include `email`.
fn addressed_to(recipients: &Json, email: &str) -> bool {
    recipients.as_array().is_some_and(|list| {
        list.iter()
            .filter_map(Json::as_str)
            .any(|to| same_address(to, email))
    })
}

/// The rows of `E` that meet `condition`, in the order of `order`, as `plain` JSON.
async fn rows<E: EntityTrait>(
    db: &impl ConnectionTrait,
    condition: impl IntoCondition,
    order: E::Column,
) -> Result<Vec<Json>, DbErr> {
    let found = E::find()
        .filter(condition)
        .order_by_asc(order)
        .into_json()
        .all(db)
        .await?;
    Ok(plain(found))
}

/// Everything stored about `user`, by what it is, each as the rows of its table.
pub async fn about(
    db: &impl ConnectionTrait,
    user: &users::Model,
) -> Result<Vec<(&'static str, Vec<Json>)>, DbErr> {
    let id = user.id;
    let email = user.email.as_str();
    let reviews_written =
        rows::<reviews::Entity>(db, reviews::Column::ReviewerId.eq(id), reviews::Column::Id)
            .await?;
    let review_ids: Vec<i64> = reviews_written
        .iter()
        .filter_map(|review| review["id"].as_i64())
        .collect();
    let saved_or_naming = Condition::any()
        .add(answers::Column::UpdatedBy.eq(id))
        .add(answers::Column::Section.eq(Section::Contact.slug()));
    let answers = rows::<answers::Entity>(db, saved_or_naming, answers::Column::Id)
        .await?
        .into_iter()
        .filter(|row| row["updated_by"] == id || names_person(&row["data"], email))
        .collect();
    let mails = rows::<outbox_messages::Entity>(db, Condition::all(), outbox_messages::Column::Id)
        .await?
        .into_iter()
        .filter(|mail| {
            addressed_to(&mail["to_addresses"], email) || addressed_to(&mail["cc_addresses"], email)
        })
        .collect();
    let made_or_about = Condition::any().add(events::Column::ActorId.eq(id)).add(
        Condition::all()
            .add(events::Column::SubjectType.eq("user"))
            .add(events::Column::SubjectId.eq(id)),
    );
    let decided_or_reopened = Condition::any()
        .add(decisions::Column::DecidedBy.eq(id))
        .add(decisions::Column::ReopenedBy.eq(id));
    Ok(vec![
        (
            "account",
            rows::<users::Entity>(db, users::Column::Id.eq(id), users::Column::Id).await?,
        ),
        (
            "password_links",
            rows::<password_tokens::Entity>(
                db,
                password_tokens::Column::UserId.eq(id),
                password_tokens::Column::Id,
            )
            .await?,
        ),
        (
            "history",
            rows::<events::Entity>(db, made_or_about, events::Column::Id).await?,
        ),
        ("mails", mails),
        (
            "applications_started",
            rows::<applications::Entity>(
                db,
                applications::Column::CreatedBy.eq(id),
                applications::Column::Id,
            )
            .await?,
        ),
        ("answers", answers),
        (
            "form_versions_saved",
            rows::<form_snapshots::Entity>(
                db,
                form_snapshots::Column::CreatedBy.eq(id),
                form_snapshots::Column::Id,
            )
            .await?,
        ),
        (
            "files_uploaded",
            rows::<attachments::Entity>(
                db,
                attachments::Column::UploadedBy.eq(id),
                attachments::Column::Id,
            )
            .await?,
        ),
        (
            "comments",
            rows::<comments::Entity>(db, comments::Column::AuthorId.eq(id), comments::Column::Id)
                .await?,
        ),
        ("reviews", reviews_written),
        (
            "review_scores",
            rows::<review_scores::Entity>(
                db,
                review_scores::Column::ReviewId.is_in(review_ids),
                review_scores::Column::Id,
            )
            .await?,
        ),
        (
            "decisions",
            rows::<decisions::Entity>(db, decided_or_reopened, decisions::Column::Id).await?,
        ),
        (
            "conflicts_of_interest",
            rows::<conflicts_of_interest::Entity>(
                db,
                conflicts_of_interest::Column::ReviewerId
                    .eq(id)
                    .or(conflicts_of_interest::Column::RecordedBy.eq(id)),
                conflicts_of_interest::Column::Id,
            )
            .await?,
        ),
        (
            "reminder_switches",
            rows::<reminder_switches::Entity>(
                db,
                reminder_switches::Column::SwitchedBy.eq(id),
                reminder_switches::Column::Id,
            )
            .await?,
        ),
    ])
}

/// The files `user` uploaded, oldest first.
pub async fn uploads(
    db: &impl ConnectionTrait,
    user: i32,
) -> Result<Vec<attachments::Model>, DbErr> {
    attachments::Entity::find()
        .filter(attachments::Column::UploadedBy.eq(user))
        .order_by_asc(attachments::Column::Id)
        .all(db)
        .await
}

/// What identifies a person in stored text, and the label that takes its place.
pub struct Traces {
    email: String,
    label: String,
    pattern: Regex,
}

/// The fields of a form's contact person that identify them.
const CONTACT_DETAILS: [&str; 4] = ["email", "phone", "surname", "first_name"];

/// Shorter strings than this are not looked for in free text: they would match ordinary words.
const SHORTEST_TRACE: usize = 4;

impl Traces {
    /// The person's address and every name and telephone number they were known by. Fails only for
    /// a pattern beyond the regex engine's size limit, which no real names reach.
    pub fn new(label: String, email: &str, known_as: Vec<String>) -> Result<Self, regex::Error> {
        let mut needles: Vec<String> = std::iter::once(email.trim().to_owned())
            .chain(known_as.into_iter().map(|text| text.trim().to_owned()))
            .filter(|text| text.chars().count() >= SHORTEST_TRACE)
            .collect();
        // The longest first, so that a full name is replaced whole rather than a part of it; equal
        // ones side by side, for `dedup`.
        needles.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        needles.dedup();
        let alternatives: Vec<String> = needles.iter().map(|text| regex::escape(text)).collect();
        // With nothing to look for, a class that matches no character: an empty pattern matches
        // everywhere.
        let source = match alternatives.is_empty() {
            true => r"[^\s\S]".to_owned(),
            false => alternatives.join("|"),
        };
        let pattern = RegexBuilder::new(&source).case_insensitive(true).build()?;
        Ok(Traces {
            email: email.trim().to_owned(),
            label,
            pattern,
        })
    }

    /// `text` with every trace replaced, if it had any.
    fn text(&self, text: &str) -> Option<String> {
        self.pattern.is_match(text).then(|| {
            self.pattern
                .replace_all(text, regex::NoExpand(&self.label))
                .into_owned()
        })
    }

    /// Rewrites `value` in place: the person's own contact details are emptied (the surname becomes
    /// the label) and every trace in any other string replaced. Answers whether anything changed.
    fn json(&self, value: &mut Json) -> bool {
        match value {
            Json::String(text) => match self.text(text) {
                Some(replaced) => {
                    *text = replaced;
                    true
                }
                None => false,
            },
            Json::Array(items) => {
                // Every item is rewritten: no stopping at the first that changes.
                let mut changed = false;
                for item in items {
                    changed |= self.json(item);
                }
                changed
            }
            Json::Object(object) => {
                let email = object
                    .get("email")
                    .and_then(Json::as_str)
                    .map(str::trim)
                    .filter(|email| !email.is_empty());
                let own = email.is_some_and(|found| same_address(found, &self.email));
                let someone_elses = email.is_some() && !own;
                let mut changed = own && self.empty_contact(object);
                for (field, item) in object.iter_mut() {
                    // Another person's details that happen to match (a shared office telephone, a
                    // namesake) are theirs, not the erased person's.
                    if someone_elses && CONTACT_DETAILS.contains(&field.as_str()) {
                        continue;
                    }
                    changed |= self.json(item);
                }
                changed
            }
            _ => false,
        }
    }

    fn empty_contact(&self, contact: &mut Map<String, Json>) -> bool {
        for field in ["email", "phone", "first_name"] {
            if contact.contains_key(field) {
                contact.insert(field.to_owned(), Json::String(String::new()));
            }
        }
        if contact.contains_key("surname") {
            contact.insert("surname".to_owned(), Json::String(self.label.clone()));
        }
        true
    }
}

/// Every name and telephone number under which the person whose address is `email` appears in
/// forms (as their contact person), at any depth of `value`.
pub fn contact_details(value: &Json, email: &str, found: &mut Vec<String>) {
    match value {
        Json::Object(object) => {
            if object
                .get("email")
                .and_then(Json::as_str)
                .is_some_and(|address| same_address(address, email))
            {
                let field =
                    |name: &str| object.get(name).and_then(Json::as_str).unwrap_or("").trim();
                let (first, surname) = (field("first_name"), field("surname"));
                if !first.is_empty() && !surname.is_empty() {
                    found.push(format!("{first} {surname}"));
                    found.push(format!("{surname} {first}"));
                }
                if !field("phone").is_empty() {
                    found.push(field("phone").to_owned());
                }
            }
            object
                .values()
                .for_each(|value| contact_details(value, email, found));
        }
        Json::Array(items) => items
            .iter()
            .for_each(|value| contact_details(value, email, found)),
        _ => {}
    }
}

/// The names a person had before, as the history of their profile changes keeps them.
pub fn earlier_names(value: &Json, found: &mut Vec<String>) {
    match value {
        Json::Object(object) => {
            if let Some(name) = object.get("full_name").and_then(Json::as_str) {
                found.push(name.to_owned());
            }
            object
                .values()
                .for_each(|value| earlier_names(value, found));
        }
        Json::Array(items) => items.iter().for_each(|value| earlier_names(value, found)),
        _ => {}
    }
}

/// How a column stores its text.
#[derive(Clone, Copy)]
enum Shape {
    Text,
    Json,
}

/// Every column in which people write or the site records free text: where a person's name, address
/// or telephone number can be, besides their own account.
const FREE_TEXT: [(&str, &str, Shape); 16] = [
    ("answers", "data", Shape::Json),
    ("form_snapshots", "data", Shape::Json),
    ("events", "data", Shape::Json),
    ("outbox_messages", "to_addresses", Shape::Json),
    ("outbox_messages", "cc_addresses", Shape::Json),
    ("outbox_messages", "attachments", Shape::Json),
    ("outbox_messages", "subject", Shape::Text),
    ("outbox_messages", "body", Shape::Text),
    ("outbox_messages", "last_error", Shape::Text),
    ("comments", "body", Shape::Text),
    ("reviews", "overall_comment", Shape::Text),
    ("review_scores", "comment", Shape::Text),
    ("decisions", "reason", Shape::Text),
    ("conflicts_of_interest", "note", Shape::Text),
    ("attachments", "file_name", Shape::Text),
    ("reminders", "about", Shape::Text),
];

/// Reads every form's answers and versions for the names and numbers the person with `email` was
/// known by as a contact person.
pub async fn known_in_forms(db: &impl ConnectionTrait, email: &str) -> Result<Vec<String>, DbErr> {
    let mut found = Vec::new();
    for (table, column) in [("answers", "data"), ("form_snapshots", "data")] {
        for (_, text) in column_texts(db, table, column).await? {
            if let Ok(value) = serde_json::from_str::<Json>(&text) {
                contact_details(&value, email, &mut found);
            }
        }
    }
    Ok(found)
}

/// The non-empty texts of `table.column`, by row id, JSON as its text.
async fn column_texts(
    db: &impl ConnectionTrait,
    table: &str,
    column: &str,
) -> Result<Vec<(i32, String)>, DbErr> {
    let select = Query::select()
        .column(Alias::new("id"))
        .expr_as(
            Expr::col(Alias::new(column)).cast_as(Alias::new("text")),
            Alias::new("value"),
        )
        .from(Alias::new(table))
        .and_where(Expr::col(Alias::new(column)).is_not_null())
        .to_owned();
    let rows = db
        .query_all(db.get_database_backend().build(&select))
        .await?;
    rows.into_iter()
        .map(|row| Ok((row.try_get("", "id")?, row.try_get("", "value")?)))
        .collect()
}

/// Replaces every trace in every free-text column; answers how many values changed.
pub async fn erase_traces(db: &impl ConnectionTrait, traces: &Traces) -> Result<usize, DbErr> {
    let mut changed = 0;
    for (table, column, shape) in FREE_TEXT {
        for (id, text) in column_texts(db, table, column).await? {
            let value = match shape {
                Shape::Text => traces.text(&text).map(Value::from),
                Shape::Json => serde_json::from_str::<Json>(&text)
                    .ok()
                    .and_then(|mut value| {
                        traces
                            .json(&mut value)
                            .then(|| Value::Json(Some(Box::new(value))))
                    }),
            };
            let Some(value) = value else { continue };
            let update = Query::update()
                .table(Alias::new(table))
                .value(Alias::new(column), value)
                .and_where(Expr::col(Alias::new("id")).eq(id))
                .to_owned();
            db.execute(db.get_database_backend().build(&update)).await?;
            changed += 1;
        }
    }
    Ok(changed)
}

/// Removes `user`'s password links, used or not: after erasure none may exist.
pub async fn delete_links(db: &impl ConnectionTrait, user: i32) -> Result<(), DbErr> {
    password_tokens::Entity::delete_many()
        .filter(password_tokens::Column::UserId.eq(user))
        .exec(db)
        .await
        .map(|_| ())
}

/// The data of every recorded event about the account `user` (its changes, its profile's names).
pub async fn events_about(db: &impl ConnectionTrait, user: i32) -> Result<Vec<Json>, DbErr> {
    events::Entity::find()
        .select_only()
        .column(events::Column::Data)
        .filter(events::Column::SubjectType.eq("user"))
        .filter(events::Column::SubjectId.eq(user))
        .into_tuple::<Json>()
        .all(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn traces() -> Traces {
        Traces::new(
            "Bijušais lietotājs 7".to_owned(),
            "Anna@Cesis.lv",
            vec![
                "Anna Bērziņa".to_owned(),
                "+371 26 000 001".to_owned(),
                "Al".to_owned(),
            ],
        )
        .unwrap()
    }

    #[test]
    fn every_trace_in_text_gives_way_to_the_label_whatever_its_case() {
        let traces = traces();
        assert_eq!(
            traces
                .text("Ask ANNA BĒRZIŅA (anna@cesis.lv, +371 26 000 001)")
                .unwrap(),
            "Ask Bijušais lietotājs 7 (Bijušais lietotājs 7, Bijušais lietotājs 7)"
        );
        assert_eq!(
            traces.text("Also fine, Alberts"),
            None,
            "too short to look for"
        );
    }

    #[test]
    fn the_persons_contact_details_are_emptied_and_others_left_alone() {
        let traces = traces();
        let mut form = serde_json::json!({
            "contact": {"surname": "Bērziņa", "first_name": "Anna", "phone": "+371 26 000 001",
                        "email": "anna@cesis.lv", "title": "Coordinator"},
            "mayor": {"surname": "Kalniņš", "first_name": "Jānis"},
            "narrative": "Anna Bērziņa leads the work.",
        });
        assert!(traces.json(&mut form));
        assert_eq!(form["contact"]["surname"], "Bijušais lietotājs 7");
        assert_eq!(form["contact"]["first_name"], "");
        assert_eq!(form["contact"]["phone"], "");
        assert_eq!(form["contact"]["email"], "");
        assert_eq!(form["contact"]["title"], "Coordinator");
        assert_eq!(form["mayor"]["surname"], "Kalniņš");
        assert_eq!(form["narrative"], "Bijušais lietotājs 7 leads the work.");
        let mut other = serde_json::json!({"email": "someone@else.lv", "phone": "+371 26 000 001",
                                           "surname": "Bērziņa", "first_name": "Anna"});
        assert!(
            !traces.json(&mut other),
            "a shared telephone stays with the other person"
        );
    }

    #[test]
    fn a_contact_person_is_known_by_both_orders_of_the_name_and_the_phone() {
        let form = serde_json::json!([{"contact": {"surname": "Bērziņa", "first_name": "Anna",
            "phone": "+371 26 000 001", "email": " ANNA@cesis.lv"}}]);
        let mut found = Vec::new();
        contact_details(&form, "anna@cesis.lv", &mut found);
        assert_eq!(found, ["Anna Bērziņa", "Bērziņa Anna", "+371 26 000 001"]);
        assert!(names_person(&form, "anna@cesis.lv"));
        assert!(!names_person(&form, "other@cesis.lv"));
    }
}
