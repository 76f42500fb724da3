#!/usr/bin/env bash
# System packages Social Desk needs on Debian/Ubuntu: Qt's runtime libraries (offscreen
# and X11) and a CJK font (WenQuanYi Micro Hei renders right in Qt, matplotlib and PDFs);
# with --test also what the tests and the build use. Installs only what is missing.
set -euo pipefail

# What the app needs to run.
packages=(
  libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libx11-6 libxkbcommon0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
  fonts-wqy-microhei
)
# What the tests and the build need on top: a virtual screen, pdftotext, objdump for
# PyInstaller, a PostgreSQL server for the team-mode tests.
if [ "${1:-}" = "--test" ]; then
  packages+=(xvfb xauth poppler-utils binutils postgresql)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian-like system: install Qt's runtime libraries and a CJK font yourself." >&2
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Debian splits venv out of Python; a pyenv or python.org Python has it built in.
python3 -c "import ensurepip, venv" 2>/dev/null || missing+=(python3-venv)
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing system packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
# matplotlib caches the font list; a new font is only seen after the cache goes.
rm -rf "${HOME}/.cache/matplotlib"
