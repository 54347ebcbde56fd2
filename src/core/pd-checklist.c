/* pd-checklist.c — which items apply, their state, attached documents, exhibits
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The state lives in case.json under "checklist":
 *   "items": { "<item id>": { "status": "have" | "needed" | "not-applicable",
 *                             "note": "…", "documents": [ … ] } },
 *   "exhibit_order": [ "<item id>", … ]
 * A document: { "id", "description", "language", "added", "files": [
 *   { "stored", "name", "size", "sha256", "type", "converted_from" } ] }.
 * Members of the wrong type are passed over, never replaced.
 */

#define G_LOG_DOMAIN "pd-checklist"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "pd-checklist.h"
#include "pd-clock.h"
#include "pd-interview.h"
#include "pd-json.h"

static const char *status_values[] = {
  [PD_EVIDENCE_STATUS_NEEDED] = "needed",
  [PD_EVIDENCE_STATUS_HAVE] = "have",
  [PD_EVIDENCE_STATUS_NOT_APPLICABLE] = "not-applicable",
};

/* ------------------------------------------------------------------------ */
/* JSON helpers                                                              */

/* The item's state object, or NULL when it has none (and @create is FALSE). */
static JsonObject *
item_state (PdCase     *pd_case,
            const char *item_id,
            gboolean    create)
{
  JsonObject *section = pd_case_get_section (pd_case, PD_CHECKLIST_SECTION);
  JsonObject *items = pd_json_child_object (section, "items", create);

  return pd_json_child_object (items, item_id, create);
}

static JsonArray *
item_documents (PdCase     *pd_case,
                const char *item_id,
                gboolean    create)
{
  return pd_json_child_array (item_state (pd_case, item_id, create), "documents", create);
}

/* Calls @func for each well-formed document until it returns TRUE. */
typedef gboolean (*DocumentFunc) (const char *item_id,
                                  JsonArray  *documents,
                                  guint       index,
                                  JsonObject *document,
                                  gpointer    user_data);

static gboolean
foreach_document (PdCase      *pd_case,
                  DocumentFunc func,
                  gpointer     user_data)
{
  JsonObject *items = pd_json_child_object (pd_case_get_section (pd_case, PD_CHECKLIST_SECTION),
                                    "items", FALSE);
  g_autoptr (GList) names = NULL;

  if (items == NULL)
    return FALSE;

  names = json_object_get_members (items);
  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonArray *documents = item_documents (pd_case, l->data, FALSE);

      for (guint i = 0; documents != NULL && i < json_array_get_length (documents); i++)
        {
          JsonNode *node = json_array_get_element (documents, i);

          if (JSON_NODE_HOLDS_OBJECT (node) && pd_json_string_member (json_node_get_object (node), "id"))
            if (func (l->data, documents, i, json_node_get_object (node), user_data))
              return TRUE;
        }
    }
  return FALSE;
}

typedef struct
{
  const char *id;
  const char *item_id;
  JsonArray  *documents;
  guint       index;
  JsonObject *document;
} FindDocument;

static gboolean
find_document_cb (const char *item_id,
                  JsonArray  *documents,
                  guint       index,
                  JsonObject *document,
                  gpointer    user_data)
{
  FindDocument *find = user_data;

  if (!g_str_equal (pd_json_string_member (document, "id"), find->id))
    return FALSE;
  find->item_id = item_id;
  find->documents = documents;
  find->index = index;
  find->document = document;
  return TRUE;
}

static JsonObject *
find_document (PdCase       *pd_case,
               const char   *document_id,
               FindDocument *out)
{
  FindDocument find = { .id = document_id };

  if (document_id == NULL || !foreach_document (pd_case, find_document_cb, &find))
    return NULL;
  if (out != NULL)
    *out = find;
  return find.document;
}

static void
changed (PdCase *pd_case)
{
  pd_case_section_changed (pd_case, PD_CHECKLIST_SECTION);
}

/* ------------------------------------------------------------------------ */
/* Which items apply                                                         */

static gboolean
any_foreign_cb (const char *item_id,
                JsonArray  *documents,
                guint       index,
                JsonObject *document,
                gpointer    user_data)
{
  return pd_json_string_member (document, "language") != NULL;
}

/* Whether the person listed documents not in English, or marked an attached
 * one as being in another language. */
