#!/bin/sh
# Prepares the workspace volume before Code Server starts.
# Writes a default VS Code user settings file unless the user already has one.
# The home is the first argument when it is not /workspace (init containers get no environment).
home=${1:-/workspace}

settings_dir=$home/User
settings_file=$settings_dir/settings.json

mkdir -p "$settings_dir" || exit 0

if [ ! -f "$settings_file" ]; then
    cat > "$settings_file" <<'JSON'
{
    "workbench.colorTheme": "Default Dark Modern",
    "editor.fontSize": 14,
    "editor.rulers": [
        88
    ],
    "files.autoSave": "afterDelay",
    "terminal.integrated.defaultProfile.linux": "bash",
    "telemetry.telemetryLevel": "off"
}
JSON
    echo "Wrote default settings to $settings_file"
else
    echo "Keeping existing $settings_file"
fi

exit 0
