/* pd-template.c — the small template language of data/letter/
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file is a list of sections, "[name]" then its lines; "#" lines are
 * comments. In a section:
 *   {{fact}}    the fact's value; a missing or empty fact drops the section
 *   {{?fact}}   the same, but missing it is just left out (and a line left
 *               empty goes)
 *   {{see:id}}  " (see ⟦tab:id⟧)" when @see says item @id is an exhibit,
 *               nothing otherwise; {{See:id}} gives " See ⟦tab:id⟧.";
 *               ⟦tab:id⟧ is resolved when shown
 * Anything else between "{{" and "}}" is an error in the template.
 */

#define G_LOG_DOMAIN "pd-template"

#include "config.h"

#include <string.h>

#include "pd-template.h"

G_DEFINE_QUARK (pd-template-error-quark, pd_template_error)

struct _PdTemplate
{
  GPtrArray  *names;    /* section names, in file order */
  GHashTable *bodies;   /* name → body text (lines joined by \n) */
};

void
pd_template_free (PdTemplate *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->names);
  g_hash_table_unref (self->bodies);
  g_free (self);
}

static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-' || c == '.';
}

/* Checks every {{…}} in @body. */
static gboolean
check_body (const char  *section,
            const char  *body,
            GError     **error)
{
  const char *p = body;

  while ((p = strstr (p, "{{")) != NULL)
    {
      const char *end = strstr (p + 2, "}}");
      const char *name = p + 2;

      if (end == NULL)
        {
          g_set_error (error, PD_TEMPLATE_ERROR, PD_TEMPLATE_ERROR_SYNTAX,
                       "[%s]: “{{” without “}}”", section);
          return FALSE;
        }
      if (*name == '?')
        name++;
      else if (g_str_has_prefix (name, "see:") || g_str_has_prefix (name, "See:"))
        name += 4;
      if (name == end)
        {
          g_set_error (error, PD_TEMPLATE_ERROR, PD_TEMPLATE_ERROR_SYNTAX,
                       "[%s]: empty “{{}}”", section);
          return FALSE;
        }
      for (const char *c = name; c < end; c++)
        if (!is_name_char (*c))
          {
            g_set_error (error, PD_TEMPLATE_ERROR, PD_TEMPLATE_ERROR_SYNTAX,
                         "[%s]: “%.*s” is not a name", section, (int) (end - p + 2), p);
            return FALSE;
          }
      p = end + 2;
    }
  return TRUE;
}

PdTemplate *
pd_template_new_from_data (const char  *data,
                           gsize        length,
                           GError     **error)
{
  g_autoptr (PdTemplate) self = g_new0 (PdTemplate, 1);
  g_autofree char *text = g_strndup (data, length);
  g_auto (GStrv) lines = NULL;
  GString *body = NULL;
  char *current = NULL;

  self->names = g_ptr_array_new_with_free_func (g_free);
  self->bodies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, PD_TEMPLATE_ERROR, PD_TEMPLATE_ERROR_SYNTAX,
                           "the template is not UTF-8");
      return NULL;
    }

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; ; i++)
    {
      const char *line = lines[i];
      gsize len = line != NULL ? strlen (line) : 0;

      if (line == NULL || (len > 2 && line[0] == '[' && line[len - 1] == ']'))
        {
          if (current != NULL)
            {
              /* Trailing blank lines belong to no paragraph. */
              while (body->len > 0 && body->str[body->len - 1] == '\n')
                g_string_truncate (body, body->len - 1);
              if (!check_body (current, body->str, error))
                {
                  g_free (current);
                  g_string_free (body, TRUE);
                  return NULL;
                }
              if (g_hash_table_contains (self->bodies, current))
                {
                  g_set_error (error, PD_TEMPLATE_ERROR, PD_TEMPLATE_ERROR_SYNTAX,
                               "[%s] appears twice", current);
                  g_free (current);
                  g_string_free (body, TRUE);
                  return NULL;
                }
              g_ptr_array_add (self->names, g_strdup (current));
              g_hash_table_insert (self->bodies, current, g_string_free (body, FALSE));
              current = NULL;
            }
          if (line == NULL)
            break;
          current = g_strndup (line + 1, len - 2);
          body = g_string_new (NULL);
          continue;
        }
      if (line[0] == '#' || current == NULL)
        continue;
      if (body->len > 0 || *line != '\0')
        {
          g_string_append (body, line);
          g_string_append_c (body, '\n');
        }
    }

  return g_steal_pointer (&self);
}

/* The section names, in file order. */
GPtrArray *
pd_template_get_sections (PdTemplate *self)
{
  return self->names;
}

gboolean
pd_template_has_section (PdTemplate *self,
                         const char *section)
{
  return g_hash_table_contains (self->bodies, section);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static const char *
lookup (GHashTable *facts,
        const char *name,
        gsize       length)
{
  g_autofree char *key = g_strndup (name, length);
  const char *value = g_hash_table_lookup (facts, key);

  return value != NULL && *value != '\0' ? value : NULL;
}

/* Fills one line; FALSE when a fact it needs is missing (*required tells
 * whether that drops the section or only the line). */
static gboolean
fill_line (const char  *line,
           GHashTable  *facts,
           PdTemplateSee see,
           gpointer     see_data,
           GString     *out,
           gboolean    *required)
{
  const char *p = line;
  const char *open;

  while ((open = strstr (p, "{{")) != NULL)
    {
      const char *name = open + 2;
      const char *end = strstr (name, "}}");
      gboolean optional = FALSE;

      g_string_append_len (out, p, open - p);
      if (*name == '?')
        {
          optional = TRUE;
          name++;
        }
      if (g_str_has_prefix (name, "see:") || g_str_has_prefix (name, "See:"))
        {
          g_autofree char *id = g_strndup (name + 4, end - name - 4);

          if (see != NULL && see (id, see_data))
            g_string_append_printf (out, *name == 's' ? " (see " PD_TAB_OPEN "tab:%s" PD_TAB_CLOSE ")"
                                                      : " See " PD_TAB_OPEN "tab:%s" PD_TAB_CLOSE ".",
                                    id);
        }
      else
        {
          const char *value = lookup (facts, name, end - name);

          if (value == NULL && !optional)
            {
              *required = TRUE;
              return FALSE;
            }
          if (value != NULL)
            g_string_append (out, value);
        }
      p = end + 2;
    }
  g_string_append (out, p);
  return TRUE;
}

/* The section with its facts filled in, or NULL when it must be left out
 * (a fact it needs is missing, or nothing is left). */
char *
pd_template_fill (PdTemplate    *self,
                  const char    *section,
                  GHashTable    *facts,
                  PdTemplateSee  see,
                  gpointer       see_data)
{
  const char *body = g_hash_table_lookup (self->bodies, section);
  g_auto (GStrv) lines = NULL;
  g_autoptr (GString) out = g_string_new (NULL);

  if (body == NULL)
    return NULL;

  lines = g_strsplit (body, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr (GString) line = g_string_new (NULL);
      gboolean required = FALSE;

      if (!fill_line (lines[i], facts, see, see_data, line, &required))
        return NULL;
      /* A line of optional facts, all missing. */
      if (*lines[i] != '\0' && is_blank (line->str))
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line->str);
    }
  while (out->len > 0 && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);
  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}