gboolean
pd_checklist_has_foreign_documents (PdCase *pd_case)
{
  JsonNode *listed;

  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);

  listed = pd_interview_get_visible_answer (pd_case, PD_KEY_FOREIGN_DOCUMENTS);
  if (listed != NULL && JSON_NODE_HOLDS_ARRAY (listed)
      && json_array_get_length (json_node_get_array (listed)) > 0)
    return TRUE;
  return foreach_document (pd_case, any_foreign_cb, NULL);
}

gboolean
pd_checklist_applies (PdCase               *pd_case,
                      const PdEvidenceItem *item)
{
  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  if (item->always)
    return TRUE;
  if (g_str_equal (item->id, PD_EVIDENCE_TRANSLATIONS))
    return pd_checklist_has_foreign_documents (pd_case);
  if (item->factors != 0 && (pd_rules_get_positive_factors (pd_case) & item->factors) != 0)
    return TRUE;
  if (item->negatives != 0 && (pd_rules_get_negative_factors (pd_case) & item->negatives) != 0)
    return TRUE;
  return FALSE;
}

/* The items that apply to the person now, in catalogue order (by group). */
GPtrArray *
pd_checklist_dup_items (PdCase *pd_case)
{
  GPtrArray *items = g_ptr_array_new ();
  const PdEvidenceItem *catalogue;
  guint n;

  g_return_val_if_fail (PD_IS_CASE (pd_case), items);

  catalogue = pd_checklist_get_catalogue (&n);
  for (guint i = 0; i < n; i++)
    if (pd_checklist_applies (pd_case, &catalogue[i]))
      g_ptr_array_add (items, (gpointer) &catalogue[i]);
  return items;
}

/* Items that no longer apply but hold something the person did (a status, a
 * note, files): shown greyed, never dropped. */
GPtrArray *
pd_checklist_dup_kept_items (PdCase *pd_case)
{
  GPtrArray *items = g_ptr_array_new ();
  const PdEvidenceItem *catalogue;
  guint n;

  g_return_val_if_fail (PD_IS_CASE (pd_case), items);

  catalogue = pd_checklist_get_catalogue (&n);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *state;
      JsonArray *documents;
      const char *note;

      if (pd_checklist_applies (pd_case, &catalogue[i]))
        continue;
      state = item_state (pd_case, catalogue[i].id, FALSE);
      if (state == NULL)
        continue;
      documents = pd_json_child_array (state, "documents", FALSE);
      note = pd_json_string_member (state, "note");
      if ((documents != NULL && json_array_get_length (documents) > 0)
          || (note != NULL && *note != '\0')
          || pd_checklist_get_status (pd_case, catalogue[i].id) != PD_EVIDENCE_STATUS_NEEDED)
        g_ptr_array_add (items, (gpointer) &catalogue[i]);
    }
  return items;
}

/* "@n_ready of @n_total ready": items that apply, are meant to be sent and
 * were not marked "does not apply"; ready ones are marked "I have it". */
void
pd_checklist_get_progress (PdCase *pd_case,
                           guint  *n_ready,
                           guint  *n_total)
{
  g_autoptr (GPtrArray) items = NULL;
  guint ready = 0, total = 0;

  g_return_if_fail (PD_IS_CASE (pd_case));

  items = pd_checklist_dup_items (pd_case);
  for (guint i = 0; i < items->len; i++)
    {
      const PdEvidenceItem *item = g_ptr_array_index (items, i);
      PdEvidenceStatus status = pd_checklist_get_status (pd_case, item->id);

      if (item->need == PD_EVIDENCE_REFERENCE || status == PD_EVIDENCE_STATUS_NOT_APPLICABLE)
        continue;
      total++;
      if (status == PD_EVIDENCE_STATUS_HAVE)
        ready++;
    }
  if (n_ready != NULL)
    *n_ready = ready;
  if (n_total != NULL)
    *n_total = total;
}

/* ------------------------------------------------------------------------ */
/* Status and note                                                           */

