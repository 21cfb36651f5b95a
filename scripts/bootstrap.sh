# Sourced by scripts/run-demo and scripts/test: a .venv with dispatchhub, its plugins and
# the extras named in DISPATCHHUB_EXTRAS, installed with uv (from PyPI) for speed. Safe to run again: it only
# installs what changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "dispatchhub needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version))" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
[ -x .venv/bin/uv ] || .venv/bin/python -m pip install -q --disable-pip-version-check uv
extras=${DISPATCHHUB_EXTRAS:-}
.venv/bin/uv pip install --python .venv/bin/python -q -e ".${extras:+[$extras]}" \
  -e plugins/sms -e plugins/maps -e plugins/payment -e plugins/crm_erp \
  -e clients/python  # the generated API client: its tests drive the demo through it

# The web front end (web/: the admin console and shared packages): `npm ci` when the lockfile
# changed, the Vite build into dispatchhub/web/ (package data) when any source changed. Both
# are skipped when nothing changed, so this stays fast.
web_hash() {
  { find web -path web/node_modules -prune -o -type f -print | LC_ALL=C sort | xargs sha256sum
    sha256sum schema.graphql; } | sha256sum | cut -c1-64
}
need_npm() {
  command -v npm >/dev/null 2>&1 && return
  echo "the web console needs Node.js 20.19+ and npm to build (web/); install them and run again" >&2
  exit 1
}
lock_hash=$(sha256sum web/package-lock.json | cut -c1-64)
if [ "$(cat web/node_modules/.lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  need_npm
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" > web/node_modules/.lock-hash
fi
build_stamp=dispatchhub/web/.build-hash
if [ "$(cat "$build_stamp" 2>/dev/null)" != "$(web_hash)" ]; then
  need_npm
  (cd web && npm run --silent build >/dev/null)
  web_hash > "$build_stamp"
fi
