/* pd-json.c — reading and making members of a case's sections
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A member of the wrong type (a hand-edited or damaged file) reads as
 * missing and is never replaced: the caller gets NULL and leaves it alone.
 */

#include "config.h"

#include "pd-json.h"

/* The object member @name; made empty when missing and @create. */
JsonObject *
pd_json_child_object (JsonObject *parent,
                      const char *name,
                      gboolean    create)
{
  JsonNode *node = parent != NULL ? json_object_get_member (parent, name) : NULL;

  if (node != NULL)
    return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  if (!create || parent == NULL)
    return NULL;
  json_object_set_object_member (parent, name, json_object_new ());
  return json_object_get_object_member (parent, name);
}

/* The array member @name; made empty when missing and @create. */
JsonArray *
pd_json_child_array (JsonObject *parent,
                     const char *name,
                     gboolean    create)
{
  JsonNode *node = parent != NULL ? json_object_get_member (parent, name) : NULL;

  if (node != NULL)
    return JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  if (!create || parent == NULL)
    return NULL;
  json_object_set_array_member (parent, name, json_array_new ());
  return json_object_get_array_member (parent, name);
}

/* The string member @name, or NULL (missing, or not a string). */
const char *
pd_json_string_member (JsonObject *object,
                       const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}
