/* pd-packet.c — one PDF to send: letter, statement, certificates, index,
 * and each exhibit behind its tab page, every page numbered
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In English, US Letter. Two passes: count every page first (the index
 * needs the page ranges, the footers need the total), then draw. PDF pages
 * are drawn with poppler onto the packet's cairo surface (vector), scaled
 * to fit the page without cropping and never turned; photos are turned the
 * right way up and fitted, and a JPEG that needs no turning is embedded as
 * it is (no re-encoding).
 */

#define G_LOG_DOMAIN "pd-packet"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pd-checklist.h"
#include "pd-fields.h"
#include "pd-letter.h"
#include "pd-letter-pdf.h"
#include "pd-packet.h"
#include "pd-pdf-file.h"
#include "pd-statement-pdf.h"

#define FOOTER_HEIGHT 30.0   /* at the foot of exhibit pages, for the numbers */
#define EXHIBIT_MARGIN 18.0

G_DEFINE_QUARK (pd-packet-error-quark, pd_packet_error)

typedef enum
{
  PART_TEXT,      /* a page of a PdTextDoc */
  PART_TAB,       /* an exhibit's tab page */
  PART_PDF,       /* a page of an attached PDF */
  PART_IMAGE,     /* an attached photo */
} PartKind;

typedef struct
{
  PartKind   kind;
  PdTextDoc *doc;       /* PART_TEXT: borrowed */
  guint      index;     /* PART_TEXT: its page; PART_PDF: the PDF's page */
  char      *path;      /* PART_PDF, PART_IMAGE */
  char      *tab;       /* PART_TAB: "C" */
  char      *title;     /* PART_TAB */
} Part;

static void
part_clear (Part *part)
{
  g_free (part->path);
  g_free (part->tab);
  g_free (part->title);
}

typedef struct
{
  char      *tab;
  char      *title;
  GPtrArray *files;     /* full paths, in order */
  GArray    *pages;     /* guint per file */
  guint      first;     /* 1-based page of its tab page, once known */
  guint      n_pages;   /* tab page included */
} Exhibit;

static void
exhibit_free (Exhibit *exhibit)
{
  g_free (exhibit->tab);
  g_free (exhibit->title);
  g_ptr_array_unref (exhibit->files);
  g_array_unref (exhibit->pages);
  g_free (exhibit);
}

/* How many pages a file gives, or 0 with @error when it cannot go in. */
static guint
count_pages (const PdDocumentFile *file,
             const char           *path,
             GError              **error)
{
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, PD_PACKET_ERROR, PD_PACKET_ERROR_FILE,
                   _("“%1$s” cannot go into the packet: %2$s"), file->name,
                   _("it is no longer in the request’s folder."));
      return 0;
    }
  if (g_strcmp0 (file->content_type, "application/pdf") == 0)
    {
      g_autoptr (GFile) gfile = g_file_new_for_path (path);
      g_autoptr (PopplerDocument) document = NULL;
      g_autoptr (GError) local_error = NULL;
      int n;

      document = poppler_document_new_from_gfile (gfile, NULL, NULL, &local_error);
      if (document == NULL)
        {
          g_set_error (error, PD_PACKET_ERROR, PD_PACKET_ERROR_FILE,
                       /* Translators: %1$s is a file name, %2$s the reason. */
                       _("“%1$s” cannot go into the packet: %2$s"), file->name,
                       g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED)
                       ? _("it is protected by a password. Open it, and save or print it as "
                           "a PDF without a password.")
                       : _("it is damaged or not really a PDF."));
          return 0;
        }
      n = poppler_document_get_n_pages (document);
      if (n < 1)
        {
          g_set_error (error, PD_PACKET_ERROR, PD_PACKET_ERROR_FILE,
                       _("“%1$s” cannot go into the packet: %2$s"), file->name,
                       _("it has no pages."));
          return 0;
        }
      return (guint) n;
    }
  if (g_strcmp0 (file->content_type, "image/jpeg") == 0
      || g_strcmp0 (file->content_type, "image/png") == 0)
    {
      int width = 0, height = 0;

      if (gdk_pixbuf_get_file_info (path, &width, &height) == NULL || width <= 0 || height <= 0)
        {
          g_set_error (error, PD_PACKET_ERROR, PD_PACKET_ERROR_FILE,
                       _("“%1$s” cannot go into the packet: %2$s"), file->name,
                       _("the picture is damaged or empty."));
          return 0;
        }
      return 1;
    }
  g_set_error (error, PD_PACKET_ERROR, PD_PACKET_ERROR_FILE,
               _("“%1$s” cannot go into the packet: %2$s"), file->name,
               _("the packet takes only PDF, JPEG and PNG files."));
  return 0;
}

