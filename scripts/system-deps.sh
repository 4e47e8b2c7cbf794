#!/usr/bin/env bash
# What the tests need beyond npm: Debian's Chromium (end-to-end tests, Lighthouse), Java (the Nu
# Html Checker) and Noto CJK fonts (Chinese in screenshots and layout checks). Run before
# `npm test` (as its pretest step): as root it installs what is missing with apt-get; otherwise it
# says exactly what to install and stops.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if command -v fc-list >/dev/null 2>&1; then
  fc-list :lang=zh family 2>/dev/null | grep -qi 'noto.*cjk' || missing+=(fonts-noto-cjk)
else
  missing+=(fonts-noto-cjk)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing what the tests need: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The tests need Debian packages that are not installed: ${missing[*]}" >&2
echo "Install them as root, then run npm test again:" >&2
echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
[ -x "$chromium" ] || echo "(or set CHROMIUM_PATH to another Chromium)" >&2
exit 1
