#!/usr/bin/env bash
# Checks that every package in packaging/debian-packages.txt is installed under that exact
# name. dev.sh installs them before building, so a name that is still missing afterwards is a
# virtual or misspelt package that would make dev.sh call apt-get on every run.
set -u
list="$(dirname "${BASH_SOURCE[0]}")/debian-packages.txt"
status=0
for package in $(grep -v '^\s*#' "$list" | grep -v '^\s*$'); do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        echo "not installed under this name: $package" >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "all packages of $list are installed"
exit $status