/* The exhibits, in packet order, with their files and page counts. Fails on
 * the first file that cannot go in, naming it. */
static GPtrArray *
collect_exhibits (PdCase      *pd_case,
                  const char  *case_dir,
                  GError     **error)
{
  g_autoptr (GPtrArray) exhibits = g_ptr_array_new_with_free_func ((GDestroyNotify) exhibit_free);
  g_autoptr (GPtrArray) ids = pd_checklist_dup_exhibits (pd_case);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr (GPtrArray) documents = pd_checklist_dup_documents (pd_case, ids->pdata[i]);
      g_autofree char *phrase = g_strconcat ("exhibit.", (char *) ids->pdata[i], NULL);
      PdTemplate *phrases = pd_letter_get_template ("phrases.txt");
      g_autoptr (GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);
      Exhibit *exhibit = g_new0 (Exhibit, 1);

      exhibit->tab = pd_exhibit_dup_tab (i);
      exhibit->title = pd_template_fill (phrases, phrase, none, NULL, NULL);
      if (exhibit->title == NULL)
        exhibit->title = g_strdup (ids->pdata[i]);
      exhibit->files = g_ptr_array_new_with_free_func (g_free);
      exhibit->pages = g_array_new (FALSE, FALSE, sizeof (guint));
      exhibit->n_pages = 1;
      g_ptr_array_add (exhibits, exhibit);

      for (guint j = 0; j < documents->len; j++)
        {
          PdDocument *document = documents->pdata[j];

          for (guint k = 0; k < document->files->len; k++)
            {
              PdDocumentFile *file = document->files->pdata[k];
              g_autofree char *path = g_build_filename (case_dir, file->stored, NULL);
              guint n = count_pages (file, path, error);

              if (n == 0)
                return NULL;
              g_ptr_array_add (exhibit->files, g_steal_pointer (&path));
              g_array_append_val (exhibit->pages, n);
              exhibit->n_pages += n;
            }
        }
    }
  return g_steal_pointer (&exhibits);
}

/* The index: each tab, what it holds, and its pages. */
static PdTextDoc *
build_index (GPtrArray *exhibits)
{
  PdTextDoc *doc = pd_text_doc_new ();

  pd_text_doc_set_english (doc, TRUE);
  pd_text_doc_set_no_footer (doc, TRUE);
  pd_text_doc_add (doc, PD_TEXT_HEADING, "EXHIBIT INDEX");
  for (guint i = 0; i < exhibits->len; i++)
    {
      Exhibit *exhibit = exhibits->pdata[i];
      g_autofree char *line = NULL;

      line = exhibit->first > 0
        ? g_strdup_printf ("Tab %s \xe2\x80\x93 %s (pages %u\xe2\x80\x93%u)", exhibit->tab,
                           exhibit->title, exhibit->first, exhibit->first + exhibit->n_pages - 1)
        : g_strdup_printf ("Tab %s \xe2\x80\x93 %s (pages 000\xe2\x80\x93" "000)", exhibit->tab,
                           exhibit->title);
      pd_text_doc_add (doc, PD_TEXT_BODY, line);
    }
  return doc;
}

static guint
paginate (PdTextDoc    *doc,
          PangoContext *context)
{
  return pd_text_doc_paginate (doc, context, PD_PAGE_WIDTH - 2 * PD_PAGE_MARGIN,
                               PD_PAGE_HEIGHT - 2 * PD_PAGE_MARGIN);
}

