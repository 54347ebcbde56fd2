/* pd-case.c — one person's request: the JSON document and its accessors
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-case"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "pd-case.h"
#include "pd-clock.h"
#include "pd-fields.h"

struct _PdCase
{
  GObject     parent_instance;

  /* The whole document, fields we do not know included, so it round-trips. */
  JsonObject *root;
  JsonObject *answers;
  guint64     serial;
  guint64     generation;
  guint       read_only : 1;
};

G_DEFINE_FINAL_TYPE (PdCase, pd_case, G_TYPE_OBJECT)

G_DEFINE_QUARK (pd-case-error-quark, pd_case_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_MODIFIED,
  PROP_READ_ONLY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
now_iso (void)
{
  g_autoptr (GDateTime) now = pd_clock_now ();

  return g_date_time_format_iso8601 (now);
}

static void
pd_case_touch (PdCase     *self,
               const char *key)
{
  g_autofree char *stamp = now_iso ();

  json_object_set_string_member (self->root, "modified", stamp);
  self->generation++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (key), key);
}

static void
pd_case_finalize (GObject *object)
{
  PdCase *self = (PdCase *)object;

  g_clear_pointer (&self->root, json_object_unref);

  G_OBJECT_CLASS (pd_case_parent_class)->finalize (object);
}

static void
pd_case_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PdCase *self = PD_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, pd_case_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, pd_case_get_name (self));
      break;

    case PROP_MODIFIED:
      g_value_take_boxed (value, pd_case_dup_modified (self));
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_case_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  PdCase *self = PD_CASE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      pd_case_set_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_case_class_init (PdCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pd_case_finalize;
  object_class->get_property = pd_case_get_property;
  object_class->set_property = pd_case_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PdCase::changed:
   * @key: the answer key that changed, or "name"
   *
   * Emitted after any change; detailed by @key.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
pd_case_init (PdCase *self)
{
  static guint64 next_serial;

  /* Tells apart two objects loaded from the same file (see the store). */
  self->serial = __atomic_add_fetch (&next_serial, 1, __ATOMIC_RELAXED);
}

static void
pd_case_take_root (PdCase     *self,
                   JsonObject *root)
{
  self->root = root;

  if (!json_object_has_member (root, "answers"))
    json_object_set_object_member (root, "answers", json_object_new ());
  self->answers = json_object_get_object_member (root, "answers");
}

PdCase *
pd_case_new (void)
{
  PdCase *self = g_object_new (PD_TYPE_CASE, NULL);
  JsonObject *root = json_object_new ();
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *stamp = now_iso ();

  json_object_set_string_member (root, "format", PD_CASE_FORMAT);
  json_object_set_int_member (root, "version", PD_CASE_VERSION);
  json_object_set_string_member (root, "id", uuid);
  json_object_set_string_member (root, "name", "");
  json_object_set_string_member (root, "created", stamp);
  json_object_set_string_member (root, "modified", stamp);
  pd_case_take_root (self, root);

  return self;
}

/* One pass over the bytes, brackets counted outside strings: how deep the
 * nesting goes, and whether anything but white space follows the first
 * complete object or array. */
static void
scan_json (const char *data,
           gsize       length,
           guint      *out_max_depth,
           gboolean   *out_second_value)
{
  guint depth = 0, max_depth = 0;
  gboolean in_string = FALSE;
  gboolean started = FALSE;

  *out_second_value = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (started && depth == 0 && !g_ascii_isspace (c))
        *out_second_value = TRUE;

      if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        {
          started = TRUE;
          depth++;
          max_depth = MAX (max_depth, depth);
        }
      else if ((c == '}' || c == ']') && depth > 0)
        depth--;
    }

  *out_max_depth = max_depth;
}

/* json-glib 1.6 recurses once per level and overflows the stack near
 * 100,000 levels, so refuse early. */
gboolean
pd_json_check_depth (const char *data,
                     gsize       length,
                     guint       max_depth)
{
  guint depth;
  gboolean second_value;

  scan_json (data, length, &depth, &second_value);
  return depth <= max_depth;
}

/* json-glib 1.6 reads the first of two values and drops the rest. */
static gboolean
has_second_value (const char *data,
                  gsize       length)
{
  guint depth;
  gboolean second_value;

  scan_json (data, length, &depth, &second_value);
  return second_value;
}

