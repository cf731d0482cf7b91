# Sourced by the regenerate-expected scripts: starts a throwaway PostgreSQL 15 cluster under
# $ROOT/target/$CLUSTER_NAME-$$ on a free loopback port (as an unprivileged user when run as root, since PostgreSQL
# refuses root) and stops and removes it on exit. Sets BIN, dir, port, pw (the postgres user's password) and as.
BIN=/usr/lib/postgresql/15/bin
[ -x "$BIN/initdb" ] || { echo "PostgreSQL 15 missing: apt-get install postgresql-15 postgresql-15-postgis-3 postgis" >&2; exit 1; }
dir="$ROOT/target/$CLUSTER_NAME-$$"
mkdir -p "$dir/sock"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
pw="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
echo "$pw" >"$dir/pwfile"
as=()
if [ "$(id -u)" -eq 0 ]; then
  id -u jmapserv-pg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin jmapserv-pg
  chown -R jmapserv-pg "$dir"
  as=(runuser -u jmapserv-pg --)
fi
stop() { "${as[@]}" "$BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap stop EXIT
"${as[@]}" "$BIN/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" --auth-local=trust \
  --auth-host=scram-sha-256 -E UTF8 --locale=C --no-sync >/dev/null
"${as[@]}" "$BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
  -o "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
