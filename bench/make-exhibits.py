#!/usr/bin/python3
# make-exhibits.py — the packet benchmark's inputs: a case folder whose
# checklist holds 30 PDFs of 1–10 pages (US Letter and A4, some landscape)
# and 20 phone photos of 3–5 MB with different orientation tags.
#   make-exhibits.py CASE_FOLDER
#
# Copyright 2026 The Discretion developers
# SPDX-License-Identifier: GPL-3.0-or-later

import hashlib
import json
import os
import random
import struct
import subprocess
import sys

import cairo

case_dir = sys.argv[1]
files = os.path.join(case_dir, 'files')
os.makedirs(files, mode=0o700, exist_ok=True)
random.seed(7)
items = ['identity', 'family', 'presence', 'work', 'support-letters', 'background']
documents = {item: [] for item in items}


def record(item, name, stored, mime):
    path = os.path.join(case_dir, stored)
    with open(path, 'rb') as f:
        data = f.read()
    documents[item].append({
        'id': hashlib.sha1(stored.encode()).hexdigest(), 'description': name,
        'added': '2026-11-01T10:00:00Z',
        'files': [{'stored': stored, 'name': name, 'size': len(data),
                   'sha256': hashlib.sha256(data).hexdigest(), 'type': mime}]})


def make_pdf(path, pages, width, height):
    surface = cairo.PDFSurface(path, width, height)
    cr = cairo.Context(surface)
    for page in range(pages):
        cr.select_font_face('Serif')
        cr.set_font_size(11)
        for line in range(45):
            cr.move_to(54, 60 + line * 15)
            cr.show_text(f'Page {page + 1}, line {line + 1}: rent paid in full, receipt number '
                         f'{random.randint(10000, 99999)}.')
        cr.show_page()
    surface.finish()


def with_orientation(jpeg, orientation):
    """Puts an EXIF block with just the orientation tag after the JPEG's SOI."""
    tiff = b'MM\x00\x2a\x00\x00\x00\x08' + struct.pack('>H', 1) \
        + struct.pack('>HHIHH', 0x0112, 3, 1, orientation, 0) + struct.pack('>I', 0)
    app1 = b'Exif\x00\x00' + tiff
    return jpeg[:2] + b'\xff\xe1' + struct.pack('>H', len(app1) + 2) + app1 + jpeg[2:]


for n in range(30):
    size = random.choice([(612, 792), (595, 842), (842, 595), (792, 612)])
    name = f'scan-{n + 1:02d}.pdf'
    make_pdf(os.path.join(files, name), random.randint(1, 10), *size)
    record(items[n % len(items)], name, f'files/{name}', 'application/pdf')

for n in range(20):
    name = f'photo-{n + 1:02d}.jpg'
    path = os.path.join(files, name)
    # Noise compresses badly: a phone-sized file from a 2400×1800 picture.
    subprocess.run(['convert', '-size', '2400x1800', 'xc:', '+noise', 'Random',
                    '-quality', '82', path], check=True)
    with open(path, 'rb') as f:
        jpeg = f.read()
    with open(path, 'wb') as f:
        f.write(with_orientation(jpeg, [1, 3, 6, 8][n % 4]))
    record(items[n % len(items)], name, f'files/{name}', 'image/jpeg')

case = {
    'format': 'discretion-case', 'version': 1, 'id': 'bench-packet', 'name': 'Benchmark',
    'created': '2026-11-01T10:00:00Z', 'modified': '2026-11-01T10:00:00Z',
    'answers': {'full_name': 'Bench Mark', 'a_number': '012345678', 'case_status': 'pending',
                'outcome': 'admin_closure', 'entry_date': '2012-01-01', 'work': 'yes',
                'us_family': ['children'],
                'children': [{'name': 'Ana', 'status': 'citizen'}], 'community': ['volunteer']},
    'checklist': {'items': {item: {'documents': docs} for item, docs in documents.items()}},
}
with open(os.path.join(case_dir, 'case.json'), 'w', encoding='utf-8') as f:
    json.dump(case, f)
