//! What each valid row of an import does, in file order: create a contact, update one
//! (`onDuplicate=update`), or nothing (`skip`). A row's email (case-insensitive) is a duplicate
//! when a live contact of the workspace has it or an earlier row of the same import had it, so
//! the outcome is the one of importing the rows one after the other.

use std::collections::HashMap;

use crm_api::models::ImportDuplicateMode;

use crate::entities::contacts::Model;

/// A valid row, ready to be written.
#[derive(Debug, Clone)]
pub struct ReadyRow {
    /// The row as the contact it creates (owned by the caller, company resolved).
    pub contact: Model,
    /// The [`super::lookup::key`] of its email, if it has one.
    pub email_key: Option<String>,
}

/// A contact the import writes, as an index into [`Plan::created`] or [`Plan::updates`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// A new contact.
    Created(usize),
    /// A changed contact.
    Updated(usize),
}

/// The writes of an import.
#[derive(Debug, Default)]
pub struct Plan {
    /// The new contacts.
    pub created: Vec<Model>,
    /// The existing contacts to change: as found, and as they become.
    pub updates: Vec<(Model, Model)>,
    /// Every contact written, once, in the order of the first row writing it.
    pub order: Vec<Written>,
    /// Rows that updated a contact (an existing one, or one an earlier row created).
    pub updated_rows: i64,
    /// Rows left out as duplicates.
    pub skipped_rows: i64,
}

/// Plans `rows` in order against `existing` (live contacts by email key).
pub fn plan(
    rows: Vec<ReadyRow>,
    mut existing: HashMap<String, Model>,
    mode: ImportDuplicateMode,
) -> Plan {
    let mut plan = Plan::default();
    let mut seen: HashMap<String, Written> = HashMap::new();
    for row in rows {
        let key = match (mode, row.email_key) {
            (ImportDuplicateMode::Create, _) | (_, None) => {
                plan.create(row.contact);
                continue;
            }
            (_, Some(key)) => key,
        };
        let earlier = seen.get(&key).copied();
        match (mode, earlier) {
            (ImportDuplicateMode::Skip, Some(_)) => plan.skipped_rows += 1,
            (ImportDuplicateMode::Skip, None) if existing.contains_key(&key) => {
                plan.skipped_rows += 1;
            }
            (_, Some(target)) => {
                plan.merge_into(target, &row.contact);
                plan.updated_rows += 1;
            }
            (_, None) => {
                let written = match existing.remove(&key) {
                    Some(found) => {
                        let mut next = found.clone();
                        merge(&mut next, &row.contact);
                        plan.updates.push((found, next));
                        plan.updated_rows += 1;
                        let written = Written::Updated(plan.updates.len() - 1);
                        plan.order.push(written);
                        written
                    }
                    None => plan.create(row.contact),
                };
                seen.insert(key, written);
            }
        }
    }
    plan
}

impl Plan {
    fn create(&mut self, contact: Model) -> Written {
        self.created.push(contact);
        let written = Written::Created(self.created.len() - 1);
        self.order.push(written);
        written
    }

    fn merge_into(&mut self, target: Written, row: &Model) {
        let contact = match target {
            Written::Created(i) => self.created.get_mut(i),
            Written::Updated(i) => self.updates.get_mut(i).map(|(_, next)| next),
        };
        if let Some(contact) = contact {
            merge(contact, row);
        }
    }
}

/// Writes the fields `row` has over `contact`: the names always, the other fields when the row
/// gives them (an empty cell keeps the contact's value). The email (equal but for case), the
/// owner and the id stay.
fn merge(contact: &mut Model, row: &Model) {
    contact.first_name.clone_from(&row.first_name);
    contact.last_name.clone_from(&row.last_name);
    let given = |mine: &mut Option<String>, theirs: &Option<String>| {
        if theirs.is_some() {
            mine.clone_from(theirs);
        }
    };
    given(&mut contact.job_title, &row.job_title);
    given(&mut contact.phone, &row.phone);
    if row.company_id.is_some() {
        contact.company_id = row.company_id;
    }
    if row.customer_type.is_some() {
        contact.customer_type = row.customer_type;
    }
    if row.tags.as_array().is_some_and(|tags| !tags.is_empty()) {
        contact.tags.clone_from(&row.tags);
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;
    use uuid::Uuid;

    use super::*;

    fn contact(first: &str, email: Option<&str>, job: Option<&str>) -> Model {
        Model {
            id: Uuid::now_v7(),
            workspace_id: Uuid::nil(),
            owner_id: Uuid::nil(),
            first_name: first.to_owned(),
            last_name: "X".to_owned(),
            job_title: job.map(str::to_owned),
            email: email.map(str::to_owned),
            phone: None,
            company_id: None,
            customer_type: None,
            tags: serde_json::json!([]),
            created_at: Utc::now(),
            updated_at: Utc::now(),
            deleted_at: None,
        }
    }

    fn ready(first: &str, email: Option<&str>, job: Option<&str>) -> ReadyRow {
        ReadyRow {
            contact: contact(first, email, job),
            email_key: email.map(super::super::lookup::key),
        }
    }

    fn rows() -> Vec<ReadyRow> {
        vec![
            ready("Old", Some("OLD@x.test"), None),
            ready("New", Some("new@x.test"), None),
            ready("Again", Some("new@X.test"), Some("CEO")),
            ready("NoMail", None, None),
        ]
    }

    fn existing() -> HashMap<String, Model> {
        let old = contact("Before", Some("old@x.test"), Some("CTO"));
        HashMap::from([("old@x.test".to_owned(), old)])
    }

    #[test]
    fn skip_leaves_existing_and_repeated_emails_alone() {
        let plan = plan(rows(), existing(), ImportDuplicateMode::Skip);
        let names: Vec<&str> = plan.created.iter().map(|c| c.first_name.as_str()).collect();
        assert_eq!(names, ["New", "NoMail"]);
        assert_eq!((plan.skipped_rows, plan.updated_rows), (2, 0));
        assert!(plan.updates.is_empty());
    }

    #[test]
    fn update_writes_given_fields_over_the_first_contact_with_the_email() {
        let plan = plan(rows(), existing(), ImportDuplicateMode::Update);
        assert_eq!(
            plan.updated_rows, 2,
            "the existing one and the repeated row"
        );
        let (before, after) = &plan.updates[0];
        assert_eq!(before.first_name, "Before");
        assert_eq!(after.first_name, "Old");
        assert_eq!(
            after.job_title.as_deref(),
            Some("CTO"),
            "an empty cell keeps"
        );
        assert_eq!(
            after.email.as_deref(),
            Some("old@x.test"),
            "the email stays"
        );
        let names: Vec<&str> = plan.created.iter().map(|c| c.first_name.as_str()).collect();
        assert_eq!(
            names,
            ["Again", "NoMail"],
            "the repeat merged into the new one"
        );
        assert_eq!(plan.created[0].job_title.as_deref(), Some("CEO"));
        assert_eq!(
            plan.order,
            [
                Written::Updated(0),
                Written::Created(0),
                Written::Created(1)
            ]
        );
    }

    #[test]
    fn create_ignores_duplicates() {
        let plan = plan(rows(), existing(), ImportDuplicateMode::Create);
        assert_eq!(plan.created.len(), 4);
        assert_eq!((plan.skipped_rows, plan.updated_rows), (0, 0));
    }
}
