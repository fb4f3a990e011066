//! The three reports against the same figures computed here, over random data: extra stages in
//! random order, deals in four currencies and every status, soft-deleted deals, tasks and
//! invoices, invoices in every status with due dates on both sides of each aging-bucket edge,
//! old activities and a random `days` window. Several workspaces are filled at once, so a figure
//! leaking from one into another shows too. The generator is seeded, so a failure replays.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use crm_server::entities::activities;
use crm_server::entities::sea_orm_active_enums::InvoiceStatus;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::crm_reports::BUCKETS;
use crate::support::TestApp;
use crate::support::accounts::{User, expect_json, rows};
use crate::support::crm::{Rng, id_of};
use crate::support::rows::uuid;
use crate::support::seeded_rows::invoice;

const CURRENCIES: [&str; 4] = ["USD", "EUR", "GBP", "JPY"];
const DEAL_STATUSES: [&str; 3] = ["OPEN", "WON", "LOST"];
const INVOICE_STATUSES: [InvoiceStatus; 5] = [
    InvoiceStatus::Draft,
    InvoiceStatus::Sent,
    InvoiceStatus::Overdue,
    InvoiceStatus::Paid,
    InvoiceStatus::Void,
];
/// Days past due on both sides of every bucket edge (`None`: no due date; negative: not due).
const DUE_DAYS: [Option<i64>; 12] = [
    None,
    Some(-3),
    Some(0),
    Some(1),
    Some(30),
    Some(31),
    Some(60),
    Some(61),
    Some(90),
    Some(91),
    Some(365),
    Some(-30),
];

/// The amount the API sends for `cents` (the double nearest the exact decimal).
fn amount(cents: i64) -> Value {
    json!(cents as f64 / 100.0)
}

/// Counts and cents, added up by key.
type Sums<K> = BTreeMap<K, (i64, i64)>;

fn add<K: Ord>(sums: &mut Sums<K>, key: K, cents: i64) {
    let entry = sums.entry(key).or_default();
    entry.0 += 1;
    entry.1 += cents;
}

/// What one workspace holds, as the test made it.
#[derive(Default)]
struct Expected {
    /// Open live deals: (stage id, currency) -> (count, cents).
    open_deals: Sums<(String, String)>,
    /// Outstanding live invoices: (bucket index, currency) -> (count, cents).
    outstanding: Sums<(usize, String)>,
    open_tasks: i64,
}

/// The bucket of an invoice `days` days past due (`None`: no due date).
fn bucket_of(days: Option<i64>) -> usize {
    match days {
        None => 0,
        Some(d) if d <= 0 => 0,
        Some(d) if d <= 30 => 1,
        Some(d) if d <= 60 => 2,
        Some(d) if d <= 90 => 3,
        Some(_) => 4,
    }
}

/// Fills `owner`'s workspace at random and answers what the reports must say.
async fn fill(app: &TestApp, owner: &User, rng: &mut Rng) -> Expected {
    let mut expected = Expected::default();
    for i in 0..2 {
        let order = rng.below(8) + 1;
        app.create(
            owner,
            "/v1/stages",
            json!({"name": format!("Extra {i}"), "order": order}),
        )
        .await;
    }
    let stages = app.stage_ids(owner).await;
    for i in 0..30 {
        let stage = rng.pick(&stages).clone();
        let currency = *rng.pick(&CURRENCIES);
        let status = *rng.pick(&DEAL_STATUSES);
        let cents = i64::try_from(rng.below(1_000_000)).expect("cents");
        let deal = app
            .deal(
                owner,
                &format!("Deal {i}"),
                &stage,
                json!({"amount": cents as f64 / 100.0, "currency": currency, "status": status}),
            )
            .await;
        if rng.chance(20) {
            app.delete_ok(owner, &format!("/v1/deals/{}", id_of(&deal)))
                .await;
        } else if status == "OPEN" {
            add(
                &mut expected.open_deals,
                (stage, currency.to_owned()),
                cents,
            );
        }
    }
    let company = app.company(owner, "Tasks Co").await;
    for _ in 0..8 {
        let task = app
            .task(owner, "company", &id_of(&company), json!({}))
            .await;
        let path = format!("/v1/tasks/{}", id_of(&task));
        if rng.chance(30) {
            app.delete_ok(owner, &path).await;
        } else if rng.chance(40) {
            expect_json(
                app.patch_as(owner, &path, json!({"status": "DONE"})).await,
                200,
            )
            .await;
        } else {
            expected.open_tasks += 1;
        }
    }
    for i in 0..40 {
        let days = *rng.pick(&DUE_DAYS);
        let cents = i64::try_from(rng.below(500_000)).expect("cents");
        let mut row = invoice(owner.workspace(), &format!("R-{i}"), cents, days);
        row.currency = (*rng.pick(&CURRENCIES)).to_owned();
        row.status = *rng.pick(&INVOICE_STATUSES);
        let live = !rng.chance(15);
        if !live {
            row.deleted_at = Some(crm_server::time::now());
        }
        let outstanding = matches!(row.status, InvoiceStatus::Sent | InvoiceStatus::Overdue);
        if live && outstanding {
            add(
                &mut expected.outstanding,
                (bucket_of(days), row.currency.clone()),
                cents,
            );
        }
        app.insert_invoice(row).await;
    }
    // Old activities, half a day off every day boundary so no window edge is ambiguous.
    let now = crm_server::time::now();
    for _ in 0..12 {
        let days_ago = i64::try_from(rng.below(20)).expect("days");
        app.insert_activity(owner, now - Duration::days(days_ago) - Duration::hours(12))
            .await;
    }
    expected
}

