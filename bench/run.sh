#!/usr/bin/env bash
# wsconf start-up and scale benchmark. Builds everything it measures in Release (the wsconf .NET tool packages,
# installed into a private tool path; the floor programs, ReadyToRun and NativeAOT; the example plugin and the
# generated scale plugins), then times them interleaved in one run and prints medians, ratios and the targets.
# Machine-readable results: bench/out/summary.json. See docs/performance.md.
#
#   bash bench/run.sh                     # everything
#   BENCH_RUNS=20 bash bench/run.sh       # more rounds of the start-up commands (default 15, at least 10)
#   BENCH_SCALE="1000" bash bench/run.sh  # the scale series' sizes (default "1000 10000")
#   BENCH_SCALE_RUNS=3 bash bench/run.sh  # rounds of the scale series (default 5)
#   BENCH_CALLGRIND=0 bash bench/run.sh   # no instruction counts (valgrind)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/bench/out"
RUNS=${BENCH_RUNS:-15}
SCALE_RUNS=${BENCH_SCALE_RUNS:-5}
SCALE=${BENCH_SCALE:-"1000 10000"}
RID=${BENCH_RID:-linux-x64}
CALLGRIND=${BENCH_CALLGRIND:-1}
((RUNS >= 10)) || { echo "BENCH_RUNS must be at least 10" >&2; exit 2; }
((SCALE_RUNS >= 1)) || { echo "BENCH_SCALE_RUNS must be at least 1" >&2; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '[bench] %s\n' "$*" >&2; }

# --- prerequisites -------------------------------------------------------------------------------------------
install_debian() {
    local as_root=()
    [[ $(id -u) -eq 0 ]] || as_root=(sudo)
    "${as_root[@]}" apt-get update -qq && "${as_root[@]}" apt-get install -y -qq "$@" >/dev/null
}
command -v dotnet >/dev/null || { echo "dotnet (the .NET 10 SDK) is required" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { log "installing GNU time (peak memory)"; install_debian time; }
NOTES=()
if [[ $CALLGRIND != 0 ]] && ! command -v valgrind >/dev/null; then
    CALLGRIND=0
    NOTES+=("instruction counts skipped: valgrind is not installed")
elif [[ $CALLGRIND == 0 ]]; then
    NOTES+=("instruction counts skipped: BENCH_CALLGRIND=0")
fi
# The dotnet the native binary hands plugin runs to: DOTNET_ROOT first, then PATH. The managed build run directly
# uses the same one.
if [[ -n ${DOTNET_ROOT:-} && -x $DOTNET_ROOT/dotnet ]]; then DOTNET=$DOTNET_ROOT/dotnet; else DOTNET=$(command -v dotnet); fi

# --- build ---------------------------------------------------------------------------------------------------
mkdir -p "$OUT"
log "packing the wsconf tool (Release; the native $RID package takes a minute) and installing it into bench/out/tool"
rm -rf "$OUT/pkgs" "$OUT/tool"
dotnet pack "$ROOT/src/WorkspaceConfigurator.Cli" -c Release -o "$OUT/pkgs" -v quiet -nologo >/dev/null
# Only the freshly packed folder as source: no network, no stale copy of the same version from elsewhere.
dotnet tool install wsconf --tool-path "$OUT/tool" --source "$OUT/pkgs" >/dev/null
WSCONF="$OUT/tool/wsconf"
# The managed build shipped beside the native binary (what a plugin run is handed to).
MANAGED_DLL="$(dirname "$(readlink -f "$WSCONF")")/managed/wsconf.dll"
[[ -f $MANAGED_DLL ]] || { echo "no managed build beside the native wsconf: $MANAGED_DLL" >&2; exit 1; }

log "publishing the floors (Release, $RID): ReadyToRun framework-dependent, and NativeAOT"
rm -rf "$OUT/Floor" "$OUT/FloorAot" "$OUT/FloorCommandLine"
dotnet publish "$ROOT/bench/Floor" -c Release -r "$RID" --self-contained false -o "$OUT/Floor" -v quiet -nologo >/dev/null
dotnet publish "$ROOT/bench/FloorCommandLine" -c Release -r "$RID" --self-contained false -o "$OUT/FloorCommandLine" -v quiet -nologo >/dev/null
# No Floor.dbg beside the binary: valgrind 3.19 aborts on the NativeAOT debuginfo file ("Possibly corrupted").
dotnet publish "$ROOT/bench/Floor" -c Release -r "$RID" -p:PublishAot=true -p:PublishReadyToRun=false \
    -p:CopyOutputSymbolsToPublishDirectory=false -o "$OUT/FloorAot" -v quiet -nologo >/dev/null
rm -f "$OUT/FloorAot/Floor.dbg"
FLOOR="$OUT/Floor/Floor"
FLOOR_AOT="$OUT/FloorAot/Floor"
FLOOR_CL="$OUT/FloorCommandLine/FloorCommandLine"

log "building the example plugin (profiles/ExampleSiteProfiles)"
rm -rf "$OUT/example-plugin"
dotnet build "$ROOT/profiles/ExampleSiteProfiles" -c Release -o "$OUT/example-plugin" -v quiet -nologo >/dev/null
PLUGIN="$OUT/example-plugin"

# values_file N FILE : a values file of N data profiles (each extends a built-in, every tenth includes a mixin).
values_file() {
    awk -v n="$1" 'BEGIN {
        print "global:\n  groups: [staff]\nprofiles:\n  big:\n    abstract: true\n    cpu_limit: 4\n    env: {BIG: \"1\"}"
        split("coder coder-gpu jupyterlab remote-desktop", bases, " ")
        for (i = 1; i <= n; i++) {
            printf "  site-%d:\n    extends: %s\n    display_name: Site workspace %d\n", i, bases[(i % 4) + 1], i
            if (i % 10 == 0) print "    profiles: [big]"
            printf "    env: {SITE_INDEX: \"%d\"}\n", i
        }
    }' >"$2"
}
values_file 20 "$OUT/values-20.yaml"

