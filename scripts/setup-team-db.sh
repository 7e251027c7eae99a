#!/usr/bin/env bash
# Sets up a PostgreSQL database for a Zhibiao team workspace on Debian or Ubuntu (docs/team.md).
# Installs PostgreSQL with apt-get when it is missing, makes sure a cluster exists and runs, creates or updates a
# login role and a UTF-8 database owned by it, optionally opens the server to the LAN, checks a login over TCP and
# prints the workspace address to give the app (--workspace postgresql://HOST:PORT/DB).
# Safe to run again: what already exists is checked and left alone or brought up to date. Run `-h` for options.
set -euo pipefail

prog=setup-team-db

usage() {
  cat <<'EOF'
Usage: scripts/setup-team-db.sh [OPTIONS]

Sets up a shared PostgreSQL database for a Zhibiao team workspace on this Debian/Ubuntu machine.
Run it as root, or as a user who may use sudo. Running it again is safe.

Options:
  -d, --database NAME   database to create or check (default: zhibiao, or $ZHIBIAO_DB_NAME)
  -r, --role NAME       login role that owns it (default: zhibiao, or $ZHIBIAO_DB_ROLE)
      --createdb        also give the role CREATEDB (CI: lets tests create throwaway databases)
      --listen ADDR     make the server listen on ADDR as well as localhost ('*' = every interface);
                        sets listen_addresses with ALTER SYSTEM and restarts the cluster if it changed.
                        Without --listen, postgresql.conf is left alone (Debian's default: localhost only)
      --allow CIDR      allow logins as the role to the database from CIDR (e.g. 192.168.1.0/24):
                        adds "host DB ROLE CIDR scram-sha-256" to pg_hba.conf. May be given more than once
      --pgpass          write or update the role's lines for localhost in ~/.pgpass of the user running
                        the script (or in $PGPASSFILE), mode 600
      --new-password    give an existing role a newly generated password (see PASSWORD below)
      --cluster VER/NAME  the cluster to use, e.g. 15/main (default: the one on port 5432, else the newest);
                        created when it does not exist
  -h, --help            show this text

PASSWORD: taken from $ZHIBIAO_DB_PASSWORD when set (and then set on the role every run). Otherwise a new
role gets a generated password, printed once at the end; an existing role keeps the password it has
unless --new-password is given. The password is never put on a command line.

Names are limited to lower-case letters, digits and underscores (starting with a letter or underscore).

Examples:
  scripts/setup-team-db.sh                                         # local only: database and role zhibiao
  scripts/setup-team-db.sh --listen '*' --allow 192.168.1.0/24     # analysts on the LAN
  ZHIBIAO_DB_PASSWORD=zhibiao-test scripts/setup-team-db.sh -d zhibiao_test -r zhibiao_test --createdb
EOF
}

say() { echo "$prog: $*"; }
warn() { echo "$prog: warning: $*" >&2; }
die() { echo "$prog: error: $*" >&2; exit 1; }

db=${ZHIBIAO_DB_NAME:-zhibiao}
role=${ZHIBIAO_DB_ROLE:-zhibiao}
listen=""
allow=()
createdb=false
write_pgpass=false
new_password=false
cluster_arg=""

while [ $# -gt 0 ]; do
  case "$1" in
    -d|--database) [ $# -ge 2 ] || die "$1 needs a value"; db=$2; shift 2 ;;
    --database=*) db=${1#*=}; shift ;;
    -r|--role) [ $# -ge 2 ] || die "$1 needs a value"; role=$2; shift 2 ;;
    --role=*) role=${1#*=}; shift ;;
    --listen) [ $# -ge 2 ] || die "$1 needs a value"; listen=$2; shift 2 ;;
    --listen=*) listen=${1#*=}; shift ;;
    --allow) [ $# -ge 2 ] || die "$1 needs a value"; allow+=("$2"); shift 2 ;;
    --allow=*) allow+=("${1#*=}"); shift ;;
    --cluster) [ $# -ge 2 ] || die "$1 needs a value"; cluster_arg=$2; shift 2 ;;
    --cluster=*) cluster_arg=${1#*=}; shift ;;
    --createdb) createdb=true; shift ;;
    --pgpass) write_pgpass=true; shift ;;
    --new-password) new_password=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done

