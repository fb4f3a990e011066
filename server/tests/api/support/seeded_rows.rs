//! Invoice, visit and activity rows written straight into the database, for the report and
//! search tests: they then do not depend on the invoice and visit endpoints, and can place
//! rows in time (due dates, old activities) where the API cannot.

use chrono::{DateTime, Duration, Utc};
use crm_server::entities::sea_orm_active_enums::{InvoiceStatus, VisitStatus};
use crm_server::entities::{activities, invoices, visits};
use sea_orm::{ActiveModelTrait, IntoActiveModel};
use serde_json::Value;
use uuid::Uuid;

use super::TestApp;
use super::accounts::User;
use super::crm::id_of;
use super::rows::uuid;

/// An invoice row of `workspace`, SENT, due `due_days_ago` days ago (`None`: no due date).
pub fn invoice(
    workspace: &str,
    number: &str,
    cents: i64,
    due_days_ago: Option<i64>,
) -> invoices::Model {
    let now = crm_server::time::now();
    invoices::Model {
        id: Uuid::now_v7(),
        workspace_id: uuid(workspace),
        created_by_id: None,
        invoice_number: number.to_owned(),
        title: format!("Invoice {number}"),
        notes: None,
        amount_cents: cents,
        currency: "USD".to_owned(),
        status: InvoiceStatus::Sent,
        related_type: None,
        related_id: None,
        issued_at: None,
        due_at: due_days_ago.map(|days| now - Duration::days(days)),
        paid_at: None,
        created_at: now,
        updated_at: now,
        deleted_at: None,
    }
}

impl TestApp {
    /// Stores `row` as it is (made with [`invoice`]).
    pub async fn insert_invoice(&self, row: invoices::Model) {
        row.into_active_model()
            .insert(&self.state.db)
            .await
            .expect("invoice row");
    }

    /// A SCHEDULED visit of `contact` (an API contact) today at 10:30; answers its id.
    pub async fn insert_visit(&self, workspace: &str, contact: &Value, reason: &str) -> String {
        let now = crm_server::time::now();
        let row = visits::Model {
            id: Uuid::now_v7(),
            workspace_id: uuid(workspace),
            contact_id: uuid(&id_of(contact)),
            contact_name: format!(
                "{} {}",
                contact["firstName"].as_str().expect("firstName"),
                contact["lastName"].as_str().expect("lastName")
            ),
            visit_date: now.date_naive(),
            visit_time: "10:30".to_owned(),
            duration_minutes: 30,
            reason: reason.to_owned(),
            status: VisitStatus::Scheduled,
            notes: None,
            created_at: now,
            updated_at: now,
        };
        let row = row
            .into_active_model()
            .insert(&self.state.db)
            .await
            .expect("visit row");
        row.id.to_string()
    }

    /// A `contact.updated` activity by `user`, recorded at `at`.
    pub async fn insert_activity(&self, user: &User, at: DateTime<Utc>) {
        let row = activities::Model {
            id: Uuid::now_v7(),
            workspace_id: uuid(user.workspace()),
            actor_id: uuid(&user.id),
            kind: "contact.updated".to_owned(),
            entity_type: "contact".to_owned(),
            entity_id: Uuid::now_v7(),
            metadata: None,
            created_at: at,
            seq: None,
        };
        row.into_active_model()
            .insert(&self.state.db)
            .await
            .expect("activity row");
    }
}
