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
