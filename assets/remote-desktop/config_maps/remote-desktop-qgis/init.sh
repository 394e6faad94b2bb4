#!/bin/sh
# Prepares the QGIS desktop: installs a QGIS startup script that registers a few
# public base map connections (XYZ tiles and WMS) the first time QGIS starts.
# An existing startup script is left untouched.
# The home is the first argument when it is not /workspace (init containers get no environment).
home=${1:-/workspace}

qgis_dir=$home/.local/share/QGIS/QGIS3
startup=$qgis_dir/startup.py

mkdir -p "$qgis_dir" || exit 0

if [ -f "$startup" ]; then
    echo "Keeping existing $startup"
    exit 0
fi

cat > "$startup" <<'PYEOF'
# QGIS runs this file at every start. It adds a few public base map
# connections to the browser panel unless a connection with the same name
# is already configured.
from qgis.core import QgsSettings

XYZ_LAYERS = [
    (
        "OpenStreetMap",
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        0,
        19,
    ),
    (
        "OpenTopoMap",
        "https://tile.opentopomap.org/{z}/{x}/{y}.png",
        0,
        17,
    ),
    (
        "Esri World Imagery",
        "https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
        0,
        19,
    ),
]

WMS_LAYERS = [
    (
        "EOX Sentinel-2 cloudless",
        "https://tiles.maps.eox.at/wms",
    ),
    (
        "Terrestris OSM WMS",
        "https://ows.terrestris.de/osm/service",
    ),
]


def add_xyz(settings, name, url, zmin, zmax):
    base = "qgis/connections-xyz/" + name
    if settings.contains(base + "/url"):
        return
    settings.setValue(base + "/url", url)
    settings.setValue(base + "/zmin", zmin)
    settings.setValue(base + "/zmax", zmax)
    settings.setValue(base + "/authcfg", "")
    settings.setValue(base + "/username", "")
    settings.setValue(base + "/password", "")
    settings.setValue(base + "/referer", "")


def add_wms(settings, name, url):
    base = "qgis/connections-wms/" + name
    if settings.contains(base + "/url"):
        return
    settings.setValue(base + "/url", url)
    settings.setValue(base + "/ignoreGetMapURI", False)
    settings.setValue(base + "/ignoreGetFeatureInfoURI", False)
    settings.setValue(base + "/ignoreAxisOrientation", False)
    settings.setValue(base + "/invertAxisOrientation", False)
    settings.setValue(base + "/smoothPixmapTransform", True)


def register_base_layers():
    settings = QgsSettings()
    for name, url, zmin, zmax in XYZ_LAYERS:
        add_xyz(settings, name, url, zmin, zmax)
    for name, url in WMS_LAYERS:
        add_wms(settings, name, url)
    settings.sync()


try:
    register_base_layers()
except Exception as error:
    print("Could not register base layers: " + str(error))
PYEOF

echo "Wrote $startup"
exit 0
