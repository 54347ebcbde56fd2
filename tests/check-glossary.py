#!/usr/bin/python3
# check-glossary.py — terms people meet on official U.S. papers keep their
# English in every translation (po/GLOSSARY.tsv marks which), and the
# glossary has a column for every language in po/LINGUAS.
#
# Copyright 2026 The Discretion developers
# SPDX-License-Identifier: GPL-3.0-or-later

import ast
import csv
import os
import sys

src = sys.argv[1]
po_dir = os.path.join(src, 'po')
checks = []


def check(ok, what, details=()):
    checks.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(checks)} - {what}")
    for line in list(details)[:10]:
        print(f'# {line}')


def parse_po(path):
    """Entries as (msgid, msgstr) with plural forms joined."""
    entries, entry, field = [], {}, None
    with open(path, encoding='utf-8') as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith('#'):
                if 'msgid' in entry:
                    entries.append(entry)
                entry, field = ({}, None) if not line else (entry, field)
                continue
            if line.startswith('msgctxt '):
                if 'msgid' in entry:
                    entries.append(entry)
                    entry = {}
                field, value = 'ctx', line[8:]
            elif line.startswith('msgid_plural '):
                field, value = 'msgid', line[13:]
                entry['msgid'] += ' '
            elif line.startswith('msgid '):
                if 'msgid' in entry:
                    entries.append(entry)
                    entry = {}
                field, value = 'msgid', line[6:]
            elif line.startswith('msgstr'):
                field, value = 'msgstr', line[line.index(' ') + 1:]
                entry['msgstr'] = entry.get('msgstr', '') + ' '
            else:
                value = line
            entry[field] = entry.get(field, '') + ast.literal_eval(value)
    if 'msgid' in entry:
        entries.append(entry)
    return [(e['msgid'], e.get('msgstr', '')) for e in entries if e.get('msgid')]


with open(os.path.join(po_dir, 'LINGUAS'), encoding='utf-8') as f:
    linguas = [l.strip() for l in f if l.strip() and not l.startswith('#')]
with open(os.path.join(po_dir, 'GLOSSARY.tsv'), encoding='utf-8') as f:
    rows = list(csv.DictReader(f, delimiter='\t'))

columns = set(rows[0].keys()) if rows else set()
missing = [lang for lang in linguas if lang not in columns]
check(not missing, 'the glossary has a column for every language', missing)
empty = [f"{row['term']} ({lang})" for row in rows for lang in linguas
         if lang in columns and not (row.get(lang) or '').strip()]
check(not empty, 'every glossary term is translated in every language', empty)

keep = [row['term'] for row in rows if row.get('keep_english') == 'yes']
for lang in linguas:
    entries = parse_po(os.path.join(po_dir, f'{lang}.po'))
    bad = []
    for term in keep:
        for msgid, msgstr in entries:
            if term.lower() in msgid.lower() and term.lower() not in msgstr.lower():
                bad.append(f'{term!r} missing in: {msgid[:70]!r}')
    check(not bad, f'{lang}: official terms keep their English', bad)
    listed = [f"{row['term']}: {row[lang]!r}" for row in rows
              if row.get('keep_english') == 'yes' and lang in row
              and row['term'].lower() not in (row[lang] or '').lower()]
    check(not listed, f'{lang}: the glossary itself shows the English where it must', listed)

print(f'1..{len(checks)}')
sys.exit(0 if all(checks) else 1)
