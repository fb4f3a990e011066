//! Integration tests: one binary (linked once), a module per area, each test on its own fresh
//! database. `CRM_TEST_DB=postgres` runs the same tests on PostgreSQL.

mod audit;
mod auth;
mod cli;
mod cors;
mod crm_stages;
mod framework_errors;
mod health;
mod invites;
mod memberships;
mod migrations;
mod rate_limits;
mod request_id;
mod schema;
mod sessions;
mod support;
mod tokens;
mod workspaces;
