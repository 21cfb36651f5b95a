#!/usr/bin/env bash
# Regenerate dispatchhub_client/ from ../../schema.graphql and operations/*.graphql with
# ariadne-codegen, installed into this directory's own .venv (it pins its own graphql-core,
# which must not meet the server's). With --check, fail when the committed code differs from
# what the generator writes (CI runs this from scripts/test).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
[ -x .venv/bin/uv ] || .venv/bin/python -m pip install -q --disable-pip-version-check uv
.venv/bin/uv pip install --python .venv/bin/python -q "ariadne-codegen==0.19.0"
if [ "${1:-}" = "--check" ]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  cp -r pyproject.toml operations "$scratch"/
  sed -i 's#^schema_path = .*#schema_path = "'"$PWD"'/../../schema.graphql"#' "$scratch/pyproject.toml"
  (cd "$scratch" && "$OLDPWD/.venv/bin/ariadne-codegen" --config pyproject.toml >/dev/null)
  if ! diff -ru dispatchhub_client "$scratch/dispatchhub_client" -x __pycache__; then
    echo "clients/python/dispatchhub_client is stale: run clients/python/generate.sh and commit" >&2
    exit 1
  fi
  echo "clients/python: generated code is current"
  exit 0
fi
rm -rf dispatchhub_client
.venv/bin/ariadne-codegen --config pyproject.toml
