//! The one list helper: filters → count strategy → keyset page → rows.
//!
//! A page costs two queries whatever its size: the total (the workspace's counter when no filter
//! applies and the table keeps one, else a `count(*)` over the same filters) and the page itself
//! (keyset, one row more than asked to know whether another page follows).

use sea_orm::sea_query::{Condition, ConditionExpression, Expr, Func, LikeExpr, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectionTrait, PaginatorTrait, QueryFilter};

use super::counters;
use super::paging::KeysetPage;
use super::record::{Record, scoped, scoped_with_deleted};
use super::tenant::Tenant;
use crate::error::ApiError;

/// The filters of one list request. Any filter set means the total is counted by query.
#[derive(Debug, Clone)]
pub struct Filters {
    condition: Condition,
    active: bool,
    trash: bool,
}

impl Default for Filters {
    fn default() -> Self {
        Self {
            condition: Condition::all(),
            active: false,
            trash: false,
        }
    }
}

impl Filters {
    /// No filter yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// `column = value` when a value was given.
    pub fn eq<V: Into<sea_orm::Value>>(self, column: impl ColumnTrait, value: Option<V>) -> Self {
        match value {
            Some(value) => self.with(column.eq(value)),
            None => self,
        }
    }

    /// A condition built by the caller.
    pub fn with(mut self, condition: impl Into<ConditionExpression>) -> Self {
        self.condition = self.condition.add(condition);
        self.active = true;
        self
    }

    /// Case-insensitive substring match of `q` over any of `columns`; a blank `q` is no filter.
    /// `%`, `_` and `\` in `q` match themselves, on SQLite and PostgreSQL alike.
    pub fn search<C: ColumnTrait>(self, columns: &[C], q: Option<&str>) -> Self {
        self.search_with(q, |pattern| any_like(columns, pattern))
    }

    /// The condition `matching` builds from the [`contains_pattern`] of `q`; a blank `q` is no
    /// filter. For matches over expressions rather than plain columns.
    pub fn search_with(self, q: Option<&str>, matching: impl FnOnce(&str) -> Condition) -> Self {
        match q.and_then(contains_pattern) {
            Some(pattern) => self.with(matching(&pattern)),
            None => self,
        }
    }

    /// The soft-deleted rows instead of the live ones when `deleted` is `Some(true)`: the trash,
    /// which only an OWNER or ADMIN may list (403). A table without soft delete has no trash.
    pub fn trash(
        mut self,
        deleted: Option<bool>,
        tenant: Option<Tenant>,
    ) -> Result<Self, ApiError> {
        if deleted != Some(true) {
            return Ok(self);
        }
        if let Some(tenant) = tenant {
            tenant.require_manager()?;
        }
        self.trash = true;
        self.active = true;
        Ok(self)
    }

    /// A raw condition when `value` is given (e.g. a JSON containment test).
    pub fn when<V>(self, value: Option<V>, condition: impl FnOnce(V) -> SimpleExpr) -> Self {
        match value {
            Some(value) => self.with(condition(value)),
            None => self,
        }
    }
}

/// The `LIKE` pattern of "contains `q`", case-insensitively: `q` trimmed, lower-cased and
/// escaped ([`escape_like`]), between `%`s; `None` for a blank `q`.
pub fn contains_pattern(q: &str) -> Option<String> {
    let q = q.trim();
    (!q.is_empty()).then(|| format!("%{}%", escape_like(&q.to_lowercase())))
}

/// `lower(expr) LIKE pattern ESCAPE '\'`: the one shape of every text match (list `q` filters
/// and global search), which the PostgreSQL trigram indexes are built for.
pub fn lower_like(expr: impl Into<SimpleExpr>, pattern: &str) -> SimpleExpr {
    Expr::expr(Func::lower(expr.into())).like(LikeExpr::new(pattern).escape('\\'))
}

/// [`lower_like`] over any of `columns`.
pub fn any_like<C: ColumnTrait>(columns: &[C], pattern: &str) -> Condition {
    columns.iter().fold(Condition::any(), |any, column| {
        any.add(lower_like(column.into_expr(), pattern))
    })
}

/// `\`, `%` and `_` escaped for `LIKE … ESCAPE '\'`.
pub fn escape_like(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '%' | '_') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// One page of a list: the rows, the exact filtered total and the next cursor.
#[derive(Debug, Clone)]
pub struct Page<T> {
    /// The rows of this page.
    pub rows: Vec<T>,
    /// How many rows match the filters in all.
    pub total: i64,
    /// Where the next page starts; `None` on the last.
    pub next: Option<String>,
}

impl<T> Page<T> {
    /// The same page with its rows converted.
    pub fn map<U>(self, f: impl FnMut(&T) -> U) -> Page<U> {
        Page {
            rows: self.rows.iter().map(f).collect(),
            total: self.total,
            next: self.next,
        }
    }
}

/// A list request end to end: `limit` and `cursor` checked (400), the page read with
/// [`page`], the rows in the contract's shape.
pub async fn run<E, C>(
    db: &C,
    tenant: Option<Tenant>,
    limit: Option<u32>,
    cursor: Option<&str>,
    filters: Filters,
) -> Result<Page<E::Api>, ApiError>
where
    E: Record,
    E::Model: Sync,
    C: ConnectionTrait,
{
    let request = KeysetPage::parse(limit, cursor)?;
    let rows = page::<E, C>(db, tenant, filters, &request).await?;
    Ok(rows.map(E::to_api))
}

/// The page of `E` in the tenant's workspace (`None`: a caller without a workspace, an empty
/// page).
pub async fn page<E, C>(
    db: &C,
    tenant: Option<Tenant>,
    filters: Filters,
    page: &KeysetPage,
) -> Result<Page<E::Model>, ApiError>
where
    E: Record,
    E::Model: Sync,
    C: ConnectionTrait,
{
    let Some(tenant) = tenant else {
        return Ok(Page {
            rows: Vec::new(),
            total: 0,
            next: None,
        });
    };
    let select = match (filters.trash, E::deleted_column()) {
        (true, Some(deleted)) => scoped_with_deleted::<E>(tenant).filter(deleted.is_not_null()),
        _ => scoped::<E>(tenant),
    };
    let select = select.filter(filters.condition);
    let paged = page.apply(select.clone(), &E::sort())?;
    let total = match (filters.active, E::COUNTER) {
        (false, Some(counter)) => counters::read(db, tenant, counter).await?,
        _ => i64::try_from(select.count(db).await?).unwrap_or(i64::MAX),
    };
    let rows = paged.all(db).await?;
    let (rows, next) = page.finish(rows, E::cursor);
    Ok(Page { rows, total, next })
}

#[cfg(test)]
mod tests {
    use super::escape_like;

    #[test]
    fn like_wildcards_are_escaped() {
        assert_eq!(escape_like(r"50%_a\b"), r"50\%\_a\\b");
    }
}