# --- commands ------------------------------------------------------------------------------------------------
# CMD: the shell command of each name (no environment prefixes: valgrind runs them as they are); LABEL: its row.
declare -A CMD LABEL
add() { CMD[$1]=$2; LABEL[$1]=$3; }
add floor "'$FLOOR'" "floor, ReadyToRun: prints one line"
add floor_aot "'$FLOOR_AOT'" "floor, NativeAOT: prints one line"
add floor_cl "'$FLOOR_CL' dump-config --profile coder-gpu" "floor, ReadyToRun + System.CommandLine parse"
add a_one "'$WSCONF' dump-config --profile coder-gpu" "(a) dump-config --profile coder-gpu"
add b_all "'$WSCONF' dump-config" "(b) dump-config (all built-ins)"
add c_manifests "'$WSCONF' dump-manifests" "(c) dump-manifests (all built-ins)"
add d_values20 "'$WSCONF' -f '$OUT/values-20.yaml' dump-config" "(d) -f values (20 data profiles) dump-config"
add e_plugin "'$WSCONF' --profiles-dir '$PLUGIN' dump-config" "(e) --profiles-dir example dump-config (handoff)"
add e_managed "'$DOTNET' exec '$MANAGED_DLL' --profiles-dir '$PLUGIN' dump-config" "(e) the same, managed build run directly"
add v_site "'$WSCONF' -f '$ROOT/examples/site/site.yaml' dump-config" "(v) -f examples/site/site.yaml dump-config"
STARTUP=(floor floor_aot floor_cl a_one b_all c_manifests d_values20 e_plugin e_managed v_site)
CALLGRIND_NAMES=(floor floor_aot a_one b_all c_manifests d_values20 e_plugin e_managed v_site)

check() { # the command must succeed before it is timed; its output is kept in bench/out/NAME.stdout
    if ! eval "${CMD[$1]}" >"$OUT/$1.stdout" 2>"$OUT/$1.stderr"; then
        echo "command '$1' failed: ${CMD[$1]}" >&2
        cat "$OUT/$1.stderr" >&2
        exit 1
    fi
}
for name in "${STARTUP[@]}"; do check "$name"; done
# The handoff must do what the managed build does.
cmp -s "$OUT/e_plugin.stdout" "$OUT/e_managed.stdout" ||
    { echo "(e): the native binary's output differs from the managed build's (bench/out/e_*.stdout)" >&2; exit 1; }

