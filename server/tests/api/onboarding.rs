//! The frontend's onboarding (issue 10, point 1): `POST /onboarding/workspace` configures the
//! personal workspace in place while it is empty (else creates one), `POST /onboarding/stages`
//! replaces the pipeline without dropping a stage that holds deals, `POST /onboarding/invites`
//! invites several people all or nothing.

use serde_json::{Value, json};

use crate::support::accounts::{User, expect_json, rows};
use crate::support::crm::id_of;
use crate::support::{TestApp, assert_envelope};

fn names(list: &Value) -> Vec<String> {
    rows(list)
        .iter()
        .map(|s| s["name"].as_str().unwrap_or_default().to_owned())
        .collect()
}

async fn onboard(app: &TestApp, user: &User, body: Value) -> reqwest::Response {
    app.post_as(user, "/v1/onboarding/workspace", body).await
}

#[tokio::test]
async fn an_empty_personal_workspace_is_configured_in_place() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let body = json!({"name": "Smile Clinic", "slug": "smile-clinic", "crmTypeId": "dentist"});

    let session = User::from_auth(expect_json(onboard(&app, &ada, body).await, 200).await);

    assert_eq!(
        session.workspace(),
        ada.workspace(),
        "the same workspace, renamed"
    );
    assert!(session.auth["token"].is_string() && session.auth["refreshToken"].is_string());
    let workspaces = app.get_ok(&session, "/v1/workspaces").await;
    assert_eq!(workspaces["total"], 1, "no second, empty workspace");
    assert_eq!(rows(&workspaces)[0]["slug"], "smile-clinic");
    assert_eq!(rows(&workspaces)[0]["name"], "Smile Clinic");
    let stages = app.get_ok(&session, "/v1/stages").await;
    assert_eq!(
        names(&stages),
        ["Inquiry", "Consultation", "Treatment Plan", "Completed"]
    );
    assert_eq!(
        app.login("ada@example.com").await.workspace(),
        ada.workspace()
    );
}

#[tokio::test]
async fn a_workspace_with_records_stays_and_a_new_one_is_made_and_chosen() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    app.contact(&ada, "Ann", json!({})).await;
    let body = json!({"name": "Acme Sales", "slug": "acme-sales", "crmTypeId": "software-company"});

    let session = User::from_auth(expect_json(onboard(&app, &ada, body).await, 200).await);

    assert_ne!(session.workspace(), ada.workspace());
    assert_eq!(app.get_ok(&session, "/v1/workspaces").await["total"], 2);
    let stages = app.get_ok(&session, "/v1/stages").await;
    assert_eq!(
        names(&stages),
        ["Lead", "Qualified", "Proposal", "Negotiation", "Won"]
    );
    assert_eq!(app.get_ok(&session, "/v1/contacts").await["total"], 0);
    assert_eq!(
        app.login("ada@example.com").await.workspace(),
        session.workspace(),
        "sign-in lands there"
    );
}

#[tokio::test]
async fn bad_kinds_and_taken_slugs_are_refused() {
    let app = TestApp::spawn().await;
    let ada = app.register("Ada", "ada@example.com").await;
    let bob = app.register("Bob", "bob@example.com").await;

    let unknown = onboard(&app, &ada, json!({"name": "X", "crmTypeId": "florist"})).await;
    let error = assert_envelope(unknown, 400, "VALIDATION_ERROR").await;
    assert_eq!(error["issues"][0]["path"], "crmTypeId");
    let message = error["issues"][0]["message"].as_str().unwrap_or_default();
    for known in [
        "software-company",
        "dentist",
        "education-institute",
        "doctor",
        "barber",
        "other",
    ] {
        assert!(message.contains(known), "{message}");
    }
    let taken = json!({"name": "X", "slug": bob_slug(&app, &bob).await, "crmTypeId": "other"});
    assert_envelope(onboard(&app, &ada, taken).await, 409, "SLUG_TAKEN").await;
    let workspaces = app.get_ok(&ada, "/v1/workspaces").await;
    assert_eq!(rows(&workspaces)[0]["name"], "Ada", "nothing changed");
}

