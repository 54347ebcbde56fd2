#!/usr/bin/env bash
# test-cli.sh — discretion --list-cases without a display: output, exit
# codes, unreadable cases left untouched, and 500 cases with unreadable
# files/ folders listed at once.
#   tests/test-cli.sh PATH-TO-discretion PATH-TO-sample-case.json
set -uo pipefail

bin=$1 sample=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/discretion-cli-XXXXXX")
trap 'chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT
n=0 failed=0
check() {  # check DESCRIPTION COMMAND...
    local what=$1; shift
    n=$((n + 1))
    if "$@"; then echo "ok $n - $what"; else echo "not ok $n - $what"; failed=$((failed + 1)); fi
}
export LANG=C.UTF-8 LANGUAGE=en
unset DISPLAY WAYLAND_DISPLAY

data=$work/data
export XDG_DATA_HOME=$data
cases=$data/io.github.discretionapp.Discretion/cases

# No data folder yet: nothing listed, nothing created.
out=$("$bin" --list-cases); status=$?
check "empty: exit 0" test $status -eq 0
check "empty: prints nothing" test -z "$out"
check "empty: creates nothing" test ! -e "$data/io.github.discretionapp.Discretion"

# One good case.
id=6f1c2a8e-4b7d-4c1e-9a3f-2d5e8b7c9a10
mkdir -p "$cases/$id"
cp "$sample" "$cases/$id/case.json"
out=$("$bin" --list-cases); status=$?
check "one case: exit 0" test $status -eq 0
check "one case: id, name, last change" \
    test "$out" = "$id	Maria — clinic, Tuesday	2026-05-02T16:30:00Z"

# A damaged one: reported on stderr in plain words, left untouched, exit 1.
mkdir -p "$cases/broken"
printf '{"format":"discretion-case","version":1,"id":"bro' >"$cases/broken/case.json"
before=$(sha256sum "$cases/broken/case.json")
out=$("$bin" --list-cases 2>"$work/err"); status=$?
check "damaged: exit 1" test $status -eq 1
check "damaged: the good case is still listed" grep -q "^$id	" <<<"$out"
check "damaged: named on stderr" grep -q 'broken' "$work/err"
check "damaged: said in plain words" grep -q 'could not be read' "$work/err"
check "damaged: file untouched" test "$before" = "$(sha256sum "$cases/broken/case.json")"
check "damaged: nothing set aside by listing" \
    test "$(ls "$cases/broken")" = "case.json"
rm -rf "$cases/broken"

# Bad usage.
"$bin" --no-such-option >/dev/null 2>&1; status=$?
check "unknown option: exit 2" test $status -eq 2
"$bin" --list-cases extra >/dev/null 2>&1; status=$?
check "stray argument: exit 2" test $status -eq 2
"$bin" --version | grep -q '^discretion '; status=$?
check "--version" test $status -eq 0

# The letter as PDF, without a display: by id and by folder, in English
# whatever the interface language.
export DISCRETION_NOW=2026-11-23T12:00:00Z
"$bin" --export-letter "$id" --output "$work/letter.pdf"; status=$?
check "export-letter by id: exit 0" test $status -eq 0
check "export-letter: a PDF" test "$(head -c 5 "$work/letter.pdf")" = "%PDF-"
if command -v pdftotext >/dev/null; then
    pdftotext "$work/letter.pdf" "$work/letter.txt"
    check "export-letter: the name from the case" grep -q "María José Pérez López" "$work/letter.txt"
    check "export-letter: the court" grep -q "Immigration court: Charlotte, NC" "$work/letter.txt"
    check "export-letter: US Letter pages" \
        bash -c "pdfinfo '$work/letter.pdf' | grep -q 'Page size: *612 x 792'"
    check "the Spanish interface is there to test against" \
        bash -c "LANGUAGE=es '$bin' --help | grep -q 'Prepare una solicitud'"
    LANGUAGE=es "$bin" --export-letter "$cases/$id" --output "$work/letter-es.pdf"
    pdftotext "$work/letter-es.pdf" "$work/letter-es.txt"
    check "export-letter in Spanish: the letter stays English" \
        grep -q "Request for prosecutorial discretion" "$work/letter-es.txt"
    check "export-letter in Spanish: page numbers in English" grep -q "Page 1 of" "$work/letter-es.txt"
    check "export-letter: a case folder is only read" \
        test "$(ls "$cases/$id")" = "case.json"
fi
"$bin" --export-packet "$id" --output "$work/packet.pdf"; status=$?
check "export-packet: exit 0" test $status -eq 0
if command -v pdftotext >/dev/null; then
    pdftotext "$work/packet.pdf" "$work/packet.txt"
    check "export-packet: every page numbered, with the name" \
        grep -q "María José Pérez López · A012-345-678 · Page 1 of" "$work/packet.txt"
fi
"$bin" --export-letter "$id" --export-packet "$id" --output "$work/y.pdf" >/dev/null 2>&1; status=$?
check "export-letter and export-packet together: exit 2" test $status -eq 2
"$bin" --export-letter no-such-case --output "$work/x.pdf" 2>"$work/err"; status=$?
check "export-letter, no such case: exit 1" test $status -eq 1
check "export-letter, no such case: said" grep -q "no-such-case" "$work/err"
check "export-letter, no such case: no file" test ! -e "$work/x.pdf"
"$bin" --export-letter "$id" >/dev/null 2>&1; status=$?
check "export-letter without --output: exit 2" test $status -eq 2
"$bin" --export-letter "$id" --output /proc/nowhere/x.pdf 2>"$work/err"; status=$?
check "export-letter to a folder that cannot be written: exit 1" test $status -eq 1

# 500 cases whose files/ folders are unreadable (mode 000). Root reads
# anything, so as root the listing runs as nobody to make 000 mean it.
rm -rf "$cases"; mkdir -p "$cases"
for i in $(seq -w 1 500); do
    d="$cases/case-$i"
    mkdir -p "$d/files"
    sed -e "s/6f1c2a8e-4b7d-4c1e-9a3f-2d5e8b7c9a10/case-$i/" \
        -e "s/Maria — clinic, Tuesday/Person $i/" "$sample" >"$d/case.json"
    echo "private" >"$d/files/photo.jpg"
    chmod 000 "$d/files"
done
run=("$bin" --list-cases)
if [[ $(id -u) -eq 0 ]] && command -v setpriv >/dev/null; then
    chown -R nobody "$data"; chmod 755 "$work"
    run=(setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/nonexistent "$bin" --list-cases)
fi
start=$(date +%s%N)
"${run[@]}" >"$work/out500" 2>"$work/err500"; status=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "# figures: --list-cases over 500 cases with unreadable files/: ${ms} ms"
check "500 cases: exit 0" test $status -eq 0
check "500 cases: all listed" test "$(wc -l <"$work/out500")" -eq 500
check "500 cases: no complaints" test ! -s "$work/err500"

echo "1..$n"
test $failed -eq 0
