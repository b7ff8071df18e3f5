#!/usr/bin/env bash
# Builds the packages from a built tree and checks them as a user meets them.
#
#   installer/check-packages.sh BUILD_DIR        (ctest runs it as package_deb_nsis)
#
#  1. cpack -G DEB; checks its metadata (Depends from dpkg-shlibdeps) and files
#     (program, desktop entry, icon).
#  2. Installs it with apt-get into a clean Debian root made by debootstrap from
#     the host's Debian mirror, and there runs `cdsdesk --version` and the
#     headless demo report export (QT_QPA_PLATFORM=offscreen); checks the PDF's
#     text. Without root, debootstrap or the mirror, it falls back to unpacking
#     the .deb with dpkg-deb -x, checking its dependencies against the host with
#     `apt-get -s install`, and running the unpacked program on the host, and
#     says so.
#  3. cpack -G NSIS with makensis: builds the Windows installer from its
#     definition (the payload is this Linux build: the check is of the
#     definition, the languages and the icon).
#
# Environment (optional):
#   CDS_SKIP_PACKAGE_CHECK=1   skip (exit 77, which ctest reports as skipped)
#   CDS_PACKAGE_ROOT=unpack    use the fallback of step 2 even where debootstrap works
#   CDS_DEBIAN_MIRROR=URL      the mirror for debootstrap (default: the host's)
#
# Exit status: 0 all good, 1 a check failed, 77 skipped (tools missing).
set -euo pipefail

log() { printf '[check-packages] %s\n' "$*"; }
fail() { printf '[check-packages] FAILED: %s\n' "$*" >&2; exit 1; }
skip() { printf '[check-packages] skipped: %s\n' "$*"; exit 77; }

