#!/usr/bin/env bash
# Runs the database integration suite against a real PostgreSQL server: installs Debian's
# postgresql when missing, creates a throwaway cluster in a temporary folder owned by a non-root
# user, listening on 127.0.0.1 only, runs the suite with TEST_DATABASE_URL, then stops the server.
# Usage: bash scripts/ci-postgres.sh [vitest paths…]   (PG_PORT overrides the port, default 54329)
#        bash scripts/ci-postgres.sh -- command args…   runs the command instead of the suite
#        (npm run loadtest), with TEST_DATABASE_URL set the same way.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PG_PORT:-54329}"
COMMAND=()
if [ "${1:-}" = "--" ]; then shift; COMMAND=("$@"); set --; fi
SUITE=("$@")
if [ ${#SUITE[@]} -eq 0 ]; then
  SUITE=(lib/db lib/audit lib/access lib/auth lib/library lib/admin
    lib/submit/operation-claims.test.ts lib/submit/submit-version.instances.test.ts
    lib/release/four-eyes.test.ts lib/release/production-actions.test.ts
    lib/release/publish-once.test.ts lib/release/release-policy.test.ts)
fi

find_bindir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BINDIR="$(find_bindir)"
if [ -z "$BINDIR" ] || [ ! -x "$BINDIR/initdb" ]; then
  echo "Installing Debian's PostgreSQL server"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends postgresql
  BINDIR="$(find_bindir)"
fi

# initdb refuses to run as root: the cluster belongs to the postgres user the package creates
# (or to one made here when the package was installed without it).
RUN_AS="postgres"
if [ "$(id -u)" -ne 0 ]; then
  RUN_AS="$(id -un)"
elif ! id "$RUN_AS" >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_AS"
fi
as_owner() {
  if [ "$(id -un)" = "$RUN_AS" ]; then "$@"; else runuser -u "$RUN_AS" -- "$@"; fi
}

WORK="$(mktemp -d /tmp/studio-pg.XXXXXX)"
chown "$RUN_AS" "$WORK"
DATA="$WORK/data"
cleanup() {
  as_owner "$BINDIR/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

as_owner "$BINDIR/initdb" -D "$DATA" -U studio --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" \
  || { cat "$WORK/initdb.log"; exit 1; }
as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$WORK/server.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $WORK -c fsync=off -c max_connections=200" \
  || { cat "$WORK/server.log"; exit 1; }

export TEST_DATABASE_URL="postgres://studio@127.0.0.1:$PORT/postgres"
if [ ${#COMMAND[@]} -gt 0 ]; then
  echo "PostgreSQL $("$BINDIR/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT; running ${COMMAND[*]}"
  "${COMMAND[@]}"
  exit $?
fi
echo "PostgreSQL $("$BINDIR/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT; running ${SUITE[*]}"
npx vitest run "${SUITE[@]}"
