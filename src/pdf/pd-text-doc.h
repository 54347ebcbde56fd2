/* pd-text-doc.h
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* US Letter, in points, with 1-inch margins. */
#define PD_PAGE_WIDTH  612.0
#define PD_PAGE_HEIGHT 792.0
#define PD_PAGE_MARGIN 72.0

/**
 * PdTextStyle:
 * @PD_TEXT_TITLE: the document's title
 * @PD_TEXT_HEADING: a section heading; never left alone at the foot of a page
 * @PD_TEXT_BODY: a paragraph
 * @PD_TEXT_SMALL: a smaller, indented paragraph (details under an item)
 * @PD_TEXT_CHECK: a checklist line with an empty box in front
 * @PD_TEXT_CHECKED: a checklist line with a ticked box
 * @PD_TEXT_PAGE_BREAK: what follows starts a new page (not at the top of one)
 */
typedef enum
{
  PD_TEXT_TITLE,
  PD_TEXT_HEADING,
  PD_TEXT_BODY,
  PD_TEXT_SMALL,
  PD_TEXT_CHECK,
  PD_TEXT_CHECKED,
  PD_TEXT_PAGE_BREAK,
} PdTextStyle;

typedef struct _PdTextDoc PdTextDoc;

PdTextDoc *pd_text_doc_new           (void);
void       pd_text_doc_free          (PdTextDoc     *self);
void       pd_text_doc_add           (PdTextDoc     *self,
                                      PdTextStyle    style,
                                      const char    *text);
void       pd_text_doc_set_footer    (PdTextDoc     *self,
                                      const char    *footer);
void       pd_text_doc_set_english   (PdTextDoc     *self,
                                      gboolean       english);
void       pd_text_doc_set_no_footer (PdTextDoc     *self,
                                      gboolean       no_footer);
guint      pd_text_doc_paginate      (PdTextDoc     *self,
                                      PangoContext  *context,
                                      double         width,
                                      double         height);
void       pd_text_doc_draw_page     (PdTextDoc     *self,
                                      cairo_t       *cr,
                                      guint          page);
char      *pd_text_doc_dup_text      (PdTextDoc     *self);
gboolean   pd_text_doc_is_empty      (PdTextDoc     *self);
gboolean   pd_text_doc_write_pdf     (PdTextDoc     *self,
                                      const char    *path,
                                      GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdTextDoc, pd_text_doc_free)

G_END_DECLS
