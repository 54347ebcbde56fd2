/* pd-json.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonObject *pd_json_child_object  (JsonObject *parent,
                                   const char *name,
                                   gboolean    create);
JsonArray  *pd_json_child_array   (JsonObject *parent,
                                   const char *name,
                                   gboolean    create);
const char *pd_json_string_member (JsonObject *object,
                                   const char *name);

G_END_DECLS
