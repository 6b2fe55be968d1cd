#!/usr/bin/env bash
# Renders an HTML report of `tenantdrill grade --format html` (or a
# `--debrief` file) into a PNG with headless Chromium, to look at it
# without a desktop browser.
#
#   scripts/screenshot.sh REPORT.html [OUT.png] [WIDTH] [HEIGHT]
#
# Needs Chromium (Debian: `apt-get install chromium`). The report fetches
# nothing, and the browser is started with networking off and a throw-away
# profile. Defaults: OUT is REPORT with .png, 1280 x 2400 pixels.
set -euo pipefail

if [ $# -lt 1 ] || [ ! -f "$1" ]; then
    echo "usage: scripts/screenshot.sh REPORT.html [OUT.png] [WIDTH] [HEIGHT]" >&2
    exit 2
fi
report=$(realpath "$1")
out=$(realpath -m "${2:-${1%.html}.png}")
width=${3:-1280}
height=${4:-2400}

browser=""
for candidate in chromium chromium-browser chromium-headless-shell google-chrome; do
    if command -v "$candidate" >/dev/null; then
        browser=$candidate
        break
    fi
done
if [ -z "$browser" ]; then
    echo "error: no Chromium found; install it (Debian: apt-get install chromium)" >&2
    exit 1
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
    --user-data-dir="$profile" --hide-scrollbars --window-size="$width,$height" \
    --screenshot="$out" "file://$report" >/dev/null 2>&1
echo "$out"
