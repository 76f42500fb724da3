#!/bin/sh
# Adds Social Desk to this user's application menu (no root needed). Run it from the
# unpacked SocialDesk folder; run it again after moving the folder.
#   ./install-linux.sh            install
#   ./install-linux.sh --remove   take it out of the menu again (the folder stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
desktop=$data/applications/socialdesk.desktop
icon=$data/icons/hicolor/256x256/apps/socialdesk.png

if [ "${1:-}" = "--remove" ]; then
  rm -f "$desktop" "$icon"
  echo "Removed Social Desk from the menu."
  exit 0
fi

mkdir -p "$(dirname "$desktop")" "$(dirname "$icon")"
cp "$here/socialdesk.png" "$icon"
# Exec gets the absolute path, quoted as the desktop entry spec asks.
sed "s|^Exec=.*|Exec=\"$here/SocialDesk\"|" "$here/socialdesk.desktop" > "$desktop"
chmod 644 "$desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Social Desk is in your application menu (launcher: $desktop)."
