/* pd-thumbnail.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pd-checklist.h"

G_BEGIN_DECLS

void  pd_thumbnail_set_image      (GtkImage             *image,
                                   const char           *case_dir,
                                   const PdDocumentFile *file,
                                   GCancellable         *cancellable);
char *pd_thumbnail_dup_cache_path (const char           *sha256);

G_END_DECLS
