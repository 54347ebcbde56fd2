/* pd-case-info.c — what the list of cases shows about one case
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-case-info"

#include "pd-case-info.h"
#include "pd-fields.h"

struct _PdCaseInfo
{
  GObject    parent_instance;

  char      *id;
  char      *title;
  char      *a_number;
  GDateTime *modified;
  GDate      hearing;
  GError    *error;
  guint      read_only : 1;
  guint      has_backup : 1;
};

G_DEFINE_FINAL_TYPE (PdCaseInfo, pd_case_info, G_TYPE_OBJECT)

static void
pd_case_info_finalize (GObject *object)
{
  PdCaseInfo *self = (PdCaseInfo *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->a_number, g_free);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (pd_case_info_parent_class)->finalize (object);
}

static void
pd_case_info_class_init (PdCaseInfoClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pd_case_info_finalize;
}

static void
pd_case_info_init (PdCaseInfo *self)
{
  g_date_clear (&self->hearing, 1);
}

PdCaseInfo *
pd_case_info_new_for_case (PdCase *pd_case)
{
  PdCaseInfo *self;

  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);

  self = g_object_new (PD_TYPE_CASE_INFO, NULL);
  self->id = g_strdup (pd_case_get_id (pd_case));
  self->title = pd_case_dup_display_name (pd_case);
  self->a_number = g_strdup (pd_case_get_text (pd_case, PD_KEY_A_NUMBER));
  self->modified = pd_case_dup_modified (pd_case);
  self->read_only = pd_case_get_read_only (pd_case);
  pd_case_get_hearing_date (pd_case, &self->hearing);

  return self;
}

PdCaseInfo *
pd_case_info_new_for_error (const char   *id,
                            const GError *error,
                            gboolean      has_backup)
{
  PdCaseInfo *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  self = g_object_new (PD_TYPE_CASE_INFO, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup (id);
  self->error = g_error_copy (error);
  self->has_backup = !!has_backup;

  return self;
}

const char *
pd_case_info_get_id (PdCaseInfo *self)
{
  g_return_val_if_fail (PD_IS_CASE_INFO (self), NULL);
  return self->id;
}

const char *
pd_case_info_get_title (PdCaseInfo *self)
{
  g_return_val_if_fail (PD_IS_CASE_INFO (self), NULL);
  return self->title;
}

GDateTime *
pd_case_info_get_modified (PdCaseInfo *self)
{
  g_return_val_if_fail (PD_IS_CASE_INFO (self), NULL);
  return self->modified;
}

const char *
pd_case_info_get_a_number (PdCaseInfo *self)
{
  g_return_val_if_fail (PD_IS_CASE_INFO (self), NULL);
  return self->a_number;
}

gboolean
pd_case_info_get_hearing (PdCaseInfo *self,
                          GDate      *out_date)
{
  g_return_val_if_fail (PD_IS_CASE_INFO (self), FALSE);

  *out_date = self->hearing;
  return g_date_valid (&self->hearing);
}

gboolean
pd_case_info_get_read_only (PdCaseInfo *self)
{
  g_return_val_if_fail (PD_IS_CASE_INFO (self), FALSE);
  return self->read_only;
}

const GError *
pd_case_info_get_error (PdCaseInfo *self)
{
  g_return_val_if_fail (PD_IS_CASE_INFO (self), NULL);
  return self->error;
}

gboolean
pd_case_info_get_has_backup (PdCaseInfo *self)
{
  g_return_val_if_fail (PD_IS_CASE_INFO (self), FALSE);
  return self->has_backup;
}