/* What json-glib accepted but cannot write back as it was read: text that
 * is not UTF-8 (a lone surrogate escape) and numbers out of range. */
static gboolean
node_is_writable (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        JsonNode *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, NULL, &member))
          if (!node_is_writable (member))
            return FALSE;
        return TRUE;
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          if (!node_is_writable (json_array_get_element (array, i)))
            return FALSE;
        return TRUE;
      }

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        return g_utf8_validate (json_node_get_string (node), -1, NULL);
      if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        return isfinite (json_node_get_double (node));
      return TRUE;

    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

static gboolean
member_is_type (JsonObject *object,
                const char *member,
                JsonNodeType node_type,
                GType       value_type)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return TRUE;
  if (JSON_NODE_TYPE (node) != node_type)
    return FALSE;
  return value_type == G_TYPE_INVALID || json_node_get_value_type (node) == value_type;
}

static gboolean
is_valid_id (const char *id)
{
  gsize len = strlen (id);

  if (len == 0 || len > 64 || id[0] == '.')
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

PdCase *
pd_case_new_from_data (const char  *data,
                       gsize        length,
                       GError     **error)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autoptr (PdCase) self = NULL;
  JsonObject *root;
  JsonNode *version;
  gsize i;

  for (i = 0; i < length && g_ascii_isspace (data[i]); i++)
    ;
  if (i == length)
    {
      g_set_error_literal (error, PD_CASE_ERROR, PD_CASE_ERROR_EMPTY,
                           _("The file is empty. It may have been cut short when the computer "
                             "stopped."));
      return NULL;
    }

  if (length > PD_CASE_MAX_BYTES)
    {
      g_set_error_literal (error, PD_CASE_ERROR, PD_CASE_ERROR_TOO_LARGE,
                           _("The file is much larger than any request, so it was not opened."));
      return NULL;
    }

  if (!g_utf8_validate (data, length, NULL) || memchr (data, '\0', length) != NULL)
    {
      g_set_error_literal (error, PD_CASE_ERROR, PD_CASE_ERROR_PARSE,
                           _("The file contains characters that are not text. It is damaged."));
      return NULL;
    }

  if (!pd_json_check_depth (data, length, PD_CASE_MAX_DEPTH))
    {
      g_set_error_literal (error, PD_CASE_ERROR, PD_CASE_ERROR_TOO_DEEP,
                           _("The file is not laid out like a request, so it was not opened."));
      return NULL;
    }

  parser = json_parser_new ();
  /* json-glib 1.6 reads the first of two values and drops the rest, and
   * turns an escaped NUL into the end of the string: both would change the
   * case silently on the next save. */
  if (has_second_value (data, length) || g_strstr_len (data, length, "\\u0000") != NULL
      || !json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error_literal (error, PD_CASE_ERROR, PD_CASE_ERROR_PARSE,
                           _("The file is damaged: it ends too early or was changed by "
                             "another program."));
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, PD_CASE_ERROR, PD_CASE_ERROR_NOT_A_CASE,
                           _("The file is not a Discretion request."));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));

  if (!member_is_type (root, "format", JSON_NODE_VALUE, G_TYPE_STRING)
      || g_strcmp0 (json_object_get_string_member_with_default (root, "format", NULL),
                    PD_CASE_FORMAT) != 0)
    {
      g_set_error_literal (error, PD_CASE_ERROR, PD_CASE_ERROR_NOT_A_CASE,
                           _("The file is not a Discretion request."));
      return NULL;
    }

  version = json_object_get_member (root, "version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version)
      || json_node_get_value_type (version) != G_TYPE_INT64
      || json_node_get_int (version) < 1)
    {
      g_set_error_literal (error, PD_CASE_ERROR, PD_CASE_ERROR_NOT_A_CASE,
                           _("The file does not say which version of Discretion wrote it."));
      return NULL;
    }

  if (!json_object_has_member (root, "id")
      || !member_is_type (root, "id", JSON_NODE_VALUE, G_TYPE_STRING)
      || !is_valid_id (json_object_get_string_member (root, "id"))
      || !member_is_type (root, "name", JSON_NODE_VALUE, G_TYPE_STRING)
      || !member_is_type (root, "created", JSON_NODE_VALUE, G_TYPE_STRING)
      || !member_is_type (root, "modified", JSON_NODE_VALUE, G_TYPE_STRING)
      || !member_is_type (root, "answers", JSON_NODE_OBJECT, G_TYPE_INVALID)
      || !member_is_type (root, "checklist", JSON_NODE_OBJECT, G_TYPE_INVALID)
      || !member_is_type (root, "letter", JSON_NODE_OBJECT, G_TYPE_INVALID))
    {
      g_set_error_literal (error, PD_CASE_ERROR, PD_CASE_ERROR_DAMAGED,
                           _("Part of the file is damaged, so it was not opened."));
      return NULL;
    }

  if (!node_is_writable (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, PD_CASE_ERROR, PD_CASE_ERROR_DAMAGED,
                           _("Part of the file is damaged, so it was not opened."));
      return NULL;
    }

  self = g_object_new (PD_TYPE_CASE, NULL);
  pd_case_take_root (self, json_node_dup_object (json_parser_get_root (parser)));
  self->read_only = json_node_get_int (version) > PD_CASE_VERSION;

  return g_steal_pointer (&self);
}

