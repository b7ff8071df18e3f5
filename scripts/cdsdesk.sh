#!/usr/bin/env bash
# Build, run and test CDS Desk on Debian 12 or Ubuntu 24.04 from a fresh clone.
#
#   scripts/cdsdesk.sh run [app args…]   build (Release) and start the app;
#                                        without a display, export the demo
#                                        report PDF and dashboard PNG instead
#   scripts/cdsdesk.sh test              build (Debug) and run every test
#   scripts/cdsdesk.sh bench             build (Release), generate the national and
#                                        province databases once, run every
#                                        benchmark and print the results table
#
# Environment (all optional):
#   CDSDESK_OUT     folder for the headless exports        (default: <repo>/out)
#   CDSDESK_DB      database for the headless exports      (default: $CDSDESK_OUT/cdsdesk-demo.sqlite)
#   CDSDESK_NO_APT  set to 1 to skip the package check (e.g. on a machine you manage yourself)
#   CDSDESK_BENCH_CACHE  where bench keeps the generated databases (default: <repo>/out/bench)
#   CDSDESK_BUILD_DIR    bench only: build there instead of the release preset's build/release
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The one list of Debian/Ubuntu packages the project needs to build, test and run.
# Names are valid on both Debian 12 and Ubuntu 24.04. Installed without their
# "Recommends", so everything needed is named here: libqt6opengl6-dev, for one,
# is needed by Qt6ChartsConfig.cmake but not declared by qt6-charts-dev.
# dpkg-dev, file, debootstrap and nsis serve the package check that the tests
# run (installer/check-packages.sh: the .deb in a clean root, the NSIS installer).
# libxlsxwriter-dev: the lists' XLSX export; unzip: its test reads the workbook back.
# libzip-dev: the report's ODT export (page setup, page numbers); CMake finds it
# with pkg-config (pkgconf), as Debian 12's libzip CMake package does not load
# without the zip command-line tools.
REQUIRED_PACKAGES=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libxkbcommon-dev
    fonts-liberation poppler-utils sqlite3
    libkainjow-mustache-dev
    libxlsxwriter-dev unzip
    libzip-dev pkgconf
    libsqlite3-dev
    xvfb xauth
    dpkg-dev file
    debootstrap nsis
)
# Installed when the distribution has them; a missing one is not an error.
# fonts-liberation2: Liberation Serif 2.x, which draws Vietnamese (the 1.07 in
#   Debian 12's fonts-liberation does not); the report's stand-in for Times New
#   Roman. Newer distributions ship 2.x as fonts-liberation itself.
# qt6-qpa-plugins: the extra platform plugins (Debian 12 has it; the xcb and
#   offscreen plugins themselves ship in libqt6gui6).
# libreoffice-writer-nogui: soffice, with which the report tests convert the
#   DOCX and ODT exports to PDF and measure them against CDS Desk's own PDF
#   (skipped without it). Debian 12, --no-install-recommends: 49 packages,
#   83 MB to download, 259 MB on disk, about 2 1/2 minutes to install.
OPTIONAL_PACKAGES=(
    fonts-liberation2
    qt6-qpa-plugins
    libreoffice-writer-nogui
)

log() { printf '\033[1m[cdsdesk]\033[0m %s\n' "$*" >&2; }
die() { printf '[cdsdesk] error: %s\n' "$*" >&2; exit 1; }

usage() {
    cat >&2 <<'EOF'
Usage: scripts/cdsdesk.sh run [app args…]
       scripts/cdsdesk.sh test
       scripts/cdsdesk.sh bench
EOF
}

