//! The same migrations on SQLite and PostgreSQL (see `helpers::postgres_database`).

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait, Statement};
use sea_orm_migration::MigratorTrait;
use server::storage::entities::{cities, users};
use server::storage::{connect, migrations::Migrator};

const TABLES: [&str; 19] = [
    "cities",
    "users",
    "password_tokens",
    "cycles",
    "member_cities",
    "applications",
    "progress_reports",
    "answers",
    "form_snapshots",
    "attachments",
    "reviews",
    "review_scores",
    "conflicts_of_interest",
    "comments",
    "decisions",
    "events",
    "outbox_messages",
    "reminders",
    "reminder_switches",
];

async fn table_names(db: &DatabaseConnection) -> Vec<String> {
    let sql = match db.get_database_backend() {
        DbBackend::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table'",
        _ => {
            "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'"
        }
    };
    db.query_all(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.try_get::<String>("", "name").unwrap())
        .collect()
}

/// Runs the checks every database must pass: all tables, a second migration run is a no-op, foreign
/// keys are enforced, timestamps come back in UTC.
async fn check_database(db: &DatabaseConnection) {
    let names = table_names(db).await;
    for table in TABLES {
        assert!(
            names.iter().any(|n| n == table),
            "{table} missing from {names:?}"
        );
    }
    Migrator::up(db, None)
        .await
        .expect("migrating twice is harmless");
    assert!(Migrator::get_pending_migrations(db)
        .await
        .unwrap()
        .is_empty());

    let orphan = sea_orm::ActiveModelTrait::insert(
        users::ActiveModel {
            email: sea_orm::Set("orphan@x.lv".into()),
            full_name: sea_orm::Set("Orphan".into()),
            role: sea_orm::Set(server::storage::entities::enums::Role::CityApplicant),
            city_id: sea_orm::Set(Some(9_999)),
            language: sea_orm::Set(server::storage::entities::enums::Language::Lv),
            password_hash: sea_orm::Set(None),
            active: sea_orm::Set(false),
            created_at: sea_orm::Set(chrono::Utc::now()),
            last_login_at: sea_orm::Set(None),
            ..Default::default()
        },
        db,
    )
    .await;
    assert!(orphan.is_err(), "a user of a missing city was stored");

    let at = chrono::DateTime::parse_from_rfc3339("2027-03-28T01:30:00+03:00")
        .unwrap()
        .to_utc();
    let record = server::storage::cities::CityRecord {
        name: "Rēzekne",
        official_name: None,
        website: None,
    };
    let city = server::storage::cities::insert(db, at, record)
        .await
        .unwrap();
    let stored = cities::Entity::find_by_id(city.id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.created_at, at);
    assert_eq!(stored.created_at.to_rfc3339(), "2027-03-27T22:30:00+00:00");
}

#[tokio::test]
async fn migrations_build_the_whole_schema_on_sqlite_in_wal_mode() {
    let folder = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", folder.path().join("p.sqlite").display());
    let db = connect(&url).await.unwrap();
    check_database(&db).await;
    let mode = db
        .query_one(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA journal_mode",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index::<String>(0)
        .unwrap();
    assert_eq!(mode, "wal");
}

#[tokio::test]
async fn migrations_build_the_whole_schema_on_postgresql() {
    let url = crate::helpers::postgres_database().await;
    let db = connect(&url).await.unwrap();
    check_database(&db).await;
    db.close().await.unwrap();
}

#[tokio::test]
async fn an_unreachable_or_unwritable_database_is_one_clear_error() {
    let error = connect("postgres://nobody:secret@127.0.0.1:1/none")
        .await
        .unwrap_err();
    let text = format!("{error:#}");
    assert!(
        text.contains("cannot open the database at postgres://nobody:***@127.0.0.1:1/none"),
        "{text}"
    );
    assert!(!text.contains("secret"));
    let error = connect("sqlite:///proc/no-such-dir/p.sqlite")
        .await
        .unwrap_err();
    assert!(
        format!("{error:#}").contains("cannot open the database"),
        "{error:#}"
    );
}
