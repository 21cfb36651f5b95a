#!/usr/bin/env bash
# Make sure what the test suite uses is here: PostgreSQL (127.0.0.1:5432, trust auth for
# user postgres), Redis (127.0.0.1:6379) and Chromium for the browser tests. Starts the
# servers if stopped; installs missing pieces from Debian's packages (needs root). Never
# touches data in running servers.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif have sudo; then sudo "$@"; else return 1; fi; }
apt_install() {
  have apt-get || { echo "cannot install $*: no apt-get; install it yourself" >&2; return 1; }
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

postgres_up() { have pg_isready && pg_isready -q -h 127.0.0.1 -p 5432; }
redis_up() { have redis-cli && [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = PONG ]; }

if ! postgres_up; then
  have pg_ctlcluster || apt_install postgresql
  version=$(ls /etc/postgresql | sort -n | tail -1)
  conf=/etc/postgresql/$version/main
  # Trust local TCP connections for the test user, as CI machines are set up.
  if ! grep -q "dispatchhub-tests" "$conf/pg_hba.conf"; then
    as_root sh -c "printf '%s\n' '# dispatchhub-tests' 'host all all 127.0.0.1/32 trust' \
      'host all all ::1/128 trust' | cat - '$conf/pg_hba.conf' > /tmp/pg_hba && \
      cp /tmp/pg_hba '$conf/pg_hba.conf'"
  fi
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 50); do postgres_up && break; sleep 0.2; done
fi
postgres_up || { echo "PostgreSQL did not start" >&2; exit 1; }

if ! redis_up; then
  have redis-server || apt_install redis-server
  mkdir -p /tmp/dispatchhub-redis
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /tmp/dispatchhub-redis --logfile /tmp/dispatchhub-redis/redis.log
  for _ in $(seq 50); do redis_up && break; sleep 0.2; done
fi
redis_up || { echo "Redis did not start" >&2; exit 1; }

# The browser tests drive Debian's Chromium (Playwright's own download cannot be used).
if ! have chromium; then
  apt_install chromium || echo "Chromium missing: browser tests will not run" >&2
fi
# A CJK font, or Chinese renders as boxes (the console uses system fonts, nothing downloaded);
# tests/ui checks that Chromium found one.
if ! { have fc-list && [ -n "$(fc-list :lang=zh family)" ]; }; then
  apt_install fonts-wqy-microhei fontconfig || echo "no CJK font: Chinese will render as boxes" >&2
fi
