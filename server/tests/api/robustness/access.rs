//! Who may reach what: every server function and HTTP route, asked by every kind of visitor. A visitor
//! the route is not for gets 401, 403 or 404 and nothing else; one it is for gets past the gate (an
//! answer below 500 that is not one of those three, even if what they sent is then refused as invalid).

use crate::features::applications::{signed_in, start};
use crate::features::board::{application_of, CESIS};
use crate::helpers::{city_id, spawn_app, TestApp, APPLICANT, REVIEWER, SECRETARY};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::clock::Clock;
use server::mail::{MailPurpose, OutgoingMail};
use server::storage::entities::{attachments, outbox_messages, progress_reports, users};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Who {
    Anonymous,
    /// Valmiera's applicant: a member city with an application of its own in progress.
    OtherCity,
    /// Cēsis' applicant: the city whose submitted application the routes ask about.
    OwnerCity,
    Reviewer,
    Secretary,
}

use Who::*;

const EVERYONE: &[Who] = &[Anonymous, OtherCity, OwnerCity, Reviewer, Secretary];
const SIGNED_IN: &[Who] = &[OtherCity, OwnerCity, Reviewer, Secretary];
const CITIES: &[Who] = &[OtherCity, OwnerCity];
const COMMISSION: &[Who] = &[Reviewer, Secretary];
const OWNER_AND_COMMISSION: &[Who] = &[OwnerCity, Reviewer, Secretary];
const MEMBER_AND_COMMISSION: &[Who] = &[OtherCity, Reviewer, Secretary];

/// The records the routes are asked about.
struct Ids {
    /// Cēsis' submitted application.
    cesis: i32,
    /// Valmiera's application in progress.
    valmiera: i64,
    /// A file attached to Cēsis' application.
    attachment: i32,
    /// Valmiera's progress report.
    report: i32,
    /// A mail in the outbox.
    mail: i32,
    /// Valmiera, a member city.
    member: i32,
    /// The reviewer's account.
    reviewer_account: i32,
    /// Cēsis, the city of the submitted application.
    owner: i32,
}

struct Visitors {
    app: TestApp,
    ids: Ids,
    clients: Vec<(Who, reqwest::Client)>,
}

async fn visitors() -> Visitors {
    let app = spawn_app().await;
    let mut clients = vec![(Anonymous, app.client())];
    for (who, email) in [
        (OtherCity, APPLICANT),
        (OwnerCity, CESIS),
        (Reviewer, REVIEWER),
        (Secretary, SECRETARY),
    ] {
        clients.push((who, signed_in(&app, email).await));
    }
    let cesis = application_of(&app, "Cēsis").await;
    let valmiera = start(&app, &clients[1].1).await;
    let attachment = attachments::Entity::find()
        .filter(attachments::Column::ApplicationId.eq(cesis))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo's Cēsis application has files")
        .id;
    let report = progress_reports::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo's Valmiera report")
        .id;
    let mail = waiting_mail(&app).await;
    let member = city_id(&app, "Valmiera").await;
    let owner = city_id(&app, "Cēsis").await;
    let reviewer_account = users::Entity::find()
        .filter(users::Column::Email.eq(REVIEWER))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    Visitors {
        app,
        ids: Ids {
            cesis,
            valmiera,
            attachment,
            report,
            mail,
            member,
            reviewer_account,
            owner,
        },
        clients,
    }
}