/// The activities of `owner`'s workspace recorded at or after `since`, counted here.
async fn activities_since(app: &TestApp, owner: &User, since: DateTime<Utc>) -> i64 {
    let all = activities::Entity::find()
        .filter(activities::Column::WorkspaceId.eq(uuid(owner.workspace())))
        .all(&app.state.db)
        .await
        .expect("activities");
    let recent = all.iter().filter(|a| a.created_at >= since).count();
    i64::try_from(recent).expect("count")
}

/// The figures of `sums` per currency, summed over the rest of the key.
fn per_currency<K>(sums: &Sums<K>, currency: impl Fn(&K) -> &str) -> Sums<String> {
    let mut out = Sums::new();
    for (key, (count, cents)) in sums {
        let entry = out.entry(currency(key).to_owned()).or_default();
        entry.0 += count;
        entry.1 += cents;
    }
    out
}

fn totals<K>(sums: &Sums<K>) -> (i64, i64) {
    sums.values()
        .fold((0, 0), |(n, c), (count, cents)| (n + count, c + cents))
}

fn expected_dashboard(expected: &Expected, recent: i64) -> Value {
    let (deals, cents) = totals(&expected.open_deals);
    let by_currency: Vec<Value> = per_currency(&expected.open_deals, |(_, c)| c)
        .into_iter()
        .map(|(currency, (n, cents))| {
            json!({"currency": currency, "openDeals": n, "pipelineTotal": amount(cents)})
        })
        .collect();
    json!({
        "openDeals": deals,
        "pipelineTotal": amount(cents),
        "openTasks": expected.open_tasks,
        "recentActivity": recent,
        "byCurrency": by_currency,
    })
}

/// The stage lines of `stages` (id, name) for the open deals whose key `keep` accepts.
fn stage_lines(
    stages: &[(String, String)],
    expected: &Expected,
    keep: impl Fn(&str) -> bool,
) -> (Vec<Value>, i64, i64) {
    let mut lines = Vec::new();
    let (mut deals, mut cents) = (0, 0);
    for (id, name) in stages {
        let (n, c) = expected
            .open_deals
            .iter()
            .filter(|((stage, currency), _)| stage == id && keep(currency))
            .fold((0, 0), |(n, c), (_, (count, sum))| (n + count, c + sum));
        deals += n;
        cents += c;
        lines.push(json!({
            "stageId": id, "stageName": name, "openDeals": n, "totalAmount": amount(c)
        }));
    }
    (lines, deals, cents)
}

fn expected_pipeline(stages: &[(String, String)], expected: &Expected) -> Value {
    let (lines, deals, cents) = stage_lines(stages, expected, |_| true);
    let by_currency: Vec<Value> = per_currency(&expected.open_deals, |(_, c)| c)
        .into_keys()
        .map(|currency| {
            let (lines, deals, cents) = stage_lines(stages, expected, |c| c == currency);
            json!({
                "currency": currency, "stages": lines,
                "totalOpenDeals": deals, "totalPipelineAmount": amount(cents)
            })
        })
        .collect();
    json!({
        "stages": lines, "totalOpenDeals": deals, "totalPipelineAmount": amount(cents),
        "byCurrency": by_currency,
    })
}

