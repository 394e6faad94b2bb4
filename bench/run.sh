#!/usr/bin/env bash
# wsconf start-up and scale benchmark. Builds everything it measures in Release (the wsconf .NET tool package,
# installed into a private tool path, and the floor programs), then times them interleaved in one run and prints
# medians and ratios. Machine-readable results: bench/out/summary.json. See the README, section Performance.
#
#   bash bench/run.sh                  # everything
#   BENCH_RUNS=20 bash bench/run.sh    # more runs per command (default 15, at least 10)
#   BENCH_SCALE="100 1000" bash bench/run.sh
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/bench/out"
RUNS=${BENCH_RUNS:-15}
SCALE_RUNS=${BENCH_SCALE_RUNS:-5}
SCALE=${BENCH_SCALE:-"100 1000 10000"}
RID=${BENCH_RID:-linux-x64}
((RUNS >= 10)) || { echo "BENCH_RUNS must be at least 10" >&2; exit 2; }

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

# --- build ---------------------------------------------------------------------------------------------------
mkdir -p "$OUT"
log "packing the wsconf tool (Release) and installing it into bench/out/tool"
rm -rf "$OUT/pkgs" "$OUT/tool"
dotnet pack "$ROOT/src/WorkspaceConfigurator.Cli" -c Release -o "$OUT/pkgs" -v quiet -nologo >/dev/null
# Only the freshly packed folder as source: no network, no stale copy of the same version from elsewhere.
dotnet tool install wsconf --tool-path "$OUT/tool" --source "$OUT/pkgs" >/dev/null
WSCONF="$OUT/tool/wsconf"

log "publishing the floors (Release, $RID, ReadyToRun, like the tool package)"
for project in Floor FloorCommandLine; do
    dotnet publish "$ROOT/bench/$project" -c Release -r "$RID" --self-contained false -o "$OUT/$project" -v quiet -nologo >/dev/null
done
FLOOR="$OUT/Floor/Floor"
FLOOR_CL="$OUT/FloorCommandLine/FloorCommandLine"

# --- measuring -----------------------------------------------------------------------------------------------
# hyperfine runs each command's runs back to back, so load from other processes lands unevenly on the commands;
# these rounds interleave instead: one run of every command per round, in a rotating order.
# rounds N NAME... : runs every named command once per round, rotating the order each round, N rounds; prints
# "NAME median_ms" lines. Commands are defined in the CMD associative array.
declare -A CMD
rounds() {
    local n=$1; shift
    local names=("$@") k=$# r i j start end
    declare -A samples=()
    for ((r = 0; r < n; r++)); do
        for ((i = 0; i < k; i++)); do
            j=$(((i + r) % k))
            start=$EPOCHREALTIME
            eval "${CMD[${names[$j]}]}" >/dev/null 2>&1
            end=$EPOCHREALTIME
            samples[${names[$j]}]+="$(((${end/./} - ${start/./}))) "
        done
    done
    for name in "${names[@]}"; do
        printf '%s %s\n' "$name" "$(tr ' ' '\n' <<<"${samples[$name]}" | grep . | sort -n |
            awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m / 1000}')"
    done
}

# peak_mb NAME : peak resident memory of one run, in MB (the largest of three).
peak_mb() {
    local best=0 kb
    for _ in 1 2 3; do
        kb=$( { /usr/bin/time -f '%M' bash -c "${CMD[$1]} >/dev/null 2>/dev/null"; } 2>&1 | tail -1)
        ((kb > best)) && best=$kb
    done
    awk -v kb="$best" 'BEGIN {printf "%.0f", kb / 1024}'
}

check() { # the command must succeed before it is timed
    if ! eval "${CMD[$1]}" >/dev/null 2>"$OUT/$1.stderr"; then
        echo "command '$1' failed: ${CMD[$1]}" >&2
        cat "$OUT/$1.stderr" >&2
        exit 1
    fi
}

