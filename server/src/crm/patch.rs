//! PATCH semantics, one rule for every field: absent keeps the value, `null` clears a nullable
//! field, a value replaces it. The generated PATCH models carry `Option<T>` for non-nullable
//! fields and `Option<Nullable<T>>` for nullable ones.

use crm_api::types::Nullable;

/// A non-nullable field: `None` keeps, `Some(v)` replaces.
pub fn keep_or_replace<T>(current: &mut T, value: Option<T>) {
    if let Some(value) = value {
        *current = value;
    }
}

/// A nullable field: `None` keeps, `Some(Null)` clears, `Some(Present(v))` replaces.
pub fn keep_clear_or_replace<T>(current: &mut Option<T>, value: Option<Nullable<T>>) {
    match value {
        None => {}
        Some(Nullable::Null) => *current = None,
        Some(Nullable::Present(value)) => *current = Some(value),
    }
}

/// The value of a nullable field of a create: absent and `null` are both `None`.
pub fn present<T: Clone>(value: &Option<Nullable<T>>) -> Option<T> {
    match value {
        Some(Nullable::Present(v)) => Some(v.clone()),
        _ => None,
    }
}

/// The new value of a reference that a PATCH sets to something else (the one to check).
pub fn new_reference<T: PartialEq + Copy>(
    current: Option<T>,
    value: &Option<Nullable<T>>,
) -> Option<T> {
    match value {
        Some(Nullable::Present(id)) if current != Some(*id) => Some(*id),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absent_keeps_null_clears_value_replaces() {
        let mut field = Some(1);
        keep_clear_or_replace(&mut field, None);
        assert_eq!(field, Some(1));
        keep_clear_or_replace(&mut field, Some(Nullable::Present(2)));
        assert_eq!(field, Some(2));
        keep_clear_or_replace(&mut field, Some(Nullable::Null));
        assert_eq!(field, None);
        let mut name = "a";
        keep_or_replace(&mut name, None);
        keep_or_replace(&mut name, Some("b"));
        assert_eq!(name, "b");
    }
}
