//! Integration tests: one binary (linked once), a module per area, each test on its own fresh
//! database. `CRM_TEST_DB=postgres` runs the same tests on PostgreSQL.

mod cli;
mod cors;
mod framework_errors;
mod health;
mod migrations;
mod request_id;
mod support;
