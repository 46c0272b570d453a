#!/usr/bin/env bash
# What the tests need outside Python, installed before each `make test` (so the README's test
# command works on a fresh machine, and CI runs the same thing): system packages with apt-get
# when they are missing and we are root (else one line saying which), and node-coap.
set -euo pipefail
cd "$(dirname "$0")/.."

# -- system packages --------------------------------------------------------------
# The xcb list is what PySide6 6.12's libqxcb.so and libQt6XcbQpa.so.6 link (ldd);
# display_app/syslibs.py holds the same list, and tests/test_syslibs.py keeps them equal.
APT_PACKAGES=(
    xvfb xauth x11-xserver-utils libxtst6
    libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxkbcommon0 libx11-6
    libxcb1 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-util1
    libxcb-render0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-xfixes0 libxcb-xkb1 libxcb-glx0 libxkbcommon-x11-0
)
# Besides Qt's: fonts for the glyph tests (CJK and emoji are too big to ship; the kiosk image
# installs them, docs/accessibility.md), curl (the visit API's third-party client), a C
# compiler and nm (the frozen build rebuilds ICU's data library smaller), node and npm
# (node-coap, the pager base station's third-party client).
APT_PACKAGES+=(fonts-noto-cjk fonts-noto-color-emoji curl gcc binutils)
command -v npm >/dev/null || APT_PACKAGES+=(nodejs npm)
missing=()
for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "test-setup: installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "test-setup: missing system packages: ${missing[*]} (not root, so not installing them)" >&2
    fi
fi

# -- third-party clients the tests drive ----------------------------------------------
# node-coap from the npm registry, pinned by tests/node/package-lock.json.
if command -v npm >/dev/null; then
    [[ -d tests/node/node_modules ]] || (cd tests/node && npm ci --no-audit --no-fund --loglevel=error)
else
    echo "test-setup: npm is missing: the node-coap interop tests will fail (apt-get install nodejs npm)" >&2
fi

