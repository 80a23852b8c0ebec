#!/usr/bin/env bash
# Installs the system packages caseql needs on Debian/Ubuntu, only when they are missing:
# libedit's headers (the line editor) and tmux (the terminal tests of the shell).
set -euo pipefail
missing=()
pkg-config --exists libedit 2>/dev/null || missing+=(libedit-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
