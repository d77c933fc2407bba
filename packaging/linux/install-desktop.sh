#!/bin/sh
# Add GradientDesk (this unpacked folder) to the desktop: menu entry, icon, and .gdesk files opening in it.
#
#   ./install-desktop.sh               for the current user (~/.local/share, ~/.local/bin/gradientdesk)
#   sudo ./install-desktop.sh --system for everyone (/usr/local/share, /usr/local/bin/gradientdesk)
#   ./install-desktop.sh --uninstall   [--system] removes what the same command added
#
# Keep this folder where it is afterwards: the menu entry starts the GradientDesk executable inside it.
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
app_id=org.gradientdesk.GradientDesk
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="$HOME/.local/bin"
action=install
for arg in "$@"; do
  case "$arg" in
    --system) data=/usr/local/share; bin=/usr/local/bin ;;
    --uninstall) action=uninstall ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "install-desktop.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

case "$here" in  # characters the desktop entry's Exec quoting or the sed below would mangle
  *[\"\`\$\\\&\|]*) echo "install-desktop.sh: move this folder to a path without \" \` \$ \\ & or | first" >&2; exit 1 ;;
esac
[ -x "$here/GradientDesk" ] || { echo "install-desktop.sh: $here/GradientDesk is missing" >&2; exit 1; }

refresh() {  # let menus, file managers and icon caches see the change (each tool is optional)
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
}

if [ "$action" = uninstall ]; then
  rm -f "$data/applications/$app_id.desktop" "$data/mime/packages/$app_id.xml" \
        "$data/metainfo/$app_id.metainfo.xml" "$data"/icons/hicolor/*/apps/"$app_id".png \
        "$data/icons/hicolor/scalable/apps/$app_id.svg"
  [ -L "$bin/gradientdesk" ] && rm -f "$bin/gradientdesk"
  refresh
  echo "GradientDesk removed from $data"
  exit 0
fi

mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo" "$bin"
# The entry names the executable by its absolute path (it is not on PATH); quoted as the Desktop Entry spec asks.
sed -e "s|^Exec=.*|Exec=\"$here/GradientDesk\" %f|" -e "s|^TryExec=.*|TryExec=$here/GradientDesk|" \
    "$here/share/applications/$app_id.desktop" > "$data/applications/$app_id.desktop"
cp "$here/share/mime/packages/$app_id.xml" "$data/mime/packages/"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
cp -R "$here/share/icons" "$data/"
ln -sf "$here/GradientDesk" "$bin/gradientdesk"
refresh
echo "GradientDesk added to the menu ($data/applications/$app_id.desktop); .gdesk files open in it."
echo "From a terminal: $bin/gradientdesk (or 'gradientdesk' when $bin is on PATH)."