static void
add_text_parts (GArray    *parts,
                PdTextDoc *doc,
                guint      n_pages)
{
  for (guint i = 0; i < n_pages; i++)
    {
      Part part = { PART_TEXT, doc, i, NULL, NULL, NULL };
      g_array_append_val (parts, part);
    }
}

/* ------------------------------------------------------------------------ */
/* Drawing                                                                   */

static void
draw_footer (cairo_t      *cr,
             PangoContext *context,
             const char   *footer,
             guint         page,
             guint         n_pages)
{
  g_autoptr (PangoLayout) layout = pango_layout_new (context);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string ("Sans 8.5");
  g_autofree char *text = g_strdup_printf ("%s%sPage %u of %u", footer != NULL ? footer : "",
                                           footer != NULL ? " \xc2\xb7 " : "", page, n_pages);
  int w, h;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &w, &h);
  cairo_save (cr);
  /* On white, so it stays readable over a scanned page. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, PD_PAGE_MARGIN - 4, PD_PAGE_HEIGHT - 27 - 2, (double) w / PANGO_SCALE + 8,
                   (double) h / PANGO_SCALE + 4);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, PD_PAGE_MARGIN, PD_PAGE_HEIGHT - 27);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
draw_tab (cairo_t      *cr,
          PangoContext *context,
          const Part   *part)
{
  g_autoptr (PangoLayout) big = pango_layout_new (context);
  g_autoptr (PangoLayout) title = pango_layout_new (context);
  g_autoptr (PangoFontDescription) big_font = pango_font_description_from_string ("Serif Bold 40");
  g_autoptr (PangoFontDescription) title_font = pango_font_description_from_string ("Serif 16");
  g_autofree char *text = g_strconcat ("Tab ", part->tab, NULL);
  double width = PD_PAGE_WIDTH - 2 * PD_PAGE_MARGIN;
  int w, h;

  pango_layout_set_font_description (big, big_font);
  pango_layout_set_text (big, text, -1);
  pango_layout_set_width (big, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (big, PANGO_ALIGN_CENTER);
  pango_layout_get_size (big, &w, &h);
  cairo_move_to (cr, PD_PAGE_MARGIN, PD_PAGE_HEIGHT / 2 - (double) h / PANGO_SCALE);
  pango_cairo_show_layout (cr, big);

  pango_layout_set_font_description (title, title_font);
  pango_layout_set_text (title, part->title, -1);
  pango_layout_set_width (title, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (title, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (title, PANGO_ALIGN_CENTER);
  cairo_move_to (cr, PD_PAGE_MARGIN, PD_PAGE_HEIGHT / 2 + 12);
  pango_cairo_show_layout (cr, title);
}

/* Scales (never turns, never crops) a @width × @height thing into the page,
 * above the footer, centred. */
static void
fit (cairo_t *cr,
     double   width,
     double   height)
{
  double area_width = PD_PAGE_WIDTH - 2 * EXHIBIT_MARGIN;
  double area_height = PD_PAGE_HEIGHT - 2 * EXHIBIT_MARGIN - FOOTER_HEIGHT;
  double scale = MIN (area_width / width, area_height / height);

  cairo_translate (cr, EXHIBIT_MARGIN + (area_width - width * scale) / 2,
                   EXHIBIT_MARGIN + (area_height - height * scale) / 2);
  cairo_scale (cr, scale, scale);
}

static gboolean
draw_pdf_page (cairo_t     *cr,
               PopplerPage *page)
{
  double width, height;

  poppler_page_get_size (page, &width, &height);
  if (width <= 0 || height <= 0)
    return FALSE;
  cairo_save (cr);
  fit (cr, width, height);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  poppler_page_render_for_printing (page, cr);
  cairo_restore (cr);
  return TRUE;
}