# --- checks on the arguments -------------------------------------------------------------------------------------
ident_re='^[a-z_][a-z0-9_]{0,62}$'
[[ $db =~ $ident_re ]] || die "database name '$db': use lower-case letters, digits and _ (at most 63)"
[[ $role =~ $ident_re ]] || die "role name '$role': use lower-case letters, digits and _ (at most 63)"
case "$role" in postgres|pg_*) die "role name '$role' is reserved" ;; esac
case "$db" in postgres|template0|template1) die "database name '$db' is reserved" ;; esac
if [ -n "$listen" ]; then
  [[ $listen =~ ^[A-Za-z0-9.:*_,-]+$ ]] || die "--listen '$listen': give '*', an address or a host name"
fi
for cidr in "${allow[@]}"; do
  [[ $cidr =~ ^[0-9A-Fa-f:.]+/[0-9]{1,3}$ ]] || die "--allow '$cidr': give an address range such as 192.168.1.0/24"
  case "$cidr" in 0.0.0.0/0|::/0) warn "--allow $cidr lets every address on the internet try to log in" ;; esac
done
if [ -n "$cluster_arg" ]; then
  [[ $cluster_arg =~ ^[0-9]+/[A-Za-z0-9_.-]+$ ]] || die "--cluster '$cluster_arg': give VERSION/NAME, e.g. 15/main"
fi

password=""
password_source=""   # env | generated | kept
if [ -n "${ZHIBIAO_DB_PASSWORD:-}" ]; then
  password=$ZHIBIAO_DB_PASSWORD
  password_source="env"
  case "$password" in *$'\n'*|*$'\r'*) die "ZHIBIAO_DB_PASSWORD must be one line" ;; esac
fi

# --- running things as root and as postgres ----------------------------------------------------------------------
me=$(id -un)
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "needs root for: $*  (run as root or install sudo)"
  fi
}
as_postgres() {
  if [ "$me" = postgres ]; then "$@"
  elif [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo -u postgres -- "$@"
  else die "needs to run commands as the postgres user (run as root or install sudo)"
  fi
}

# --- 1. PostgreSQL installed -------------------------------------------------------------------------------------
server_installed() {
  command -v pg_ctlcluster >/dev/null 2>&1 && command -v psql >/dev/null 2>&1 &&
    compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null
}
if ! server_installed; then
  say "installing PostgreSQL (apt-get install postgresql)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  server_installed || die "PostgreSQL is still missing after apt-get install postgresql"
fi

# --- 2. a running cluster ----------------------------------------------------------------------------------------
# pg_lsclusters -h: VERSION NAME PORT STATUS OWNER DATADIR LOGFILE
ver="" name="" port="" status=""
pick_cluster() {
  local v n p s want_v="" want_n="" on_5432=false
  ver="" name="" port="" status=""
  if [ -n "$cluster_arg" ]; then want_v=${cluster_arg%%/*}; want_n=${cluster_arg#*/}; fi
  while read -r v n p s _; do
    [ -n "$v" ] || continue
    if [ -n "$want_v" ]; then
      if [ "$v" = "$want_v" ] && [ "$n" = "$want_n" ]; then ver=$v name=$n port=$p status=$s; fi
    elif [ "$p" = 5432 ]; then
      ver=$v name=$n port=$p status=$s on_5432=true
    elif ! $on_5432; then
      ver=$v name=$n port=$p status=$s   # else the last listed, which is the newest version
    fi
  done < <(pg_lsclusters -h 2>/dev/null || true)
}
pick_cluster
if [ -z "$ver" ]; then
  if [ -n "$cluster_arg" ]; then
    new_ver=${cluster_arg%%/*} new_name=${cluster_arg#*/}
    [ -x "/usr/lib/postgresql/$new_ver/bin/postgres" ] || die "PostgreSQL $new_ver is not installed here"
  else
    new_ver=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -n | tail -n 1)
    new_name=main
  fi
  locale_opts=()
  case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
    *[Uu][Tt][Ff]-8*|*[Uu][Tt][Ff]8*) ;;
    *) if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then locale_opts=(--locale C.UTF-8); fi ;;
  esac
  say "no cluster $new_ver/$new_name: creating it (pg_createcluster $new_ver $new_name --start)"
  as_root pg_createcluster "${locale_opts[@]}" "$new_ver" "$new_name" --start >/dev/null
  pick_cluster
  [ -n "$ver" ] || die "pg_createcluster did not leave a cluster $new_ver/$new_name"
