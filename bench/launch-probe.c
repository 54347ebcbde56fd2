/* launch-probe.c — starts a program and measures, from outside, when its
 * window with a given title is mapped on the X screen, then its resident
 * memory after some idle time. The same method for every program measured.
 *   launch-probe TITLE IDLE_MS COMMAND [ARG...]
 * prints "mapped_ms=N rss_kb=N"; exit 1 if no such window appeared in 30 s.
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <X11/Xatom.h>
#include <X11/Xlib.h>

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* _NET_WM_NAME (UTF-8), else WM_NAME. */
static int
has_title (Display    *dpy,
           Window      window,
           const char *title)
{
  Atom net_wm_name = XInternAtom (dpy, "_NET_WM_NAME", False);
  Atom utf8 = XInternAtom (dpy, "UTF8_STRING", False);
  Atom type;
  int format, match = 0;
  unsigned long n, after;
  unsigned char *value = NULL;
  char *name = NULL;

  if (XGetWindowProperty (dpy, window, net_wm_name, 0, 1024, False, utf8, &type, &format,
                          &n, &after, &value) == Success && value != NULL)
    {
      match = strcmp ((char *) value, title) == 0;
      XFree (value);
      if (match)
        return 1;
    }
  if (XFetchName (dpy, window, &name) && name != NULL)
    {
      match = strcmp (name, title) == 0;
      XFree (name);
    }
  return match;
}

static long
rss_kb (pid_t pid)
{
  char path[64], line[256];
  long kb = -1;
  FILE *f;

  snprintf (path, sizeof path, "/proc/%d/status", (int) pid);
  if ((f = fopen (path, "r")) == NULL)
    return -1;
  while (fgets (line, sizeof line, f))
    if (sscanf (line, "VmRSS: %ld kB", &kb) == 1)
      break;
  fclose (f);
  return kb;
}

static int
ignore_errors (Display *dpy, XErrorEvent *event)
{
  return 0;  /* a window may be gone before we read its title */
}

int
main (int   argc,
      char *argv[])
{
  Display *dpy;
  const char *title;
  double start, mapped = -1;
  int idle_ms, status;
  pid_t pid;
  long rss;

  if (argc < 4)
    {
      fprintf (stderr, "usage: launch-probe TITLE IDLE_MS COMMAND [ARG...]\n");
      return 2;
    }
  title = argv[1];
  idle_ms = atoi (argv[2]);

  if ((dpy = XOpenDisplay (NULL)) == NULL)
    {
      fprintf (stderr, "launch-probe: no X display\n");
      return 2;
    }
  XSetErrorHandler (ignore_errors);
  /* Without a window manager, toplevels are the root's children: their
   * MapNotify comes to whoever listens to the root's substructure. */
  XSelectInput (dpy, DefaultRootWindow (dpy), SubstructureNotifyMask);
  XSync (dpy, False);

  start = now_ms ();
  pid = fork ();
  if (pid == 0)
    {
      close (ConnectionNumber (dpy));
      execvp (argv[3], argv + 3);
      _exit (127);
    }

  while (mapped < 0 && now_ms () - start < 30000)
    {
      struct pollfd pfd = { ConnectionNumber (dpy), POLLIN, 0 };

      if (XPending (dpy) == 0)
        {
          poll (&pfd, 1, 100);
          continue;
        }
      {
        XEvent event;

        XNextEvent (dpy, &event);
        if (event.type == MapNotify && has_title (dpy, event.xmap.window, title))
          mapped = now_ms () - start;
      }
    }

  if (mapped >= 0)
    usleep (idle_ms * 1000);
  rss = rss_kb (pid);

  kill (pid, SIGTERM);
  for (int i = 0; i < 500 && waitpid (pid, &status, WNOHANG) == 0; i++)
    usleep (10000);
  if (waitpid (pid, &status, WNOHANG) == 0)
    {
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
    }

  if (mapped < 0)
    {
      fprintf (stderr, "launch-probe: no window titled “%s” within 30 s\n", title);
      return 1;
    }
  printf ("mapped_ms=%.1f rss_kb=%ld\n", mapped, rss);
  return 0;
}
