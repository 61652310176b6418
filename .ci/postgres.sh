# PostgreSQL for the tests that run on both providers (sourced by .ci/run).
# A server already answering on 127.0.0.1:5432 (trust auth, user postgres) is used as it
# is. Otherwise Debian's postgresql is installed if missing, and a throwaway cluster runs
# from a temporary folder: loopback only, a free port, fsync off, stopped and deleted at
# exit. Either way SELARAS_TEST_PG_URL names the server for the test harness.
#   bash .ci/postgres.sh --throwaway   starts a throwaway cluster even when 5432 answers,
#                                      checks it, and stops it (to try this path by hand).

pg_answers() { # $1 = URL; needs node_modules (pg)
  node -e '
    const { Client } = require("pg");
    const client = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 2000 });
    client.connect().then(() => client.query("SELECT 1")).then(() => process.exit(0), () => process.exit(1));
  ' "$1" 2>/dev/null
}

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

start_throwaway_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "Installing Debian's PostgreSQL for the PostgreSQL tests…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  SELARAS_PG_DIR=$(mktemp -d /tmp/selaras-pg.XXXXXX)
  chown postgres:postgres "$SELARAS_PG_DIR"
  SELARAS_PG_BIN=$bin
  local port
  port=$(free_port)
  runuser -u postgres -- "$bin/initdb" -D "$SELARAS_PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$SELARAS_PG_DIR/data" -l "$SELARAS_PG_DIR/server.log" -w -t 60 \
    -o "-p $port -k $SELARAS_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
  trap stop_throwaway_postgres EXIT
  export SELARAS_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
  echo "Throwaway PostgreSQL cluster on 127.0.0.1:$port ($SELARAS_PG_DIR)."
}

stop_throwaway_postgres() {
  [ -n "${SELARAS_PG_DIR:-}" ] || return 0
  runuser -u postgres -- "$SELARAS_PG_BIN/pg_ctl" -D "$SELARAS_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$SELARAS_PG_DIR"
  SELARAS_PG_DIR=
}

use_postgres_for_tests() {
  local local_url="postgresql://postgres@127.0.0.1:5432/postgres"
  if pg_answers "$local_url"; then
    export SELARAS_TEST_PG_URL="$local_url"
    echo "Using the PostgreSQL server on 127.0.0.1:5432 for the PostgreSQL tests."
  else
    start_throwaway_postgres
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ] && [ "${1:-}" = "--throwaway" ]; then
  set -euo pipefail
  cd "$(dirname "$0")/.."
  start_throwaway_postgres
  pg_answers "$SELARAS_TEST_PG_URL" && echo "It answers: $(node -e '
    const { Client } = require("pg"); const c = new Client(process.argv[1]);
    c.connect().then(() => c.query("SHOW server_version")).then((r) => { console.log(r.rows[0].server_version); return c.end(); });
  ' "$SELARAS_TEST_PG_URL")"
fi
