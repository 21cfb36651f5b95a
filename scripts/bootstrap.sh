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