/// The five buckets of the outstanding invoices whose currency `keep` accepts, and their total.
fn bucket_lines(expected: &Expected, keep: impl Fn(&str) -> bool) -> (Vec<Value>, i64) {
    let mut total = 0;
    let lines = BUCKETS
        .iter()
        .enumerate()
        .map(|(index, name)| {
            let (n, c) = expected
                .outstanding
                .iter()
                .filter(|((bucket, currency), _)| *bucket == index && keep(currency))
                .fold((0, 0), |(n, c), (_, (count, sum))| (n + count, c + sum));
            total += c;
            json!({"bucket": name, "count": n, "amount": amount(c)})
        })
        .collect();
    (lines, total)
}

fn expected_aging(expected: &Expected) -> Value {
    let (buckets, total) = bucket_lines(expected, |_| true);
    let by_currency: Vec<Value> = per_currency(&expected.outstanding, |(_, c)| c)
        .into_keys()
        .map(|currency| {
            let (buckets, total) = bucket_lines(expected, |c| c == currency);
            json!({"currency": currency, "buckets": buckets, "totalOutstanding": amount(total)})
        })
        .collect();
    json!({"buckets": buckets, "totalOutstanding": amount(total), "byCurrency": by_currency})
}

#[tokio::test]
async fn reports_match_a_computation_over_random_data() {
    let app = TestApp::spawn().await;
    let mut workspaces = Vec::new();
    for seed in [0x2E_9047_u64, 0xB1_11A, 0xC0_FFEE] {
        let mut rng = Rng::new(seed);
        let owner = app
            .register("Reports", &format!("reports-{seed:x}@example.com"))
            .await;
        let expected = fill(&app, &owner, &mut rng).await;
        let days = rng.below(20) + 1;
        workspaces.push((seed, owner, expected, days));
    }
    for (seed, owner, expected, days) in &workspaces {
        let since = crm_server::time::now() - Duration::days(i64::try_from(*days).expect("days"));
        let recent = activities_since(&app, owner, since).await;
        let dashboard = app
            .get_ok(owner, &format!("/v1/reports/dashboard?days={days}"))
            .await;
        assert_eq!(
            dashboard,
            expected_dashboard(expected, recent),
            "seed {seed:x}"
        );

        let stages: Vec<(String, String)> = rows(&app.get_ok(owner, "/v1/stages?limit=200").await)
            .iter()
            .map(|s| (id_of(s), s["name"].as_str().expect("name").to_owned()))
            .collect();
        let pipeline = app.get_ok(owner, "/v1/reports/pipeline").await;
        assert_eq!(
            pipeline,
            expected_pipeline(&stages, expected),
            "seed {seed:x}"
        );

        let aging = app.get_ok(owner, "/v1/reports/invoice-aging").await;
        assert_eq!(aging, expected_aging(expected), "seed {seed:x}");
    }
}

#[tokio::test]
async fn the_activity_window_takes_1_to_365_days() {
    let app = TestApp::spawn().await;
    let owner = app.register("Window", "window@example.com").await;
    let now = crm_server::time::now();
    for days_ago in [0, 2, 10, 100, 364, 366] {
        app.insert_activity(&owner, now - Duration::days(days_ago) - Duration::hours(12))
            .await;
    }
    let from_signup = activities_since(&app, &owner, now - Duration::hours(1)).await;
    for (days, older) in [(1, 1), (7, 2), (30, 3), (365, 5)] {
        let report = app
            .get_ok(&owner, &format!("/v1/reports/dashboard?days={days}"))
            .await;
        assert_eq!(report["recentActivity"], from_signup + older, "days={days}");
    }
    let default = app.get_ok(&owner, "/v1/reports/dashboard").await;
    assert_eq!(
        default["recentActivity"],
        from_signup + 2,
        "7 days unless asked"
    );
    for bad in ["0", "366", "-1", "seven", "1.5"] {
        let answer = app
            .get_as(&owner, &format!("/v1/reports/dashboard?days={bad}"))
            .await;
        crate::support::assert_envelope(answer, 400, "VALIDATION_ERROR").await;
    }
}
