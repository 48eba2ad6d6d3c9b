#!/usr/bin/env bash
# Installs the built .deb into a clean Debian 12 root made with debootstrap, then starts both
# programs inside it: the proof that the package's Depends are complete. Needs root and
# Debian's package mirror; takes a few minutes, so it is a script, not part of ctest. When
# lintian is installed (apt-get install lintian) it checks the package first and must be clean.
#
#   (cd build && cpack -G DEB)
#   sudo packaging/test-clean-install.sh build/partnership-atlas_*_amd64.deb [ROOT]
set -euo pipefail

deb=${1:?usage: packaging/test-clean-install.sh PACKAGE.deb [ROOT]}
root=${2:-/tmp/pa-clean-root}
mirror=${MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" -eq 0 ] || { echo "test-clean-install: run as root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap > /dev/null || { echo "test-clean-install: apt-get install debootstrap" >&2; exit 2; }

if command -v lintian > /dev/null; then
    echo "== lintian (Debian policy checks on the package)"
    lintian --fail-on error,warning "$deb"
fi

if [ ! -x "$root/usr/bin/apt-get" ]; then
    echo "== debootstrap bookworm (minbase) into $root"
    debootstrap --variant=minbase bookworm "$root" "$mirror" > "$root.debootstrap.log" 2>&1 \
        || { tail -20 "$root.debootstrap.log" >&2; exit 1; }
fi

mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT

cp "$deb" "$root/tmp/partnership-atlas.deb"
echo "== apt-get install the package and its dependencies in the clean root"
chroot "$root" apt-get update -qq
chroot "$root" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends /tmp/partnership-atlas.deb > /dev/null

echo "== partnership-atlas-cli --version"
chroot "$root" partnership-atlas-cli --version
echo "== partnership-atlas-cli new --demo and check"
chroot "$root" sh -c 'rm -f /tmp/demo.atlas && partnership-atlas-cli new /tmp/demo.atlas --demo \
    && partnership-atlas-cli check /tmp/demo.atlas'
echo "== partnership-atlas --screenshot (offscreen)"
rm -f "$root/tmp/shot.png"
chroot "$root" env HOME=/tmp QT_QPA_PLATFORM=offscreen partnership-atlas --screenshot /tmp/shot.png
[ -s "$root/tmp/shot.png" ] || { echo "test-clean-install: no screenshot written" >&2; exit 1; }
echo "clean install works: $(stat -c %s "$root/tmp/shot.png") byte screenshot at $root/tmp/shot.png"