[[ $# -eq 1 ]] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
BUILD="$(cd "$1" && pwd)"
[[ "${CDS_SKIP_PACKAGE_CHECK:-0}" == 1 ]] && skip "CDS_SKIP_PACKAGE_CHECK=1"
for tool in cpack dpkg-deb dpkg-shlibdeps makensis pdftotext; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (see REQUIRED_PACKAGES in scripts/cdsdesk.sh)"
done
[[ -f "$BUILD/CPackConfig.cmake" ]] || fail "$BUILD is not a configured build tree (no CPackConfig.cmake)"

WORK="$BUILD/package-check"
ROOT_DIR="$WORK/root"
CACHE="$WORK/cache"
started=$SECONDS

# Never delete a tree that still has something mounted in it.
unmount_root() {
    local mountpoint
    for mountpoint in $(awk -v root="$ROOT_DIR/" 'index($2, root) == 1 { print $2 }' /proc/mounts | sort -r); do
        umount "$mountpoint" || umount -l "$mountpoint" || true
    done
}
remove_work() {
    unmount_root
    if awk -v root="$ROOT_DIR/" 'index($2, root) == 1 { found = 1 } END { exit !found }' /proc/mounts; then
        fail "something is still mounted under $ROOT_DIR; not deleting it"
    fi
    rm -rf "$ROOT_DIR" "$WORK/out" "$WORK/unpacked"
}
trap unmount_root EXIT
trap 'printf "[check-packages] FAILED: command at line %s exited %s\n" "$LINENO" "$?" >&2' ERR
mkdir -p "$WORK" "$CACHE"
remove_work
mkdir -p "$WORK/out"

# --- 1. The .deb ----------------------------------------------------------------
log "cpack -G DEB"
(cd "$BUILD" && cpack -G DEB -B "$WORK/out" >"$WORK/cpack-deb.log" 2>&1) \
    || { tail -40 "$WORK/cpack-deb.log"; fail "cpack -G DEB"; }
DEB="$(find "$WORK/out" -maxdepth 1 -name 'cdsdesk_*.deb' -print -quit)"
[[ -n "$DEB" ]] || fail "cpack wrote no cdsdesk_*.deb"
log "built $(basename "$DEB") ($(du -h "$DEB" | cut -f1))"

depends="$(dpkg-deb -f "$DEB" Depends)"
log "Depends: $depends"
for dependency in libqt6widgets6 libqt6sql6-sqlite libqt6svg6 libqt6charts6 libqt6printsupport6 libzip4 libsqlite3-0 fonts-liberation2; do
    [[ "$depends" == *"$dependency"* ]] || fail "Depends lacks $dependency (shlibdeps or CPACK_DEBIAN_PACKAGE_DEPENDS)"
done
contents="$(dpkg-deb -c "$DEB")"
for file in ./usr/bin/cdsdesk ./usr/share/applications/cdsdesk.desktop \
    ./usr/share/icons/hicolor/scalable/apps/cdsdesk.svg ./usr/share/doc/cdsdesk/copyright; do
    grep -q " $file\$" <<<"$contents" || fail "the .deb lacks $file"
done
desktop="$(dpkg-deb --fsys-tarfile "$DEB" | tar -xO ./usr/share/applications/cdsdesk.desktop)"
grep -qx 'Icon=cdsdesk' <<<"$desktop" || fail "the desktop entry does not name the installed icon 'cdsdesk'"
grep -qx 'Exec=cdsdesk' <<<"$desktop" || fail "the desktop entry does not run cdsdesk"
grep -q '^Comment\[vi\]=' <<<"$desktop" || fail "the desktop entry has no Vietnamese comment"

# --- 2. Installed into a clean root ----------------------------------------------
# The first Debian mirror of the host's APT sources that serves the host's release.
host_mirror() {
    local codename
    codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
    [[ -n "$codename" ]] || return 0
    {
        # deb822 .sources: a stanza's URIs and Suites.
        awk -v suite="$codename" '
            /^[Uu][Rr][Ii][Ss]:/ { uris = $2 }
            /^[Ss]uites:/ { for (i = 2; i <= NF; i++) if ($i == suite) ok = 1 }
            /^$/ { if (ok && uris != "") print uris; ok = 0; uris = "" }
            END { if (ok && uris != "") print uris }' /etc/apt/sources.list.d/*.sources 2>/dev/null || true
        # one-line sources.list
        awk -v suite="$codename" '$1 == "deb" {
                i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
                if ($(i + 1) == suite) print $i }' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true
    } | head -n 1
}

run_in_root() {
    chroot "$ROOT_DIR" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
        HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

check_report() {
    local pdf="$1" text
    [[ -s "$pdf" ]] || fail "the report was not written: $pdf"
    [[ "$(head -c 5 "$pdf")" == "%PDF-" ]] || fail "$pdf is not a PDF"
    text="$(pdftotext -layout "$pdf" -)"
    grep -q 'BÁO CÁO' <<<"$text" || fail "the report has no 'BÁO CÁO' heading"
    grep -q 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' <<<"$text" || fail "the report has no national title"
    log "report: $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }') pages, Vietnamese text intact"
}

mode="${CDS_PACKAGE_ROOT:-clean}"
mirror="${CDS_DEBIAN_MIRROR:-$(host_mirror)}"
codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
if [[ "$mode" == clean ]]; then
    if [[ "$(id -u)" != 0 ]]; then
        log "not root: cannot debootstrap; falling back to unpacking the .deb"
        mode=unpack
    elif ! command -v debootstrap >/dev/null; then
        log "debootstrap is not installed; falling back to unpacking the .deb"
        mode=unpack
    elif [[ -z "$mirror" || -z "$codename" ]]; then
        log "no Debian mirror found in the APT sources; falling back to unpacking the .deb"
        mode=unpack
    fi
fi

if [[ "$mode" == clean ]]; then
    log "debootstrap --variant=minbase $codename from $mirror"
    t0=$SECONDS
    if ! debootstrap --variant=minbase --cache-dir="$CACHE" "$codename" "$ROOT_DIR" "$mirror" \
        >"$WORK/debootstrap.log" 2>&1; then
        tail -20 "$WORK/debootstrap.log"
        log "debootstrap failed; falling back to unpacking the .deb"
        unmount_root
        rm -rf "$ROOT_DIR"
        mode=unpack
    else
        log "debootstrap took $((SECONDS - t0)) s"
    fi
fi

if [[ "$mode" == clean ]]; then
    # The same sources (security updates too) and proxy settings as the host.
    rm -f "$ROOT_DIR/etc/apt/sources.list"
    for source in /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list; do
        [[ -f "$source" ]] || continue
        if grep -qE "debian|ubuntu" "$source" && ! grep -qE "Signed-By: */usr/share/keyrings/(nodesource|cloud)" "$source"; then
            cp "$source" "$ROOT_DIR$source"
        fi
    done
    for conf in $(grep -rlis 'proxy' /etc/apt/apt.conf /etc/apt/apt.conf.d 2>/dev/null || true); do
        mkdir -p "$(dirname "$ROOT_DIR$conf")"
        cp "$conf" "$ROOT_DIR$conf"
    done
    cp -L /etc/resolv.conf "$ROOT_DIR/etc/resolv.conf" 2>/dev/null || true
    mount -t proc proc "$ROOT_DIR/proc"
    cp "$CACHE"/*.deb "$ROOT_DIR/var/cache/apt/archives/" 2>/dev/null || true
    cp "$DEB" "$ROOT_DIR/tmp/"

    log "apt-get install ./$(basename "$DEB") (no recommends) in the clean root"
    t0=$SECONDS
    {
        run_in_root apt-get update -q &&
            run_in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$DEB")"
    } >"$WORK/apt-install.log" 2>&1 || { tail -40 "$WORK/apt-install.log"; fail "apt-get install of the .deb in the clean root"; }
    log "apt-get install took $((SECONDS - t0)) s"
    cp -n "$ROOT_DIR"/var/cache/apt/archives/*.deb "$CACHE/" 2>/dev/null || true

    run_in_root sh -c 'command -v cdsdesk' | grep -qx /usr/bin/cdsdesk || fail "cdsdesk is not on PATH in the clean root"
    version="$(run_in_root cdsdesk --version)" || fail "cdsdesk --version in the clean root"
    log "cdsdesk --version: $version"
    mkdir -p "$ROOT_DIR/tmp/home"
    run_in_root env HOME=/tmp/home QT_QPA_PLATFORM=offscreen \
        cdsdesk --db /tmp/home/demo.sqlite --demo --export-report /tmp/home/bao-cao-2022.pdf \
        || fail "the headless report export in the clean root"
    check_report "$ROOT_DIR/tmp/home/bao-cao-2022.pdf"
    unmount_root
    log "clean-root install: OK"
else
    log "unpacking the .deb with dpkg-deb -x (no clean root: see above)"
    dpkg-deb -x "$DEB" "$WORK/unpacked"
    apt-get -s -q install "$DEB" >"$WORK/apt-simulate.log" 2>&1 \
        || { tail -20 "$WORK/apt-simulate.log"; fail "the .deb's dependencies cannot be met on this host"; }
    exe="$WORK/unpacked/usr/bin/cdsdesk"
    version="$(QT_QPA_PLATFORM=offscreen "$exe" --version)" || fail "cdsdesk --version"
    log "cdsdesk --version: $version"
    home="$(mktemp -d)"
    HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" QT_QPA_PLATFORM=offscreen \
        "$exe" --db "$home/demo.sqlite" --demo --export-report "$home/bao-cao-2022.pdf" \
        || fail "the headless report export"
    check_report "$home/bao-cao-2022.pdf"
    rm -rf "$home"
    log "unpacked install (fallback): OK"
fi
[[ "$version" == *"$(dpkg-deb -f "$DEB" Version)"* ]] || fail "--version says '$version', the package is $(dpkg-deb -f "$DEB" Version)"

# --- 3. The Windows installer definition -------------------------------------------
ico="$BUILD/installer/cdsdesk.ico"
[[ -s "$ico" ]] || fail "the build made no $ico"
file "$ico" | grep -q 'MS Windows icon resource' || fail "$ico is not an icon: $(file -b "$ico")"
log "icon: $(file -b "$ico")"
log "cpack -G NSIS (makensis $(makensis -VERSION 2>/dev/null))"
(cd "$BUILD" && cpack -G NSIS -B "$WORK/out" >"$WORK/cpack-nsis.log" 2>&1) \
    || { tail -40 "$WORK/cpack-nsis.log"; find "$WORK/out" -name 'NSISOutput.log' -exec tail -40 {} \; ; fail "cpack -G NSIS"; }
exe="$(find "$WORK/out" -maxdepth 1 -name 'cdsdesk-*.exe' -print -quit)"
[[ -n "$exe" ]] || fail "cpack -G NSIS wrote no installer"
nsi="$(find "$WORK/out" -name project.nsi -print -quit)"
grep -q 'MUI_LANGUAGE "Vietnamese"' "$nsi" || fail "the installer has no Vietnamese pages"
grep -q 'LANG_VIETNAMESE} "CDS Desk đã được cài' "$nsi" || fail "the installer's own messages are not in Vietnamese"
grep -q 'ExecWait' "$nsi" || fail "the installer does not uninstall an older version first"
if grep -qiE 'RMDir /r .*(APPDATA|LOCALAPPDATA)|DeleteRegKey [A-Z]+ "Software\\cdsdesk' "$nsi"; then
    fail "the uninstaller deletes the user's data or settings"
fi
log "built $(basename "$exe") ($(du -h "$exe" | cut -f1)), English and Vietnamese"

log "all package checks passed in $((SECONDS - started)) s"