PdEvidenceStatus
pd_checklist_get_status (PdCase     *pd_case,
                         const char *item_id)
{
  const char *value;

  g_return_val_if_fail (PD_IS_CASE (pd_case), PD_EVIDENCE_STATUS_NEEDED);

  value = pd_json_string_member (item_state (pd_case, item_id, FALSE), "status");
  for (guint i = 0; value != NULL && i < G_N_ELEMENTS (status_values); i++)
    if (g_str_equal (value, status_values[i]))
      return i;
  return PD_EVIDENCE_STATUS_NEEDED;
}

void
pd_checklist_set_status (PdCase          *pd_case,
                         const char      *item_id,
                         PdEvidenceStatus status)
{
  JsonObject *state;

  g_return_if_fail (PD_IS_CASE (pd_case));
  g_return_if_fail (status < G_N_ELEMENTS (status_values));

  if (pd_checklist_get_status (pd_case, item_id) == status
      && pd_json_string_member (item_state (pd_case, item_id, FALSE), "status") != NULL)
    return;
  state = item_state (pd_case, item_id, TRUE);
  if (state == NULL)
    return;
  json_object_set_string_member (state, "status", status_values[status]);
  changed (pd_case);
}

const char *
pd_checklist_get_note (PdCase     *pd_case,
                       const char *item_id)
{
  const char *note;

  g_return_val_if_fail (PD_IS_CASE (pd_case), "");

  note = pd_json_string_member (item_state (pd_case, item_id, FALSE), "note");
  return note != NULL ? note : "";
}

void
pd_checklist_set_note (PdCase     *pd_case,
                       const char *item_id,
                       const char *note)
{
  JsonObject *state;

  g_return_if_fail (PD_IS_CASE (pd_case));

  if (g_strcmp0 (pd_checklist_get_note (pd_case, item_id), note != NULL ? note : "") == 0)
    return;
  state = item_state (pd_case, item_id, TRUE);
  if (state == NULL)
    return;
  json_object_set_string_member (state, "note", note != NULL ? note : "");
  changed (pd_case);
}

/* ------------------------------------------------------------------------ */
/* Documents                                                                 */

PdDocumentFile *
pd_document_file_copy (const PdDocumentFile *file)
{
  PdDocumentFile *copy = g_new0 (PdDocumentFile, 1);

  copy->stored = g_strdup (file->stored);
  copy->name = g_strdup (file->name);
  copy->size = file->size;
  copy->sha256 = g_strdup (file->sha256);
  copy->content_type = g_strdup (file->content_type);
  copy->converted_from = g_strdup (file->converted_from);
  return copy;
}

void
pd_document_file_free (PdDocumentFile *file)
{
  if (file == NULL)
    return;
  g_free (file->stored);
  g_free (file->name);
  g_free (file->sha256);
  g_free (file->content_type);
  g_free (file->converted_from);
  g_free (file);
}

void
pd_document_free (PdDocument *document)
{
  if (document == NULL)
    return;
  g_free (document->id);
  g_free (document->item_id);
  g_free (document->description);
  g_free (document->language);
  g_free (document->added);
  g_clear_pointer (&document->files, g_ptr_array_unref);
  g_free (document);
}

/* What to call the document: its description, or its first file's name. */
const char *
pd_document_get_label (const PdDocument *document)
{
  if (document->description != NULL && *document->description != '\0')
    return document->description;
  if (document->files->len > 0)
    return ((PdDocumentFile *) g_ptr_array_index (document->files, 0))->name;
  return "";
}

static JsonObject *
file_to_json (const PdDocumentFile *file)
{
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "stored", file->stored);
  json_object_set_string_member (object, "name", file->name);
  json_object_set_int_member (object, "size", (gint64) file->size);
  json_object_set_string_member (object, "sha256", file->sha256);
  json_object_set_string_member (object, "type", file->content_type);
  if (file->converted_from != NULL)
    json_object_set_string_member (object, "converted_from", file->converted_from);
  return object;
}

/* A stored path must stay inside the case folder's files/. */
static gboolean
stored_path_is_safe (const char *stored)
{
  return stored != NULL && g_str_has_prefix (stored, "files/") && strstr (stored, "..") == NULL
         && strchr (stored + 6, '/') == NULL && stored[6] != '\0';
}

