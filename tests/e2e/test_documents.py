#!/usr/bin/python3
# test_documents.py — end to end: the Documents place. Attach two files
# through the real file chooser, see them listed, remove one and undo with
# Ctrl+Z, remove it again, quit, start again: the state is restored.
#
# Copyright 2026 The Discretion developers
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import json
import os
import stat
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e import App, run_scenarios, wait_for  # noqa: E402

ITEM = 'Proof of who you are'


def make_files(folder):
    os.makedirs(folder, exist_ok=True)
    paths = {}
    for name, data in (('passport.pdf', b'%PDF-1.4\n% a passport scan\n'),
                       ('birth certificate.png', b'\x89PNG\r\n\x1a\n not really an image')):
        path = os.path.join(folder, name)
        with open(path, 'wb') as f:
            f.write(data)
        os.chmod(path, 0o444)
        paths[name] = path
    return paths


def remove(app, name):
    """The document's menu, then Remove by its mnemonic (GTK 4.8 menu items
    take no AT-SPI action)."""
    app.reveal(app.find('push button', name=f'Actions for “{name}”')).click()
    time.sleep(0.5)
    app.press('r')


def attach(app, tap, path):
    """Attach Files… on the open item, then type the path into the chooser."""
    app.reveal(app.find('list item', name='Attach Files…')).click()
    # GTK 4.8 gives the file chooser window the role "filler".
    tap.check(wait_for(lambda: any(ITEM in (c.name or '') for c in app.root.children)),
              f'the file chooser opens, titled with the item, for {os.path.basename(path)}')
    app.press('<Control>l')
    app.type_text(path)
    app.press('Return')
    return wait_for(lambda: app.root.findChild(
        lambda n: n.roleName == 'list item' and n.name == os.path.basename(path),
        retry=False, requireResult=False) is not None, timeout=10)


def documents(tap, binary):
    app = App(binary)
    home_files = make_files(os.path.join(app.home, 'papers'))
    try:
        app.start()
        app.click(app.find('push button', contains='New Request'))
        app.click(app.find('page tab', name='Documents'))
        tap.check(app.find('label', contains='ready', timeout=5) is not None,
                  'the Documents place shows how many papers are ready')
        item = app.find('list item', name=ITEM)
        item.click()
        tap.check(app.find('label', contains='Passport, national ID card') is not None,
                  'an item says which documents work')

        for name in ('passport.pdf', 'birth certificate.png'):
            tap.check(attach(app, tap, home_files[name]), f'{name} is listed after attaching')
        tap.check(app.find('label', contains='I have it · 2 documents') is not None,
                  'the item counts two documents and is marked "I have it"')

        # Remove one through its menu; Ctrl+Z brings it back.
        remove(app, 'passport.pdf')
        tap.check(wait_for(lambda: app.root.findChild(
            lambda n: n.roleName == 'list item' and n.name == 'passport.pdf',
            retry=False, requireResult=False) is None), 'Remove takes it off the list')
        tap.check(app.find('label', contains='“passport.pdf” removed') is not None,
                  'a toast says it was removed')
        app.press('<Control>z')
        tap.check(app.find('list item', name='passport.pdf', timeout=5) is not None,
                  'Ctrl+Z brings it back')

        # Remove the other one for good.
        remove(app, 'birth certificate.png')
        time.sleep(0.5)

        # libadwaita 1.2's toast has an unnamed close button: not ours to name.
        unnamed = [u for u in app.unnamed_controls() if 'AdwToastWidget' not in u]
        tap.check(not unnamed, f'Documents place: every control has a name {unnamed}')
        tap.check(app.quit() == 0, 'Ctrl+Q quits cleanly')

        files = glob.glob(os.path.join(app.data_dir, 'cases', '*', 'case.json'))
        with open(files[0], encoding='utf-8') as f:
            saved = json.load(f)
        docs = saved['checklist']['items']['identity']['documents']
        tap.check([d['files'][0]['name'] for d in docs] == ['passport.pdf'],
                  'case.json keeps the passport and not the removed paper')
        stored = glob.glob(os.path.join(os.path.dirname(files[0]), 'files', '*'))
        tap.check(len(stored) == 1 and stored[0].endswith('.pdf'),
                  'the removed paper\'s copy was deleted; the passport\'s copy stays')
        tap.check(stat.S_IMODE(os.stat(stored[0]).st_mode) == 0o600,
                  'the copy is readable only by its owner (0600)')
        with open(home_files['passport.pdf'], 'rb') as f:
            tap.check(f.read().startswith(b'%PDF-1.4'), 'the original file is untouched')

        # Start again and open the request: the passport is there.
        app.start()
        app.find('list item', contains='New request', timeout=8)
        app.press('Return')
        app.click(app.find('page tab', name='Documents', timeout=8))
        tap.check(app.find('list item', name='passport.pdf', timeout=8) is not None,
                  'after a restart the passport is still attached')
        app.quit()
    finally:
        app.cleanup()


if __name__ == '__main__':
    sys.exit(run_scenarios(documents))
