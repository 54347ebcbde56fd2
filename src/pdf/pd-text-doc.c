/* pd-text-doc.c — paragraphs laid out on pages, for printing and PDF
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small on purpose: styled paragraphs, page breaks that keep a heading with
 * what follows, "Page N of M" at the foot. The same layout is drawn by
 * GtkPrintOperation and written to PDF (US Letter, 1-inch margins, fonts
 * embedded by cairo).
 */

#define G_LOG_DOMAIN "pd-text-doc"

#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "pd-text-doc.h"

#define FOOTER_SPACE 28.0
#define BOX_SIZE     10.0
#define CHECK_INDENT 20.0

typedef struct
{
  PdTextStyle  style;
  char        *text;
  PangoLayout *layout;
  double       space_before;
  double       height;
  guint        page;
  double       y;
} Block;

struct _PdTextDoc
{
  GArray  *blocks;
  char    *footer;
  guint    n_pages;
  double   height;
  gboolean english;
  gboolean no_footer;
};

static void
block_clear (Block *block)
{
  g_free (block->text);
  g_clear_object (&block->layout);
}

PdTextDoc *
pd_text_doc_new (void)
{
  PdTextDoc *self = g_new0 (PdTextDoc, 1);

  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, (GDestroyNotify) block_clear);
  return self;
}

void
pd_text_doc_free (PdTextDoc *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->blocks);
  g_free (self->footer);
  g_free (self);
}

void
pd_text_doc_add (PdTextDoc   *self,
                 PdTextStyle  style,
                 const char  *text)
{
  Block block = { 0 };

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  block.style = style;
  block.text = g_utf8_make_valid (text, -1);
  g_array_append_val (self->blocks, block);
}

/* Documents for the government: "Page N of M" in English whatever the
 * interface language, and a serif body. */
void
pd_text_doc_set_english (PdTextDoc *self,
                         gboolean   english)
{
  g_return_if_fail (self != NULL);

  self->english = english;
}

/* Leaves the foot of the pages empty, for a packet that numbers all its
 * pages itself. */
void
pd_text_doc_set_no_footer (PdTextDoc *self,
                           gboolean   no_footer)
{
  g_return_if_fail (self != NULL);

  self->no_footer = no_footer;
}

/* A line at the foot of every page, before "Page N of M". */
void
pd_text_doc_set_footer (PdTextDoc  *self,
                        const char *footer)
{
  g_return_if_fail (self != NULL);

  g_free (self->footer);
  self->footer = g_strdup (footer);
}

static double
indent_of (PdTextStyle style)
{
  switch (style)
    {
    case PD_TEXT_SMALL:
    case PD_TEXT_CHECK:
    case PD_TEXT_CHECKED:
      return CHECK_INDENT;
    case PD_TEXT_TITLE:
    case PD_TEXT_HEADING:
    case PD_TEXT_BODY:
    case PD_TEXT_PAGE_BREAK:
    default:
      return 0;
    }
}

static void
style_layout (PangoLayout *layout,
              PdTextStyle  style,
              gboolean     letter,
              double      *space_before)
{
  static const struct
  {
    const char *font;
    double      space;
  } styles[] = {
    [PD_TEXT_TITLE] = { "Sans Bold 17", 0 },
    [PD_TEXT_HEADING] = { "Sans Bold 13", 16 },
    [PD_TEXT_BODY] = { "Sans 10.5", 6 },
    [PD_TEXT_SMALL] = { "Sans 9.5", 2 },
    [PD_TEXT_CHECK] = { "Sans Bold 10.5", 10 },
    [PD_TEXT_CHECKED] = { "Sans Bold 10.5", 10 },
    [PD_TEXT_PAGE_BREAK] = { "Sans 10.5", 0 },
  };
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string (styles[style].font);

  if (letter && style == PD_TEXT_HEADING)
    {
      pango_font_description_set_family (font, "Serif");
      pango_font_description_set_size (font, 12 * PANGO_SCALE);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      return;
    }
  /* A letter: one serif size, paragraphs a line apart. */
  if (letter && style == PD_TEXT_BODY)
    {
      pango_font_description_set_family (font, "Serif");
      pango_font_description_set_size (font, 11.5 * PANGO_SCALE);
      pango_layout_set_spacing (layout, 2 * PANGO_SCALE);
      *space_before = 12;
      return;
    }

  pango_layout_set_font_description (layout, font);
  *space_before = styles[style].space;
}

/* Lays the paragraphs out on pages of @width × @height points (the area
 * inside the margins). Returns the number of pages. */
