//! The JSON of an event, made from its activity: the body of a webhook delivery and the `data:`
//! of a live-stream message.
//!
//! `{id, type, workspaceId, occurredAt, seq, data: {entity: {type, id}, actorId, before, after,
//! metadata}}`: `before` and `after` hold the fields the change touched (from the activity's
//! `changes`); a creation has no `before`, a deletion no `after`.

use serde_json::{Map, Value, json};

use crate::entities::activities;

/// The event JSON of `activity`.
pub fn of(activity: &activities::Model) -> Value {
    let (before, after) = sides(activity);
    json!({
        "id": activity.id,
        "type": activity.kind,
        "workspaceId": activity.workspace_id,
        "occurredAt": activity.created_at,
        "seq": activity.seq,
        "data": {
            "entity": { "type": activity.entity_type, "id": activity.entity_id },
            "actorId": activity.actor_id,
            "before": before,
            "after": after,
            "metadata": activity.metadata,
        },
    })
}

/// The changed fields' values before and after, from `metadata.changes`.
fn sides(activity: &activities::Model) -> (Value, Value) {
    let Some(changes) = activity
        .metadata
        .as_ref()
        .and_then(|m| m.get("changes"))
        .and_then(Value::as_object)
    else {
        return (Value::Null, Value::Null);
    };
    let (mut before, mut after) = (Map::new(), Map::new());
    for (field, change) in changes {
        before.insert(
            field.clone(),
            change.get("before").cloned().unwrap_or_default(),
        );
        after.insert(
            field.clone(),
            change.get("after").cloned().unwrap_or_default(),
        );
    }
    let verb = activity.kind.rsplit('.').next().unwrap_or_default();
    match verb {
        "created" => (Value::Null, after.into()),
        "deleted" => (before.into(), Value::Null),
        _ => (before.into(), after.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn activity(kind: &str, metadata: Value) -> activities::Model {
        activities::Model {
            id: Uuid::now_v7(),
            workspace_id: Uuid::now_v7(),
            actor_id: Uuid::now_v7(),
            kind: kind.into(),
            entity_type: "contact".into(),
            entity_id: Uuid::now_v7(),
            metadata: Some(metadata),
            created_at: chrono::Utc::now(),
            seq: Some(7),
        }
    }

    #[test]
    fn an_update_carries_the_changed_fields_on_both_sides() {
        let changes = json!({"changes": {"name": {"before": "A", "after": "B"}}});
        let event = of(&activity("contact.updated", changes));
        assert_eq!(event["type"], "contact.updated");
        assert_eq!(event["seq"], 7);
        assert_eq!(event["data"]["before"], json!({"name": "A"}));
        assert_eq!(event["data"]["after"], json!({"name": "B"}));
        assert_eq!(event["data"]["entity"]["type"], "contact");
    }

    #[test]
    fn a_creation_has_no_before_and_a_deletion_no_after() {
        let changes = json!({"changes": {"name": {"before": null, "after": "A"}}});
        let created = of(&activity("contact.created", changes));
        assert_eq!(created["data"]["before"], Value::Null);
        assert_eq!(created["data"]["after"], json!({"name": "A"}));
        let changes = json!({"changes": {"name": {"before": "A", "after": null}}});
        let deleted = of(&activity("contact.deleted", changes));
        assert_eq!(deleted["data"]["after"], Value::Null);
    }
}
