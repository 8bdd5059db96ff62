#!/usr/bin/env bash
# Runs a command with Lede pointed at a Debian PostgreSQL primary (QUARKUS_DATASOURCE_*) and, for reads, at a
# streaming standby made from it with pg_basebackup (LEDE_DATASOURCE_READ_*). LEDE_TEST_STANDBY names a script
# that stops, starts, pauses and resumes the standby; its pg_stat_statements counts the queries it answers.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
BIN=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -1)/bin
PRIMARY_PORT=${LEDE_CI_PRIMARY_PORT:-55433}
STANDBY_PORT=${LEDE_CI_STANDBY_PORT:-55434}
DIR=$(mktemp -d /tmp/lede-replica.XXXXXX)
chown postgres "$DIR"
as_postgres() { runuser -u postgres -- "$@"; }
server_options() { echo "-p $1 -k $DIR -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_stat_statements"; }
stop_all() {
    as_postgres "$BIN/pg_ctl" -D "$DIR/standby" -m immediate stop >/dev/null 2>&1 || true
    as_postgres "$BIN/pg_ctl" -D "$DIR/primary" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap stop_all EXIT

as_postgres "$BIN/initdb" -D "$DIR/primary" -U postgres -A trust >/dev/null
as_postgres "$BIN/pg_ctl" -D "$DIR/primary" -l "$DIR/primary.log" -o "$(server_options "$PRIMARY_PORT")" -w start >/dev/null
psql_primary() { as_postgres psql -q -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres "$@"; }
psql_primary -c "create role lede_ci login password 'lede_ci'"
psql_primary -c "create database lede_ci owner lede_ci"
psql_primary -d lede_ci -c "create extension pg_stat_statements"

# the standby: a base backup of the primary, streaming from it (-R writes primary_conninfo and standby.signal)
as_postgres "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$DIR/standby" -R -X stream -c fast
cat > "$DIR/standby.sh" <<SCRIPT
#!/usr/bin/env bash
# standby.sh stop|start|pause|resume: the read replica goes away (fast shutdown) or comes back; it stops
# replaying the primary's WAL (so it lags as far as a test wants) or catches up again
set -euo pipefail
case "\$1" in
    stop) runuser -u postgres -- "$BIN/pg_ctl" -D "$DIR/standby" -m fast -w stop >/dev/null ;;
    start) runuser -u postgres -- "$BIN/pg_ctl" -D "$DIR/standby" -l "$DIR/standby.log" -o "$(server_options "$STANDBY_PORT")" -w start >/dev/null ;;
    pause) runuser -u postgres -- psql -q -h 127.0.0.1 -p $STANDBY_PORT -c "select pg_wal_replay_pause()" >/dev/null ;;
    resume) runuser -u postgres -- psql -q -h 127.0.0.1 -p $STANDBY_PORT -c "select pg_wal_replay_resume()" >/dev/null ;;
    *) echo "usage: \$0 stop|start|pause|resume" >&2; exit 2 ;;
esac
SCRIPT
chmod +x "$DIR/standby.sh"
"$DIR/standby.sh" start
as_postgres psql -q -h 127.0.0.1 -p "$STANDBY_PORT" -U postgres -tAc "select 'standby in recovery: ' || pg_is_in_recovery()"

export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/lede_ci"
export QUARKUS_DATASOURCE_USERNAME=lede_ci
export QUARKUS_DATASOURCE_PASSWORD=lede_ci
export LEDE_DATASOURCE_READ_URL="jdbc:postgresql://127.0.0.1:$STANDBY_PORT/lede_ci"
export LEDE_TEST_STANDBY="$DIR/standby.sh"
"$@"
