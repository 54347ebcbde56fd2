/* pd-application.c — the application: store, app-wide actions, About
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-application"

#include "config.h"

#include <signal.h>

#include <glib-unix.h>
#include <glib/gi18n.h>

#include "pd-application.h"
#include "pd-language-dialog.h"
#include "pd-language.h"
#include "pd-window.h"

struct _PdApplication
{
  AdwApplication parent_instance;

  PdStore       *store;
  PdSettings    *settings;
  char          *restore_case;
  char          *restore_place;
  GStrv          restart_argv;
};

G_DEFINE_FINAL_TYPE (PdApplication, pd_application, ADW_TYPE_APPLICATION)

PdApplication *
pd_application_new (void)
{
  return g_object_new (PD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/discretionapp/Discretion",
                       NULL);
}

PdStore *
pd_application_get_store (PdApplication *self)
{
  g_return_val_if_fail (PD_IS_APPLICATION (self), NULL);

  return self->store;
}

PdSettings *
pd_application_get_settings (PdApplication *self)
{
  g_return_val_if_fail (PD_IS_APPLICATION (self), NULL);

  return self->settings;
}

/* Where to go back to after a restart for a change of language. */
void
pd_application_set_restore (PdApplication *self,
                            const char    *case_id,
                            const char    *place)
{
  g_return_if_fail (PD_IS_APPLICATION (self));

  g_free (self->restore_case);
  self->restore_case = g_strdup (case_id);
  g_free (self->restore_place);
  self->restore_place = g_strdup (place);
}

/* Quits (saving, as always) and starts again in the same place. */
void
pd_application_restart (PdApplication *self,
                        const char    *case_id,
                        const char    *place)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  g_return_if_fail (PD_IS_APPLICATION (self));

  g_strv_builder_add (builder, g_get_prgname () != NULL ? g_get_prgname () : "discretion");
  if (case_id != NULL)
    g_strv_builder_add (builder, "--restore-case");
  if (case_id != NULL)
    g_strv_builder_add (builder, case_id);
  if (case_id != NULL && place != NULL)
    g_strv_builder_add (builder, "--restore-place");
  if (case_id != NULL && place != NULL)
    g_strv_builder_add (builder, place);

  g_clear_pointer (&self->restart_argv, g_strfreev);
  self->restart_argv = g_strv_builder_end (builder);
  g_action_group_activate_action (G_ACTION_GROUP (self), "quit", NULL);
}

char **
pd_application_get_restart_argv (PdApplication *self)
{
  g_return_val_if_fail (PD_IS_APPLICATION (self), NULL);

  return self->restart_argv;
}

static void
pd_application_activate (GApplication *app)
{
  PdApplication *self = PD_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  gboolean first_window = window == NULL;

  /* The list of requests: never a case reopened by itself, so the next
   * person at a shared computer does not land in someone else's — except
   * right after the person changed the language. */
  if (window == NULL)
    window = GTK_WINDOW (pd_window_new (self));

  gtk_window_present (window);

  if (first_window && self->restore_case != NULL)
    pd_window_restore (PD_WINDOW (window), self->restore_case, self->restore_place);
  else if (first_window && !pd_settings_get_boolean (self->settings, "language-asked"))
    pd_language_dialog_present (window, self);
  g_clear_pointer (&self->restore_case, g_free);
}

/* A library session ends by logout or time-out: save and quit as on Ctrl+Q. */
static gboolean
quit_on_signal (gpointer user_data)
{
  g_action_group_activate_action (G_ACTION_GROUP (user_data), "quit", NULL);
  return G_SOURCE_CONTINUE;
}

static void
pd_application_startup (GApplication *app)
{
  PdApplication *self = PD_APPLICATION (app);

  G_APPLICATION_CLASS (pd_application_parent_class)->startup (app);

  g_unix_signal_add (SIGTERM, quit_on_signal, app);
  g_unix_signal_add (SIGINT, quit_on_signal, app);
  g_unix_signal_add (SIGHUP, quit_on_signal, app);

  self->store = pd_store_new_default ();
  self->settings = pd_settings_new (pd_store_get_base_dir (self->store));
  /* Deletions left unfinished by a crash are finished now. */
  pd_store_empty_trash (self->store);

  /* GTK takes the direction from its own catalogue, which may not have the
   * language chosen here (or be in the Flatpak): set it from ours. */
  if (pd_settings_get_string (self->settings, "language") != NULL)
    {
      const PdLanguage *language = pd_language_lookup (pd_language_get_effective ());

      gtk_widget_set_default_direction (language != NULL && language->rtl
                                        ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
    }
}

static void
pd_application_shutdown (GApplication *app)
{
  PdApplication *self = PD_APPLICATION (app);

  if (self->store != NULL)
    pd_store_empty_trash (self->store);

  G_APPLICATION_CLASS (pd_application_parent_class)->shutdown (app);
}

static void
pd_application_dispose (GObject *object)
{
  PdApplication *self = PD_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->restore_case, g_free);
  g_clear_pointer (&self->restore_place, g_free);
  g_clear_pointer (&self->restart_argv, g_strfreev);

  G_OBJECT_CLASS (pd_application_parent_class)->dispose (object);
}

static void
pd_application_class_init (PdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = pd_application_dispose;
  app_class->activate = pd_application_activate;
  app_class->startup = pd_application_startup;
  app_class->shutdown = pd_application_shutdown;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  PdApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { "The Discretion developers", NULL };

  adw_show_about_window (window,
                         "application-name", _("Discretion"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Discretion developers"),
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/discretionapp/discretion",
                         "issue-url", "https://github.com/discretionapp/discretion/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Discretion developers",
                         "comments", _("Prepare a prosecutorial discretion request: a letter "
                                       "and evidence asking the government’s lawyers in "
                                       "immigration court to close, pause or not pursue a "
                                       "case.\n\nDiscretion gives legal information, not legal "
                                       "advice. It works without the internet and keeps "
                                       "everything on this computer."),
                         "developers", developers,
                         /* Translators: put your name and email here, one per line. */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Closing each window saves its case first; a window may refuse. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
pd_application_init (PdApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
}