static PdDocumentFile *
file_from_json (JsonObject *object)
{
  PdDocumentFile *file;
  JsonNode *size;

  if (!stored_path_is_safe (pd_json_string_member (object, "stored")))
    return NULL;

  file = g_new0 (PdDocumentFile, 1);
  file->stored = g_strdup (pd_json_string_member (object, "stored"));
  file->name = g_strdup (pd_json_string_member (object, "name"));
  if (file->name == NULL)
    file->name = g_path_get_basename (file->stored);
  size = json_object_get_member (object, "size");
  if (size != NULL && JSON_NODE_HOLDS_VALUE (size)
      && json_node_get_value_type (size) == G_TYPE_INT64 && json_node_get_int (size) >= 0)
    file->size = (guint64) json_node_get_int (size);
  file->sha256 = g_strdup (pd_json_string_member (object, "sha256"));
  file->content_type = g_strdup (pd_json_string_member (object, "type"));
  file->converted_from = g_strdup (pd_json_string_member (object, "converted_from"));
  return file;
}

static PdDocument *
document_from_json (const char *item_id,
                    JsonObject *object)
{
  PdDocument *document = g_new0 (PdDocument, 1);
  JsonArray *files = pd_json_child_array (object, "files", FALSE);

  document->id = g_strdup (pd_json_string_member (object, "id"));
  document->item_id = g_strdup (item_id);
  document->description = g_strdup (pd_json_string_member (object, "description"));
  document->language = g_strdup (pd_json_string_member (object, "language"));
  document->added = g_strdup (pd_json_string_member (object, "added"));
  document->files = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_document_file_free);
  for (guint i = 0; files != NULL && i < json_array_get_length (files); i++)
    {
      JsonNode *node = json_array_get_element (files, i);
      PdDocumentFile *file;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      file = file_from_json (json_node_get_object (node));
      if (file != NULL)
        g_ptr_array_add (document->files, file);
    }
  return document;
}

/* The documents attached to an item, in the order they were added. */
GPtrArray *
pd_checklist_dup_documents (PdCase     *pd_case,
                            const char *item_id)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_document_free);
  JsonArray *documents;

  g_return_val_if_fail (PD_IS_CASE (pd_case), result);

  documents = item_documents (pd_case, item_id, FALSE);
  for (guint i = 0; documents != NULL && i < json_array_get_length (documents); i++)
    {
      JsonNode *node = json_array_get_element (documents, i);

      if (JSON_NODE_HOLDS_OBJECT (node) && pd_json_string_member (json_node_get_object (node), "id"))
        g_ptr_array_add (result, document_from_json (item_id, json_node_get_object (node)));
    }
  return result;
}

PdDocument *
pd_checklist_dup_document (PdCase     *pd_case,
                           const char *document_id)
{
  FindDocument find;

  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);

  if (find_document (pd_case, document_id, &find) == NULL)
    return NULL;
  return document_from_json (find.item_id, find.document);
}

/* Attaches a new document made of @file to the item, and marks the item
 * "I have it" if it was still needed. Returns the document's id. */
char *
pd_checklist_add_document (PdCase               *pd_case,
                           const char           *item_id,
                           const PdDocumentFile *file)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr (GDateTime) now = pd_clock_now ();
  g_autofree char *added = g_date_time_format_iso8601 (now);
  JsonObject *document;
  JsonArray *documents;
  JsonArray *files;

  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);
  g_return_val_if_fail (pd_checklist_lookup (item_id) != NULL, NULL);
  g_return_val_if_fail (file != NULL && stored_path_is_safe (file->stored), NULL);

  documents = item_documents (pd_case, item_id, TRUE);
  if (documents == NULL)
    return NULL;

  document = json_object_new ();
  json_object_set_string_member (document, "id", id);
  json_object_set_string_member (document, "description", "");
  json_object_set_string_member (document, "added", added);
  files = json_array_new ();
  json_array_add_object_element (files, file_to_json (file));
  json_object_set_array_member (document, "files", files);
  json_array_add_object_element (documents, document);

  if (pd_checklist_get_status (pd_case, item_id) == PD_EVIDENCE_STATUS_NEEDED)
    json_object_set_string_member (item_state (pd_case, item_id, FALSE), "status",
                                   status_values[PD_EVIDENCE_STATUS_HAVE]);
  changed (pd_case);
  return g_steal_pointer (&id);
}

