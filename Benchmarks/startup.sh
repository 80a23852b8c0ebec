#!/usr/bin/env bash
# Start-up of a one-shot query, side by side with the floors it is measured against (issue 18):
# caseql as shipped (release, --static-swift-stdlib, what `make release` builds), caseql linked
# dynamically, a Foundation hello-world linked statically and dynamically, a plain Swift hello, and
# `sqlite3 :memory: 'select 1'`. Prints one table: mean CPU time (user+sys) per run and wall time,
# with each program's ratio to the static Foundation hello-world. CPU time is what a loaded machine
# distorts least; wall time is what a user waits.
#
#   Benchmarks/startup.sh            # RUNS=200 to change; QUERY='count firms' to change
#
# It builds into .build (the static release, as `make release`) and .build-bench-dynamic (the
# dynamic one; several minutes the first time), and the hello-worlds into Benchmarks/.build-hello.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${RUNS:-200}"
query="${QUERY:-count firms where financing includes crowdfunding}"

step() { printf '== %s\n' "$*" >&2; }
step "building caseql: static (as shipped) and dynamic release builds"
(cd "$root" && swift build -c release --static-swift-stdlib --product caseql >&2)
static_caseql="$root/.build/release/caseql"
(cd "$root" && swift build -c release --product caseql --scratch-path .build-bench-dynamic >&2)
dynamic_caseql="$root/.build-bench-dynamic/release/caseql"

step "building the hello-worlds"
hello="$here/.build-hello"
mkdir -p "$hello"
swiftc -O -static-stdlib "$here/Sources/hello-foundation/main.swift" -o "$hello/hello-foundation-static" 2>/dev/null
swiftc -O "$here/Sources/hello-foundation/main.swift" -o "$hello/hello-foundation-dynamic"
swiftc -O -static-stdlib "$here/Sources/hello-plain/main.swift" -o "$hello/hello-plain-static"

# Mean CPU (user+sys, from the kernel's accounting of the children) and wall time of RUNS runs.
measure() {
    python3 - "$runs" "$@" <<'EOF'
import os, subprocess, sys, time
runs, argv = int(sys.argv[1]), sys.argv[2:]
for _ in range(5):
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
before = os.times()
start = time.perf_counter()
for _ in range(runs):
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
wall = (time.perf_counter() - start) / runs * 1000
after = os.times()
cpu = ((after.children_user - before.children_user) + (after.children_system - before.children_system)) / runs * 1000
print(f"{cpu:.2f} {wall:.2f}")
EOF
}

step "measuring ($runs runs each)"
declare -a names=("caseql -c (static, as shipped)" "caseql -c (dynamic)" "hello-foundation (static)"
                  "hello-foundation (dynamic)" "hello-plain (static)" "sqlite3 :memory: 'select 1'")
declare -a results
results[0]=$(measure "$static_caseql" -c "$query")
results[1]=$(measure "$dynamic_caseql" -c "$query")
results[2]=$(measure "$hello/hello-foundation-static")
results[3]=$(measure "$hello/hello-foundation-dynamic")
results[4]=$(measure "$hello/hello-plain-static")
if command -v sqlite3 >/dev/null; then results[5]=$(measure sqlite3 :memory: 'select 1'); else results[5]="- -"; fi

floor=$(echo "${results[2]}" | cut -d' ' -f1)
echo
echo "Start-up, \`caseql -c '$query'\` on the built-in study; mean of $runs runs after 5 warm-ups."
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(uptime | sed 's/.*load average/load average/')."
echo
echo "| program | CPU ms | wall ms | CPU / static Foundation hello |"
echo "|---|---:|---:|---:|"
for i in "${!names[@]}"; do
    read -r cpu wall <<< "${results[$i]}"
    ratio=$( [ "$cpu" = "-" ] && echo "-" || python3 -c "print(f'{$cpu / $floor:.2f}')")
    echo "| ${names[$i]} | $cpu | $wall | $ratio |"
done
