//! What onboarding and sign-in need to know about workspaces:
//! - `memberships.chosen_at`: when the member last chose the workspace (switched to it, created
//!   it, joined it, set it up); sign-in and refresh land in the most recently chosen one, and a
//!   workspace left takes its membership, and so its choice, with it;
//! - `workspaces.personal`: the workspace registration made for a new user, which onboarding may
//!   rename in place while it holds no records;
//! - `workspaces.crm_type`: the kind of CRM chosen at onboarding (`software-company` …).
//!
//! One column per `ALTER TABLE`: SQLite takes no more.

use sea_orm_migration::prelude::*;

/// Adds `memberships.chosen_at`, `workspaces.personal` and `workspaces.crm_type`.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let chosen_at = ColumnDef::new(Memberships::ChosenAt)
            .timestamp_with_time_zone()
            .null()
            .to_owned();
        let personal = ColumnDef::new(Workspaces::Personal)
            .boolean()
            .not_null()
            .default(false)
            .to_owned();
        let crm_type = ColumnDef::new(Workspaces::CrmType)
            .string_len(64)
            .null()
            .to_owned();
        let alters = [
            Table::alter()
                .table(Memberships::Table)
                .add_column(chosen_at)
                .to_owned(),
            Table::alter()
                .table(Workspaces::Table)
                .add_column(personal)
                .to_owned(),
            Table::alter()
                .table(Workspaces::Table)
                .add_column(crm_type)
                .to_owned(),
        ];
        for alter in alters {
            manager.alter_table(alter).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let drops = [
            Table::alter()
                .table(Workspaces::Table)
                .drop_column(Workspaces::CrmType)
                .to_owned(),
            Table::alter()
                .table(Workspaces::Table)
                .drop_column(Workspaces::Personal)
                .to_owned(),
            Table::alter()
                .table(Memberships::Table)
                .drop_column(Memberships::ChosenAt)
                .to_owned(),
        ];
        for drop in drops {
            manager.alter_table(drop).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Memberships {
    Table,
    ChosenAt,
}

#[derive(DeriveIden)]
enum Workspaces {
    Table,
    Personal,
    CrmType,
}
