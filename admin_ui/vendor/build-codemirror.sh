#!/usr/bin/env bash
# Rebuilds codemirror.bundle.js (CodeMirror 6 as one minified ES module) from the npm
# packages pinned in src/package-lock.json. Run at development time only; the bundle is
# committed, so serving and testing the admin UI need neither node nor a build step.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/src"
npm ci --no-audit --no-fund
npx esbuild entry.js --bundle --format=esm --minify --legal-comments=none \
  --target=es2020 --outfile=../codemirror.bundle.js
ls -l ../codemirror.bundle.js
npm ls --all --omit=dev | grep -E '@codemirror|@lezer|crelt|style-mod|w3c-keyname|@marijn' || true
