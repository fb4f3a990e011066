//! The records of the demo workspace: a small, believable book of business so that every page
//! of the frontend has something to show. Written through the domain's own create functions
//! (the same rules, counters and activities as the API), as the demo owner, with dates
//! relative to the day the seed runs: tasks due this week and overdue, invoices in every aging
//! bucket, visits this month.

use chrono::{DateTime, Duration, Utc};
use sea_orm::DatabaseConnection;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::crm::{companies, contacts, deals, invoices, notes, stages, tasks, visits};
use crate::error::ApiError;
use crate::store::Tenant;

/// `(name, domain, industry, size)` of the demo companies.
const COMPANIES: [(&str, &str, &str, &str); 6] = [
    (
        "Northwind Traders",
        "northwind.example",
        "Wholesale",
        "51-200",
    ),
    (
        "Bluebird Dental",
        "bluebird-dental.example",
        "Healthcare",
        "11-50",
    ),
    ("Kestrel Software", "kestrel.example", "Software", "201-500"),
    (
        "Harbour Logistics",
        "harbour-logistics.example",
        "Logistics",
        "501-1000",
    ),
    (
        "Maple Learning",
        "maple-learning.example",
        "Education",
        "11-50",
    ),
    ("Orchid Studio", "orchid.example", "Design", "1-10"),
];

/// `(first, last, job title, company index (none when out of range), customer type, tags)`.
type ContactRow = (
    &'static str,
    &'static str,
    &'static str,
    usize,
    &'static str,
    &'static [&'static str],
);

/// The demo contacts.
const CONTACTS: [ContactRow; 12] = [
    (
        "Amelia",
        "Clarke",
        "Head of Purchasing",
        0,
        "B2B",
        &["decision-maker", "wholesale"],
    ),
    (
        "Ben",
        "Okafor",
        "Operations Manager",
        0,
        "B2B",
        &["champion"],
    ),
    (
        "Chloé",
        "Martin",
        "Practice Owner",
        1,
        "PATIENT",
        &["dentist", "referral"],
    ),
    (
        "Dmitri",
        "Volkov",
        "CTO",
        2,
        "B2B",
        &["decision-maker", "technical"],
    ),
    (
        "Elena",
        "García",
        "Product Lead",
        2,
        "B2B",
        &["champion", "technical"],
    ),
    (
        "Farah",
        "Haddad",
        "Logistics Director",
        3,
        "B2B",
        &["decision-maker"],
    ),
    ("George", "Lee", "Fleet Coordinator", 3, "B2B", &[]),
    ("Hana", "Sato", "Principal", 4, "B2B", &["education"]),
    (
        "Ivan",
        "Petrov",
        "IT Administrator",
        4,
        "B2B",
        &["technical"],
    ),
    (
        "Julia",
        "Rossi",
        "Creative Director",
        5,
        "B2B",
        &["design", "referral"],
    ),
    (
        "Kofi",
        "Mensah",
        "Private client",
        usize::MAX,
        "B2C",
        &["newsletter"],
    ),
    (
        "Laura",
        "Schmidt",
        "Patient",
        usize::MAX,
        "PATIENT",
        &["dentist"],
    ),
];

/// `(title, amount, currency, stage index, status, company index, contact index)`.
const DEALS: [(&str, u32, &str, usize, &str, usize, usize); 10] = [
    ("Northwind annual supply", 48_000, "USD", 0, "OPEN", 0, 0),
    ("Bluebird practice software", 6_500, "EUR", 1, "OPEN", 1, 2),
    ("Kestrel platform licence", 120_000, "USD", 2, "OPEN", 2, 3),
    ("Kestrel support add-on", 18_000, "USD", 3, "OPEN", 2, 4),
    ("Harbour fleet tracking", 75_000, "GBP", 1, "OPEN", 3, 5),
    ("Maple classroom kits", 9_800, "EUR", 0, "OPEN", 4, 7),
    ("Orchid rebrand", 14_250, "GBP", 2, "OPEN", 5, 9),
    ("Northwind pilot", 5_000, "USD", 3, "WON", 0, 1),
    ("Harbour warehouse scanners", 32_000, "EUR", 2, "LOST", 3, 6),
    ("Maple summer school", 4_400, "USD", 3, "WON", 4, 8),
];

