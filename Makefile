# The project's commands. `make run` starts a working server; `make test` runs every check CI runs.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

CARGO ?= cargo
# PostgreSQL used by the test suite: an admin URL the tests create throwaway databases through.
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/postgres
export TEST_DATABASE_URL

.PHONY: help run build test test-sqlite test-postgres lint fmt fmt-check clippy generate \
        check-generated lint-spec lint-tenancy contract-test contract-test-quick contract-test-staging \
        contract-test-staging-selftest seed bench bench-webhooks soak drills \
        client check-client check-docs test-fresh

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-20s %s\n", $$1, $$2}'

run: ## Build, migrate and serve on the embedded SQLite default (http://127.0.0.1:8080)
	$(CARGO) run --release -p crm-server -- serve

seed: ## Load the demo workspace and credentials into DATABASE_URL
	$(CARGO) run --release -p crm-server -- seed

build: ## Build everything (debug)
	$(CARGO) build --workspace --all-targets

test: fmt-check clippy lint-tenancy lint-spec check-generated check-client test-sqlite test-postgres contract-test-quick check-docs ## Every check: format, lint, spec, generated code, tests on SQLite and PostgreSQL, contract fuzzing
	@echo "make test: all checks passed"

test-sqlite: ## Unit and integration tests on SQLite
	CRM_TEST_DB=sqlite INSTA_UPDATE=no $(CARGO) test --workspace

test-postgres: ## Integration tests on PostgreSQL (skipped loudly when none is reachable, unless CI=true)
	@$(call on_postgres,CRM_TEST_DB=postgres INSTA_UPDATE=no $(CARGO) test -p crm-server -p migration,The PostgreSQL test suite)

fmt: ## Format the Rust code
	$(CARGO) fmt --all

fmt-check:
	$(CARGO) fmt --all -- --check

clippy: ## Lint the hand-written crates, warnings are errors
	$(CARGO) clippy -p crm-server -p migration -p crm-api-runtime --all-targets -- -D warnings

lint-tenancy: ## Prove clippy refuses raw tenant-table queries outside the store layer
	bash server/lint/check-tenancy-rule.sh

lint: fmt-check clippy lint-tenancy lint-spec ## Format check, clippy (and that its tenancy rule bites), the spec lint

generate: ## Regenerate generated/ from openapi/crm.openapi.yaml (its JDK comes from PyPI: openapi/tools.sh)
	bash openapi/generate.sh

check-generated: ## Fail when generated/ is not what the spec generates
	bash openapi/check-generated.sh

client: ## Generate the typed TypeScript client (typescript-fetch) into target/ts-client/src
	bash openapi/client/check.sh --generate-only

check-client: ## Generate the TypeScript client and compile it with tsc --strict (with openapi/client/usage.ts)
	bash openapi/client/check.sh

check-docs: ## Load /docs of the debug server in headless Chromium (from npm, installed when missing): every tag and operation, no console error
	CRM_SERVER_BIN=target/debug/crm-server bash server/tests/docs/check.sh

lint-spec: ## Lint the spec (Redocly, openapi-spec-validator, wire-compatibility with the frontend's)
	bash openapi/lint-spec.sh

# Contract fuzzing (contract-tests/run.sh). Without BASE_URL: the deep run, on a fresh SQLite and a
# fresh PostgreSQL database each seeded with the demo workspace, release build, every check and
# phase, answers slower than 500 ms failing. With BASE_URL: the staging mode (see the README).
EXAMPLES ?=
BASE_URL ?=
CONTRACT_MAX_RESPONSE_TIME ?= 0.5
contract_examples = $(if $(EXAMPLES),--examples $(EXAMPLES))
# $(call on_postgres,COMMAND,WHAT): COMMAND when PostgreSQL answers at TEST_DATABASE_URL; otherwise a
# loud notice that WHAT was skipped, or a failure under CI=true (server/tests/pg-reachable.py needs no psql).
banner := $(subst _,$(shell printf "\043"),________________________________________________________________________________)
on_postgres = if python3 server/tests/pg-reachable.py "$(TEST_DATABASE_URL)"; then $(1); \
	elif [ "$${CI:-}" = "true" ]; then \
		echo "ERROR: PostgreSQL is not reachable at $(TEST_DATABASE_URL) and CI=true: failing instead of skipping." >&2; exit 1; \
	else \
		echo "$(banner)"; \
		echo "!! WARNING: PostgreSQL is not reachable at $(TEST_DATABASE_URL)."; \
		echo "!! $(2) was SKIPPED. Only SQLite was tested."; \
		echo "$(banner)"; \
	fi

