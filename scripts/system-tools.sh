#!/usr/bin/env bash
# The suite opens our files in LibreOffice, renders them with pdftoppm and drives the page in Chromium;
# it checks our chart parts against the ECMA-376 schema and the add-in manifest against Microsoft's XSD
# with xmllint, and reads charts with openpyxl.
# These come from Debian, not npm: install the missing ones when we can (root with apt-get), so that
# README's test command works on a fresh machine; otherwise say what to install.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || missing+=(python3-openpyxl)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Memasang dari Debian untuk pengujian: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "Pengujian memerlukan paket Debian yang belum terpasang: ${missing[*]}." >&2
echo "Pasang dulu sebagai root: apt-get install --no-install-recommends ${missing[*]}" >&2
exit 1
