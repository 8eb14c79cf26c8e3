#!/usr/bin/env bash
# build-deb.sh BUILD_DIR — `make package`: packs the (already built) release tree into
# papersift_<version>_<arch>.deb with CPack, checks that it holds what a package must, and prints
# its path. The Depends come from dpkg-shlibdeps (CPACK_DEBIAN_PACKAGE_SHLIBDEPS, packaging/CMakeLists.txt).
set -euo pipefail
build=${1:?usage: build-deb.sh BUILD_DIR}

die() { printf 'make package: %s\n' "$*" >&2; exit 1; }
command -v dpkg-shlibdeps >/dev/null || die "dpkg-shlibdeps is missing: apt-get install dpkg-dev (the Debian 13 build root has it)."
command -v cpack >/dev/null || die "cpack is missing: apt-get install cmake."

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
arch=$(dpkg --print-architecture)
deb=$build/papersift_${version}_${arch}.deb
[ -n "$version" ] || die "$build is not configured (no CMAKE_PROJECT_VERSION in its CMakeCache.txt)."

rm -f "$deb"
if ! (cd "$build" && cpack -G DEB >cpack.log 2>&1); then
    tail -n 30 "$build/cpack.log" >&2
    die "cpack failed (log: $build/cpack.log)."
fi
[ -f "$deb" ] || die "cpack made no $deb (log: $build/cpack.log)."

# What the package must hold; a missing tool at configure time (rsvg-convert) leaves things out.
contents=$(dpkg-deb --contents "$deb" | awk '{ print $NF }' | sed 's|^\./|/|')
missing=""
for f in /usr/bin/papersift \
    /usr/share/applications/io.github.papersift.PaperSift.desktop \
    /usr/share/metainfo/io.github.papersift.papersift.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.papersift.PaperSift.svg \
    /usr/share/icons/hicolor/{16x16,32x32,48x48,64x64,128x128,256x256}/apps/io.github.papersift.PaperSift.png \
    /usr/share/man/man1/papersift.1.gz \
    /usr/share/bash-completion/completions/papersift \
    /usr/share/zsh/vendor-completions/_papersift \
    /usr/share/fish/vendor_completions.d/papersift.fish \
    /usr/share/doc/papersift/copyright \
    /usr/share/doc/papersift/changelog.gz; do
    printf '%s\n' "$contents" | grep -qxF "$f" || missing+="  $f"$'\n'
done
[ -z "$missing" ] || die "the package lacks:
$missing(the PNG icons need rsvg-convert when CMake configures: apt-get install librsvg2-bin, then rerun)."

printf '%s\n' "$deb"
