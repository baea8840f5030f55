#!/bin/sh
# Install the unpacked Drafter folder for the current user: a command, a menu entry and an icon.
# Run from inside the unpacked folder: ./install.sh   (nothing outside ~/.local is touched)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$HOME/.local/bin" "$HOME/.local/share/applications" "$HOME/.local/share/icons/hicolor/256x256/apps"
ln -sf "$here/drafter" "$HOME/.local/bin/drafter"
cp "$here/drafter.png" "$HOME/.local/share/icons/hicolor/256x256/apps/drafter.png"
sed "s|^Exec=drafter|Exec=$here/drafter|" "$here/drafter.desktop" > "$HOME/.local/share/applications/drafter.desktop"
echo "Drafter installed: run 'drafter' or find it in the applications menu."
