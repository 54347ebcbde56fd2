/* test-util.c — building cases from JSON answers, for the core tests
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "test-util.h"

/* A case whose "answers" object is @answers (JSON text). */
PdCase *
test_case_from_answers (const char *answers)
{
  g_autofree char *data = g_strdup_printf ("{ \"format\": \"discretion-case\", \"version\": 1,"
                                           "  \"id\": \"test\", \"answers\": %s }", answers);
  g_autoptr (GError) error = NULL;
  PdCase *pd_case = pd_case_new_from_data (data, strlen (data), &error);

  g_assert_no_error (error);
  g_assert_nonnull (pd_case);
  return pd_case;
}

/* Sets one answer from JSON text, e.g. "[\"spouse\"]". */
void
test_set_json (PdCase     *pd_case,
               const char *key,
               const char *json)
{
  g_autoptr (JsonNode) node = json_from_string (json, NULL);

  g_assert_nonnull (node);
  pd_case_set_answer (pd_case, key, node);
}

/* A case with the @base answers, then each member of @answers (JSON text)
 * set over them one by one, as the interview would. */
PdCase *
test_case_from_profile (const char *base,
                        const char *answers)
{
  PdCase *pd_case = test_case_from_answers (base);
  g_autoptr (JsonNode) extra = json_from_string (answers, NULL);
  JsonObject *object;
  g_autoptr (GList) members = NULL;

  g_assert_nonnull (extra);
  object = json_node_get_object (extra);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    pd_case_set_answer (pd_case, l->data, json_object_get_member (object, l->data));
  return pd_case;
}
