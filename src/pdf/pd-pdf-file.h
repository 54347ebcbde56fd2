/* pd-pdf-file.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <poppler.h>

G_BEGIN_DECLS

/* poppler-glib 22.12 defines no autoptr cleanups. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

cairo_surface_t *pd_pdf_file_render_thumbnail (const char  *path,
                                               int          size,
                                               GError     **error);

G_END_DECLS
