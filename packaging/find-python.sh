#!/bin/sh
# Prints the path of a Python >= 3.12 interpreter, or fails with a clear message.
# Order: $PYTHON, python3.12 and newer on PATH, pyenv-installed 3.12+, plain python3.
check() {
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1
}
for c in "${PYTHON:-}" python3.12 python3.13 python3.14 \
         "$HOME"/.pyenv/versions/3.12*/bin/python3 "$HOME"/.pyenv/versions/3.1[3-9]*/bin/python3 \
         /usr/local/bin/python3.12 /usr/bin/python3.12 python3; do
    [ -n "$c" ] || continue
    if check "$c"; then command -v "$c" 2>/dev/null || echo "$c"; exit 0; fi
done
echo "display-app needs Python 3.12 or newer (PySide6 6.12 crashes on 3.11). Install python3.12 or set PYTHON=/path/to/python3.12." >&2
exit 1