# --- measuring -----------------------------------------------------------------------------------------------
# hyperfine runs each command's runs back to back, so load from other processes lands unevenly on the commands;
# these rounds interleave instead: one run of every command per round, in a rotating order. Wall and CPU time
# (user + sys of the process and everything it runs or execs) come from bash's time keyword, in ms.
declare -A WALL CPU PEAK INSTR
# rounds N NAME... : sets WALL[NAME] and CPU[NAME] to the medians (ms) of N interleaved rounds.
median() { sort -n | awk '{a[NR] = $1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m}'; }
rounds() {
    local n=$1; shift
    local names=("$@") k=$# r i j t TIMEFORMAT='%3R %3U %3S'
    local dir="$OUT/samples"
    rm -rf "$dir" && mkdir -p "$dir"
    for ((r = 0; r < n; r++)); do
        for ((i = 0; i < k; i++)); do
            j=$(((i + r) % k))
            t=$( { time eval "${CMD[${names[$j]}]}" >/dev/null 2>&1; } 2>&1)
            awk '{printf "%.3f %.3f\n", $1 * 1000, ($2 + $3) * 1000}' <<<"$t" >>"$dir/${names[$j]}"
        done
    done
    for name in "${names[@]}"; do
        WALL[$name]=$(cut -d' ' -f1 "$dir/$name" | median)
        CPU[$name]=$(cut -d' ' -f2 "$dir/$name" | median)
    done
}

# peak NAME : PEAK[NAME] = peak resident memory in MB (GNU time's %M; the largest of three runs).
peak() {
    local best=0 kb
    for _ in 1 2 3; do
        kb=$( { /usr/bin/time -f '%e %U %S %M' bash -c "${CMD[$1]} >/dev/null 2>/dev/null"; } 2>&1 | tail -1 | awk '{print $4}')
        ((kb > best)) && best=$kb
    done
    PEAK[$1]=$(awk -v kb="$best" 'BEGIN {printf "%.1f", kb / 1024}')
}

# instructions NAME : INSTR[NAME] = instructions of one run, every process of it (the handoff execs dotnet).
instructions() {
    INSTR[$1]=$( { eval "valgrind --tool=callgrind --trace-children=yes --callgrind-out-file=/dev/null ${CMD[$1]}" >/dev/null; } 2>&1 |
        sed -n 's/^==[0-9]*== Collected : \([0-9]*\).*/\1/p' | awk '{s += $1} END {if (NR) printf "%d", s}')
    [[ -n ${INSTR[$1]} ]] || { echo "callgrind printed no instruction count for '$1'" >&2; exit 1; }
}

log "start-up: $RUNS interleaved rounds of ${STARTUP[*]}"
rounds "$RUNS" "${STARTUP[@]}"
for name in "${STARTUP[@]}"; do peak "$name"; done

# --- scale series --------------------------------------------------------------------------------------------
SCALE_NAMES=()
for n in $SCALE; do
    values_file "$n" "$OUT/values-$n.yaml"
    add "values_$n" "'$WSCONF' -f '$OUT/values-$n.yaml' dump-config" "-f values ($n data profiles) dump-config"
    SCALE_NAMES+=("values_$n")
done
log "generating and building the scale plugins ($SCALE profiles)"
for n in $SCALE; do
    rm -rf "$OUT/scale-$n" "$OUT/plugin-$n"
    dotnet run --project "$ROOT/bench/ScaleGen" -c Release -v quiet -- "$n" "$OUT/scale-$n" "$ROOT" >/dev/null
    dotnet build "$OUT/scale-$n/ScaleProfiles.csproj" -c Release -o "$OUT/plugin-$n" -v quiet -nologo >/dev/null
    add "plugin_$n" "'$WSCONF' --profiles-dir '$OUT/plugin-$n' dump-config" "--profiles-dir <$n generated> dump-config"
    SCALE_NAMES+=("plugin_$n")
done
for name in "${SCALE_NAMES[@]}"; do check "$name"; done
log "scale: $SCALE_RUNS interleaved rounds of ${SCALE_NAMES[*]}"
rounds "$SCALE_RUNS" "${SCALE_NAMES[@]}"
for name in "${SCALE_NAMES[@]}"; do peak "$name"; done

# --- instruction counts --------------------------------------------------------------------------------------
# Wall time on a shared machine is noisy; callgrind's instruction count is not (one run each; the scale series is
# not counted: under valgrind it would take minutes).
if [[ $CALLGRIND != 0 ]]; then
    log "instruction counts (valgrind --tool=callgrind --trace-children=yes) of ${CALLGRIND_NAMES[*]}"
    for name in "${CALLGRIND_NAMES[@]}"; do instructions "$name"; done
fi