fi
case "$status" in
  online*) ;;
  *) say "starting cluster $ver/$name (pg_ctlcluster $ver $name start)"
     as_root pg_ctlcluster "$ver" "$name" start ;;
esac
wait_ready() {
  for _ in $(seq 1 30); do
    pg_isready -q -p "$port" && return 0
    sleep 1
  done
  die "cluster $ver/$name does not accept connections on port $port (see /var/log/postgresql/postgresql-$ver-$name.log)"
}
wait_ready
say "cluster $ver/$name on port $port is running"

# psql as the postgres superuser over the local socket; SQL comes on stdin so that psql variables
# (:'db', :"role") are quoted by psql and the password never shows on a command line.
psql_admin() {
  local dbname=$1; shift
  (cd / && as_postgres psql -X -q -A -t -v ON_ERROR_STOP=1 -p "$port" -d "$dbname" \
    -v db="$db" -v role="$role" "$@")
}
sql_literal() { local s=${1//\'/\'\'}; printf "'%s'" "$s"; }

# --- 3. the role --------------------------------------------------------------------------------------------------
role_exists=$(psql_admin postgres <<<"SELECT count(*) FROM pg_roles WHERE rolname = :'role';")
if [ "$role_exists" = 0 ]; then
  action=CREATE
  [ -n "$password" ] || password_source=generated
elif [ -n "$password" ]; then
  action=ALTER
elif $new_password; then
  action=ALTER
  password_source=generated
else
  action=ALTER
  password_source=kept
fi
if [ "$password_source" = generated ]; then
  if command -v openssl >/dev/null 2>&1; then
    password=$(openssl rand -base64 18)
  else
    password=$(head -c 18 /dev/urandom | base64)
  fi
fi
attrs="LOGIN"
$createdb && attrs="$attrs CREATEDB"
{
  # keep the statement carrying the password out of the server log
  echo "SET log_statement = 'none';"
  echo "SET log_min_duration_statement = -1;"
  echo "SET password_encryption = 'scram-sha-256';"
  if [ "$password_source" = kept ]; then
    echo "$action ROLE :\"role\" $attrs;"
  else
    echo "$action ROLE :\"role\" $attrs PASSWORD $(sql_literal "$password");"
  fi
} | psql_admin postgres >/dev/null
case "$action/$password_source" in
  CREATE/*) say "role $role created ($attrs, password ${password_source/env/from ZHIBIAO_DB_PASSWORD})" ;;
  ALTER/kept) say "role $role exists: $attrs checked, password unchanged" ;;
  ALTER/*) say "role $role exists: $attrs checked, password set (${password_source/env/from ZHIBIAO_DB_PASSWORD})" ;;
esac
if ! $createdb; then
  has_createdb=$(psql_admin postgres <<<"SELECT rolcreatedb FROM pg_roles WHERE rolname = :'role';")
  [ "$has_createdb" = t ] && say "role $role keeps the CREATEDB it already had"
fi

# --- 4. the database ----------------------------------------------------------------------------------------------
owner=$(psql_admin postgres <<<"SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :'db';")
if [ -z "$owner" ]; then
  collate=$(psql_admin postgres <<<"SELECT datcollate FROM pg_database WHERE datname = 'template0';")
  locale_sql=""
  case "$collate" in
    C|POSIX|*[Uu][Tt][Ff]-8*|*[Uu][Tt][Ff]8*) ;;
    *) locale_sql="LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'" ;;   # the server's locale cannot hold UTF-8
  esac
  psql_admin postgres <<<"CREATE DATABASE :\"db\" OWNER :\"role\" TEMPLATE template0 ENCODING 'UTF8' $locale_sql;"
  say "database $db created (owner $role, UTF8)"
elif [ "$owner" = "$role" ]; then
  say "database $db exists, owned by $role"
else
  # Someone else's database: do not take it over; let the role connect and create tables in it.
  psql_admin postgres <<<"GRANT CONNECT, CREATE, TEMPORARY ON DATABASE :\"db\" TO :\"role\";"
  psql_admin "$db" <<<"GRANT USAGE, CREATE ON SCHEMA public TO :\"role\";"
  warn "database $db exists and is owned by $owner, not $role: left its owner alone and granted $role" \
    "CONNECT, CREATE, TEMPORARY on it and USAGE, CREATE on schema public. Tables that other roles created" \
    "stay theirs. To hand the database over instead: ALTER DATABASE $db OWNER TO $role;"
fi
encoding=$(psql_admin postgres <<<"SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = :'db';")
[ "$encoding" = UTF8 ] || warn "database $db has encoding $encoding, not UTF8: Chinese text may not fit; recreate it"

# --- 5. network access (only when asked) --------------------------------------------------------------------------
restart=false
current_listen=$(psql_admin postgres <<<"SHOW listen_addresses;")
if [ -n "$listen" ]; then
  case ",$listen," in
    *",*,"*|*",localhost,"*) want_listen=$listen ;;
    *) want_listen="localhost,$listen" ;;   # keep loopback for local use and the login check below
  esac
  if [ "$current_listen" = "$want_listen" ]; then
    say "listen_addresses is already '$want_listen'"
  else
    psql_admin postgres <<<"ALTER SYSTEM SET listen_addresses = $(sql_literal "$want_listen");"
    say "listen_addresses: '$current_listen' -> '$want_listen' (ALTER SYSTEM; needs a restart)"
    restart=true
  fi
else
  want_listen=$current_listen
  say "listen_addresses left as it is ('$current_listen')"
fi

if [ ${#allow[@]} -gt 0 ]; then
  hba=$(psql_admin postgres <<<"SHOW hba_file;")
  hba_changed=false
  for cidr in "${allow[@]}"; do
    # shellcheck disable=SC2016  # awk's own $1..$5
    if as_postgres awk -v d="$db" -v r="$role" -v c="$cidr" \
        '$1 == "host" && $2 == d && $3 == r && $4 == c && $5 == "scram-sha-256" { found = 1 } END { exit !found }' "$hba"; then
      say "pg_hba.conf already allows $role to $db from $cidr"
    else
      printf 'host\t%s\t%s\t%s\tscram-sha-256\t# added by zhibiao setup-team-db.sh\n' "$db" "$role" "$cidr" |
        as_postgres tee -a "$hba" >/dev/null
      say "pg_hba.conf: added 'host $db $role $cidr scram-sha-256' ($hba)"
      hba_changed=true
    fi
  done
  if $hba_changed; then
    errors=$(psql_admin postgres <<<"SELECT line_number || ': ' || error FROM pg_hba_file_rules WHERE error IS NOT NULL;")
    [ -z "$errors" ] || die "pg_hba.conf has errors now (fix $hba by hand): $errors"
    $restart || { psql_admin postgres <<<"SELECT pg_reload_conf();" >/dev/null; say "configuration reloaded"; }
  fi
  case "$want_listen" in
    localhost|127.0.0.1|::1|'') warn "--allow given but the server listens on '$want_listen' only: add --listen '*'" ;;
  esac
elif [ -n "$listen" ]; then
  warn "--listen without --allow: pg_hba.conf lets nobody in from other machines yet; add --allow CIDR"
fi

if $restart; then
  say "restarting cluster $ver/$name (pg_ctlcluster $ver $name restart)"
  as_root pg_ctlcluster "$ver" "$name" restart
  wait_ready
  now_listen=$(psql_admin postgres <<<"SHOW listen_addresses;")
  [ "$now_listen" = "$want_listen" ] || die "after the restart listen_addresses is '$now_listen', not '$want_listen'"
fi

# --- 6. ~/.pgpass (only when asked) -------------------------------------------------------------------------------
pgpass_escape() { local s=${1//\\/\\\\}; printf '%s' "${s//:/\\:}"; }
if $write_pgpass; then
  pgpass=${PGPASSFILE:-$HOME/.pgpass}
  if [ "$password_source" = kept ]; then
    if [ -f "$pgpass" ] && grep -q "^localhost:$port:$db:$role:" "$pgpass"; then
      say "$pgpass already has a line for $role (password unchanged)"
    else
      warn "--pgpass: the role's password is unchanged and unknown to this script, so $pgpass was not written;" \
        "set ZHIBIAO_DB_PASSWORD or use --new-password"
    fi
  else
    tmp=$(umask 077 && mktemp "$pgpass.XXXXXX")
    if [ -f "$pgpass" ]; then
      grep -v -e "^localhost:$port:$db:$role:" -e "^127\.0\.0\.1:$port:$db:$role:" "$pgpass" >"$tmp" || true
    fi
    esc=$(pgpass_escape "$password")
    printf 'localhost:%s:%s:%s:%s\n127.0.0.1:%s:%s:%s:%s\n' "$port" "$db" "$role" "$esc" "$port" "$db" "$role" "$esc" >>"$tmp"
    chmod 600 "$tmp"
    mv "$tmp" "$pgpass"
    say "$pgpass: lines for localhost and 127.0.0.1 written (mode 600)"
  fi
fi

# --- 7. login check over TCP as the role --------------------------------------------------------------------------
check() {
  (cd / && psql -X -w -A -t -h 127.0.0.1 -p "$port" -U "$role" -d "$db" -c 'select 1' 2>&1)
}
if [ "$password_source" = kept ]; then
  # the password is not known here: rely on ~/.pgpass or PGPASSWORD, if they have it
  if out=$(check) && [ "$out" = 1 ]; then
    say "login over TCP as $role to 127.0.0.1:$port/$db: ok (password from ~/.pgpass or PGPASSWORD)"
  else
    warn "login check skipped: the password of $role was left unchanged and is not in ~/.pgpass or" \
      "PGPASSWORD ($out). Set ZHIBIAO_DB_PASSWORD or use --new-password to set one."
  fi
else
  if out=$(PGPASSWORD=$password check) && [ "$out" = 1 ]; then
    say "login over TCP as $role to 127.0.0.1:$port/$db: ok"
  else
    die "login over TCP as $role to 127.0.0.1:$port/$db failed: $out"
  fi
fi

# --- 8. what to tell the analysts ---------------------------------------------------------------------------------
echo
case "$want_listen" in
  localhost|127.0.0.1|::1|'') host=localhost ;;
  *'*'*|*0.0.0.0*)
    host=$(hostname -I 2>/dev/null | awk '{ print $1 }')
    [ -n "$host" ] || host=$(hostname)
    ;;
  *) host=${want_listen#localhost,}; host=${host%%,*} ;;
esac
echo "workspace: postgresql://$host:$port/$db"
[ "$host" = localhost ] || echo "on this machine: postgresql://localhost:$port/$db"
echo "Open it with: java -jar target/zhibiao.jar --workspace postgresql://$host:$port/$db"
case "$password_source" in
  generated)
    echo
    echo "Password of role $role (shown this once; it is not stored anywhere by this script):"
    echo "  $password"
    echo "Put it in each analyst's ~/.pgpass (then chmod 600 ~/.pgpass), one line:"
    echo "  $host:$port:$db:$role:$(pgpass_escape "$password")"
    ;;
  env) echo "Password: the one in ZHIBIAO_DB_PASSWORD. Analysts put it in ~/.pgpass as $host:$port:$db:$role:PASSWORD" ;;
  kept) echo "Password: unchanged (use --new-password for a new one)." ;;
esac
