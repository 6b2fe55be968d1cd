#!/usr/bin/env bash
# Side by side with moto, the closest in-process simulator of an identity
# tenant (Python; mocks AWS Cognito user pools):
#
#   benches/vs-moto.sh [N]        (default 10000)
#
# Both run the same workload on N users, whole process, in this one run:
# create the users, then for every user a password reset to a given
# permanent password, a sign-in block, an allow, a global sign-out, and
# finally one listing of the users.
#
# - tenantdrill: a generated tenant of N users (benches/scale.ron with
#   `count: N`; creating them is part of loading the scenario) and a
#   command file of 4N commands plus `users`, run in batch mode with the
#   release binary (`tenantdrill run FILE --commands CMDS`). Its time is
#   the whole process, start-up and report included, best of 3 runs;
#   every command must
#   succeed, or the script fails.
# - moto: ../shared/peers/moto_bench.py N, which times its phases in
#   process (import and mock start-up excluded from its throughput).
#
# Throughput is operations per second: tenantdrill counts N creations, 4N
# commands and one listing; moto counts its own (N per phase, and one per
# page of its listing). The last line is `ratio: R`, tenantdrill's
# throughput over moto's.
set -euo pipefail
cd "$(dirname "$0")/.."

users=${1:-10000}
if ! [[ "$users" =~ ^[1-9][0-9]*$ ]] || [ "$users" -gt 200000 ]; then
    echo "usage: benches/vs-moto.sh [N]   (N users, 1 to 200000)" >&2
    exit 2
fi
# Every command takes simulated time (60 s for a change), and a scenario's
# time limit is at most 30 days: 4N changes fit for N up to 10 799.
if [ "$users" -gt 10799 ]; then
    echo "note: 4 x $users commands of 60 simulated seconds pass the 30-day time limit; the session ends there" >&2
fi

peer=../shared/peers/moto_bench.py
if [ ! -f "$peer" ]; then
    echo "error: $peer not found (the peer benchmark lives in the shared folder beside the repository)" >&2
    exit 1
fi
python=${PYTHON:-python3}
if ! "$python" -c 'import moto, boto3' 2>/dev/null; then
    echo "error: moto is not installed for $python; install it with:" >&2
    echo "    $python -m pip install 'moto[cognitoidp]' boto3" >&2
    exit 1
fi

# shellcheck source=benches/release.sh
. benches/release.sh
sed "s/count: 1000,/count: $users,/" benches/scale.ron >"$work/scale.ron"
# The generated users are user.bench@contoso.com, user.bench2@contoso.com, ...
awk -v n="$users" '
    function upn(k) { return k == 1 ? "user.bench@contoso.com" : "user.bench" k "@contoso.com" }
    BEGIN {
        for (k = 1; k <= n; k++) printf "user reset-password %s --password N3w-Passw0rd!user%06d --no-require-change\n", upn(k), k
        for (k = 1; k <= n; k++) printf "user block-sign-in %s\n", upn(k)
        for (k = 1; k <= n; k++) printf "user allow-sign-in %s\n", upn(k)
        for (k = 1; k <= n; k++) printf "user revoke-sessions %s\n", upn(k)
        print "users"
    }' >"$work/commands.txt"

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

echo "== tenantdrill: $users users" >&2
# Start-up: the same scenario with one user, no commands.
sed "s/count: 1000,/count: 1,/" benches/scale.ron >"$work/tiny.ron"
startup_best=""
for _ in 1 2 3 4 5; do
    started=$(now)
    "$binary" run "$work/tiny.ron" --commands /dev/null >/dev/null
    took=$(seconds "$started" "$(now)")
    startup_best=$(awk -v a="$took" -v b="${startup_best:-$took}" 'BEGIN { print (a < b ? a : b) }')
done
# The workload, best of 3 whole-process runs (the first pays for cold
# caches and creating the transcript file; moto's figure is its in-process
# phase time, without its import and start-up).
elapsed=""
for _ in 1 2 3; do
    started=$(now)
    "$binary" run "$work/scale.ron" --commands "$work/commands.txt" >"$work/transcript.txt"
    took=$(seconds "$started" "$(now)")
    elapsed=$(awk -v a="$took" -v b="${elapsed:-$took}" 'BEGIN { print (a < b ? a : b) }')
done

# Every command must have been done: a reset answers "Password reset for
# ...", a block, an allow and a sign-out answer "Done."; anything else (an
# error, a refusal, "already blocked", the time limit) fails the run.
prompts=$(grep -c '^\[[0-9:]* admin@contoso\] > ' "$work/transcript.txt" || true)
resets=$(grep -c '^Password reset for user\.bench' "$work/transcript.txt" || true)
done_lines=$(grep -cx 'Done\.' "$work/transcript.txt" || true)
expected=$((4 * users + 2)) # the commands, `users` and the closing `submit`
if [ "$prompts" -ne "$expected" ] || [ "$resets" -ne "$users" ] || [ "$done_lines" -ne $((3 * users)) ]; then
    echo "error: tenantdrill ran $prompts of $expected commands; $resets of $users resets and $done_lines of $((3 * users)) other changes done" >&2
    cp "$work/transcript.txt" ./vs-moto-transcript.txt
    echo "transcript kept in vs-moto-transcript.txt" >&2
    exit 1
fi
listed=$(grep -oE '[0-9]+ of [0-9]+ users shown' "$work/transcript.txt" | tail -1 || true)
ours_ops=$((5 * users + 1))
ours_rate=$(awk -v ops="$ours_ops" -v s="$elapsed" 'BEGIN { printf "%.1f", ops / s }')

echo "== moto: $users users" >&2
"$python" "$peer" "$users" | tee "$work/moto.txt" >&2
moto_ops=$(awk '/^moto:/ { print $2 }' "$work/moto.txt")
moto_rate=$(awk '/^moto:/ { print $(NF - 1) }' "$work/moto.txt")
moto_import=$(awk '/moto import/ { print $(NF - 1) }' "$work/moto.txt")
moto_start=$(awk '/^mock start/ { print $(NF - 1) }' "$work/moto.txt")
moto_startup=$(awk -v a="$moto_import" -v b="$moto_start" 'BEGIN { printf "%.3f", a + b }')

echo
echo "workload: $users users; create, reset password, block, allow, sign out each; list once"
echo "tenantdrill: $ours_ops ops in $elapsed s (whole process, best of 3) = $ours_rate ops/s; listing: ${listed:-?}"
echo "moto:        $moto_ops ops = $moto_rate ops/s (phases timed in process)"
echo "start-up: tenantdrill ${startup_best} s (process start to exit, no commands, best of 5);" \
    "moto ${moto_startup} s (import ${moto_import} s + mock start ${moto_start} s);" \
    "$(awk -v a="$moto_startup" -v b="$startup_best" 'BEGIN { printf "%.0f", a / b }')x shorter"
echo "ratio: $(awk -v a="$ours_rate" -v b="$moto_rate" 'BEGIN { printf "%.1f", a / b }')"
