#!/usr/bin/python3
# test_language.py — the interface language chosen inside the app: offered
# at first start, remembered, honoured whatever the system locale (a real
# one, C.UTF-8 or plain C), switched from the menu without touching the
# case, and the app comes back to the same place.
#
# Copyright 2026 The Discretion developers
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import App, run_scenarios  # noqa: E402

# One language that reads right to left, if its translation is built.
RTL_CHOICE = ('ar', 'العربية')


def has_label(root, role, text):
    try:
        return root.findChild(lambda n: n.roleName == role and text in (n.name or ''),
                              retry=False, requireResult=False) is not None
    except Exception:
        return False


def case_files(app):
    return glob.glob(os.path.join(app.data_dir, 'cases', '*', 'case.json'))


def answers(app):
    with open(case_files(app)[0], encoding='utf-8') as f:
        return json.load(f)['answers']


def first_start(tap, binary):
    """Offered at first start; Spanish chosen there, the app restarts in it."""
    app = App(binary, settings={})
    try:
        app.start()
        tap.check(app.find('label', name='Language', timeout=8) is not None,
                  'first start: the language is offered')
        app.click(app.find('push button', name='Español'))
        app.reattach(lambda root: has_label(root, 'push button', 'Nueva solicitud'))
        tap.check(True, 'the app starts again in Spanish')
        tap.check(app.settings().get('language') == 'es', 'settings.json remembers “es”')
        app.quit()
    finally:
        app.cleanup()


def system_locales(tap, binary):
    """settings.json says Spanish; the system says English in three ways."""
    available = subprocess.run(['locale', '-a'], capture_output=True, text=True).stdout.lower()
    for name, env in (('en_US.UTF-8', {'LANG': 'en_US.UTF-8', 'LC_ALL': '', 'LANGUAGE': ''}),
                      ('C.UTF-8', {'LANG': 'C.UTF-8', 'LC_ALL': '', 'LANGUAGE': ''}),
                      ('plain C', {'LANG': 'C', 'LC_ALL': 'C', 'LANGUAGE': ''})):
        if name == 'en_US.UTF-8' and 'en_us.utf8' not in available:
            tap.check(False, 'the en_US.UTF-8 locale is generated (build-aux/setup --test)')
            continue
        app = App(binary, env=env, settings={'language-asked': True, 'language': 'es'})
        try:
            app.start()
            tap.check(app.find('push button', contains='Nueva solicitud', timeout=8) is not None,
                      f'Spanish on an English system with {name}')
            app.quit()
        finally:
            app.cleanup()


def switch_keeps_case(tap, binary):
    """From inside a case, switch to a right-to-left language from the menu."""
    app = App(binary, settings={'language-asked': True, 'language': 'es'})
    code, name = RTL_CHOICE
    try:
        app.start()
        app.click(app.find('push button', contains='Nueva solicitud'))
        app.click(app.find('page tab', name='Datos'))
        app.type_text('Rosa Diaz')
        time.sleep(1.5)
        before = answers(app)
        frame = app.find('frame', contains='Discretion')
        frame.doActionNamed('win.language')
        app.click(app.find('push button', name=name, timeout=5))
        app.reattach(lambda root: not has_label(root, 'push button', 'Nueva solicitud')
                     and has_label(root, 'label', 'Rosa Diaz'))
        tap.check(True, f'the app starts again in {code}, back in the same case')
        tap.check(app.settings().get('language') == code, f'settings.json says “{code}”')
        tap.check(answers(app) == before, 'the case is unchanged by the switch')
        tap.check(app.find('page tab', name='التفاصيل', timeout=3) is not None,
                  'the interface is in Arabic')
        app.quit()
    finally:
        app.cleanup()


def main():
    return run_scenarios(first_start, system_locales, switch_keeps_case)


if __name__ == '__main__':
    sys.exit(main())