/* Adds @file as the document's last page. */
gboolean
pd_checklist_add_page (PdCase               *pd_case,
                       const char           *document_id,
                       const PdDocumentFile *file)
{
  JsonObject *document;
  JsonArray *files;

  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);
  g_return_val_if_fail (file != NULL && stored_path_is_safe (file->stored), FALSE);

  document = find_document (pd_case, document_id, NULL);
  files = pd_json_child_array (document, "files", TRUE);
  if (files == NULL)
    return FALSE;
  json_array_add_object_element (files, file_to_json (file));
  changed (pd_case);
  return TRUE;
}

/* Moves page @from to position @to (both counted from 0). */
gboolean
pd_checklist_move_page (PdCase     *pd_case,
                        const char *document_id,
                        guint       from,
                        guint       to)
{
  JsonArray *files;
  g_autoptr (GPtrArray) nodes = NULL;
  JsonNode *moved;
  guint n;

  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);

  files = pd_json_child_array (find_document (pd_case, document_id, NULL), "files", FALSE);
  n = files != NULL ? json_array_get_length (files) : 0;
  if (from >= n || to >= n)
    return FALSE;
  if (from == to)
    return TRUE;

  nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (nodes, json_array_dup_element (files, i));
  moved = g_ptr_array_steal_index (nodes, from);
  g_ptr_array_insert (nodes, to, moved);
  while (json_array_get_length (files) > 0)
    json_array_remove_element (files, 0);
  for (guint i = 0; i < n; i++)
    json_array_add_element (files, json_node_ref (g_ptr_array_index (nodes, i)));
  changed (pd_case);
  return TRUE;
}

static gboolean
set_document_string (PdCase     *pd_case,
                     const char *document_id,
                     const char *member,
                     const char *value)
{
  JsonObject *document = find_document (pd_case, document_id, NULL);

  if (document == NULL)
    return FALSE;
  if (g_strcmp0 (pd_json_string_member (document, member), value) == 0)
    return TRUE;
  if (value == NULL)
    json_object_remove_member (document, member);
  else
    json_object_set_string_member (document, member, value);
  changed (pd_case);
  return TRUE;
}

gboolean
pd_checklist_set_description (PdCase     *pd_case,
                              const char *document_id,
                              const char *description)
{
  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);

  return set_document_string (pd_case, document_id, "description",
                              description != NULL ? description : "");
}

/* @language: an English language name from pd_document_languages(), or NULL
 * for English. A document in another language makes the translations item
 * apply. */
gboolean
pd_checklist_set_language (PdCase     *pd_case,
                           const char *document_id,
                           const char *language)
{
  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);

  if (language != NULL && (*language == '\0' || g_str_equal (language, "English")))
    language = NULL;
  return set_document_string (pd_case, document_id, "language", language);
}

/* Takes the document out of the case and returns it, with where it was, so
 * that Undo can put it back. The files stay in the case folder: delete them
 * (pd_checklist_dup_stored_paths()) once Undo is no longer offered. */
JsonNode *
pd_checklist_remove_document (PdCase     *pd_case,
                              const char *document_id,
                              guint      *out_position)
{
  FindDocument find;
  JsonObject *holder;
  JsonNode *removed;

  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);

  if (find_document (pd_case, document_id, &find) == NULL)
    return NULL;

  /* Keeps which item it came from. */
  holder = json_object_new ();
  json_object_set_string_member (holder, "item", find.item_id);
  json_object_set_member (holder, "document", json_array_dup_element (find.documents, find.index));
  removed = json_node_init_object (json_node_alloc (), holder);
  json_object_unref (holder);

  json_array_remove_element (find.documents, find.index);
  if (out_position != NULL)
    *out_position = find.index;
  changed (pd_case);
  return removed;
}

void
pd_checklist_restore_document (PdCase   *pd_case,
                               JsonNode *removed,
                               guint     position)
{
  JsonObject *holder;
  const char *item_id;
  JsonNode *document;
  JsonArray *documents;
  g_autoptr (GPtrArray) rest = NULL;

  g_return_if_fail (PD_IS_CASE (pd_case));
  g_return_if_fail (removed != NULL && JSON_NODE_HOLDS_OBJECT (removed));

  holder = json_node_get_object (removed);
  item_id = pd_json_string_member (holder, "item");
  document = json_object_get_member (holder, "document");
  documents = item_id != NULL ? item_documents (pd_case, item_id, TRUE) : NULL;
  if (documents == NULL || document == NULL)
    return;

  /* JsonArray has no insert: take off the tail, add, put the tail back. */
  rest = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  while (json_array_get_length (documents) > position)
    {
      guint last = json_array_get_length (documents) - 1;

      g_ptr_array_insert (rest, 0, json_array_dup_element (documents, last));
      json_array_remove_element (documents, last);
    }
  json_array_add_element (documents, json_node_copy (document));
  for (guint i = 0; i < rest->len; i++)
    json_array_add_element (documents, json_node_ref (g_ptr_array_index (rest, i)));
  changed (pd_case);
}