GBytes *
pd_case_to_bytes (PdCase *self)
{
  g_autoptr (JsonGenerator) generator = NULL;
  g_autoptr (JsonNode) node = NULL;
  char *data;
  gsize length;

  g_return_val_if_fail (PD_IS_CASE (self), NULL);

  /* A read-only case keeps the version that wrote it; others are upgraded. */
  if (!self->read_only)
    json_object_set_int_member (self->root, "version", PD_CASE_VERSION);

  node = json_node_init_object (json_node_alloc (), self->root);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  data = json_generator_to_data (generator, &length);

  return g_bytes_new_take (data, length);
}

const char *
pd_case_get_id (PdCase *self)
{
  g_return_val_if_fail (PD_IS_CASE (self), NULL);

  return json_object_get_string_member (self->root, "id");
}

const char *
pd_case_get_name (PdCase *self)
{
  g_return_val_if_fail (PD_IS_CASE (self), NULL);

  return json_object_get_string_member_with_default (self->root, "name", "");
}

void
pd_case_set_name (PdCase     *self,
                  const char *name)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (PD_IS_CASE (self));

  stripped = g_strstrip (g_strdup (name ? name : ""));
  if (g_strcmp0 (stripped, pd_case_get_name (self)) == 0)
    return;

  json_object_set_string_member (self->root, "name", stripped);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  pd_case_touch (self, "name");
}

/* The name the person gave, else their name once known. */
char *
pd_case_dup_display_name (PdCase *self)
{
  const char *name;

  g_return_val_if_fail (PD_IS_CASE (self), NULL);

  name = pd_case_get_name (self);
  if (*name == '\0')
    name = pd_case_get_text (self, PD_KEY_FULL_NAME);
  if (name == NULL || *name == '\0')
    return g_strdup (_("New request"));
  return g_strdup (name);
}

static GDateTime *
dup_stamp (PdCase     *self,
           const char *member)
{
  const char *stamp = json_object_get_string_member_with_default (self->root, member, NULL);

  if (stamp == NULL)
    return NULL;
  return g_date_time_new_from_iso8601 (stamp, NULL);
}

GDateTime *
pd_case_dup_created (PdCase *self)
{
  g_return_val_if_fail (PD_IS_CASE (self), NULL);

  return dup_stamp (self, "created");
}

GDateTime *
pd_case_dup_modified (PdCase *self)
{
  g_return_val_if_fail (PD_IS_CASE (self), NULL);

  return dup_stamp (self, "modified");
}

gboolean
pd_case_get_read_only (PdCase *self)
{
  g_return_val_if_fail (PD_IS_CASE (self), TRUE);

  return self->read_only;
}

gint64
pd_case_get_version (PdCase *self)
{
  g_return_val_if_fail (PD_IS_CASE (self), 0);

  return json_object_get_int_member_with_default (self->root, "version", 0);
}

/* Grows with every change: the store uses it so an older save never lands
 * after a newer one. */
guint64
pd_case_get_generation (PdCase *self)
{
  g_return_val_if_fail (PD_IS_CASE (self), 0);

  return self->generation;
}

/* Unique to this object in this process. */
guint64
pd_case_get_serial (PdCase *self)
{
  g_return_val_if_fail (PD_IS_CASE (self), 0);

  return self->serial;
}