static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guchar *pixels = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  guchar *out = cairo_image_surface_get_data (surface);
  int out_stride = cairo_image_surface_get_stride (surface);

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = pixels + y * stride + x * channels;
        guint32 *q = (guint32 *) (out + y * out_stride + x * 4);
        guint alpha = channels == 4 ? p[3] : 255;
        /* On white, for a photo with transparency. */
        guint r = (p[0] * alpha + 255 * (255 - alpha)) / 255;
        guint g = (p[1] * alpha + 255 * (255 - alpha)) / 255;
        guint b = (p[2] * alpha + 255 * (255 - alpha)) / 255;

        *q = (r << 16) | (g << 8) | b;
      }
  cairo_surface_mark_dirty (surface);
  return surface;
}

/* The EXIF orientation of a JPEG (1 to 8), 1 when it has none. */
static guint
jpeg_orientation (const guchar *data,
                  gsize         length)
{
  gsize pos = 2;

  if (length < 4 || data[0] != 0xFF || data[1] != 0xD8)
    return 1;
  while (pos + 4 <= length && data[pos] == 0xFF)
    {
      guint marker = data[pos + 1];
      gsize size = ((gsize) data[pos + 2] << 8) | data[pos + 3];
      const guchar *exif = data + pos + 4;

      if (marker == 0xDA || size < 2 || pos + 2 + size > length)
        break;
      if (marker == 0xE1 && size >= 16 && memcmp (exif, "Exif\0\0", 6) == 0)
        {
          const guchar *tiff = exif + 6;
          gsize tiff_length = size - 2 - 6;
          gboolean big = tiff[0] == 'M';
#define U16(p) (big ? (guint) ((p)[0] << 8 | (p)[1]) : (guint) ((p)[1] << 8 | (p)[0]))
#define U32(p) (big ? ((guint32) (p)[0] << 24 | (p)[1] << 16 | (p)[2] << 8 | (p)[3]) \
                    : ((guint32) (p)[3] << 24 | (p)[2] << 16 | (p)[1] << 8 | (p)[0]))
          guint32 ifd = U32 (tiff + 4);
          guint count;

          if (ifd + 2 > tiff_length)
            return 1;
          count = U16 (tiff + ifd);
          for (guint i = 0; i < count && ifd + 2 + (i + 1) * 12 <= tiff_length; i++)
            {
              const guchar *entry = tiff + ifd + 2 + i * 12;

              if (U16 (entry) == 0x0112)
                {
                  guint value = U16 (entry + 8);
                  return value >= 1 && value <= 8 ? value : 1;
                }
            }
#undef U16
#undef U32
          return 1;
        }
      pos += 2 + size;
    }
  return 1;
}

/* A JPEG that needs at most turning goes in as it is (no re-encoding, no
 * loss): cairo embeds its bytes and turns it on the page. */
