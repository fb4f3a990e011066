//! Importing a real spreadsheet through HTTP: rows located by their line (CSV file lines, the
//! header being line 1, or positions in `rows`) in a refused file's envelope and in the answer's
//! `errors`; `skipInvalid`, `dryRun`, `onDuplicate=skip|update|create` and the `companyName`
//! column; the answer's counts; and the limits (50,000 rows and 10 MiB, 413 beyond; 50,000 rows
//! in one request).

use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};

use crate::support::accounts::{User, expect_json, rows};
use crate::support::crm::id_of;
use crate::support::{TestApp, assert_envelope};

const IMPORT: &str = "/v1/contacts/import";

/// `POST /v1/contacts/import?query` with `body`, expecting 200; answers the body.
///
/// A 50,000-row import takes seconds in a debug build and more beside the rest of the suite, so
/// its request may take longer than the client's usual 30 s.
async fn import(app: &TestApp, user: &User, query: &str, body: Value) -> Value {
    let answer = app
        .request(Method::POST, &format!("{IMPORT}?{query}"), Some(user))
        .json(&body)
        .timeout(Duration::from_secs(300))
        .send()
        .await
        .expect("import request is sent");
    expect_json(answer, 200).await
}

/// The counts of an import answer, `(created, updated, skipped, failed, companiesCreated)`.
fn counts(answer: &Value) -> (i64, i64, i64, i64, i64) {
    let n = |field: &str| {
        answer[field]
            .as_i64()
            .unwrap_or_else(|| panic!("{field} in {answer}"))
    };
    (
        n("created"),
        n("updated"),
        n("skipped"),
        n("failed"),
        n("companiesCreated"),
    )
}

