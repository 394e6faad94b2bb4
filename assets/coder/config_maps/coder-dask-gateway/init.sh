#!/bin/sh
# Prepares a Code Server workspace for Dask Gateway work:
#   1. clones an example application package,
#   2. installs a few VS Code extensions,
#   3. builds a Python environment with dask, dask-gateway and xarray,
#   4. registers that environment as a Jupyter kernel.
# Every step is best effort: this script must never fail the init container.

# Init containers do not get the workspace environment, so set it here; the home is the first argument when it
# is not /workspace.
HOME=${1:-/workspace}
XDG_CONFIG_HOME=$HOME/.local
XDG_DATA_HOME=$HOME/.local/share
export HOME XDG_CONFIG_HOME XDG_DATA_HOME

app_repo=https://github.com/eoepca/dask-app-package.git
app_dir=$HOME/dask-app-package
venv_dir=$HOME/.venv/dask

# 1. Example application package
if [ -d "$app_dir" ]; then
    echo "$app_dir already present; not cloning"
elif command -v git >/dev/null 2>&1; then
    if git clone --depth 1 "$app_repo" "$app_dir"; then
        echo "Cloned $app_repo into $app_dir"
    else
        echo "Could not clone $app_repo; continuing without the example package"
        mkdir -p "$app_dir" || true
    fi
else
    echo "git not available; creating an empty $app_dir"
    mkdir -p "$app_dir" || true
fi

# 2. VS Code extensions
if command -v code-server >/dev/null 2>&1; then
    for ext in ms-python.python ms-toolsai.jupyter redhat.vscode-yaml; do
        code-server --install-extension "$ext" || echo "Could not install extension $ext"
    done
else
    echo "code-server not found; skipping extensions"
fi

# 3. Python environment
if [ -x "$venv_dir/bin/python" ]; then
    echo "Python environment $venv_dir already exists"
elif command -v python3 >/dev/null 2>&1; then
    mkdir -p "$HOME/.venv" || true
    if python3 -m venv "$venv_dir"; then
        "$venv_dir/bin/python" -m pip install --upgrade pip \
            || echo "Could not upgrade pip"
        "$venv_dir/bin/python" -m pip install dask distributed dask-gateway xarray ipykernel \
            || echo "Could not install the dask packages"
    else
        echo "Could not create $venv_dir"
    fi
else
    echo "python3 not found; skipping the dask environment"
fi

# 4. Jupyter kernel
if [ -x "$venv_dir/bin/python" ]; then
    "$venv_dir/bin/python" -m ipykernel install --user --name dask --display-name "Python (dask)" \
        || echo "Could not register the dask kernel"
fi

exit 0