is_installed() {
    [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" == installed ]]
}

has_candidate() {
    local candidate
    candidate="$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ { print $2 }')"
    [[ -n "$candidate" && "$candidate" != "(none)" ]]
}

# Installs what is missing; does nothing (not even apt-get update) when all is there.
ensure_packages() {
    if [[ "${CDSDESK_NO_APT:-0}" == 1 ]]; then
        log "CDSDESK_NO_APT=1: not checking packages"
        return
    fi
    command -v dpkg-query >/dev/null || die "dpkg-query not found: this script supports Debian 12 and Ubuntu 24.04"

    local pkg missing=() optional=()
    for pkg in "${REQUIRED_PACKAGES[@]}"; do
        is_installed "$pkg" || missing+=("$pkg")
    done

    # sudo only when there is something to do and we are not root.
    local sudo=()
    if ((${#missing[@]})) && [[ "$(id -u)" != 0 ]]; then
        command -v sudo >/dev/null || die "not root and sudo is missing: install ${missing[*]} by hand"
        sudo=(sudo)
    fi

    local updated=0 unknown=()
    if ((${#missing[@]})); then
        log "missing packages: ${missing[*]}"
        "${sudo[@]}" apt-get update -q
        updated=1
        for pkg in "${missing[@]}"; do
            has_candidate "$pkg" || unknown+=("$pkg")
        done
        ((${#unknown[@]} == 0)) || die "this distribution has no package named: ${unknown[*]} (supported: Debian 12, Ubuntu 24.04 with 'universe')"
    fi
    # An optional package counts only if the (possibly just refreshed) lists know it,
    # so a name the distribution lacks never triggers an update on every run.
    for pkg in "${OPTIONAL_PACKAGES[@]}"; do
        if ! is_installed "$pkg" && has_candidate "$pkg"; then
            optional+=("$pkg")
        fi
    done
    if ((${#optional[@]})) && ((updated == 0)); then
        if [[ "$(id -u)" != 0 ]]; then
            command -v sudo >/dev/null || { log "skipping optional packages (no sudo): ${optional[*]}"; return; }
            sudo=(sudo)
        fi
        "${sudo[@]}" apt-get update -q
    fi
    if ((${#missing[@]} + ${#optional[@]})); then
        log "installing: ${missing[*]} ${optional[*]}"
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -q --no-install-recommends "${missing[@]}" "${optional[@]}" </dev/null
    fi
}

configure_and_build() {
    local preset="$1"
    shift
    cd "$ROOT"
    cmake --preset "$preset"
    cmake --build --preset "$preset" "$@"
}

app_binary() {
    local dir="$ROOT/build/$1" exe
    for exe in "$dir/app/main/cdsdesk" "$dir/cdsdesk" "$dir/bin/cdsdesk"; do
        [[ -x "$exe" ]] && { echo "$exe"; return; }
    done
    exe="$(find "$dir" -type f -name cdsdesk -perm -u+x -print -quit 2>/dev/null || true)"
    [[ -n "$exe" ]] || die "the build produced no cdsdesk executable under $dir"
    echo "$exe"
}

# Where QStandardPaths::AppDataLocation puts the database on Linux for
# organisation "CDS Desk" and application "cdsdesk" (see app/main).
default_db_path() {
    echo "${XDG_DATA_HOME:-$HOME/.local/share}/cdsdesk/cdsdesk.sqlite"
}

# True when the file is missing, empty, unreadable or holds no campaign yet.
database_is_empty() {
    local db="$1" count
    [[ -s "$db" ]] || return 0
    count="$(sqlite3 -readonly "$db" 'SELECT count(*) FROM campaign;' 2>/dev/null || echo 0)"
    [[ "$count" == 0 ]]
}

cmd_run() {
    ensure_packages
    configure_and_build release --target cdsdesk
    local exe
    exe="$(app_binary release)"

    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        local out="${CDSDESK_OUT:-$ROOT/out}"
        mkdir -p "$out"
        out="$(cd "$out" && pwd)"
        local db="${CDSDESK_DB:-$out/cdsdesk-demo.sqlite}"
        log "no display (DISPLAY and WAYLAND_DISPLAY are unset): exporting the demo campaign instead"
        # The offscreen platform lets the widget-based dashboard render without X or Wayland.
        export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
        "$exe" --db "$db" --demo --export-report "$out/bao-cao-2022.pdf" "$@"
        "$exe" --db "$db" --demo --export-dashboard "$out/dashboard.png" "$@"
        [[ -s "$out/bao-cao-2022.pdf" ]] || die "the report was not written: $out/bao-cao-2022.pdf"
        [[ -s "$out/dashboard.png" ]] || die "the dashboard was not written: $out/dashboard.png"
        cat <<EOF
CDS Desk ran without a display and wrote:
  report (BÁO CÁO, PDF):  $out/bao-cao-2022.pdf
  dashboard (PNG):        $out/dashboard.png
  database used:          $db
Open them with any PDF/image viewer. Run again with a display to use the app.
EOF
        return 0
    fi

    local args=("$@") arg want_demo=1
    for arg in "$@"; do
        # The user chose a file or asked for the demo: leave the decision to them.
        [[ "$arg" == --db || "$arg" == --db=* || "$arg" == --demo ]] && want_demo=0
    done
    if ((want_demo)) && database_is_empty "$(default_db_path)"; then
        log "first start: loading the 2022 Quảng Ngãi demo campaign into $(default_db_path)"
        args=(--demo "${args[@]}")
    fi
    log "starting $exe ${args[*]}"
    exec "$exe" "${args[@]}"
}

cmd_test() {
    ensure_packages
    configure_and_build debug
    cd "$ROOT"
    ctest --preset debug
}

BENCHMARKS=(bench_import bench_export bench_dashboard bench_members bench_memberslist bench_report bench_startup bench_responsiveness)

cmd_bench() {
    ensure_packages
    local build
    if [[ -n "${CDSDESK_BUILD_DIR:-}" ]]; then
        build="$(mkdir -p "$CDSDESK_BUILD_DIR" && cd "$CDSDESK_BUILD_DIR" && pwd)"
        cmake -S "$ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
        cmake --build "$build" --target cdsdesk bench_barewindow "${BENCHMARKS[@]}"
    else
        configure_and_build release --target cdsdesk bench_barewindow "${BENCHMARKS[@]}"
        build="$ROOT/build/release"
    fi
    local exe
    exe="$(find "$build" -type f -name cdsdesk -perm -u+x -print -quit)"
    [[ -n "$exe" ]] || die "the build produced no cdsdesk executable under $build"

    local cache="${CDSDESK_BENCH_CACHE:-$ROOT/out/bench}" size
    mkdir -p "$cache"
    cache="$(cd "$cache" && pwd)"
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    for size in national province; do
        if [[ ! -s "$cache/$size.sqlite" ]]; then
            log "generating the $size database into $cache/$size.sqlite (once; kept for later runs)"
            rm -f "$cache/$size.sqlite"
            "$exe" --db "$cache/$size.sqlite" --generate "$size"
        fi
    done

    local results="$cache/results.tsv" bench failed=0
    : >"$results"
    export CDS_BENCH_DB="$cache/national.sqlite" CDS_BENCH_PROVINCE_DB="$cache/province.sqlite" CDS_BENCH_RESULTS="$results"
    # The import of 500.000 members takes minutes: past QtTest's 5-minute limit per test.
    export QTEST_FUNCTION_TIMEOUT=3600000
    for bench in "${BENCHMARKS[@]}"; do
        log "running $bench"
        "$build/tests/benchmarks/$bench" >"$cache/$bench.log" 2>&1 || {
            failed=1
            log "$bench failed; its output is in $cache/$bench.log"
        }
    done

    {
        printf '\n%s, %s cores, load average %s when done\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" \
            "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
        printf '| Figure | Measured | Baseline | Ratio | Target | Verdict | Note |\n'
        printf '| --- | --- | --- | --- | --- | --- | --- |\n'
        awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7 }' "$results"
    } | tee "$cache/results.md"
    log "results: $cache/results.md (raw: $results, logs: $cache/bench_*.log)"
    return "$failed"
}

main() {
    local command="${1:-}"
    [[ $# -gt 0 ]] && shift
    case "$command" in
    run) cmd_run "$@" ;;
    test) cmd_test "$@" ;;
    bench) cmd_bench "$@" ;;
    -h | --help | help) usage ;;
    *)
        usage
        exit 2
        ;;
    esac
}

main "$@"