/* The stored paths ("files/…") of a removed document's files. */
char **
pd_checklist_dup_stored_paths (JsonNode *removed)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *document;

  if (removed != NULL && JSON_NODE_HOLDS_OBJECT (removed))
    {
      document = json_object_get_member (json_node_get_object (removed), "document");
      if (document != NULL && JSON_NODE_HOLDS_OBJECT (document))
        {
          g_autoptr (PdDocument) parsed = document_from_json (NULL, json_node_get_object (document));

          for (guint i = 0; i < parsed->files->len; i++)
            g_strv_builder_add (builder,
                                ((PdDocumentFile *) g_ptr_array_index (parsed->files, i))->stored);
        }
    }
  return g_strv_builder_end (builder);
}

/* ------------------------------------------------------------------------ */
/* Problems with a file                                                      */

typedef struct
{
  const char *sha256;
  const char *except;
  const char *found;
} FindSha;

static gboolean
find_sha_cb (const char *item_id,
             JsonArray  *documents,
             guint       index,
             JsonObject *document,
             gpointer    user_data)
{
  FindSha *find = user_data;
  JsonArray *files;

  if (find->except != NULL && g_str_equal (pd_json_string_member (document, "id"), find->except))
    return FALSE;
  files = pd_json_child_array (document, "files", FALSE);
  for (guint i = 0; files != NULL && i < json_array_get_length (files); i++)
    {
      JsonNode *node = json_array_get_element (files, i);

      if (JSON_NODE_HOLDS_OBJECT (node)
          && g_strcmp0 (pd_json_string_member (json_node_get_object (node), "sha256"), find->sha256) == 0)
        {
          find->found = item_id;
          return TRUE;
        }
    }
  return FALSE;
}

/* The item another document with these bytes is attached to, or NULL. */
const char *
pd_checklist_find_sha256 (PdCase     *pd_case,
                          const char *sha256,
                          const char *except_document_id)
{
  FindSha find = { sha256, except_document_id, NULL };

  g_return_val_if_fail (PD_IS_CASE (pd_case), NULL);

  if (sha256 == NULL || *sha256 == '\0')
    return NULL;
  foreach_document (pd_case, find_sha_cb, &find);
  return find.found;
}

gboolean
pd_content_type_fits_packet (const char *content_type)
{
  static const char *types[] = { "application/pdf", "image/jpeg", "image/png" };

  for (guint i = 0; content_type != NULL && i < G_N_ELEMENTS (types); i++)
    if (g_content_type_equals (content_type, types[i]))
      return TRUE;
  return FALSE;
}

/* What the person should know about one file: looks in @case_dir. */
PdFileProblem
pd_checklist_check_file (PdCase               *pd_case,
                         const char           *case_dir,
                         const PdDocument     *document,
                         const PdDocumentFile *file)
{
  PdFileProblem problems = PD_FILE_PROBLEM_NONE;
  g_autofree char *path = NULL;
  GStatBuf st;

  g_return_val_if_fail (PD_IS_CASE (pd_case), PD_FILE_PROBLEM_NONE);
  g_return_val_if_fail (file != NULL, PD_FILE_PROBLEM_NONE);

  path = g_build_filename (case_dir, file->stored, NULL);
  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    problems |= PD_FILE_PROBLEM_MISSING;
  else if ((guint64) st.st_size != file->size)
    problems |= PD_FILE_PROBLEM_CHANGED;

  if (file->size > PD_FILE_LARGE_BYTES)
    problems |= PD_FILE_PROBLEM_LARGE;
  if (!pd_content_type_fits_packet (file->content_type))
    problems |= PD_FILE_PROBLEM_NOT_FOR_PACKET;
  if (pd_checklist_find_sha256 (pd_case, file->sha256,
                                document != NULL ? document->id : NULL) != NULL)
    problems |= PD_FILE_PROBLEM_DUPLICATE;
  return problems;
}