guint
pd_text_doc_paginate (PdTextDoc    *self,
                      PangoContext *context,
                      double        width,
                      double        height)
{
  double body_height = height - FOOTER_SPACE;
  double y = 0;
  guint page = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  self->height = height;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      int w, h;

      g_clear_object (&block->layout);
      block->layout = pango_layout_new (context);
      style_layout (block->layout, block->style, self->english, &block->space_before);
      pango_layout_set_width (block->layout,
                              (int) ((width - indent_of (block->style)) * PANGO_SCALE));
      pango_layout_set_wrap (block->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_text (block->layout, block->text, -1);
      pango_layout_get_size (block->layout, &w, &h);
      block->height = (double) h / PANGO_SCALE;
    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      double space = y > 0 ? block->space_before : 0;
      double needed = space + block->height;

      if (block->style == PD_TEXT_PAGE_BREAK)
        {
          if (y > 0)
            {
              page++;
              y = 0;
            }
          block->page = page;
          block->y = 0;
          continue;
        }

      /* A heading or a checklist line goes with the paragraph after it. */
      if ((block->style == PD_TEXT_HEADING || block->style == PD_TEXT_CHECK
           || block->style == PD_TEXT_CHECKED) && i + 1 < self->blocks->len)
        {
          Block *next = &g_array_index (self->blocks, Block, i + 1);
          needed += next->space_before + next->height;
        }

      if (y > 0 && y + needed > body_height)
        {
          page++;
          y = 0;
          space = 0;
        }
      block->page = page;
      block->y = y + space;
      y = block->y + block->height;
    }

  self->n_pages = self->blocks->len > 0 ? page + 1 : 1;
  return self->n_pages;
}

static void
draw_box (cairo_t *cr,
          double   y,
          gboolean ticked)
{
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, 2.5, y + 3.5, BOX_SIZE, BOX_SIZE);
  cairo_stroke (cr);
  if (ticked)
    {
      cairo_set_line_width (cr, 1.8);
      cairo_move_to (cr, 4.5, y + 8.5);
      cairo_line_to (cr, 7, y + 11.5);
      cairo_line_to (cr, 11.5, y + 5);
      cairo_stroke (cr);
    }
}

/* Draws one page at the current origin (the top left of the area inside
 * the margins), in black. Call pd_text_doc_paginate() first. */
void
pd_text_doc_draw_page (PdTextDoc *self,
                       cairo_t   *cr,
                       guint      page)
{
  g_autofree char *number = NULL;
  g_autoptr (PangoLayout) footer = NULL;
  g_autoptr (PangoFontDescription) font = NULL;
  int w, h;

  g_return_if_fail (self != NULL);

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      if (block->page != page || block->layout == NULL || block->style == PD_TEXT_PAGE_BREAK)
        continue;
      if (block->style == PD_TEXT_CHECK || block->style == PD_TEXT_CHECKED)
        draw_box (cr, block->y, block->style == PD_TEXT_CHECKED);
      cairo_move_to (cr, indent_of (block->style), block->y);
      pango_cairo_show_layout (cr, block->layout);
    }

  if (self->blocks->len == 0 || self->no_footer)
    return;
  footer = pango_layout_new (pango_layout_get_context (g_array_index (self->blocks, Block,
                                                                      0).layout));
  font = pango_font_description_from_string ("Sans 8.5");
  pango_layout_set_font_description (footer, font);
  if (self->english)
    number = g_strdup_printf ("Page %u of %u", page + 1, self->n_pages);
  else
    /* Translators: at the foot of a printed page: "Page 2 of 3". */
    number = g_strdup_printf (_("Page %1$u of %2$u"), page + 1, self->n_pages);
  if (self->footer != NULL)
    {
      g_autofree char *text = g_strconcat (self->footer, " · ", number, NULL);
      pango_layout_set_text (footer, text, -1);
    }
  else
    pango_layout_set_text (footer, number, -1);
  pango_layout_get_size (footer, &w, &h);
  cairo_move_to (cr, 0, self->height - (double) h / PANGO_SCALE);
  pango_cairo_show_layout (cr, footer);
}

gboolean
pd_text_doc_is_empty (PdTextDoc *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    if (g_array_index (self->blocks, Block, i).style != PD_TEXT_PAGE_BREAK)
      return FALSE;
  return TRUE;
}

/* All the text, one paragraph a line (for tests and for reading aloud). */
char *
pd_text_doc_dup_text (PdTextDoc *self)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      if (g_array_index (self->blocks, Block, i).style == PD_TEXT_PAGE_BREAK)
        continue;
      g_string_append (text, g_array_index (self->blocks, Block, i).text);
      g_string_append_c (text, '\n');
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Writes the document as a US Letter PDF. The file is replaced whole or
 * not at all. */
gboolean
pd_text_doc_write_pdf (PdTextDoc   *self,
                       const char  *path,
                       GError     **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;
  cairo_status_t status;
  guint n_pages;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  surface = cairo_pdf_surface_create_for_stream (write_cb, bytes, PD_PAGE_WIDTH, PD_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Discretion");
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  /* Points are the PDF's units: 72 per inch (pango assumes 96). */
  pango_cairo_context_set_resolution (context, 72);

  n_pages = pd_text_doc_paginate (self, context, PD_PAGE_WIDTH - 2 * PD_PAGE_MARGIN,
                                  PD_PAGE_HEIGHT - 2 * PD_PAGE_MARGIN);
  for (guint page = 0; page < n_pages; page++)
    {
      cairo_save (cr);
      cairo_translate (cr, PD_PAGE_MARGIN, PD_PAGE_MARGIN);
      pd_text_doc_draw_page (self, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  /* The layouts belong to the PDF's context: drop them with it. */
  for (guint i = 0; i < self->blocks->len; i++)
    g_clear_object (&g_array_index (self->blocks, Block, i).layout);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (status));
      return FALSE;
    }
  return g_file_set_contents (path, (const char *) bytes->data, bytes->len, error);
}