/// `(title, amount, currency, status, days past due, contact index)`: one invoice per aging
/// bucket (current, 1-30, 31-60, 61-90, 90+), a paid, a draft and a void one.
const INVOICES: [(&str, u32, &str, &str, i64, usize); 8] = [
    ("Pilot kick-off", 2_500, "USD", "SENT", -14, 1),
    ("Licence deposit", 12_000, "USD", "SENT", 12, 3),
    ("Practice set-up", 1_800, "EUR", "SENT", 40, 2),
    ("Fleet survey", 4_200, "GBP", "SENT", 70, 5),
    ("Kits, first batch", 3_100, "EUR", "SENT", 120, 7),
    ("Summer school", 4_400, "USD", "PAID", 20, 8),
    ("Rebrand workshop", 2_000, "GBP", "DRAFT", -30, 9),
    ("Cancelled order", 900, "USD", "VOID", 5, 0),
];

/// `(title, contact index, days from now, done)`: due this week, overdue, and one done.
const TASKS: [(&str, usize, i64, bool); 6] = [
    ("Send the revised quote", 0, 1, false),
    ("Book a product demo", 3, 3, false),
    ("Follow up on the licence deposit", 3, -4, false),
    ("Call about the fleet survey invoice", 5, -9, false),
    ("Prepare the classroom kit samples", 7, 5, false),
    ("Welcome pack sent", 1, -2, true),
];

/// Fills the demo workspace of `tenant` (its owner) with records.
pub async fn fill(db: &DatabaseConnection, tenant: Tenant) -> Result<(), ApiError> {
    let now = crate::time::now();
    let company_ids = fill_companies(db, tenant).await?;
    let contact_ids = fill_contacts(db, tenant, &company_ids).await?;
    let deal_ids = fill_deals(db, tenant, &company_ids, &contact_ids).await?;
    fill_invoices(db, tenant, &contact_ids, now).await?;
    fill_tasks(db, tenant, &contact_ids, now).await?;
    fill_notes(db, tenant, &contact_ids, &deal_ids).await?;
    fill_visits(db, tenant, &contact_ids, now).await
}

async fn fill_companies(db: &DatabaseConnection, tenant: Tenant) -> Result<Vec<Uuid>, ApiError> {
    let mut ids = Vec::with_capacity(COMPANIES.len());
    for (name, domain, industry, size) in COMPANIES {
        let body = json!({ "name": name, "domain": domain, "industry": industry, "size": size });
        ids.push(companies::create(db, tenant, &request(body)?).await?.id);
    }
    Ok(ids)
}

async fn fill_contacts(
    db: &DatabaseConnection,
    tenant: Tenant,
    company_ids: &[Uuid],
) -> Result<Vec<Uuid>, ApiError> {
    let mut ids = Vec::with_capacity(CONTACTS.len());
    for (first, last, job, company, customer_type, tags) in CONTACTS {
        let email = format!("{}.{}@example.com", ascii(first), ascii(last));
        let body = json!({
            "firstName": first,
            "lastName": last,
            "jobTitle": job,
            "email": email,
            "phone": format!("+44 20 7946 {:04}", ids.len() * 37 + 100),
            "companyId": company_ids.get(company),
            "customerType": customer_type,
            "tags": tags,
        });
        ids.push(contacts::create(db, tenant, &request(body)?).await?.id);
    }
    Ok(ids)
}