# --- ratios and targets --------------------------------------------------------------------------------------
ratio() { # a / b with two decimals, or empty when either is missing
    [[ -n $1 && -n $2 ]] || return 0
    awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b}'
}
declare -A WALL_R2R WALL_AOT INSTR_R2R INSTR_AOT
ALL=("${STARTUP[@]}" "${SCALE_NAMES[@]}")
for name in "${ALL[@]}"; do
    WALL_R2R[$name]=$(ratio "${WALL[$name]}" "${WALL[floor]}")
    WALL_AOT[$name]=$(ratio "${WALL[$name]}" "${WALL[floor_aot]}")
    INSTR_R2R[$name]=$(ratio "${INSTR[$name]:-}" "${INSTR[floor]:-}")
    INSTR_AOT[$name]=$(ratio "${INSTR[$name]:-}" "${INSTR[floor_aot]:-}")
done

# target NAME WHAT VALUE LIMIT : one target of command NAME; VALUE may be empty (not measured in this run).
T_NAME=() T_WHAT=() T_VALUE=() T_LIMIT=() T_MET=()
declare -A TARGETS # per command: its targets, as shown in the table
target() {
    local met=null shown
    [[ -n $3 ]] && met=$(awk -v a="$3" -v b="$4" 'BEGIN {print (a <= b) ? "true" : "false"}')
    T_NAME+=("$1") T_WHAT+=("$2") T_VALUE+=("${3:-null}") T_LIMIT+=("$4") T_MET+=("$met")
    case $met in true) shown=ok ;; false) shown=MISSED ;; *) shown="not measured" ;; esac
    TARGETS[$1]+="${TARGETS[$1]:+; }$2 ${3:-?} <= $4 $shown"
}
target a_one "wall/AOT floor" "${WALL_AOT[a_one]}" 2.5
target a_one "instr/AOT floor" "${INSTR_AOT[a_one]}" 6
target b_all "wall/AOT floor" "${WALL_AOT[b_all]}" 3
target b_all "instr/AOT floor" "${INSTR_AOT[b_all]}" 8
target c_manifests "wall/AOT floor" "${WALL_AOT[c_manifests]}" 3.5
target c_manifests "instr/AOT floor" "${INSTR_AOT[c_manifests]}" 10
target d_values20 "wall/AOT floor" "${WALL_AOT[d_values20]}" 4
E_WALL=$(ratio "${WALL[e_plugin]}" "${WALL[e_managed]}")
E_INSTR=$(ratio "${INSTR[e_plugin]:-}" "${INSTR[e_managed]:-}")
target e_plugin "wall/managed direct" "$E_WALL" 1.05
TARGETS[e_plugin]+="; instr/managed direct ${E_INSTR:-?}"
LINEAR_VALUES='' LINEAR_PLUGIN=''
if [[ -n ${WALL[values_10000]:-} ]]; then
    target values_10000 "wall ms" "${WALL[values_10000]}" 1000
    target values_10000 "peak MB" "${PEAK[values_10000]}" 200
fi
[[ -n ${WALL[plugin_10000]:-} ]] && target plugin_10000 "wall ms" "${WALL[plugin_10000]}" 1500
if [[ -n ${WALL[values_10000]:-} && -n ${WALL[values_1000]:-} ]]; then
    LINEAR_VALUES=$(ratio "${WALL[values_10000]}" "${WALL[values_1000]}")
    target values_10000 "wall/1,000's" "$LINEAR_VALUES" 11
    LINEAR_PLUGIN=$(ratio "${WALL[plugin_10000]}" "${WALL[plugin_1000]}")
    target plugin_10000 "wall/1,000's" "$LINEAR_PLUGIN" 11
else
    NOTES+=("the 10,000-profile targets need BENCH_SCALE to hold 1000 and 10000")
fi

