/* pd-settings.c — settings.json: interface choices, never which case was open
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-settings"

#include <errno.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "pd-case.h"
#include "pd-settings.h"

#define SETTINGS_FILE "settings.json"
#define SETTINGS_MAX_BYTES (64 * 1024)

struct _PdSettings
{
  GObject     parent_instance;

  char       *base_dir;
  JsonObject *root;      /* unknown keys are kept */
  guint       readable : 1;
};

G_DEFINE_FINAL_TYPE (PdSettings, pd_settings, G_TYPE_OBJECT)

static void
pd_settings_finalize (GObject *object)
{
  PdSettings *self = PD_SETTINGS (object);

  g_clear_pointer (&self->base_dir, g_free);
  g_clear_pointer (&self->root, json_object_unref);

  G_OBJECT_CLASS (pd_settings_parent_class)->finalize (object);
}

static void
pd_settings_class_init (PdSettingsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pd_settings_finalize;
}

static void
pd_settings_init (PdSettings *self)
{
}

/* A missing or damaged settings.json means defaults; a damaged one is then
 * not overwritten, since it may hold choices a newer version made. */
PdSettings *
pd_settings_new (const char *base_dir)
{
  PdSettings *self = g_object_new (PD_TYPE_SETTINGS, NULL);
  g_autofree char *path = g_build_filename (base_dir, SETTINGS_FILE, NULL);
  g_autofree char *data = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  gsize length = 0;
  gboolean exists = g_file_test (path, G_FILE_TEST_EXISTS);

  self->base_dir = g_strdup (base_dir);
  self->readable = !exists;

  if (exists && g_file_get_contents (path, &data, &length, NULL)
      && length <= SETTINGS_MAX_BYTES
      && pd_json_check_depth (data, length, PD_CASE_MAX_DEPTH)
      && json_parser_load_from_data (parser, data, length, NULL)
      && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      self->root = json_node_dup_object (json_parser_get_root (parser));
      self->readable = TRUE;
    }
  else if (exists)
    g_warning ("%s could not be read; using the default settings", path);

  if (self->root == NULL)
    self->root = json_object_new ();

  return self;
}

gboolean
pd_settings_save (PdSettings  *self,
                  GError     **error)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) node = NULL;
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (PD_IS_SETTINGS (self), FALSE);

  if (!self->readable)
    return TRUE;

  if (g_mkdir_with_parents (self->base_dir, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   "%s: %s", self->base_dir, g_strerror (errno));
      return FALSE;
    }

  node = json_node_init_object (json_node_alloc (), self->root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  data = json_generator_to_data (generator, &length);
  path = g_build_filename (self->base_dir, SETTINGS_FILE, NULL);

  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

int
pd_settings_get_int (PdSettings *self,
                     const char *key,
                     int         fallback)
{
  JsonNode *node;

  g_return_val_if_fail (PD_IS_SETTINGS (self), fallback);

  node = json_object_get_member (self->root, key);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_INT64)
    return fallback;
  return (int) CLAMP (json_node_get_int (node), G_MININT, G_MAXINT);
}

void
pd_settings_set_int (PdSettings *self,
                     const char *key,
                     int         value)
{
  g_return_if_fail (PD_IS_SETTINGS (self));

  json_object_set_int_member (self->root, key, value);
}

gboolean
pd_settings_get_boolean (PdSettings *self,
                         const char *key)
{
  JsonNode *node;

  g_return_val_if_fail (PD_IS_SETTINGS (self), FALSE);

  node = json_object_get_member (self->root, key);
  return node != NULL && JSON_NODE_HOLDS_VALUE (node)
         && json_node_get_value_type (node) == G_TYPE_BOOLEAN
         && json_node_get_boolean (node);
}

void
pd_settings_set_boolean (PdSettings *self,
                         const char *key,
                         gboolean    value)
{
  g_return_if_fail (PD_IS_SETTINGS (self));

  json_object_set_boolean_member (self->root, key, value);
}

const char *
pd_settings_get_string (PdSettings *self,
                        const char *key)
{
  JsonNode *node;

  g_return_val_if_fail (PD_IS_SETTINGS (self), NULL);

  node = json_object_get_member (self->root, key);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* NULL removes the key. */
void
pd_settings_set_string (PdSettings *self,
                        const char *key,
                        const char *value)
{
  g_return_if_fail (PD_IS_SETTINGS (self));

  if (value == NULL)
    json_object_remove_member (self->root, key);
  else
    json_object_set_string_member (self->root, key, value);
}