/// A mail kept for the secretary to read before it goes, as decisions keep theirs.
async fn waiting_mail(app: &TestApp) -> i32 {
    server::mail::hold(
        &app.db,
        app.clock.now(),
        OutgoingMail {
            purpose: MailPurpose::DecisionEndorsedCity,
            idempotency_key: "access-test".to_owned(),
            to: vec!["cesis@demo.pieteikums.lv".to_owned()],
            cc: Vec::new(),
            language: Default::default(),
            subject: "Your application".to_owned(),
            body: "Endorsed.".to_owned(),
            attachments: Vec::new(),
        },
    )
    .await
    .unwrap();
    outbox_messages::Entity::find()
        .filter(outbox_messages::Column::IdempotencyKey.eq("access-test"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

enum Ask {
    Get(String),
    Post(String, Vec<(&'static str, String)>),
    Upload(String),
}

impl Visitors {
    /// Asks `ask` as each visitor and checks that exactly `allowed` get past the gate.
    async fn check(&self, ask: &Ask, allowed: &[Who]) {
        for (who, client) in &self.clients {
            let request = match ask {
                Ask::Get(path) => client.get(self.app.url(path)),
                Ask::Post(path, form) => client.post(self.app.url(path)).form(form),
                Ask::Upload(path) => client.post(self.app.url(path)).multipart(
                    reqwest::multipart::Form::new().text("kind", "signed").part(
                        "file",
                        reqwest::multipart::Part::bytes(b"%PDF-1.4\n%%EOF\n".to_vec())
                            .file_name("plan.pdf")
                            .mime_str("application/pdf")
                            .unwrap(),
                    ),
                ),
            };
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let path = match ask {
                Ask::Get(path) | Ask::Post(path, _) | Ask::Upload(path) => path,
            };
            assert!(status < 500, "{who:?} {path}: {status}");
            // A form posted without script is sent to the sign-in page instead.
            let to_sign_in = response
                .headers()
                .get("location")
                .and_then(|location| location.to_str().ok())
                .is_some_and(|location| location.contains("/login"));
            let refused = matches!(status, 401 | 403 | 404) || to_sign_in;
            if allowed.contains(who) {
                assert!(!refused, "{who:?} was refused {path}: {status}");
            } else {
                assert!(refused, "{who:?} reached {path}: {status}");
            }
        }
    }

    /// Checks a route that changes something on a server of its own, so that one visitor's change
    /// cannot open or close the gate for the next.
    async fn check_alone(ask: impl Fn(&Ids) -> Ask, allowed: &[Who]) {
        let visitors = visitors().await;
        visitors.check(&ask(&visitors.ids), allowed).await;
    }
}

#[tokio::test]
async fn every_read_reaches_exactly_the_people_it_is_for() {
    let visitors = visitors().await;
    let ids = &visitors.ids;
    let reads: Vec<(String, &[Who])> = vec![
        ("/api/me".into(), EVERYONE),
        ("/api/current_cycle".into(), EVERYONE),
        ("/api/public_members".into(), EVERYONE),
        ("/api/deadlines".into(), EVERYONE),
        ("/api/cycles".into(), &[Secretary]),
        ("/api/reminders".into(), &[Secretary]),
        ("/api/members".into(), &[Secretary]),
        ("/api/outbox".into(), &[Secretary]),
        ("/api/accounts".into(), &[Secretary]),
        ("/api/cities".into(), &[Secretary]),
        ("/api/board".into(), COMMISSION),
        ("/api/reports_board".into(), COMMISSION),
        ("/api/conflicts".into(), COMMISSION),
        ("/api/audit_log".into(), &[Secretary]),
        ("/files/audit.csv?kind=signed_in".into(), &[Secretary]),
        ("/files/board.csv".into(), COMMISSION),
        ("/files/board.xlsx?sort=score".into(), COMMISSION),
        ("/files/meeting-sheet.pdf".into(), COMMISSION),
        (format!("/api/review_desk?id={}", ids.cesis), COMMISSION),
        (format!("/api/viewers?id={}", ids.cesis), COMMISSION),
        (format!("/api/report_desk?id={}", ids.report), COMMISSION),
        (
            format!("/api/viewers?id={}&kind=report", ids.report),
            COMMISSION,
        ),
        ("/api/applications".into(), CITIES),
        ("/api/reports".into(), CITIES),
        (
            format!("/api/draft?kind=application&id={}", ids.cesis),
            OWNER_AND_COMMISSION,
        ),
        // The Commission follows every city's forms, drafts included; other cities see none.
        (
            format!("/api/draft?kind=application&id={}", ids.valmiera),
            MEMBER_AND_COMMISSION,
        ),
        (
            format!("/api/draft?kind=report&id={}", ids.report),
            MEMBER_AND_COMMISSION,
        ),
        (
            format!(
                "/api/unsaved_answers?kind=application&id={}&section=city",
                ids.valmiera
            ),
            CITIES,
        ),
        (
            format!("/files/applications/{}/application.pdf", ids.cesis),
            OWNER_AND_COMMISSION,
        ),
        (
            format!("/files/reports/{}/report.pdf", ids.report),
            MEMBER_AND_COMMISSION,
        ),
        (
            format!("/files/attachments/{}", ids.attachment),
            OWNER_AND_COMMISSION,
        ),
        (
            format!("/files/attachments/{}/view", ids.attachment),
            OWNER_AND_COMMISSION,
        ),
        ("/files/my-data.zip".into(), SIGNED_IN),
        ("/events".into(), SIGNED_IN),
    ];
    for (path, allowed) in reads {
        if path == "/events" {
            // A stream never ends; its status is enough.
            for (who, client) in &visitors.clients {
                let status = client
                    .get(visitors.app.url(&path))
                    .send()
                    .await
                    .unwrap()
                    .status();
                assert_eq!(status == 200, allowed.contains(who), "{who:?} /events");
            }
            continue;
        }
        visitors.check(&Ask::Get(path), allowed).await;
    }
}

fn post(path: &str, form: &[(&'static str, String)]) -> Ask {
    let mut form = form.to_vec();
    form.push(("lang", "en".to_owned()));
    Ask::Post(path.to_owned(), form)
}

#[tokio::test]
async fn the_secretarys_changes_are_the_secretarys_alone() {
    let secretary: &[Who] = &[Secretary];
    Visitors::check_alone(|_| post("/api/save_cycle", &[]), secretary).await;
    Visitors::check_alone(
        |_| {
            post(
                "/api/switch_reminders",
                &[("year", "2027".into()), ("kind", "window_closing".into())],
            )
        },
        secretary,
    )
    .await;
    Visitors::check_alone(|_| post("/api/save_member", &[]), secretary).await;
    Visitors::check_alone(
        |ids| post("/api/move_report_due", &[("city", ids.member.to_string())]),
        secretary,
    )
    .await;
    Visitors::check_alone(
        |ids| {
            post(
                "/api/decide",
                &[("id", ids.cesis.to_string()), ("action", "endorse".into())],
            )
        },
        secretary,
    )
    .await;
    Visitors::check_alone(
        |ids| post("/api/send_mail", &[("id", ids.mail.to_string())]),
        secretary,
    )
    .await;
    Visitors::check_alone(
        |ids| post("/api/forward_report", &[("id", ids.report.to_string())]),
        secretary,
    )
    .await;
    Visitors::check_alone(
        |ids| {
            post(
                "/api/decide",
                &[
                    ("kind", "report".into()),
                    ("id", ids.report.to_string()),
                    ("action", "request_changes".into()),
                    ("reason", "Add the figures.".into()),
                    ("confirm", "yes".into()),
                ],
            )
        },
        secretary,
    )
    .await;
    Visitors::check_alone(
        |_| {
            post(
                "/api/save_city",
                &[
                    ("form[name]", "Ērgļi".into()),
                    ("form[website]", String::new()),
                ],
            )
        },
        secretary,
    )
    .await;
    Visitors::check_alone(
        |ids| {
            post(
                "/api/retire_city",
                &[("id", ids.member.to_string()), ("retire", "true".into())],
            )
        },
        secretary,
    )
    .await;
    Visitors::check_alone(
        |ids| {
            post(
                "/api/change_account",
                &[
                    ("id", ids.reviewer_account.to_string()),
                    ("form[role]", "commission_reviewer".into()),
                    ("form[city_id]", String::new()),
                ],
            )
        },
        secretary,
    )
    .await;
    Visitors::check_alone(
        |ids| {
            post(
                "/api/account_action",
                &[
                    ("id", ids.reviewer_account.to_string()),
                    ("action", "deactivate".into()),
                ],
            )
        },
        secretary,
    )
    .await;
    Visitors::check_alone(
        |ids| {
            post(
                "/api/erase_account",
                &[
                    ("id", ids.reviewer_account.to_string()),
                    ("confirm", "yes".into()),
                ],
            )
        },
        secretary,
    )
    .await;
    Visitors::check_alone(
        |_| {
            post(
                "/api/invite",
                &[
                    ("form[email]", "new@liepaja.lv".into()),
                    ("form[full_name]", "Jauns Cilvēks".into()),
                    ("form[role]", "commission_reviewer".into()),
                    ("form[city_id]", String::new()),
                    ("form[language]", "lv".into()),
                ],
            )
        },
        secretary,
    )
    .await;
}

#[tokio::test]
async fn reviewing_is_the_reviewers_and_commenting_the_commissions() {
    Visitors::check_alone(
        |ids| post("/api/save_review", &[("id", ids.cesis.to_string())]),
        &[Reviewer],
    )
    .await;
    Visitors::check_alone(
        |ids| {
            post(
                "/api/declare_conflict",
                &[("id", ids.cesis.to_string()), ("note", "Council".into())],
            )
        },
        &[Reviewer],
    )
    .await;
    Visitors::check_alone(
        |ids| {
            post(
                "/api/add_comment",
                &[("id", ids.cesis.to_string()), ("body", "Noted.".into())],
            )
        },
        COMMISSION,
    )
    .await;
    Visitors::check_alone(
        |ids| {
            post(
                "/api/add_comment",
                &[
                    ("kind", "report".into()),
                    ("id", ids.report.to_string()),
                    ("body", "Noted.".into()),
                ],
            )
        },
        COMMISSION,
    )
    .await;
}

/// A conflict's fields as the conflicts page posts them: the reviewer with Cēsis.
fn conflict(ids: &Ids) -> Vec<(&'static str, String)> {
    vec![
        ("form[reviewer]", ids.reviewer_account.to_string()),
        ("form[city]", ids.owner.to_string()),
        ("form[reason]", "Former adviser".into()),
    ]
}

#[tokio::test]
async fn conflicts_are_recorded_by_the_secretary_and_taken_back_by_their_reviewer() {
    Visitors::check_alone(
        |ids| post("/api/record_conflict", &conflict(ids)),
        &[Secretary],
    )
    .await;
    // One the secretary recorded: the reviewer gets past the gate (and is then told it is not
    // theirs to remove), the secretary removes it.
    let visitors = visitors().await;
    let secretary = &visitors.clients[4].1;
    let recorded = visitors
        .app
        .post_form(
            secretary,
            "/api/record_conflict",
            &conflict(&visitors.ids)
                .iter()
                .map(|(name, value)| (*name, value.as_str()))
                .collect::<Vec<_>>(),
        )
        .await;
    assert_eq!(recorded.status(), 200);
    visitors
        .check(
            &post("/api/remove_conflict", &conflict(&visitors.ids)),
            COMMISSION,
        )
        .await;
}

#[tokio::test]
async fn only_the_secretary_uploads_the_signed_endorsement() {
    Visitors::check_alone(
        |ids| {
            Ask::Upload(format!(
                "/files/applications/{}/signed-endorsement",
                ids.cesis
            ))
        },
        &[Secretary],
    )
    .await;
}

#[tokio::test]
async fn only_the_city_withdraws_its_own_application() {
    Visitors::check_alone(
        |ids| {
            post(
                "/api/decide",
                &[
                    ("id", ids.cesis.to_string()),
                    ("action", "withdraw".into()),
                    ("reason", "Next year".into()),
                    ("confirm", "yes".into()),
                ],
            )
        },
        &[OwnerCity],
    )
    .await;
}

#[tokio::test]
async fn a_citys_forms_are_its_own() {
    Visitors::check_alone(|_| post("/api/start_application", &[]), CITIES).await;
    Visitors::check_alone(|_| post("/api/start_report", &[]), &[OtherCity]).await;
    Visitors::check_alone(
        |ids| {
            post(
                "/api/save_answers",
                &[
                    ("id", ids.valmiera.to_string()),
                    ("section", "city".into()),
                    ("base_version", "0".into()),
                    ("answers[name]", "Valmiera".into()),
                ],
            )
        },
        &[OtherCity],
    )
    .await;
    Visitors::check_alone(
        |ids| {
            post(
                "/api/submit_form",
                &[
                    ("kind", "application".into()),
                    ("id", ids.valmiera.to_string()),
                ],
            )
        },
        &[OtherCity],
    )
    .await;
    Visitors::check_alone(
        |ids| Ask::Upload(format!("/files/applications/{}", ids.valmiera)),
        &[OtherCity],
    )
    .await;
    Visitors::check_alone(
        |ids| {
            post(
                &format!("/files/attachments/{}/delete", ids.attachment),
                &[],
            )
        },
        &[OwnerCity],
    )
    .await;
}

#[tokio::test]
async fn ones_own_account_is_ones_own_and_a_forgotten_password_anyones() {
    Visitors::check_alone(
        |_| {
            post(
                "/api/update_profile",
                &[
                    ("form[full_name]", "Jauns Vārds".into()),
                    ("form[language]", "en".into()),
                ],
            )
        },
        SIGNED_IN,
    )
    .await;
    Visitors::check_alone(
        |_| {
            post(
                "/api/change_password",
                &[
                    ("current", "wrong".into()),
                    ("password", "a long new password".into()),
                    ("confirmation", "a long new password".into()),
                ],
            )
        },
        SIGNED_IN,
    )
    .await;
    Visitors::check_alone(
        |_| post("/api/forgot_password", &[("email", REVIEWER.into())]),
        EVERYONE,
    )
    .await;
}
