#!/usr/bin/env bash
# Installs the system packages caseql needs on Debian/Ubuntu, only when they are missing:
# libedit's headers (the line editor), zlib's (ZIPFoundation, for REFI-QDA .qdpx), tmux (the
# terminal tests of the shell) and xmllint (the tests check REFI-QDA exports against the schema).
set -euo pipefail
missing=()
pkg-config --exists libedit 2>/dev/null || missing+=(libedit-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