CMD[floor]="'$FLOOR'"
CMD[floor_cl]="'$FLOOR_CL' dump-config --profile coder-gpu"
CMD[a_one]="'$WSCONF' dump-config --profile coder-gpu"
CMD[b_all]="'$WSCONF' dump-config"
# The same commands without the start-up warm-up thread (see StartupWarmup.cs): what it is worth, in this run.
CMD[a_cold]="WSCONF_NO_WARMUP=1 '$WSCONF' dump-config --profile coder-gpu"
CMD[b_cold]="WSCONF_NO_WARMUP=1 '$WSCONF' dump-config"
# The values-file path: the example site (read with YamlDotNet, 3 data profiles, a patched built-in, a file).
CMD[v_site]="'$WSCONF' -f '$ROOT/examples/site/site.yaml' dump-config"
STARTUP=(floor floor_cl a_one b_all a_cold b_cold v_site)
NOTES=()
HELP=$("$WSCONF" --help 2>&1 || true)
if grep -qE '^ +dump-manifests' <<<"$HELP" && "$WSCONF" dump-manifests --help >/dev/null 2>&1; then
    CMD[c_manifests]="'$WSCONF' dump-manifests"
    CMD[c_cold]="WSCONF_NO_WARMUP=1 '$WSCONF' dump-manifests"
    STARTUP+=(c_manifests c_cold)
else
    NOTES+=("(c) skipped: this wsconf has no dump-manifests command yet")
fi

for name in "${STARTUP[@]}"; do check "$name"; done
log "start-up: $RUNS interleaved rounds of ${STARTUP[*]}"
declare -A MEDIAN PEAK
while read -r name ms; do MEDIAN[$name]=$ms; done < <(rounds "$RUNS" "${STARTUP[@]}")
for name in "${STARTUP[@]}"; do PEAK[$name]=$(peak_mb "$name"); done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
# --- instruction counts --------------------------------------------------------------------------------------
# Wall time on a shared 2-core machine is noisy; callgrind's instruction count is not. Every thread is counted, so
# the warm-up thread is off: its speculative work would be counted as if it were on the critical path.
declare -A INSTR
CALLGRIND_NAMES=(floor a_one b_all v_site)
[[ -n ${CMD[c_manifests]:-} ]] && CALLGRIND_NAMES+=(c_manifests)
if [[ ${BENCH_CALLGRIND:-1} != 0 ]] && command -v valgrind >/dev/null; then
    log "instruction counts (valgrind --tool=callgrind) of ${CALLGRIND_NAMES[*]}"
    for name in "${CALLGRIND_NAMES[@]}"; do
        INSTR[$name]=$( { eval "WSCONF_NO_WARMUP=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null ${CMD[$name]}" >/dev/null; } 2>&1 |
            sed -n 's/.*Collected : \([0-9]*\).*/\1/p' | tail -1)
    done
else
    NOTES+=("instruction counts skipped: valgrind is not installed (or BENCH_CALLGRIND=0)")
fi

within() { awk -v a="$1" -v b="$2" 'BEGIN {print (a <= b) ? "ok" : "MISSED"}'; }

# --- scale series --------------------------------------------------------------------------------------------
SCALE_MODE=none
declare -A SCALE_MS SCALE_MB
if grep -q -- '--profiles-dir' <<<"$HELP"; then
    SCALE_MODE=plugin
else
    NOTES+=("(e) plugin scale series skipped: this wsconf has no --profiles-dir option yet; in-process series below instead")
fi

log "generating and building the scale plugins ($SCALE profiles)"
for n in $SCALE; do
    rm -rf "$OUT/scale-$n" "$OUT/plugin-$n"
    dotnet run --project "$ROOT/bench/ScaleGen" -c Release -v quiet -- "$n" "$OUT/scale-$n" "$ROOT" >/dev/null
    dotnet build "$OUT/scale-$n/ScaleProfiles.csproj" -c Release -o "$OUT/plugin-$n" -v quiet -nologo >/dev/null
done

