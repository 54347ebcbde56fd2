#!/usr/bin/python3
# check-icons.py — the app icons are well-formed SVG of the sizes GNOME
# expects; the symbolic one uses a single colour and no strokes.
#
# Copyright 2026 The Discretion developers
# SPDX-License-Identifier: GPL-3.0-or-later

import re
import sys
import xml.etree.ElementTree as ET

APP_ID = 'io.github.discretionapp.Discretion'
root = sys.argv[1]
checks = []


def check(ok, what):
    checks.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(checks)} - {what}")


def load(path):
    try:
        return ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        print(f'# {path}: {error}')
        return None


full = load(f'{root}/data/icons/hicolor/scalable/apps/{APP_ID}.svg')
check(full is not None and full.tag.endswith('svg'), 'full-colour icon is SVG')
check(full is not None and full.get('viewBox', '').split()[2:] == ['128', '128'],
      'full-colour icon is drawn on 128×128')
check(full is not None and not any(e.tag.endswith('image') for e in full.iter()),
      'full-colour icon has no embedded bitmap')

symbolic = load(f'{root}/data/icons/hicolor/symbolic/apps/{APP_ID}-symbolic.svg')
check(symbolic is not None and symbolic.get('viewBox', '').split()[2:] == ['16', '16'],
      'symbolic icon is drawn on 16×16')
text = open(f'{root}/data/icons/hicolor/symbolic/apps/{APP_ID}-symbolic.svg').read()
colours = set(c.lower() for c in re.findall(r'#[0-9a-fA-F]{6}\b', text))
check(colours <= {'#2e3436'}, f'symbolic icon uses one colour ({sorted(colours)})')
check('stroke=' not in text.replace('stroke="none"', '') and 'stroke:' not in text,
      'symbolic icon has no strokes')

print(f'1..{len(checks)}')
sys.exit(0 if all(checks) else 1)