contract-test: ## Deep contract fuzz on SQLite and PostgreSQL with demo data (EXAMPLES=500 for the deep run); BASE_URL=... fuzzes that server instead
ifneq ($(BASE_URL),)
	bash contract-tests/run.sh --base-url "$(BASE_URL)" $(contract_examples)
else
	$(CARGO) build --release -p crm-server
	bash contract-tests/run.sh --database sqlite --seed-data $(contract_examples) --max-response-time $(CONTRACT_MAX_RESPONSE_TIME)
	@$(call on_postgres,bash contract-tests/run.sh --database postgres --seed-data $(contract_examples) --max-response-time $(CONTRACT_MAX_RESPONSE_TIME),The PostgreSQL contract run)
endif

contract-test-staging: ## What a team's pipeline runs after deploying: fuzz BASE_URL (CONTRACT_TOKEN or CONTRACT_EMAIL/CONTRACT_PASSWORD optional)
	@[ -n "$(BASE_URL)" ] || { echo "contract-test-staging: set BASE_URL, e.g. make contract-test-staging BASE_URL=https://staging.example.com/v1" >&2; exit 2; }
	bash contract-tests/run.sh --base-url "$(BASE_URL)" --label staging $(contract_examples)

contract-test-staging-selftest: ## The staging mode against a separately started release server (demo data, token auth)
	bash contract-tests/staging-selftest.sh

# The bounded pass inside `make test` fuzzes the debug binary the test suite has just built: a
# release build would add minutes to CI for the same behaviour. `make contract-test` uses release.
# `cargo test --no-run` builds the binary with the test run's feature set, so after the test
# suite it is already up to date (a plain `cargo build` would recompile with other features).
# SQLite with a user the run registers, PostgreSQL with the demo workspace and its owner's
# password, and the staging mode against a separately started server with a bearer token.
contract-test-quick: ## The bounded schemathesis pass that make test runs (debug build, both databases, staging mode)
	$(CARGO) test -p crm-server --no-run
	CRM_SERVER_BIN=target/debug/crm-server bash contract-tests/run.sh --quick --database sqlite
	@$(call on_postgres,CRM_SERVER_BIN=target/debug/crm-server bash contract-tests/run.sh --quick --database postgres --seed-data,The PostgreSQL contract pass)
	CRM_SERVER_BIN=target/debug/crm-server bash contract-tests/staging-selftest.sh 2

test-fresh: ## make test in a clean clone with PATH reduced to Rust, Python 3 and basic system tools (no Java, Node.js, browser or psql)
	bash server/tests/fresh-clone.sh

soak: ## 10 minutes of mixed load at 64 connections plus failed-login bursts (PostgreSQL): writes server/bench/SOAK.md
	bash server/bench/soak.sh

drills: ## Fault drills: a PostgreSQL restart under load, on a private cluster
	bash server/bench/drills.sh

bench: ## Load benchmark (release build, 100k contacts, wrk): writes server/bench/RESULTS.md
	bash server/bench/run.sh

bench-webhooks: ## Webhook delivery latency (commit to receiver) under a modest write load, release build
	nice cargo build --release -p crm-server
	python3 server/bench/webhook_latency.py
