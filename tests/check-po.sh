#!/usr/bin/env bash
# check-po.sh — every translation in po/LINGUAS compiles with format checks,
# is complete and has no fuzzy entries, and covers every current string.
#   tests/check-po.sh SOURCE-ROOT BUILD-ROOT
set -uo pipefail
src=$1 build=$2
n=0 status=0
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
pot=$work/discretion.pot
( cd "$src" && xgettext --files-from=po/POTFILES.in --from-code=UTF-8 \
    --add-comments=Translators: \
    --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
    --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
    --output="$pot" 2>"$work/xgettext.log" ) || { cat "$work/xgettext.log"; exit 1; }
sed -i "s/charset=CHARSET/charset=UTF-8/" "$pot"
for lang in $(grep -v '^#' "$src/po/LINGUAS"); do
    po=$src/po/$lang.po
    n=$((n + 1))
    if msgfmt --check --output-file=/dev/null "$po" 2>"$work/err"; then
        echo "ok $n - $lang: msgfmt --check"
    else
        echo "not ok $n - $lang: msgfmt --check"; sed 's/^/# /' "$work/err"; status=1
    fi
    n=$((n + 1))
    merged=$work/$lang.po
    msgmerge --quiet --no-fuzzy-matching "$po" "$pot" -o "$merged"
    stats=$(msgfmt --statistics --output-file=/dev/null "$merged" 2>&1)
    if grep -qE 'untranslated|fuzzy' <<<"$stats"; then
        echo "not ok $n - $lang: complete ($stats)"; status=1
        msgattrib --untranslated --no-obsolete "$merged" | grep '^msgid' | head -20 | sed 's/^/# /'
    else
        echo "ok $n - $lang: complete ($stats)"
    fi
done
echo "1..$n"
exit $status
