#!/usr/bin/env bash
# Vendor the demo console's browser libraries (STOMP.js, SockJS, Chart.js) from the npm registry into
# gateway/static/vendor/, so the console never loads code from a CDN. The copied files are
# committed; re-run this only to upgrade (then commit the result):
#
#   scripts/vendor_js.sh                 # the pinned versions below
#   STOMPJS_VERSION=7.5.0 SOCKJS_VERSION=1.6.1 CHARTJS_VERSION=4.6.1 scripts/vendor_js.sh
set -euo pipefail

STOMPJS_VERSION="${STOMPJS_VERSION:-7.5.0}"
SOCKJS_VERSION="${SOCKJS_VERSION:-1.6.1}"
CHARTJS_VERSION="${CHARTJS_VERSION:-4.6.1}"
dest="$(cd "$(dirname "$0")/.." && pwd)/gateway/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent \
  "@stomp/stompjs@${STOMPJS_VERSION}" "sockjs-client@${SOCKJS_VERSION}" "chart.js@${CHARTJS_VERSION}"

mkdir -p "$dest"
cp node_modules/@stomp/stompjs/bundles/stomp.umd.min.js "$dest/stomp.umd.min.js"
cp node_modules/@stomp/stompjs/LICENSE "$dest/stomp.LICENSE"
cp node_modules/sockjs-client/dist/sockjs.min.js "$dest/sockjs.min.js"
cp node_modules/sockjs-client/LICENSE "$dest/sockjs.LICENSE"
# The UMD bundle includes Chart.js's one dependency, @kurkle/color (MIT): both licences go along.
cp node_modules/chart.js/dist/chart.umd.min.js "$dest/chart.umd.min.js"
cp node_modules/chart.js/LICENSE.md "$dest/chart.LICENSE"
cp node_modules/@kurkle/color/LICENSE.md "$dest/kurkle-color.LICENSE"
cat > "$dest/VERSIONS" <<VERSIONS
@stomp/stompjs ${STOMPJS_VERSION} bundles/stomp.umd.min.js
sockjs-client ${SOCKJS_VERSION} dist/sockjs.min.js
chart.js ${CHARTJS_VERSION} dist/chart.umd.min.js (bundles @kurkle/color $(node -p "require('./node_modules/@kurkle/color/package.json').version"))
(written by scripts/vendor_js.sh)
VERSIONS
echo "vendored into $dest:" && ls -l "$dest"