# --- report --------------------------------------------------------------------------------------------------
m() { awk -v n="$1" 'BEGIN {if (n != "") printf "%.1f", n / 1e6; else printf "-"}'; } # instructions in millions
header() {
    printf '\n%s\n' "$1"
    printf '  %-48s %8s %8s %7s %9s %6s %6s %6s %6s  %s\n' command "wall ms" "cpu ms" "peak MB" "instr M" \
        "w/R2R" "w/AOT" "i/R2R" "i/AOT" "target (ratios are to the NativeAOT floor unless named)"
}
row() {
    printf '  %-48s %8s %8s %7s %9s %6s %6s %6s %6s  %s\n' "${LABEL[$1]}" "${WALL[$1]}" "${CPU[$1]}" "${PEAK[$1]}" \
        "$(m "${INSTR[$1]:-}")" "${WALL_R2R[$1]:--}" "${WALL_AOT[$1]:--}" "${INSTR_R2R[$1]:--}" "${INSTR_AOT[$1]:--}" "${TARGETS[$1]:-}"
}
header "wsconf start-up (installed .NET tool, native $RID), median of $RUNS interleaved rounds"
for name in "${STARTUP[@]}"; do row "$name"; done
header "scale series (native path for -f; handoff for --profiles-dir), median of $SCALE_RUNS interleaved rounds"
for name in "${SCALE_NAMES[@]}"; do row "$name"; done
[[ -n $LINEAR_VALUES ]] && printf '  linear cost, 10,000 / 1,000 (target <= 11): values %s, plugin %s\n' "$LINEAR_VALUES" "$LINEAR_PLUGIN"
printf '\nInstructions (callgrind, one run each, every process) are the tie-breaker when wall time is noisy.\n'
printf 'A handoff counts from the exec of dotnet on (valgrind follows the exec; the native part before it is not counted).\n'
MISSED=0
for i in "${!T_MET[@]}"; do [[ ${T_MET[$i]} == false ]] && MISSED=$((MISSED + 1)); done
printf 'targets: %d, missed: %d\n' "${#T_MET[@]}" "$MISSED"
for note in "${NOTES[@]}"; do printf 'note: %s\n' "$note"; done

# --- summary.json --------------------------------------------------------------------------------------------
num() { printf '%s' "${1:-null}"; } # a number, or null when not measured
json_string() { local s=${1//\\/\\\\}; printf '"%s"' "${s//\"/\\\"}"; }
{
    printf '{\n  "machine": {"nproc": %s, "cpu": %s, "mem_gib": %s, "dotnet": "%s", "runtime": "%s", "rid": "%s"},\n' \
        "$(nproc)" "$(json_string "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')")" \
        "$(awk '/MemTotal/ {printf "%.1f", $2 / 1048576}' /proc/meminfo)" "$(dotnet --version)" \
        "$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ {v=$2} END {print v}')" "$RID"
    printf '  "runs": %s,\n  "scale_runs": %s,\n  "scale": [%s],\n' "$RUNS" "$SCALE_RUNS" "$(for n in $SCALE; do printf '%s,' "$n"; done | sed 's/,$//')"
    printf '  "commands": {'
    separator=''
    for name in "${ALL[@]}"; do
        printf '%s\n    "%s": {"label": %s, "command": %s, "wall_ms": %s, "cpu_ms": %s, "peak_mb": %s, "instructions": %s,' \
            "$separator" "$name" "$(json_string "${LABEL[$name]}")" "$(json_string "${CMD[$name]}")" \
            "$(num "${WALL[$name]}")" "$(num "${CPU[$name]}")" "$(num "${PEAK[$name]}")" "$(num "${INSTR[$name]:-}")"
        printf ' "wall_ratio_r2r_floor": %s, "wall_ratio_aot_floor": %s, "instructions_ratio_r2r_floor": %s, "instructions_ratio_aot_floor": %s}' \
            "$(num "${WALL_R2R[$name]}")" "$(num "${WALL_AOT[$name]}")" "$(num "${INSTR_R2R[$name]}")" "$(num "${INSTR_AOT[$name]}")"
        separator=','
    done
    printf '\n  },\n'
    printf '  "handoff_vs_managed": {"wall_ratio": %s, "instructions_ratio": %s},\n' "$(num "$E_WALL")" "$(num "$E_INSTR")"
    printf '  "linear_10000_over_1000": {"values": %s, "plugin": %s},\n' "$(num "$LINEAR_VALUES")" "$(num "$LINEAR_PLUGIN")"
    printf '  "targets": ['
    separator=''
    for i in "${!T_NAME[@]}"; do
        printf '%s\n    {"command": "%s", "metric": %s, "value": %s, "limit": %s, "met": %s}' \
            "$separator" "${T_NAME[$i]}" "$(json_string "${T_WHAT[$i]}")" "${T_VALUE[$i]}" "${T_LIMIT[$i]}" "${T_MET[$i]}"
        separator=','
    done
    printf '\n  ],\n  "targets_missed": %s,\n  "notes": [' "$MISSED"
    separator=''
    for note in "${NOTES[@]}"; do
        printf '%s%s' "$separator" "$(json_string "$note")"
        separator=', '
    done
    printf '],\n  "note": "instructions (callgrind, one run each, every process) are the tie-breaker when wall time is noisy"\n}\n'
} >"$OUT/summary.json"
log "wrote $OUT/summary.json"
