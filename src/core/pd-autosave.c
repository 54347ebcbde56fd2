/* pd-autosave.c — saves a case a short moment after each change
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-autosave"

#include "pd-autosave.h"

struct _PdAutosave
{
  GObject       parent_instance;

  PdStore      *store;
  PdCase       *pd_case;
  GCancellable *cancellable;
  GError       *error;
  guint         timeout_id;
  gulong        changed_id;
  guint         dirty : 1;
  guint         in_flight : 1;
};

G_DEFINE_FINAL_TYPE (PdAutosave, pd_autosave, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ERROR,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void schedule (PdAutosave *self, guint delay_ms);

static void
set_error (PdAutosave   *self,
           const GError *error)
{
  if (self->error == NULL && error == NULL)
    return;

  g_clear_error (&self->error);
  if (error != NULL)
    self->error = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr (PdAutosave) self = user_data;
  g_autoptr (GError) error = NULL;
  GApplication *app = g_application_get_default ();

  if (app != NULL)
    g_application_release (app);

  self->in_flight = FALSE;

  if (!pd_store_save_case_finish (PD_STORE (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_warning ("Autosave failed: %s", error->message);
      /* The case stays in memory; try again later and on the next change. */
      self->dirty = TRUE;
      set_error (self, error);
      schedule (self, PD_AUTOSAVE_RETRY_MS);
      return;
    }

  set_error (self, NULL);
  g_signal_emit (self, signals[SAVED], 0);

  if (self->dirty)
    schedule (self, PD_AUTOSAVE_DELAY_MS);
}

static gboolean
timeout_cb (gpointer user_data)
{
  PdAutosave *self = user_data;
  GApplication *app = g_application_get_default ();

  self->timeout_id = 0;

  /* One save at a time; the finished one schedules the next. */
  if (self->in_flight || !self->dirty)
    return G_SOURCE_REMOVE;

  self->dirty = FALSE;
  self->in_flight = TRUE;
  if (app != NULL)
    g_application_hold (app);
  pd_store_save_case_async (self->store, self->pd_case, self->cancellable,
                            save_cb, g_object_ref (self));

  return G_SOURCE_REMOVE;
}

static void
schedule (PdAutosave *self,
          guint       delay_ms)
{
  if (self->timeout_id != 0)
    return;
  self->timeout_id = g_timeout_add (delay_ms, timeout_cb, self);
}

static void
changed_cb (PdAutosave *self,
            const char *key,
            PdCase     *pd_case)
{
  if (pd_case_get_read_only (pd_case))
    return;

  self->dirty = TRUE;
  schedule (self, PD_AUTOSAVE_DELAY_MS);
}

static void
pd_autosave_dispose (GObject *object)
{
  PdAutosave *self = (PdAutosave *)object;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_signal_handler (&self->changed_id, self->pd_case);
  g_clear_object (&self->pd_case);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (pd_autosave_parent_class)->dispose (object);
}

static void
pd_autosave_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PdAutosave *self = PD_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_autosave_class_init (PdAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pd_autosave_dispose;
  object_class->get_property = pd_autosave_get_property;

  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pd_autosave_init (PdAutosave *self)
{
  self->cancellable = g_cancellable_new ();
}

PdAutosave *
pd_autosave_new (PdStore *store,
                 PdCase  *pd_case)
{
  PdAutosave *self;

  g_return_val_if_fail (PD_IS_STORE (store), NULL);
  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);

  self = g_object_new (PD_TYPE_AUTOSAVE, NULL);
  self->store = g_object_ref (store);
  self->pd_case = g_object_ref (pd_case);
  self->changed_id = g_signal_connect_swapped (pd_case, "changed",
                                               G_CALLBACK (changed_cb), self);
  return self;
}

const GError *
pd_autosave_get_error (PdAutosave *self)
{
  g_return_val_if_fail (PD_IS_AUTOSAVE (self), NULL);

  return self->error;
}

/* Nothing waiting to be written and nothing being written. */
gboolean
pd_autosave_is_idle (PdAutosave *self)
{
  g_return_val_if_fail (PD_IS_AUTOSAVE (self), TRUE);

  return !self->dirty && !self->in_flight;
}

/* Writes now, on this thread: used when the case is closed or the app quits.
 * The store drops any slower save of an older snapshot. */
gboolean
pd_autosave_flush (PdAutosave  *self,
                   GError     **error)
{
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (PD_IS_AUTOSAVE (self), FALSE);

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  if (!self->dirty || pd_case_get_read_only (self->pd_case))
    return TRUE;

  if (!pd_store_save_case (self->store, self->pd_case, &local_error))
    {
      set_error (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  self->dirty = FALSE;
  set_error (self, NULL);
  return TRUE;
}
