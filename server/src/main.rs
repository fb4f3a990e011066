//! `crm-server`: `serve` (migrate, then serve; the default), `migrate`, `seed`,
//! `export-workspace`.
//!
//! Exit codes: 0 success, 1 runtime failure (database, listen address), 2 invalid configuration
//! or command line.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use crm_server::{Config, app, db, telemetry};

#[derive(Parser)]
#[command(name = "crm-server", version, about = "CRM backend server")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Clone)]
enum Command {
    /// Apply pending migrations, then serve HTTP until SIGTERM or Ctrl-C (the default).
    Serve,
    /// Apply pending migrations and exit.
    Migrate,
    /// Create the demo workspace and QA credentials (idempotent).
    Seed,
    /// Write all of a workspace's data to a zip file (one JSON file per kind, contacts.csv).
    ExportWorkspace {
        /// The workspace's id.
        #[arg(long)]
        workspace: uuid::Uuid,
        /// The zip file to write.
        #[arg(long)]
        out: std::path::PathBuf,
    },
}

fn main() -> ExitCode {
    let returns_memory = crm_server::memory::return_freed_memory();
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("crm-server: {err}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(&config).expect("no other log subscriber is installed");
    if !returns_memory {
        tracing::warn!("the allocator keeps freed memory: RSS may stay high after a burst");
    }
    let runtime = tokio::runtime::Runtime::new().expect("the async runtime starts");
    let outcome = runtime.block_on(async {
        match cli.command.unwrap_or(Command::Serve) {
            Command::Serve => app::serve(config).await.map_err(|e| e.to_string()),
            Command::Migrate => migrate(&config).await,
            Command::Seed => seed(&config).await,
            Command::ExportWorkspace { workspace, out } => {
                export_workspace(&config, workspace, &out).await
            }
        }
    });
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            tracing::error!(error = %message, "crm-server failed");
            eprintln!("crm-server: {message}");
            ExitCode::FAILURE
        }
    }
}

/// A connection to the configured database, migrated to the latest schema.
async fn connect_migrated(config: &Config) -> Result<sea_orm::DatabaseConnection, String> {
    let db = db::connect(config)
        .await
        .map_err(|e| format!("database: {e}"))?;
    db::migrate(&db)
        .await
        .map_err(|e| format!("migration: {e}"))?;
    Ok(db)
}

async fn migrate(config: &Config) -> Result<(), String> {
    let db = connect_migrated(config).await?;
    db.close().await.map_err(|e| format!("database: {e}"))
}

async fn export_workspace(
    config: &Config,
    workspace: uuid::Uuid,
    out: &std::path::Path,
) -> Result<(), String> {
    let db = connect_migrated(config).await?;
    let written = crm_server::export::export_workspace(&db, workspace, out)
        .await
        .map_err(|e| format!("export: {e}"))?;
    for (file, rows) in &written {
        println!("crm-server export-workspace: {file}: {rows} rows");
    }
    println!("crm-server export-workspace: wrote {}", out.display());
    db.close().await.map_err(|e| format!("database: {e}"))
}

async fn seed(config: &Config) -> Result<(), String> {
    let db = connect_migrated(config).await?;
    let outcome = crm_server::seed::run(&db)
        .await
        .map_err(|e| format!("seed: {e}"))?;
    match outcome {
        crm_server::seed::Outcome::Created => println!(
            "crm-server seed: created workspace {:?} with demo records, {} (OWNER) and {} (MEMBER), password {:?}",
            crm_server::seed::WORKSPACE_NAME,
            crm_server::seed::OWNER_EMAIL,
            crm_server::seed::MEMBER_EMAIL,
            crm_server::seed::PASSWORD
        ),
        crm_server::seed::Outcome::Filled => {
            println!("crm-server seed: demo accounts present, demo records added")
        }
        crm_server::seed::Outcome::AlreadyPresent => {
            println!("crm-server seed: demo data already present, nothing changed")
        }
    }
    db.close().await.map_err(|e| format!("database: {e}"))
}
