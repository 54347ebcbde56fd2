/* pd-heic.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean pd_heic_to_jpeg (const char  *heic_path,
                          const char  *jpeg_path,
                          guint64     *out_size,
                          GError     **error);

G_END_DECLS
