#!/bin/sh
# Prints the path of an optimised CPython for release builds (`make release`), building it
# the first time (~20 minutes on 2 cores; then it is reused).
#
# The one-folder program carries the interpreter it was built with, and two thirds of its
# launch, and most of its work per counter message, is that interpreter running Python.
# python.org's Windows and macOS installers are built with profile-guided optimisation and
# link-time optimisation; pyenv's builds (and a plain ./configure) are not. On the bench
# machine a PGO+LTO build launches the display ~20 ms sooner and spends ~10 % less CPU per
# update (docs/profile.md, docs/performance.md).
#
# Built: CPython $VERSION with --enable-optimizations --with-lto, and --enable-shared
# (PyInstaller needs libpython), into $CACHE. The source is upstream's release tarball,
# checked against SHA256 below, from python.org or Debian's mirror (whose orig tarball is it;
# the mirror keeps only the versions Debian's suites carry, so when it moves on, set VERSION
# and SHA256 to the new release's).
# Needs a C compiler, make and the usual -dev packages (libssl, zlib, libbz2, liblzma, libffi,
# libsqlite3, uuid); `apt-get build-dep python3` gives them on Debian.
set -eu

VERSION=3.13.15
SHA256=1e66a7945a48390ee4c2a4268a0e4185884059a13c4aab6d148aa208deea4a76
SOURCES="https://www.python.org/ftp/python/$VERSION/Python-$VERSION.tar.xz
http://deb.debian.org/debian/pool/main/p/python${VERSION%.*}/python${VERSION%.*}_$VERSION.orig.tar.xz"
CACHE=${DISPLAY_APP_RELEASE_PYTHON_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/display-app/cpython-$VERSION-pgo-lto}
PYTHON="$CACHE/bin/python${VERSION%.*}"

if "$PYTHON" -c 'import ssl, ctypes, decimal, lzma, bz2, zlib' >/dev/null 2>&1; then
    echo "$PYTHON"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball="$work/python.tar.xz"
for url in $SOURCES; do
    echo "release-python: fetching $url" >&2
    if curl -fsSL --max-time 300 -o "$tarball" "$url" && echo "$SHA256  $tarball" | sha256sum -c --status; then
        break
    fi
    rm -f "$tarball"
done
[ -f "$tarball" ] || { echo "release-python: could not fetch CPython $VERSION (checked against $SHA256) from: $SOURCES" >&2; exit 1; }

tar -xJf "$tarball" -C "$work"
cd "$work/Python-$VERSION"
echo "release-python: building CPython $VERSION with PGO and LTO into $CACHE (~20 minutes; log: $work/build.log)" >&2
{
    ./configure --prefix="$CACHE" --enable-optimizations --with-lto --enable-shared \
        LDFLAGS="-Wl,-rpath,$CACHE/lib" &&
    make -j"$(nproc)" &&
    make install
} >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log" >&2; echo "release-python: the build failed (above)" >&2; exit 1; }
"$PYTHON" -c 'import ssl, ctypes, decimal, lzma, bz2, zlib' || { echo "release-python: $PYTHON lacks a module the app needs (a -dev package was missing when it was built)" >&2; exit 1; }
echo "$PYTHON"