async fn fill_deals(
    db: &DatabaseConnection,
    tenant: Tenant,
    company_ids: &[Uuid],
    contact_ids: &[Uuid],
) -> Result<Vec<Uuid>, ApiError> {
    let stage_ids: Vec<Uuid> = stages::all(db, tenant)
        .await?
        .iter()
        .map(|s| s.id)
        .collect();
    let mut ids = Vec::with_capacity(DEALS.len());
    for (title, amount, currency, stage, status, company, contact) in DEALS {
        let Some(stage_id) = stage_ids.get(stage % stage_ids.len().max(1)) else {
            break;
        };
        let body = json!({
            "title": title,
            "amount": amount,
            "currency": currency,
            "stageId": stage_id,
            "status": status,
            "companyId": company_ids.get(company),
            "primaryContactId": contact_ids.get(contact),
        });
        ids.push(deals::create(db, tenant, &request(body)?).await?.id);
    }
    Ok(ids)
}

async fn fill_invoices(
    db: &DatabaseConnection,
    tenant: Tenant,
    contact_ids: &[Uuid],
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    for (title, amount, currency, status, days_past_due, contact) in INVOICES {
        let due = now - Duration::days(days_past_due);
        let body = json!({
            "title": title,
            "amount": amount,
            "currency": currency,
            "status": status,
            "relatedType": "contact",
            "relatedId": contact_ids.get(contact),
            "issuedAt": (due - Duration::days(30)).to_rfc3339(),
            "dueAt": due.to_rfc3339(),
        });
        invoices::create(db, tenant, &request(body)?).await?;
    }
    Ok(())
}

async fn fill_tasks(
    db: &DatabaseConnection,
    tenant: Tenant,
    contact_ids: &[Uuid],
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    for (title, contact, days, done) in TASKS {
        let body = json!({
            "title": title,
            "relatedType": "contact",
            "relatedId": contact_ids.get(contact),
            "dueAt": (now + Duration::days(days)).to_rfc3339(),
            "assigneeId": tenant.user_id(),
            "status": if done { "DONE" } else { "OPEN" },
        });
        tasks::create(db, tenant, &request(body)?).await?;
    }
    Ok(())
}

async fn fill_notes(
    db: &DatabaseConnection,
    tenant: Tenant,
    contact_ids: &[Uuid],
    deal_ids: &[Uuid],
) -> Result<(), ApiError> {
    let notes = [
        (
            "contact",
            contact_ids.first(),
            "Prefers email; decides with finance every quarter.",
        ),
        (
            "contact",
            contact_ids.get(3),
            "Wants SSO and an audit log before signing.",
        ),
        (
            "deal",
            deal_ids.get(2),
            "Security review passed; legal is reading the contract.",
        ),
        (
            "deal",
            deal_ids.get(4),
            "Asked for a pilot on two depots first.",
        ),
    ];
    for (related_type, related_id, text) in notes {
        let body = json!({ "body": text, "relatedType": related_type, "relatedId": related_id });
        notes::create(db, tenant, &request(body)?).await?;
    }
    Ok(())
}

async fn fill_visits(
    db: &DatabaseConnection,
    tenant: Tenant,
    contact_ids: &[Uuid],
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let visits = [
        (2, -6, "10:30", 45, "Check-up", "COMPLETED"),
        (11, -1, "14:00", 30, "Cleaning", "COMPLETED"),
        (2, 2, "09:00", 60, "Follow-up consultation", "SCHEDULED"),
        (7, 5, "11:15", 30, "Classroom kit demo", "SCHEDULED"),
        (11, 9, "16:45", 30, "Fitting", "SCHEDULED"),
    ];
    for (contact, days, time, minutes, reason, status) in visits {
        let body = json!({
            "contactId": contact_ids.get(contact),
            "date": (now + Duration::days(days)).format("%Y-%m-%d").to_string(),
            "time": time,
            "durationMinutes": minutes,
            "reason": reason,
            "status": status,
        });
        visits::create(db, tenant, &request(body)?).await?;
    }
    Ok(())
}

/// A request model from its JSON (as a client would send it).
fn request<T: DeserializeOwned>(body: Value) -> Result<T, ApiError> {
    serde_json::from_value(body).map_err(|e| ApiError::internal(format!("demo data: {e}")))
}

/// `name` lower-cased with its accents dropped, for an email address.
fn ascii(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' => 'e',
            'í' => 'i',
            _ => c,
        })
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase()
}
