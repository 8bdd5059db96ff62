#!/usr/bin/env bash
# Runs a command with QUARKUS_DATASOURCE_* pointing at a Debian PostgreSQL server started here.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
PORT=55432
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx lede; then
    pg_createcluster -p "$PORT" "$VERSION" lede >/dev/null
fi
pg_ctlcluster "$VERSION" lede start 2>/dev/null || true
trap 'pg_ctlcluster "$VERSION" lede stop || true' EXIT
su postgres -c "psql -q -p $PORT -c \"drop database if exists lede_ci\"" >/dev/null
su postgres -c "psql -q -p $PORT -c \"drop role if exists lede_ci\"" >/dev/null
su postgres -c "psql -q -p $PORT -c \"create role lede_ci login password 'lede_ci'\"" >/dev/null
su postgres -c "psql -q -p $PORT -c \"create database lede_ci owner lede_ci\"" >/dev/null

export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PORT/lede_ci"
export QUARKUS_DATASOURCE_USERNAME=lede_ci
export QUARKUS_DATASOURCE_PASSWORD=lede_ci
"$@"
