#!/usr/bin/python3
# test_spanish.py — the real app in Spanish on an English (C.UTF-8) system:
# the visible labels are Spanish, and the case file is the same.
#
# Copyright 2026 The Discretion developers
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import App, run_scenarios  # noqa: E402


def spanish(tap, binary):
    app = App(binary, env={'LANG': 'C.UTF-8', 'LANGUAGE': 'es'})
    try:
        app.start()
        tap.check(app.find('push button', contains='Nueva solicitud') is not None,
                  'the empty state offers “Nueva solicitud”')
        tap.check(app.find('label', contains='información legal, no asesoría legal') is not None,
                  'the legal-information note is in Spanish')
        app.click(app.find('push button', contains='Nueva solicitud'))
        app.click(app.find('page tab', name='Datos'))
        tap.check(app.find('text', name='Nombre completo') is not None,
                  'the details form is in Spanish')
        tap.check(app.find('combo box', name='Fecha de nacimiento: mes') is not None,
                  'date parts are named in Spanish for screen readers')
        app.type_text('Rosa Diaz')
        unnamed = app.unnamed_controls()
        tap.check(not unnamed, f'every control has a name {unnamed}')
        # The help page, and its English original one click away.
        app.find('frame', contains='Discretion').doActionNamed('win.about-pd')
        tap.check(app.find('heading', name='¿Qué es la discreción procesal?', timeout=5)
                  is not None, 'the help page is in Spanish')
        app.click(app.find('push button', name='Mostrar en inglés'))
        tap.check(app.find('heading', name='What Is Prosecutorial Discretion?', timeout=5)
                  is not None, '“Mostrar en inglés” shows the English original')
        app.press('Escape')
        tap.check(app.quit() == 0, 'Ctrl+Q quits')
        files = glob.glob(os.path.join(app.data_dir, 'cases', '*', 'case.json'))
        with open(files[0], encoding='utf-8') as f:
            saved = json.load(f)
        tap.check(saved['answers'].get('full_name') == 'Rosa Diaz'
                  and 'Nueva' not in json.dumps(saved),
                  'the case holds what was typed, not interface words')
    finally:
        app.cleanup()


def main():
    return run_scenarios(spanish)

if __name__ == '__main__':
    sys.exit(main())