/* ------------------------------------------------------------------------ */
/* Exhibits                                                                  */

static gboolean
is_exhibit (PdCase               *pd_case,
            const PdEvidenceItem *item)
{
  JsonArray *documents;

  if (item == NULL || !item->exhibit || !pd_checklist_applies (pd_case, item)
      || pd_checklist_get_status (pd_case, item->id) == PD_EVIDENCE_STATUS_NOT_APPLICABLE)
    return FALSE;
  documents = item_documents (pd_case, item->id, FALSE);
  return documents != NULL && json_array_get_length (documents) > 0;
}

/* The item ids that become exhibits, in packet order: the order the person
 * chose ("exhibit_order"), then the others in catalogue order. Exhibit
 * letters come from this order (pd_exhibit_dup_tab()), never from text. */
GPtrArray *
pd_checklist_dup_exhibits (PdCase *pd_case)
{
  GPtrArray *exhibits = g_ptr_array_new_with_free_func (g_free);
  JsonArray *order;
  const PdEvidenceItem *catalogue;
  guint n;

  g_return_val_if_fail (PD_IS_CASE (pd_case), exhibits);

  order = pd_json_child_array (pd_case_get_section (pd_case, PD_CHECKLIST_SECTION),
                       "exhibit_order", FALSE);
  for (guint i = 0; order != NULL && i < json_array_get_length (order); i++)
    {
      JsonNode *node = json_array_get_element (order, i);
      const PdEvidenceItem *item;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        continue;
      item = pd_checklist_lookup (json_node_get_string (node));
      if (is_exhibit (pd_case, item)
          && !g_ptr_array_find_with_equal_func (exhibits, item->id, g_str_equal, NULL))
        g_ptr_array_add (exhibits, g_strdup (item->id));
    }

  catalogue = pd_checklist_get_catalogue (&n);
  for (guint i = 0; i < n; i++)
    if (is_exhibit (pd_case, &catalogue[i])
        && !g_ptr_array_find_with_equal_func (exhibits, catalogue[i].id, g_str_equal, NULL))
      g_ptr_array_add (exhibits, g_strdup (catalogue[i].id));
  return exhibits;
}

/* Moves an exhibit @delta places (-1 earlier, +1 later) and stores the order. */
gboolean
pd_checklist_move_exhibit (PdCase     *pd_case,
                           const char *item_id,
                           int         delta)
{
  g_autoptr (GPtrArray) exhibits = NULL;
  JsonArray *order;
  guint index;
  int target;

  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);

  exhibits = pd_checklist_dup_exhibits (pd_case);
  if (!g_ptr_array_find_with_equal_func (exhibits, item_id, g_str_equal, &index))
    return FALSE;
  target = (int) index + delta;
  if (target < 0 || target >= (int) exhibits->len)
    return FALSE;
  g_ptr_array_insert (exhibits, target, g_ptr_array_steal_index (exhibits, index));

  order = json_array_new ();
  for (guint i = 0; i < exhibits->len; i++)
    json_array_add_string_element (order, g_ptr_array_index (exhibits, i));
  json_object_set_array_member (pd_case_get_section (pd_case, PD_CHECKLIST_SECTION),
                                "exhibit_order", order);
  changed (pd_case);
  return TRUE;
}

/* The tab letters: A … Z, then AA, AB … */
char *
pd_exhibit_dup_tab (guint index)
{
  GString *tab = g_string_new (NULL);

  index++;
  while (index > 0)
    {
      index--;
      g_string_prepend_c (tab, 'A' + index % 26);
      index /= 26;
    }
  return g_string_free (tab, FALSE);
}

/* The item's tab letter, or NULL when it is not an exhibit. */
char *
pd_checklist_dup_tab (PdCase     *pd_case,
                      const char *item_id)
{
  g_autoptr (GPtrArray) exhibits = pd_checklist_dup_exhibits (pd_case);
  guint index;

  if (!g_ptr_array_find_with_equal_func (exhibits, item_id, g_str_equal, &index))
    return NULL;
  return pd_exhibit_dup_tab (index);
}
