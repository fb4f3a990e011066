//! Integration tests: one binary (linked once), a module per area, each test on its own fresh
//! database. `CRM_TEST_DB=postgres` runs the same tests on PostgreSQL.

mod audit;
mod auth;
mod body_forging;
mod cli;
mod concurrency;
mod cors;
mod crm_counts;
mod crm_crud;
mod crm_deletes;
mod crm_import_export;
mod crm_invoices_visits;
mod crm_patch;
mod crm_reports_search;
mod crm_rules;
mod crm_stages;
mod crm_timeline;
mod crm_walks;
mod crm_walks_more;
mod framework_errors;
mod health;
mod invites;
mod memberships;
mod migrations;
mod multi_instance;
mod rate_limits;
mod request_id;
mod request_logs;
mod roles;
mod schema;
mod sessions;
mod support;
mod tenant_isolation;
mod tokens;
mod workspaces;
