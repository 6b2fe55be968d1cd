#!/usr/bin/env bash
# Grading a class: `tenantdrill grade` over COUNT saved sessions, whole
# process, release binary.
#
#   benches/grade.sh [COUNT] [FORMAT]   (default 10000 csv)
#
# FORMAT is csv (checks every copy got full marks) or html (the class
# report of COUNT trainees with every debrief; checks one debrief per
# session). Each copy has its own trainee id.
#
# One session is recorded with `tenantdrill run compromised-mailbox
# --commands F --session OUT` (the reference solution for the default seed,
# 24 commands and the closing submit, full marks), then copied COUNT times: `grade` replays every
# file through a fresh drill, so copies cost as much as distinct sessions.
# The script checks that every copy was graded with full marks.
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-10000}
format=${2:-csv}
if ! [[ "$count" =~ ^[1-9][0-9]*$ ]] || ! [[ "$format" =~ ^(csv|html)$ ]]; then
    echo "usage: benches/grade.sh [COUNT] [csv|html]" >&2
    exit 2
fi

# shellcheck source=benches/release.sh
. benches/release.sh
# The compromised-mailbox reference solution for its default seed (11):
# the victim is Megan and the attacker's rule "RSS Feeds".
cat >"$work/solution.txt" <<'EOF'
alerts
logs sign-ins Megan
user block-sign-in Megan
user reset-password Megan
user revoke-sessions Megan
logs audit Megan
mailbox show Megan
mailbox clear-forwarding Megan
mailbox rules Megan --hidden
mailbox remove-rule Megan "RSS Feeds"
mailbox delegates Megan
user methods Megan
user require-mfa Megan
wait 20m
mailbox show Megan
mailbox rules Megan --hidden
user allow-sign-in Megan
restricted list
restricted release Megan
notify Megan --via phone --password
wait 1h 10m
logs sign-ins Megan
mailbox rules Megan --hidden
mailbox show Megan
EOF
"$binary" run compromised-mailbox --commands "$work/solution.txt" --session "$work/one.jsonl" --trainee TRAINEE >/dev/null
mkdir "$work/class"
echo "== copying the session $count times" >&2
header=$(head -1 "$work/one.jsonl")
tail -n +2 "$work/one.jsonl" >"$work/entries.jsonl"
for ((index = 1; index <= count; index++)); do
    name=$(printf 'trainee-%05d' "$index")
    { printf '%s\n' "${header/\"TRAINEE\"/\"$name@example.edu\"}"; cat "$work/entries.jsonl"; } >"$work/class/$name.jsonl"
done

echo "== grading $count sessions ($format)" >&2
started=$(date +%s.%N)
"$binary" grade "$work/class" --format "$format" >"$work/grades.$format"
finished=$(date +%s.%N)
seconds=$(awk -v a="$started" -v b="$finished" 'BEGIN { printf "%.2f", b - a }')

if [ "$format" = html ]; then
    debriefs=$(grep -c '<section class="debrief"' "$work/grades.html" || true)
    if [ "$debriefs" -ne "$count" ]; then
        echo "error: $debriefs debriefs for $count sessions" >&2
        exit 1
    fi
    size=$(wc -c <"$work/grades.html")
    echo "graded $count sessions and rendered the class report ($size bytes) in $seconds s (whole process)"
    exit 0
fi

graded=$(($(wc -l <"$work/grades.csv") - 1))
full=$(grep -c ',100,' "$work/grades.csv" || true)
if [ "$graded" -ne "$count" ] || [ "$full" -ne "$count" ]; then
    echo "error: $graded of $count sessions graded, $full with full marks" >&2
    head -3 "$work/grades.csv" >&2
    exit 1
fi
echo "graded $count sessions (24 commands each, full marks) in $seconds s (whole process)"