/// `(line, path)` of each entry of `list` (the envelope's `issues` or the answer's `errors`).
fn located(list: &Value) -> Vec<(i64, String)> {
    list.as_array()
        .unwrap_or_else(|| panic!("a list: {list}"))
        .iter()
        .map(|e| {
            (
                e["line"].as_i64().unwrap_or(-1),
                e["path"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// The live contacts of `user`'s workspace, oldest first.
async fn contacts(app: &TestApp, user: &User) -> Vec<Value> {
    let mut all = rows(&app.get_ok(user, "/v1/contacts?limit=200").await).clone();
    all.reverse();
    all
}

/// A CSV whose second data row starts on line 4 (a quoted cell spans lines 2-3), after which a
/// blank line comes: the bad rows are on lines 4 and 7.
const MESSY_CSV: &str = "firstName,lastName,email,jobTitle\n\
                         Ok,One,one@example.com,\"Head of\nSales\"\n\
                         ,Blank,,\n\
                         Ok,Two,two@example.com,\n\
                         \n\
                         Bad,Mail,not-an-email,\n";

#[tokio::test]
async fn a_refused_file_locates_each_problem_by_line_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let owner = app.register("Lines", "lines@example.com").await;
    let body = assert_envelope(
        app.post_as(&owner, IMPORT, json!({ "csv": MESSY_CSV }))
            .await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
    assert_eq!(
        located(&body["issues"]),
        [
            (4, "rows[1].firstName".to_owned()),
            (7, "rows[3].email".to_owned())
        ],
        "{body}"
    );

    let body = assert_envelope(
        app.post_as(
            &owner,
            IMPORT,
            json!({"rows": [
                {"firstName": "Fine", "lastName": "X"},
                {"firstName": "Bad", "lastName": "Y", "email": "nope"}
            ]}),
        )
        .await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
    assert_eq!(
        located(&body["issues"]),
        [(2, "rows[1].email".to_owned())],
        "the 1-based position in rows"
    );

    let unknown = "00000000-0000-7000-8000-000000000001";
    let csv = format!("firstName,lastName,companyId\nA,B,\nC,D,{unknown}\n");
    let body = assert_envelope(
        app.post_as(&owner, IMPORT, json!({ "csv": csv })).await,
        422,
        "INVALID_REFERENCE",
    )
    .await;
    assert_eq!(
        located(&body["issues"]),
        [(3, "rows[1].companyId".to_owned())]
    );
    assert!(contacts(&app, &owner).await.is_empty(), "nothing written");
}

#[tokio::test]
async fn skip_invalid_imports_the_valid_rows_and_reports_the_rest() {
    let app = TestApp::spawn().await;
    let owner = app.register("Skip", "skip-invalid@example.com").await;
    let unknown = "00000000-0000-7000-8000-000000000001";
    let csv = format!("{MESSY_CSV}Ref,Bad,,,\nTypo,Kind,,,\n");
    let csv = csv.replace(
        "firstName,lastName,email,jobTitle\n",
        "firstName,lastName,email,jobTitle,companyId,customerType\n",
    );
    let csv = csv
        .replace("Ref,Bad,,,\n", &format!("Ref,Bad,,,{unknown},\n"))
        .replace("Typo,Kind,,,\n", "Typo,Kind,,,,VIP\n");
    let answer = import(&app, &owner, "skipInvalid=true", json!({ "csv": csv })).await;
    assert_eq!(counts(&answer), (2, 0, 0, 4, 0), "{answer}");
    assert_eq!(answer["imported"], 2);
    assert_eq!(answer["dryRun"], false);
    assert_eq!(
        located(&answer["errors"]),
        [
            (4, "firstName".to_owned()),
            (7, "email".to_owned()),
            (8, "companyId".to_owned()),
            (9, "customerType".to_owned()),
        ],
        "{answer}"
    );
    assert!(
        answer["errors"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["message"].as_str().is_some_and(|m| !m.is_empty()))
    );
    let names: Vec<&str> = rows(&answer)
        .iter()
        .map(|c| c["lastName"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["One", "Two"],
        "the imported contacts, in file order"
    );
    let stored = contacts(&app, &owner).await;
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[0]["jobTitle"], "Head of\nSales");
}

#[tokio::test]
async fn a_dry_run_reports_like_the_import_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let owner = app.register("Dry", "dry@example.com").await;
    app.contact(&owner, "Known", json!({"email": "known@example.com"}))
        .await;
    let activities = app.activity_count(owner.workspace()).await;
    let csv = "firstName,lastName,email,companyName\n\
               A,New,a@example.com,Initech\n\
               B,Dup,KNOWN@example.com,\n\
               ,Bad,,\n";
    let dry = import(
        &app,
        &owner,
        "dryRun=true&skipInvalid=true",
        json!({ "csv": csv }),
    )
    .await;
    assert_eq!(counts(&dry), (1, 0, 1, 1, 1), "{dry}");
    assert_eq!(dry["imported"], 0);
    assert_eq!(dry["rows"], json!([]));
    assert_eq!(dry["dryRun"], true);
    assert_eq!(located(&dry["errors"]), [(4, "firstName".to_owned())]);
    assert_eq!(contacts(&app, &owner).await.len(), 1, "no contact written");
    assert_eq!(app.total(&owner, "/v1/companies").await, 0, "no company");
    assert_eq!(app.activity_count(owner.workspace()).await, activities);

    // Without skipInvalid a dry run refuses the file as the import would.
    assert_envelope(
        app.post_as(
            &owner,
            &format!("{IMPORT}?dryRun=true"),
            json!({ "csv": csv }),
        )
        .await,
        400,
        "VALIDATION_ERROR",
    )
    .await;

    // The same request for real does what the dry run said.
    let real = import(&app, &owner, "skipInvalid=true", json!({ "csv": csv })).await;
    assert_eq!(counts(&real), counts(&dry));
    assert_eq!(real["imported"], 1);
    assert_eq!(contacts(&app, &owner).await.len(), 2);
    assert_eq!(app.total(&owner, "/v1/companies").await, 1);
}

#[tokio::test]
async fn duplicates_by_email_are_skipped_updated_or_created() {
    let app = TestApp::spawn().await;
    let team = app.team("dup").await;
    let known = app
        .contact(
            &team.owner,
            "Known",
            json!({"email": "Known@Example.com", "jobTitle": "CTO", "phone": "1"}),
        )
        .await;
    let csv = "firstName,lastName,email,jobTitle,phone\n\
               Renamed,Person,known@example.COM,,2\n\
               Fresh,One,fresh@example.com,Dev,\n\
               Fresh,Again,FRESH@example.com,Lead,\n\
               No,Mail,,,\n";

    let skip = import(&app, &team.member, "", json!({ "csv": csv })).await;
    assert_eq!(
        counts(&skip),
        (2, 0, 2, 0, 0),
        "skip is the default: {skip}"
    );
    let after_skip = contacts(&app, &team.owner).await;
    assert_eq!(after_skip.len(), 3);
    assert_eq!(
        after_skip[0],
        app.get_ok(&team.owner, &format!("/v1/contacts/{}", id_of(&known)))
            .await
    );
    assert_eq!(
        after_skip[0]["firstName"], "Known",
        "a skipped duplicate is left alone"
    );

    let update = import(
        &app,
        &team.member,
        "onDuplicate=update",
        json!({ "csv": csv }),
    )
    .await;
    assert_eq!(counts(&update), (1, 3, 0, 0, 0), "{update}");
    let changed = app
        .get_ok(&team.owner, &format!("/v1/contacts/{}", id_of(&known)))
        .await;
    assert_eq!(changed["firstName"], "Renamed");
    assert_eq!(changed["jobTitle"], "CTO", "an empty cell keeps the value");
    assert_eq!(changed["phone"], "2");
    assert_eq!(changed["email"], "Known@Example.com", "the email stays");
    assert_eq!(changed["ownerId"], known["ownerId"], "the owner stays");
    let updated_activity = app.activities_of(&team.owner, &id_of(&known)).await;
    assert_eq!(updated_activity[0]["type"], "contact.updated");
    assert_eq!(
        updated_activity[0]["metadata"]["changes"]["firstName"],
        json!({"before": "Known", "after": "Renamed"})
    );
    // The fresh contact of the first import is updated by both of its rows, in order.
    let fresh: Vec<&Value> = rows(&update)
        .iter()
        .filter(|c| c["email"] == "fresh@example.com")
        .collect();
    assert_eq!(fresh.len(), 1, "a contact is listed once: {update}");
    assert_eq!(fresh[0]["lastName"], "Again");
    assert_eq!(fresh[0]["jobTitle"], "Lead");
    assert_eq!(
        update["imported"], 3,
        "known, fresh and the new mail-less one"
    );

    let create = import(
        &app,
        &team.member,
        "onDuplicate=create",
        json!({ "csv": csv }),
    )
    .await;
    assert_eq!(counts(&create), (4, 0, 0, 0, 0), "{create}");
    assert_eq!(contacts(&app, &team.owner).await.len(), 4 + 4);

    // An unknown mode is the contract's 400.
    assert_envelope(
        app.post_as(
            &team.member,
            &format!("{IMPORT}?onDuplicate=merge"),
            json!({ "csv": csv }),
        )
        .await,
        400,
        "VALIDATION_ERROR",
    )
    .await;
}

#[tokio::test]
async fn company_names_find_live_companies_or_create_them_once() {
    let app = TestApp::spawn().await;
    let owner = app.register("Names", "names@example.com").await;
    let other = app.register("Other", "other-names@example.com").await;
    let acme = app.company(&owner, "Acme Corp").await;
    let gone = app.company(&owner, "Gone Ltd").await;
    app.delete_ok(&owner, &format!("/v1/companies/{}", id_of(&gone)))
        .await;
    app.company(&other, "Theirs Inc").await;
    let globex = app.company(&owner, "Globex").await;
    let csv = format!(
        "firstName,lastName,companyName,companyId\n\
         A,One,acme corp,\n\
         B,Two,  ACME CORP  ,\n\
         C,Three,Gone Ltd,\n\
         D,Four,gone ltd,\n\
         E,Five,Theirs Inc,\n\
         F,Six,Acme Corp,{}\n\
         G,Seven,,\n",
        id_of(&globex)
    );
    let answer = import(&app, &owner, "", json!({ "csv": csv })).await;
    assert_eq!(counts(&answer), (7, 0, 0, 0, 2), "{answer}");
    let company_of: Vec<Value> = rows(&answer)
        .iter()
        .map(|c| c["companyId"].clone())
        .collect();
    assert_eq!(company_of[0], acme["id"], "case-insensitive");
    assert_eq!(company_of[1], acme["id"], "trimmed");
    assert_ne!(company_of[2], gone["id"], "a deleted company is not found");
    assert_eq!(company_of[2], company_of[3], "one new company per name");
    assert_eq!(company_of[5], globex["id"], "companyId wins");
    assert_eq!(company_of[6], Value::Null);
    let companies = rows(&app.get_ok(&owner, "/v1/companies?limit=200").await).clone();
    let mut names: Vec<&str> = companies
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["Acme Corp", "Globex", "Gone Ltd", "Theirs Inc"]);
    let created = companies
        .iter()
        .find(|c| c["id"] == company_of[2])
        .expect("the new company");
    assert_eq!(
        created["name"], "Gone Ltd",
        "spelled as its first row spells it"
    );
    assert_eq!(created["ownerId"], json!(owner.id));

    // Parsed rows take companyName too.
    let answer = import(
        &app,
        &owner,
        "",
        json!({"rows": [{"firstName": "H", "lastName": "Eight", "companyName": "Globex"}]}),
    )
    .await;
    assert_eq!(rows(&answer)[0]["companyId"], globex["id"]);
}

#[tokio::test]
async fn fifty_thousand_rows_import_in_one_request_and_more_is_a_413() {
    // A debug build beside the whole suite can take longer than the default 30 s per request.
    let app = TestApp::builder()
        .env("CRM_REQUEST_TIMEOUT_SECS", "300")
        .spawn()
        .await;
    let owner = app.register("Bulk", "bulk@example.com").await;
    let mut csv = String::from("firstName,lastName,email,companyName,tags\n");
    for i in 0..50_000 {
        csv.push_str(&format!(
            "First{i},Last{i},person{i}@example.com,Company {},a;b\n",
            i % 100
        ));
    }
    assert!(csv.len() < 10 * 1024 * 1024);
    let answer = import(&app, &owner, "", json!({ "csv": csv.clone() })).await;
    assert_eq!(counts(&answer), (50_000, 0, 0, 0, 100));
    assert_eq!(answer["imported"], 50_000);
    assert_eq!(app.total(&owner, "/v1/contacts").await, 50_000);

    // Again: every row is now a duplicate.
    let again = import(&app, &owner, "dryRun=true", json!({ "csv": csv.clone() })).await;
    assert_eq!(counts(&again), (0, 0, 50_000, 0, 0));

    csv.push_str("One,More,,,\n");
    assert_envelope(
        app.post_as(&owner, IMPORT, json!({ "csv": csv })).await,
        413,
        "PAYLOAD_TOO_LARGE",
    )
    .await;
    let rows: Vec<Value> = (0..50_001)
        .map(|i| json!({"firstName": "R", "lastName": i.to_string()}))
        .collect();
    assert_envelope(
        app.post_as(&owner, IMPORT, json!({ "rows": rows })).await,
        413,
        "PAYLOAD_TOO_LARGE",
    )
    .await;
    let padding = " ".repeat(10 * 1024 * 1024);
    assert_envelope(
        app.post_as(
            &owner,
            IMPORT,
            json!({ "csv": format!("firstName,lastName\nA,B\n{padding}") }),
        )
        .await,
        413,
        "PAYLOAD_TOO_LARGE",
    )
    .await;
    assert_eq!(app.total(&owner, "/v1/contacts").await, 50_000);
}

#[tokio::test]
async fn past_its_queue_an_instance_turns_imports_away_with_a_503() {
    let app = TestApp::builder()
        .env("CRM_IMPORT_CONCURRENCY", "1")
        .env("CRM_IMPORT_QUEUE", "0")
        .spawn()
        .await;
    let owner = app.register("Busy", "busy-import@example.com").await;
    let mut csv = String::from("firstName,lastName\n");
    for i in 0..20_000 {
        csv.push_str(&format!("F{i},L{i}\n"));
    }
    let requests = (0..4)
        .map(|_| {
            (
                reqwest::Method::POST,
                IMPORT.to_owned(),
                Some(json!({ "csv": csv })),
            )
        })
        .collect();
    let answers = app.concurrently(&owner, requests).await;
    let statuses: Vec<u16> = answers.iter().map(|(status, _)| *status).collect();
    assert!(statuses.contains(&200), "{statuses:?}");
    assert!(
        statuses.contains(&503),
        "one import at a time: {statuses:?}"
    );
    for (status, body) in &answers {
        assert!(matches!(status, 200 | 503), "{status}: {body}");
        if *status == 503 {
            assert_eq!(body["code"], "SERVICE_UNAVAILABLE");
        }
    }
    let imported = answers.iter().filter(|(status, _)| *status == 200).count();
    assert_eq!(
        app.total(&owner, "/v1/contacts").await,
        i64::try_from(imported * 20_000).unwrap(),
        "a turned-away import writes nothing"
    );
}
