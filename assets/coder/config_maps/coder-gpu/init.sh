#!/bin/sh
# Runs before the GPU Code Server starts: greets and lists the visible GPUs.
# The home is the first argument when it is not /workspace (init containers get no environment).
home=${1:-/workspace}

echo "Preparing your GPU workspace in $home"

if command -v nvidia-smi >/dev/null 2>&1; then
    nvidia-smi -L || true
else
    echo "nvidia-smi not found in this image; skipping GPU listing"
fi

exit 0