const char *
pd_case_get_text (PdCase     *self,
                  const char *key)
{
  JsonNode *node;

  g_return_val_if_fail (PD_IS_CASE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  node = json_object_get_member (self->answers, key);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* Setting NULL or "" removes the answer. */
void
pd_case_set_text (PdCase     *self,
                  const char *key,
                  const char *value)
{
  g_return_if_fail (PD_IS_CASE (self));
  g_return_if_fail (key != NULL);

  if (value != NULL && *value == '\0')
    value = NULL;

  if (value == NULL)
    {
      if (!json_object_has_member (self->answers, key))
        return;
      json_object_remove_member (self->answers, key);
    }
  else
    {
      if (g_strcmp0 (pd_case_get_text (self, key), value) == 0)
        return;
      json_object_set_string_member (self->answers, key, value);
    }

  pd_case_touch (self, key);
}

/* Any answer as stored: a string, an array (several choices, a list of
 * children…) or an object. Borrowed; NULL when not answered. */
JsonNode *
pd_case_get_answer (PdCase     *self,
                    const char *key)
{
  g_return_val_if_fail (PD_IS_CASE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return json_object_get_member (self->answers, key);
}

/* Stores a copy of @value; NULL (or a JSON null) removes the answer. */
void
pd_case_set_answer (PdCase     *self,
                    const char *key,
                    JsonNode   *value)
{
  JsonNode *current;

  g_return_if_fail (PD_IS_CASE (self));
  g_return_if_fail (key != NULL);

  current = json_object_get_member (self->answers, key);
  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    {
      if (current == NULL)
        return;
      json_object_remove_member (self->answers, key);
    }
  else
    {
      if (current != NULL && json_node_equal (current, value))
        return;
      json_object_set_member (self->answers, key, json_node_copy (value));
    }

  pd_case_touch (self, key);
}

/* The strings of an array answer (several choices); NULL when there is none. */
char **
pd_case_dup_choices (PdCase     *self,
                     const char *key)
{
  g_autoptr (GStrvBuilder) builder = NULL;
  JsonNode *node;
  JsonArray *array;

  g_return_val_if_fail (PD_IS_CASE (self), NULL);

  node = pd_case_get_answer (self, key);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  builder = g_strv_builder_new ();
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (element));
    }
  return g_strv_builder_end (builder);
}

/* NULL removes the answer; an empty array is kept (answered: none of these). */
void
pd_case_set_choices (PdCase             *self,
                     const char         *key,
                     const char * const *values)
{
  g_autoptr (JsonNode) node = NULL;
  JsonArray *array;

  g_return_if_fail (PD_IS_CASE (self));

  if (values == NULL)
    {
      pd_case_set_answer (self, key, NULL);
      return;
    }

  array = json_array_new ();
  for (guint i = 0; values[i] != NULL; i++)
    json_array_add_string_element (array, values[i]);
  node = json_node_init_array (json_node_alloc (), array);
  json_array_unref (array);
  pd_case_set_answer (self, key, node);
}

/* A top-level object other parts keep their state in (e.g. "checklist"),
 * made empty when missing. Borrowed: change it in place, then call
 * pd_case_section_changed(). */
JsonObject *
pd_case_get_section (PdCase     *self,
                     const char *name)
{
  JsonNode *node;

  g_return_val_if_fail (PD_IS_CASE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  node = json_object_get_member (self->root, name);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      /* The loader refuses a case whose section is not an object, so only
       * a missing one is made here. */
      json_object_set_object_member (self->root, name, json_object_new ());
      node = json_object_get_member (self->root, name);
    }
  return json_node_get_object (node);
}

/* Marks the case modified after a change to a section; emits ::changed
 * with @detail (e.g. "checklist"). */
void
pd_case_section_changed (PdCase     *self,
                         const char *detail)
{
  g_return_if_fail (PD_IS_CASE (self));
  g_return_if_fail (detail != NULL);

  pd_case_touch (self, detail);
}

gboolean
pd_case_get_hearing_date (PdCase *self,
                          GDate  *out_date)
{
  g_return_val_if_fail (PD_IS_CASE (self), FALSE);

  return pd_date_parse_iso (pd_case_get_text (self, PD_KEY_HEARING_DATE), out_date, NULL);
}