SCALE_NAMES=()
if [[ $SCALE_MODE == plugin ]]; then
    for n in $SCALE; do
        CMD[scale_$n]="'$WSCONF' --profiles-dir '$OUT/plugin-$n' dump-config"
        SCALE_NAMES+=("scale_$n")
        check "scale_$n"
    done
    log "scale: $SCALE_RUNS interleaved rounds of ${SCALE_NAMES[*]}"
    while read -r name ms; do SCALE_MS[${name#scale_}]=$ms; done < <(rounds "$SCALE_RUNS" "${SCALE_NAMES[@]}")
    for n in $SCALE; do SCALE_MB[$n]=$(peak_mb "scale_$n"); done
fi

# Values files of N data profiles (each extends a built-in, every tenth includes a mixin): the data path at scale.
VALUES_NAMES=()
declare -A VALUES_MS VALUES_MB
for n in $SCALE; do
    awk -v n="$n" 'BEGIN {
        print "global:\n  groups: [staff]\nprofiles:\n  big:\n    abstract: true\n    cpu_limit: 4\n    env: {BIG: \"1\"}"
        split("coder coder-gpu jupyterlab remote-desktop", bases, " ")
        for (i = 1; i <= n; i++) {
            printf "  site-%d:\n    extends: %s\n    display_name: Site workspace %d\n", i, bases[(i % 4) + 1], i
            if (i % 10 == 0) print "    profiles: [big]"
            printf "    env: {SITE_INDEX: \"%d\"}\n", i
        }
    }' >"$OUT/values-$n.yaml"
    CMD[values_$n]="'$WSCONF' -f '$OUT/values-$n.yaml' dump-config"
    VALUES_NAMES+=("values_$n")
    check "values_$n"
done
log "values scale: $SCALE_RUNS interleaved rounds of ${VALUES_NAMES[*]}"
while read -r name ms; do VALUES_MS[${name#values_}]=$ms; done < <(rounds "$SCALE_RUNS" "${VALUES_NAMES[@]}")
for n in $SCALE; do VALUES_MB[$n]=$(peak_mb "values_$n"); done

# In-process stages (always): where the time of a large catalogue goes.
log "in-process stages of dump-config per scale step"
dotnet publish "$ROOT/bench/ScaleInProcess" -c Release -r "$RID" --self-contained false -o "$OUT/ScaleInProcess" -v quiet -nologo >/dev/null
declare -A INPROC
for n in $SCALE; do
    INPROC[$n]=$("$OUT/ScaleInProcess/ScaleInProcess" "$OUT/plugin-$n/ScaleProfiles$n.dll")
done

# --- report --------------------------------------------------------------------------------------------------
d=${MEDIAN[floor]}
printf '\nwsconf start-up (installed .NET tool), median of %d interleaved runs\n' "$RUNS"
printf '  %-44s %9s %7s %9s %8s\n' command median ratio target peak
row() { printf '  %-44s %7s ms %7s %9s %5s MB\n' "$1" "$2" "$3" "$4" "$5"; }
row "(d) floor: console program printing one line" "$d" "1.00" "" "${PEAK[floor]}"
row "    floor + System.CommandLine parse" "${MEDIAN[floor_cl]}" "$(ratio "${MEDIAN[floor_cl]}" "$d")" "" "${PEAK[floor_cl]}"
row "(a) dump-config --profile coder-gpu" "${MEDIAN[a_one]}" "$(ratio "${MEDIAN[a_one]}" "$d")" "<=1.6 $(within "$(ratio "${MEDIAN[a_one]}" "$d")" 1.6)" "${PEAK[a_one]}"
row "(b) dump-config (all built-ins)" "${MEDIAN[b_all]}" "$(ratio "${MEDIAN[b_all]}" "$d")" "<=1.8 $(within "$(ratio "${MEDIAN[b_all]}" "$d")" 1.8)" "${PEAK[b_all]}"
if [[ -n ${MEDIAN[c_manifests]:-} ]]; then
    row "(c) dump-manifests (all built-ins)" "${MEDIAN[c_manifests]}" "$(ratio "${MEDIAN[c_manifests]}" "$d")" "<=2.0 $(within "$(ratio "${MEDIAN[c_manifests]}" "$d")" 2.0)" "${PEAK[c_manifests]}"
fi
row "(v) dump-config -f examples/site/site.yaml" "${MEDIAN[v_site]}" "$(ratio "${MEDIAN[v_site]}" "$d")" "" "${PEAK[v_site]}"
printf '  baseline, same run: without the start-up warm-up thread (WSCONF_NO_WARMUP=1)\n'
row "    (a) without warm-up" "${MEDIAN[a_cold]}" "$(ratio "${MEDIAN[a_cold]}" "$d")" "" "${PEAK[a_cold]}"
row "    (b) without warm-up" "${MEDIAN[b_cold]}" "$(ratio "${MEDIAN[b_cold]}" "$d")" "" "${PEAK[b_cold]}"
if [[ -n ${MEDIAN[c_cold]:-} ]]; then
    row "    (c) without warm-up" "${MEDIAN[c_cold]}" "$(ratio "${MEDIAN[c_cold]}" "$d")" "" "${PEAK[c_cold]}"
fi

if [[ -n ${INSTR[floor]:-} ]]; then
    printf '\ninstructions (callgrind, warm-up off; one run each)\n'
    for name in "${CALLGRIND_NAMES[@]}"; do
        [[ -n ${INSTR[$name]:-} ]] || continue
        printf '  %-16s %9.1f M %6s\n' "$name" "$(awk -v n="${INSTR[$name]}" 'BEGIN {print n / 1e6}')" "$(ratio "${INSTR[$name]}" "${INSTR[floor]}")"
    done
fi

if [[ $SCALE_MODE == plugin ]]; then
    printf '\n(e) wsconf --profiles-dir <plugin> dump-config, median of %d interleaved runs\n' "$SCALE_RUNS"
    for n in $SCALE; do printf '  %6s profiles %9s ms %6s MB peak\n' "$n" "${SCALE_MS[$n]}" "${SCALE_MB[$n]}"; done
    if [[ -n ${SCALE_MS[10000]:-} && -n ${SCALE_MS[1000]:-} ]]; then
        printf '  10,000: %s s (target <= 2 s: %s), %s MB (target <= 300: %s), 10,000/1,000 = %s (target <= 11: %s)\n' \
            "$(awk -v m="${SCALE_MS[10000]}" 'BEGIN {printf "%.2f", m / 1000}')" "$(within "${SCALE_MS[10000]}" 2000)" \
            "${SCALE_MB[10000]}" "$(within "${SCALE_MB[10000]}" 300)" \
            "$(ratio "${SCALE_MS[10000]}" "${SCALE_MS[1000]}")" "$(within "$(ratio "${SCALE_MS[10000]}" "${SCALE_MS[1000]}")" 11)"
    fi
fi

printf '\nwsconf -f <values file of N data profiles> dump-config, median of %d interleaved runs\n' "$SCALE_RUNS"
for n in $SCALE; do printf '  %6s profiles %9s ms %6s MB peak\n' "$n" "${VALUES_MS[$n]}" "${VALUES_MB[$n]}"; done

printf '\nin-process stages of dump-config (ms; built-ins plus the generated plugin; one run each)\n'
for n in $SCALE; do printf '  %s\n' "${INPROC[$n]}"; done
for note in "${NOTES[@]}"; do printf '\nnote: %s\n' "$note"; done

# --- summary.json --------------------------------------------------------------------------------------------
# json_object ARRAY : {"command": value, ...} over the start-up commands, from the associative array named ARRAY.
json_object() {
    local -n values=$1
    local name separator=''
    printf '{'
    for name in "${STARTUP[@]}"; do
        printf '%s"%s": %s' "$separator" "$name" "${values[$name]}"
        separator=', '
    done
    printf '}'
}
declare -A RATIO
for name in "${STARTUP[@]}"; do RATIO[$name]=$(ratio "${MEDIAN[$name]}" "$d"); done
{
    printf '{\n  "machine": {"nproc": %s, "cpu": "%s", "mem_gib": %s, "dotnet": "%s", "runtime": "%s"},\n' \
        "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//; s/"/\\"/g')" \
        "$(awk '/MemTotal/ {printf "%.1f", $2 / 1048576}' /proc/meminfo)" "$(dotnet --version)" \
        "$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ {v=$2} END {print v}')"
    printf '  "runs": %s,\n  "startup_ms": %s,\n  "startup_peak_mb": %s,\n  "ratio_to_floor": %s,\n' \
        "$RUNS" "$(json_object MEDIAN)" "$(json_object PEAK)" "$(json_object RATIO)"
    printf '  "instructions": {'
    separator=''
    for name in "${CALLGRIND_NAMES[@]}"; do
        printf '%s"%s": %s' "$separator" "$name" "${INSTR[$name]:-null}"
        separator=', '
    done
    printf '},\n'
    printf '  "scale_mode": "%s",\n  "scale": [' "$SCALE_MODE"
    first=1
    for n in $SCALE; do
        ((first)) || printf ','
        first=0
        printf '\n    {"profiles_generated": %s, "wall_ms": %s, "peak_mb": %s, "values_wall_ms": %s, "values_peak_mb": %s, "in_process": %s}' \
            "$n" "${SCALE_MS[$n]:-null}" "${SCALE_MB[$n]:-null}" "${VALUES_MS[$n]:-null}" "${VALUES_MB[$n]:-null}" "${INPROC[$n]}"
    done
    printf '\n  ],\n  "notes": ['
    first=1
    for note in "${NOTES[@]}"; do
        ((first)) || printf ', '
        first=0
        printf '"%s"' "$note"
    done
    printf ']\n}\n'
} >"$OUT/summary.json"
log "wrote $OUT/summary.json"
