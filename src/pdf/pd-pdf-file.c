/* pd-pdf-file.c — reading PDF files the person attached (poppler)
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-pdf-file"

#include "config.h"

#include "pd-pdf-file.h"

/* The first page, on white, scaled to fit @size × @size pixels. Runs in any
 * thread (each call opens its own document). */
cairo_surface_t *
pd_pdf_file_render_thumbnail (const char  *path,
                              int          size,
                              GError     **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (PopplerDocument) document = NULL;
  g_autoptr (PopplerPage) page = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height, scale;

  document = poppler_document_new_from_gfile (file, NULL, NULL, error);
  if (document == NULL)
    return NULL;
  if (poppler_document_get_n_pages (document) < 1
      || (page = poppler_document_get_page (document, 0)) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "PDF: no pages");
      return NULL;
    }

  poppler_page_get_size (page, &width, &height);
  if (width <= 0 || height <= 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "PDF: empty page");
      return NULL;
    }
  scale = MIN (size / width, size / height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, MAX (1, (int) (width * scale)),
                                        MAX (1, (int) (height * scale)));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  return surface;
}