async fn bob_slug(app: &TestApp, bob: &User) -> String {
    let workspaces = app.get_ok(bob, "/v1/workspaces").await;
    rows(&workspaces)[0]["slug"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn the_pipeline_is_replaced_but_a_stage_with_deals_is_never_dropped() {
    let app = TestApp::spawn().await;
    let team = app.team("pipe").await;
    let stages = app.get_ok(&team.owner, "/v1/stages").await;
    let proposal = id_of(
        rows(&stages)
            .iter()
            .find(|s| s["name"] == "Proposal")
            .expect("Proposal"),
    );
    let deal = app
        .deal(&team.owner, "Big deal", &proposal, json!({}))
        .await;
    let wanted = |list: &[&str]| {
        let stages: Vec<Value> = list
            .iter()
            .zip(1..)
            .map(|(n, o)| json!({"name": n, "order": o}))
            .collect();
        json!({"crmTypeId": "software-company", "stages": stages})
    };

    let replaced = app
        .post_as(
            &team.admin,
            "/v1/onboarding/stages",
            wanted(&["lead", "Proposal", "Won"]),
        )
        .await;
    let replaced = expect_json(replaced, 200).await;
    assert_eq!(names(&replaced), ["lead", "Proposal", "Won"]);
    assert_eq!(
        id_of(&rows(&replaced)[1]),
        proposal,
        "the stage with the deal is kept"
    );
    let moved = app
        .get_ok(&team.owner, &format!("/v1/deals/{}", id_of(&deal)))
        .await;
    assert_eq!(moved["stageId"], json!(proposal));

    let dropping = app
        .post_as(
            &team.owner,
            "/v1/onboarding/stages",
            wanted(&["Lead", "Won"]),
        )
        .await;
    let error = assert_envelope(dropping, 422, "STAGE_IN_USE").await;
    assert!(
        error["error"]
            .as_str()
            .unwrap_or_default()
            .contains("Proposal"),
        "{error}"
    );
    assert_eq!(
        names(&app.get_ok(&team.owner, "/v1/stages").await),
        ["lead", "Proposal", "Won"]
    );

    let twice = app
        .post_as(&team.owner, "/v1/onboarding/stages", wanted(&["A", "a"]))
        .await;
    let error = assert_envelope(twice, 409, "NAME_TAKEN").await;
    assert_eq!(error["issues"][0]["path"], "stages[1].name");
    let member = app
        .post_as(&team.member, "/v1/onboarding/stages", wanted(&["A"]))
        .await;
    assert_envelope(member, 403, "FORBIDDEN").await;
}

#[tokio::test]
async fn invites_are_created_all_or_nothing() {
    let app = TestApp::spawn().await;
    let team = app.team("inv").await;
    let batch = |list: &[(&str, &str)]| {
        let invites: Vec<Value> = list
            .iter()
            .map(|(e, r)| json!({"email": e, "role": r}))
            .collect();
        json!({"invites": invites})
    };

    let created = app
        .post_as(
            &team.owner,
            "/v1/onboarding/invites",
            batch(&[("a@example.com", "MEMBER"), ("b@example.com", "ADMIN")]),
        )
        .await;
    let created = expect_json(created, 201).await;
    assert_eq!(created["total"], 2);
    assert_eq!(rows(&created)[1]["role"], "ADMIN");

    let member_email = team.member.email.clone();
    let clash = app
        .post_as(
            &team.owner,
            "/v1/onboarding/invites",
            batch(&[("c@example.com", "MEMBER"), (&member_email, "MEMBER")]),
        )
        .await;
    let error = assert_envelope(clash, 409, "CONFLICT").await;
    assert_eq!(error["issues"][0]["path"], "invites[1].email");
    let twice = app
        .post_as(
            &team.owner,
            "/v1/onboarding/invites",
            batch(&[("d@example.com", "MEMBER"), ("D@example.com", "MEMBER")]),
        )
        .await;
    let error = assert_envelope(twice, 409, "CONFLICT").await;
    assert_eq!(error["issues"][0]["path"], "invites[1].email");
    let owner_by_admin = app
        .post_as(
            &team.admin,
            "/v1/onboarding/invites",
            batch(&[("e@example.com", "OWNER")]),
        )
        .await;
    assert_envelope(owner_by_admin, 403, "FORBIDDEN").await;

    let pending = app.get_ok(&team.owner, "/v1/invites").await;
    assert_eq!(
        pending["total"], 2,
        "none of the refused batches left an invite"
    );
}