static gboolean
draw_jpeg_as_is (cairo_t    *cr,
                 const char *path)
{
  g_autofree guchar *data = NULL;
  gsize length = 0;
  cairo_surface_t *surface;
  int width = 0, height = 0;
  guint orientation;
  double shown_width, shown_height;

  if (!g_file_get_contents (path, (char **) &data, &length, NULL)
      || gdk_pixbuf_get_file_info (path, &width, &height) == NULL || width <= 0 || height <= 0)
    return FALSE;
  orientation = jpeg_orientation (data, length);
  if (orientation != 1 && orientation != 3 && orientation != 6 && orientation != 8)
    return FALSE;   /* mirrored: drawn from pixels */

  /* Its pixels are never read: the PDF gets the JPEG's own bytes. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  {
    guchar *bytes = g_steal_pointer (&data);
    cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_JPEG, bytes, length, g_free, bytes);
  }

  shown_width = orientation >= 5 ? height : width;
  shown_height = orientation >= 5 ? width : height;
  cairo_save (cr);
  fit (cr, shown_width, shown_height);
  switch (orientation)
    {
    case 3:
      cairo_translate (cr, width, height);
      cairo_rotate (cr, G_PI);
      break;
    case 6:
      cairo_translate (cr, height, 0);
      cairo_rotate (cr, G_PI / 2);
      break;
    case 8:
      cairo_translate (cr, 0, width);
      cairo_rotate (cr, -G_PI / 2);
      break;
    default:
      break;
    }
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
  return TRUE;
}

static gboolean
draw_image (cairo_t     *cr,
            const char  *path,
            GError     **error)
{
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autoptr (GdkPixbuf) upright = NULL;
  cairo_surface_t *surface;

  if (g_str_has_suffix (path, ".jpg") && draw_jpeg_as_is (cr, path))
    return TRUE;

  pixbuf = gdk_pixbuf_new_from_file (path, error);
  if (pixbuf == NULL)
    return FALSE;
  upright = gdk_pixbuf_apply_embedded_orientation (pixbuf);
  surface = surface_from_pixbuf (upright);
  cairo_save (cr);
  fit (cr, gdk_pixbuf_get_width (upright), gdk_pixbuf_get_height (upright));
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
  return TRUE;
}

/* ------------------------------------------------------------------------ */

/* Writes the packet to @path (replaced only when complete). @progress, if
 * not NULL, gets pages done and the total, from this thread. */
gboolean
pd_packet_write (PdCase           *pd_case,
                 const char       *case_dir,
                 const char       *path,
                 PdPacketProgress  progress,
                 gpointer          progress_data,
                 GCancellable     *cancellable,
                 GError          **error)
{
  g_autoptr (GPtrArray) exhibits = NULL;
  g_autoptr (PdTextDoc) letter = NULL;
  g_autoptr (PdTextDoc) statement = NULL;
  g_autoptr (PdTextDoc) certificates = NULL;
  g_autoptr (PdTextDoc) index = NULL;
  g_autoptr (GArray) parts = g_array_new (FALSE, TRUE, sizeof (Part));
  g_autofree char *temp = g_strconcat (path, ".part", NULL);
  g_autofree char *footer = NULL;
  g_autofree char *a_number = NULL;
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  guint n_letter, n_statement, n_certificates, n_index, before_exhibits, n_pages;
  gboolean ok = TRUE;

  g_return_val_if_fail (PD_IS_CASE (pd_case), FALSE);
  g_array_set_clear_func (parts, (GDestroyNotify) part_clear);

  exhibits = collect_exhibits (pd_case, case_dir, error);
  if (exhibits == NULL)
    return FALSE;

  context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (context, 72);

  letter = pd_letter_build_doc (pd_case);
  statement = pd_statement_build_doc (pd_case);
  certificates = pd_certificates_build_doc (pd_case);
  pd_text_doc_set_no_footer (letter, TRUE);
  pd_text_doc_set_no_footer (statement, TRUE);
  pd_text_doc_set_no_footer (certificates, TRUE);
  n_letter = paginate (letter, context);
  n_statement = pd_text_doc_is_empty (statement) ? 0 : paginate (statement, context);
  n_certificates = pd_text_doc_is_empty (certificates) ? 0 : paginate (certificates, context);

  /* The index holds the page ranges, which depend on its own length. */
  n_index = 0;
  for (guint round = 0; round < 3; round++)
    {
      guint page;

      before_exhibits = n_letter + n_statement + n_certificates + n_index;
      page = before_exhibits + 1;
      for (guint i = 0; i < exhibits->len; i++)
        {
          Exhibit *exhibit = exhibits->pdata[i];

          exhibit->first = page;
          page += exhibit->n_pages;
        }
      g_clear_pointer (&index, pd_text_doc_free);
      index = build_index (exhibits);
      if (exhibits->len == 0)
        {
          n_index = 0;
          break;
        }
      {
        guint n = paginate (index, context);
        if (n == n_index)
          break;
        n_index = n;
      }
    }
  before_exhibits = n_letter + n_statement + n_certificates + n_index;

  add_text_parts (parts, letter, n_letter);
  add_text_parts (parts, statement, n_statement);
  add_text_parts (parts, certificates, n_certificates);
  if (exhibits->len > 0)
    add_text_parts (parts, index, n_index);
  for (guint i = 0; i < exhibits->len; i++)
    {
      Exhibit *exhibit = exhibits->pdata[i];
      Part tab = { PART_TAB, NULL, 0, NULL, g_strdup (exhibit->tab), g_strdup (exhibit->title) };

      g_array_append_val (parts, tab);
      for (guint j = 0; j < exhibit->files->len; j++)
        for (guint k = 0; k < g_array_index (exhibit->pages, guint, j); k++)
          {
            const char *file = exhibit->files->pdata[j];
            Part part = { g_str_has_suffix (file, ".pdf") ? PART_PDF : PART_IMAGE, NULL, k,
                          g_strdup (file), NULL, NULL };
            g_array_append_val (parts, part);
          }
    }
  n_pages = parts->len;

  a_number = pd_case_get_text (pd_case, PD_KEY_A_NUMBER) != NULL
             ? pd_a_number_format (pd_case_get_text (pd_case, PD_KEY_A_NUMBER)) : NULL;
  if (pd_case_get_text (pd_case, PD_KEY_FULL_NAME) != NULL)
    footer = a_number != NULL
             ? g_strdup_printf ("%s \xc2\xb7 %s", pd_case_get_text (pd_case, PD_KEY_FULL_NAME),
                                a_number)
             : g_strdup (pd_case_get_text (pd_case, PD_KEY_FULL_NAME));

  surface = cairo_pdf_surface_create (temp, PD_PAGE_WIDTH, PD_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Discretion");
  cr = cairo_create (surface);

  {
    g_autoptr (GHashTable) open = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         g_object_unref);

    for (guint i = 0; i < parts->len && ok; i++)
      {
        Part *part = &g_array_index (parts, Part, i);
        g_autoptr (GError) local_error = NULL;

        if (g_cancellable_set_error_if_cancelled (cancellable, error))
          {
            ok = FALSE;
            break;
          }

        cairo_set_source_rgb (cr, 0, 0, 0);
        switch (part->kind)
          {
          case PART_TEXT:
            cairo_save (cr);
            cairo_translate (cr, PD_PAGE_MARGIN, PD_PAGE_MARGIN);
            pd_text_doc_draw_page (part->doc, cr, part->index);
            cairo_restore (cr);
            break;

          case PART_TAB:
            draw_tab (cr, context, part);
            break;

          case PART_PDF:
            {
              PopplerDocument *document = g_hash_table_lookup (open, part->path);
              g_autoptr (PopplerPage) page = NULL;

              if (document == NULL)
                {
                  g_autoptr (GFile) file = g_file_new_for_path (part->path);

                  document = poppler_document_new_from_gfile (file, NULL, cancellable,
                                                              &local_error);
                  if (document == NULL)
                    {
                      g_propagate_error (error, g_steal_pointer (&local_error));
                      ok = FALSE;
                      break;
                    }
                  /* Only one file open at a time. */
                  g_hash_table_remove_all (open);
                  g_hash_table_insert (open, g_strdup (part->path), document);
                }
              page = poppler_document_get_page (document, (int) part->index);
              if (page == NULL || !draw_pdf_page (cr, page))
                {
                  g_set_error (error, PD_PACKET_ERROR, PD_PACKET_ERROR_FILE,
                               "%s: page %u", part->path, part->index + 1);
                  ok = FALSE;
                }
            }
            break;

          case PART_IMAGE:
            if (!draw_image (cr, part->path, &local_error))
              {
                g_propagate_error (error, g_steal_pointer (&local_error));
                ok = FALSE;
              }
            break;

          default:
            g_assert_not_reached ();
          }

        if (!ok)
          break;
        draw_footer (cr, context, footer, i + 1, n_pages);
        cairo_show_page (cr);
        if (progress != NULL)
          progress (i + 1, n_pages, progress_data);
      }
  }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  g_object_unref (context);

  if (ok && status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (status));
      ok = FALSE;
    }
  if (ok && g_rename (temp, path) != 0)
    {
      int saved_errno = errno;
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (temp);
  return ok;
}
