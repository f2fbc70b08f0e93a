#!/usr/bin/env bash
# npm run test:postgres: the whole suite against PostgreSQL. Starts a throwaway cluster on a free
# port (scripts/postgres-cluster.sh), runs vitest with TEST_DATABASE_URL pointing at it (each test
# server gets a new database of its own, test/helpers.ts), and removes the cluster afterwards.
# Arguments go to vitest. Needs PostgreSQL installed (Debian: apt-get install postgresql).
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$(mktemp -d /tmp/plan-graph-pg.XXXXXX)"
cleanup() { bash scripts/postgres-cluster.sh stop "$dir" || true; rm -rf "$dir"; }
url="$(bash scripts/postgres-cluster.sh start "$dir")"
trap cleanup EXIT
TEST_DATABASE_URL="$url" npx vitest run "$@"
