//! Integration tests: one binary (linked once), a module per area, each test on its own fresh
//! database. `CRM_TEST_DB=postgres` runs the same tests on PostgreSQL.
#![expect(
    clippy::disallowed_methods,
    reason = "tests arrange and inspect the database directly to check what the API wrote"
)]

mod audit;
mod auth;
mod body_forging;
mod bulk_statistics;
mod cli;
mod concurrency;
mod connection_errors;
mod cors;
mod crm_counts;
mod crm_crud;
mod crm_deletes;
mod crm_import_export;
mod crm_import_options;
mod crm_invoice_numbers;
mod crm_invoices;
mod crm_invoices_visits_input;
mod crm_patch;
mod crm_reports;
mod crm_reports_random;
mod crm_rules;
mod crm_search;
mod crm_stages;
mod crm_timeline;
mod crm_visits;
mod crm_walks;
mod crm_walks_companies_tasks_notes_activities;
mod crm_walks_invoices_visits;
mod demo_data;
mod docs_page;
mod faults;
mod framework_errors;
mod health;
mod idempotency;
mod invites;
mod invoice_lifecycle;
mod memberships;
mod metrics;
mod migrations;
mod multi_instance;
mod onboarding;
mod password_hashing;
mod path_ids;
mod query_plans;
mod rate_limits;
mod request_id;
mod request_logs;
mod response_headers;
mod restore;
mod roles;
mod schema;
mod sessions;
mod shapes_accounts;
mod shapes_errors;
mod shapes_records;
mod shapes_reports;
mod signin_workspace;
mod strict_formats;
mod support;
mod tenant_isolation;
mod text_input;
mod tokens;
mod versions;
mod webhooks;
mod workspaces;
