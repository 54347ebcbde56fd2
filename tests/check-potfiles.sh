#!/usr/bin/env bash
# check-potfiles.sh — po/POTFILES.in lists every file with translatable
# strings, no other, sorted.
#   tests/check-potfiles.sh SOURCE-ROOT
set -uo pipefail
cd "$1"
status=0
listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d')
found=$( (grep -rlE '(\b_|\bN_|\bC_|\bNC_|g_dngettext)\(|translatable="yes"' \
            src --include='*.c' --include='*.ui' ;
        ls data/*.desktop.in data/*.metainfo.xml.in) | LC_ALL=C sort)
missing=$(LC_ALL=C comm -13 <(echo "$listed" | LC_ALL=C sort) <(echo "$found"))
extra=$(LC_ALL=C comm -23 <(echo "$listed" | LC_ALL=C sort) <(echo "$found"))
if [[ -n $missing ]]; then echo "not ok 1 - missing from po/POTFILES.in: $missing"; status=1
else echo "ok 1 - every file with translatable strings is in po/POTFILES.in"; fi
if [[ -n $extra ]]; then echo "not ok 2 - listed but without strings: $extra"; status=1
else echo "ok 2 - po/POTFILES.in lists no file without strings"; fi
if [[ $listed != "$(echo "$listed" | LC_ALL=C sort)" ]]; then echo "not ok 3 - po/POTFILES.in is not sorted"; status=1
else echo "ok 3 - po/POTFILES.in is sorted"; fi
echo "1..3"
exit $status
