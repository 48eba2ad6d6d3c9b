#!/bin/sh
# run-if-present.sh TOOL ARGS...
# Runs TOOL with ARGS and passes on its exit status; exits 77 (ctest SKIP_RETURN_CODE) when
# TOOL is not installed, so a validation test is skipped instead of failed.
if [ $# -lt 1 ]; then
    echo "usage: $0 TOOL [ARGS...]" >&2
    exit 2
fi
tool=$1
shift
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool not found: skipping" >&2
    exit 77
fi
exec "$tool" "$@"
