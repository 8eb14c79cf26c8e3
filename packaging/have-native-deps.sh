#!/bin/sh
# Exits 0 when this host can build PaperSift natively: Qt >= 6.8 (with HttpServer for the tests),
# KF6 SyntaxHighlighting and Qt6Keychain, plus cmake and ninja. The Makefile asks it which way to build.
set -u
for tool in cmake ninja; do
    command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool"; exit 1; }
done
qtpaths=$(command -v qtpaths6 || command -v qtpaths-qt6 || ls /usr/lib/qt6/bin/qtpaths 2>/dev/null || ls /usr/lib/*/qt6/bin/qtpaths 2>/dev/null | head -n1)
[ -n "$qtpaths" ] || { echo "missing: Qt 6 (qtpaths6)"; exit 1; }
version=$("$qtpaths" --qt-query QT_VERSION 2>/dev/null)
major=${version%%.*}; rest=${version#*.}; minor=${rest%%.*}
if [ "${major:-0}" -lt 6 ] || { [ "$major" -eq 6 ] && [ "${minor:-0}" -lt 8 ]; }; then
    echo "Qt $version is older than 6.8"; exit 1
fi
libdirs="$("$qtpaths" --qt-query QT_INSTALL_LIBS 2>/dev/null) /usr/lib /usr/lib64 /usr/local/lib ${CMAKE_PREFIX_PATH:-}"
for pkg in KF6SyntaxHighlighting Qt6Keychain Qt6HttpServer; do
    found=
    for d in $libdirs; do
        for c in "$d/cmake/$pkg" "$d"/*/cmake/"$pkg" "$d/lib/cmake/$pkg"; do
            [ -e "$c/${pkg}Config.cmake" ] && found=1
        done
    done
    [ -n "$found" ] || { echo "missing: $pkg"; exit 1; }
done
echo "native: Qt $version"
