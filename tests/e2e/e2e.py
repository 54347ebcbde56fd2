# e2e.py — start the real Discretion on this test's private screen and drive
# it through the accessibility tree, the way a screen reader user would.
#
# Copyright 2026 The Discretion developers
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from dogtail import config

# A missing control must fail in seconds, not minutes.
config.config.searchCutoffCount = 4
config.config.searchBackoffDuration = 0.25
config.config.actionDelay = 0.1
config.config.defaultDelay = 0.1
config.config.typingDelay = 0.02
config.config.logDebugToFile = False
config.config.logDebugToStdOut = False

from dogtail import rawinput, tree  # noqa: E402

INTERACTIVE_ROLES = {
    'push button', 'toggle button', 'check box', 'radio button', 'text',
    'password text', 'combo box', 'menu item', 'spin button', 'slider',
    'switch', 'link', 'entry', 'toggle',
}


class TapReport:
    """Prints TAP, so meson counts each check."""

    def __init__(self):
        self.count = 0
        self.failed = 0

    def check(self, ok, what):
        self.count += 1
        if not ok:
            self.failed += 1
        print(f"{'ok' if ok else 'not ok'} {self.count} - {what}", flush=True)
        return ok

    def finish(self):
        print(f"1..{self.count}", flush=True)
        return 1 if self.failed else 0


class App:
    def __init__(self, binary, home=None, env=None, settings=None):
        """@settings: what settings.json holds at the first start; by default
        the language question was already answered (the computer's language)."""
        self.binary = binary
        self.home = home or tempfile.mkdtemp(prefix='discretion-e2e-')
        self.env = dict(os.environ)
        for name, sub in (('XDG_DATA_HOME', 'data'), ('XDG_CONFIG_HOME', 'config'),
                          ('XDG_CACHE_HOME', 'cache')):
            self.env[name] = os.path.join(self.home, sub)
            os.makedirs(self.env[name], exist_ok=True)
        if settings is None:
            settings = {'language-asked': True}
        if settings:
            os.makedirs(self.data_dir, mode=0o700, exist_ok=True)
            with open(os.path.join(self.data_dir, 'settings.json'), 'w', encoding='utf-8') as f:
                json.dump(settings, f)
        self.env.setdefault('LANG', 'C.UTF-8')
        self.env.setdefault('LANGUAGE', 'en')
        self.env['GTK_A11Y'] = 'atspi'
        self.env.update(env or {})
        self.proc = None
        self.root = None

    @property
    def data_dir(self):
        return os.path.join(self.env['XDG_DATA_HOME'], 'io.github.discretionapp.Discretion')

    def start(self):
        self.proc = subprocess.Popen([self.binary], env=self.env)
        self.root = None
        deadline = time.time() + 20
        while time.time() < deadline:
            for candidate in tree.root.applications():
                try:
                    if candidate.get_process_id() == self.proc.pid and candidate.children:
                        self.root = candidate
                        return self.root
                except Exception:
                    pass
            time.sleep(0.2)
        raise RuntimeError('Discretion did not appear on the accessibility bus')

    def reattach(self, ready, timeout=20):
        """After the app started itself again (same process, new program):
        the new accessible root, once @ready(root) holds."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            for candidate in tree.root.applications():
                try:
                    if (candidate.get_process_id() == self.proc.pid and candidate.children
                            and ready(candidate)):
                        self.root = candidate
                        return self.root
                except Exception:
                    pass
            time.sleep(0.3)
        raise RuntimeError('Discretion did not come back after restarting')

    def settings(self):
        try:
            with open(os.path.join(self.data_dir, 'settings.json'), encoding='utf-8') as f:
                return json.load(f)
        except (OSError, ValueError):
            return {}

    def quit(self, timeout=15):
        """Ctrl+Q, as a person would; the app saves on the way out."""
        rawinput.keyCombo('<Control>q')
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(5)
            raise

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def cleanup(self):
        self.kill()
        shutil.rmtree(self.home, ignore_errors=True)

    def window(self):
        return self.root.child(roleName='frame')

    # -- finding things ----------------------------------------------------
    def find(self, role, name=None, contains=None, timeout=5, root=None):
        """The first node of @role whose name is @name (or contains @contains)."""
        root = root or self.root
        deadline = time.time() + timeout
        while True:
            def pred(node):
                try:
                    if node.roleName != role:
                        return False
                    if name is not None and node.name != name:
                        return False
                    if contains is not None and contains not in node.name:
                        return False
                    return True
                except Exception:
                    return False
            node = root.findChild(pred, retry=False, requireResult=False)
            if node is not None:
                return node
            if time.time() > deadline:
                raise LookupError(f'no {role} named {name or contains!r}')
            time.sleep(0.2)

    def reveal(self, node):
        """Scrolls with the mouse wheel until @node is inside the window (GTK 4.8
        reports positions relative to the window, which sits at 0,0 here), then
        returns it, e.g. to click it with the pointer."""
        # Leave room for the bars at the foot of a place (the view switcher,
        # the letter's word count), which cover the scrolled content.
        height = self.window().size[1] - 80
        last = None
        for _ in range(80):
            top, bottom = node.position[1], node.position[1] + node.size[1]
            if top >= 60 and bottom <= height - 60:
                # Scrolling glides on for a moment: wait until it has stopped.
                if top == last:
                    return node
                last = top
                time.sleep(0.3)
                continue
            last = None
            rawinput.click(300, height // 2, button=5 if bottom > height - 60 else 4)
            time.sleep(0.1)
        return node

    def click(self, node):
        node.doActionNamed('click')
        time.sleep(0.3)

    def type_into(self, node, text):
        """Focus @node (by pointer, as GTK 4.8 refuses AT-SPI's grabFocus) and type."""
        if not node.focused:
            node.click()
            time.sleep(0.3)
        rawinput.keyCombo('<Control>a')
        rawinput.typeText(text)
        time.sleep(0.2)

    def type_text(self, text):
        rawinput.typeText(text)
        time.sleep(0.2)

    def press(self, combo):
        rawinput.keyCombo(combo)
        time.sleep(0.2)

    def unnamed_controls(self):
        """Interactive controls a screen reader could not name."""
        found = []

        def walk(node, path):
            try:
                role, name = node.roleName, node.name or ''
                children = node.children
            except Exception:
                return
            if role in INTERACTIVE_ROLES:
                bare = name.strip()
                if not bare or bare.startswith(('Gtk', 'Adw')):
                    found.append(f'{path}/{role}')
            for child in children:
                walk(child, f'{path}/{role}:{name[:20]}')

        walk(self.root, '')
        return found


def wait_for(predicate, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def binary_from_argv():
    if len(sys.argv) < 2:
        print('usage: test.py PATH-TO-discretion', file=sys.stderr)
        sys.exit(2)
    return os.path.abspath(sys.argv[1])


def run_scenarios(*scenarios):
    """Runs each scenario(tap, binary); one that raises fails, the others
    still run. Returns the exit status."""
    binary = binary_from_argv()
    tap = TapReport()
    for scenario in scenarios:
        try:
            scenario(tap, binary)
        except Exception as error:
            import traceback
            traceback.print_exc()
            tap.check(False, f'{scenario.__name__}: {error!r}')
    return tap.finish()
