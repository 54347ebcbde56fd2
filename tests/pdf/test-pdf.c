/* test-pdf.c — the printable checklist as a PDF: page size, pages, what it says
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <locale.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <poppler.h>
#include <stdio.h>
#include <string.h>

#include "pd-checklist.h"
#include "pd-checklist-pdf.h"
#include "pd-interview.h"
#include "pd-letter.h"
#include "pd-letter-pdf.h"
#include "pd-packet.h"
#include "pd-pdf-file.h"
#include "pd-statement.h"
#include "pd-statement-pdf.h"
#include "pd-text-doc.h"

static PdCase *
make_case (void)
{
  PdCase *pd_case = pd_case_new ();
  PdDocumentFile file = { "files/a.pdf", (char *) "Lease 2019.pdf", 10, (char *) "ab",
                          (char *) "application/pdf", NULL };
  g_autofree char *id = NULL;

  pd_case_set_name (pd_case, "María — clinic");
  pd_case_set_text (pd_case, PD_KEY_CASE_STATUS, "pending");
  pd_case_set_text (pd_case, PD_KEY_ENTRY_DATE, "2010-01-01");
  pd_case_set_text (pd_case, PD_KEY_WORK, "yes");
  pd_checklist_set_status (pd_case, "identity", PD_EVIDENCE_STATUS_HAVE);
  pd_checklist_set_note (pd_case, "presence", "Ask the landlord");
  id = pd_checklist_add_document (pd_case, "presence", &file);
  return pd_case;
}

static char *
pdf_text (PopplerDocument *document)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr (PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);
      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Line breaks in the PDF's text do not matter. */
static gboolean
says (const char *text,
      const char *needle)
{
  g_autoptr (GString) flat = g_string_new (text);

  g_string_replace (flat, "\n", " ", 0);
  return strstr (flat->str, needle) != NULL;
}

static void
test_checklist_pdf (void)
{
  g_autoptr (PdCase) pd_case = make_case ();
  g_autofree char *dir = g_dir_make_tmp ("pd-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "checklist.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PopplerDocument) document = NULL;
  g_autoptr (PopplerPage) first = NULL;
  g_autofree char *text = NULL;
  double width, height;

  g_assert_true (pd_checklist_save_pdf (pd_case, path, &error));
  g_assert_no_error (error);

  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 1);
  first = poppler_document_get_page (document, 0);
  poppler_page_get_size (first, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 792, 0.5);

  text = pdf_text (document);
  g_test_message ("%s", text);
  g_assert_true (says (text, "Documents for María — clinic"));
  g_assert_true (says (text, "Proof of who you are — Needed, I have it"));
  g_assert_true (says (text, "Proof of your work and taxes — Helpful, Still need it"));
  g_assert_true (says (text, "Your papers from the court — Keep, do not send"));
  g_assert_true (says (text, "Attached: Lease 2019.pdf"));
  g_assert_true (says (text, "Note: Ask the landlord"));
  g_assert_true (says (text, "Passport, national ID card, birth certificate."));
  g_assert_true (says (text, "black out other people’s details"));
  g_assert_true (says (text, "Page 1 of"));
  /* Only the items that apply: nothing about military service here. */
  g_assert_false (says (text, "Military service records"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_pages (void)
{
  g_autoptr (PdTextDoc) doc = pd_text_doc_new ();
  g_autofree char *dir = g_dir_make_tmp ("pd-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  int n;

  pd_text_doc_add (doc, PD_TEXT_TITLE, "A long list");
  for (int i = 0; i < 120; i++)
    {
      g_autofree char *line = g_strdup_printf ("Item number %d", i + 1);
      pd_text_doc_add (doc, i % 2 ? PD_TEXT_CHECK : PD_TEXT_CHECKED, line);
      pd_text_doc_add (doc, PD_TEXT_SMALL, "Why it is needed, in a sentence that is long "
                                           "enough to wrap onto a second line of the page.");
    }
  g_assert_true (pd_text_doc_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  n = poppler_document_get_n_pages (document);
  g_assert_cmpint (n, >, 3);
  text = pdf_text (document);
  {
    g_autofree char *last = g_strdup_printf ("Page %d of %d", n, n);
    g_assert_true (says (text, last));
  }
  g_assert_true (says (text, "Item number 120"));

  /* A folder that cannot be written to: an error, no file. */
  g_clear_error (&error);
  g_assert_false (pd_text_doc_write_pdf (doc, "/proc/no-such-dir/x.pdf", &error));
  g_assert_nonnull (error);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_thumbnail (void)
{
  g_autoptr (PdTextDoc) doc = pd_text_doc_new ();
  g_autofree char *dir = g_dir_make_tmp ("pd-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "one.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.pdf", NULL);
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface;

  pd_text_doc_add (doc, PD_TEXT_TITLE, "Thumbnail");
  g_assert_true (pd_text_doc_write_pdf (doc, path, NULL));
  surface = pd_pdf_file_render_thumbnail (path, 96, &error);
  g_assert_no_error (error);
  /* US Letter is taller than wide: 96 high, about 74 wide. */
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 96);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 74);
  cairo_surface_destroy (surface);

  g_assert_true (g_file_set_contents (bad, "%PDF-1.4 not really", -1, NULL));
  surface = pd_pdf_file_render_thumbnail (bad, 96, &error);
  g_assert_null (surface);
  g_assert_nonnull (error);

  g_unlink (path);
  g_unlink (bad);
  g_rmdir (dir);
}

static void
test_letter_pdf (void)
{
  g_autoptr (PdCase) pd_case = make_case ();
  g_autofree char *dir = g_dir_make_tmp ("pd-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "letter.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PopplerDocument) document = NULL;
  g_autoptr (PopplerPage) first = NULL;
  g_autoptr (GPtrArray) exhibits = NULL;
  g_autofree char *text = NULL;
  PdDocumentFile file = { "files/b.pdf", (char *) "id.pdf", 10, (char *) "cd",
                          (char *) "application/pdf", NULL };
  double width, height;

  pd_case_set_text (pd_case, PD_KEY_FULL_NAME, "María José Pérez López");
  pd_case_set_text (pd_case, PD_KEY_A_NUMBER, "012345678");
  pd_case_set_text (pd_case, PD_KEY_COURT, "Charlotte, NC");
  pd_case_set_text (pd_case, PD_KEY_OUTCOME, "admin_closure");
  g_free (pd_checklist_add_document (pd_case, "identity", &file));
  pd_letter_set_paragraph (pd_case, "closing", "Thank you, and God bless.", "x");

  g_assert_true (pd_letter_save_pdf (pd_case, path, &error));
  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  first = poppler_document_get_page (document, 0);
  poppler_page_get_size (first, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 792, 0.5);
  g_assert_cmpint (poppler_document_get_n_pages (document), <=, 2);

  text = pdf_text (document);
  g_test_message ("%s", text);
  g_assert_true (says (text, "Name: María José Pérez López"));
  g_assert_true (says (text, "A-Number: A012-345-678"));
  g_assert_true (says (text, "Immigration court: Charlotte, NC"));
  g_assert_true (says (text, "administrative closure"));
  /* Every enclosure, with its tab. */
  exhibits = pd_checklist_dup_exhibits (pd_case);
  g_assert_cmpuint (exhibits->len, ==, 2);
  g_assert_true (says (text, "Tab A – Identity documents"));
  g_assert_true (says (text, "Tab B – Evidence of my residence in the United States over time"));
  /* The person's edit is what is printed. */
  g_assert_true (says (text, "Thank you, and God bless."));
  g_assert_true (says (text, "Page 1 of"));
  g_assert_false (says (text, "\xe2\x9f\xa6"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_statement_pdf (void)
{
  g_autoptr (PdCase) pd_case = make_case ();
  g_autoptr (PdTextDoc) doc = NULL;
  g_autoptr (PdTextDoc) certificates = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pd-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "statement.pdf", NULL);
  g_autofree char *certificates_path = g_build_filename (dir, "certificates.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *certificates_uri = g_filename_to_uri (certificates_path, NULL, NULL);
  g_autoptr (PopplerDocument) document = NULL;
  g_autoptr (PopplerPage) second = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;
  PdDocumentFile file = { "files/c.pdf", (char *) "acta.pdf", 10, (char *) "ef",
                          (char *) "application/pdf", NULL };

  pd_case_set_text (pd_case, PD_KEY_FULL_NAME, "María José Pérez López");
  pd_statement_set_answer (pd_case, "who", TRUE, "I was raised by my grandmother.");
  pd_statement_set_setting (pd_case, "reads_english", "no");
  pd_statement_set_setting (pd_case, "language", "Spanish");
  pd_statement_set_setting (pd_case, "interpreter", "Rosa Díaz");
  pd_statement_set_setting (pd_case, "translator", "Rosa Díaz");

  doc = pd_statement_build_doc (pd_case);
  g_assert_true (pd_text_doc_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  /* The statement, then each certificate on its own page. */
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 3);
  {
    g_autoptr (PopplerPage) first = poppler_document_get_page (document, 0);
    first_text = poppler_page_get_text (first);
  }
  second = poppler_document_get_page (document, 1);
  second_text = poppler_page_get_text (second);
  g_assert_true (says (first_text, "DECLARATION OF María José Pérez López"));
  g_assert_true (says (first_text, "2. I was raised by my grandmother."));
  g_assert_true (says (first_text, "under penalty of perjury"));
  g_assert_true (says (second_text, "CERTIFICATE OF INTERPRETATION"));
  g_assert_true (says (second_text, "Page 2 of 3"));

  /* The translator's certificates for the documents, one page a language. */
  id = pd_checklist_add_document (pd_case, "identity", &file);
  pd_checklist_set_description (pd_case, id, "Birth certificate");
  pd_checklist_set_language (pd_case, id, "Spanish");
  certificates = pd_certificates_build_doc (pd_case);
  g_assert_true (pd_text_doc_write_pdf (certificates, certificates_path, &error));
  g_clear_object (&document);
  document = poppler_document_new_from_file (certificates_uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  text = pdf_text (document);
  g_assert_true (says (text, "I, Rosa Díaz, certify that I am competent to translate from Spanish"));
  g_assert_true (says (text, "1. Birth certificate"));

  g_unlink (path);
  g_unlink (certificates_path);
  g_rmdir (dir);
}

static char *
page_text (PopplerDocument *document,
           int              index)
{
  g_autoptr (PopplerPage) page = poppler_document_get_page (document, index);

  return poppler_page_get_text (page);
}

static void
add_file (PdCase     *pd_case,
          const char *dir,
          const char *item,
          const char *stored,
          const char *type,
          const char *data,
          gssize      length)
{
  g_autofree char *path = g_build_filename (dir, stored, NULL);
  PdDocumentFile file = { (char *) stored, (char *) stored + 6, 0, (char *) stored,
                          (char *) type, NULL };

  if (data != NULL)
    g_assert_true (g_file_set_contents (path, data, length, NULL));
  g_free (pd_checklist_add_document (pd_case, item, &file));
}

static void
test_packet (void)
{
  g_autoptr (PdCase) pd_case = make_case ();
  g_autofree char *dir = g_dir_make_tmp ("pd-packet-XXXXXX", NULL);
  g_autofree char *files = g_build_filename (dir, "files", NULL);
  g_autofree char *two_pages = g_build_filename (files, "two.pdf", NULL);
  g_autofree char *photo = g_build_filename (files, "photo.png", NULL);
  g_autofree char *out = g_build_filename (dir, "packet.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (out, NULL, NULL);
  g_autoptr (PdTextDoc) pages = pd_text_doc_new ();
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 300, 200);
  g_autoptr (PopplerDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *index_text = NULL;
  g_autofree char *last = NULL;
  g_autofree char *expected_last = NULL;
  int n, index_page = -1;
  guint first_a = 0, last_a = 0, first_b = 0, last_b = 0;

  g_assert_cmpint (g_mkdir (files, 0700), ==, 0);
  pd_case_set_text (pd_case, PD_KEY_FULL_NAME, "María José Pérez López");
  pd_case_set_text (pd_case, PD_KEY_A_NUMBER, "012345678");
  pd_case_set_text (pd_case, PD_KEY_OUTCOME, "admin_closure");
  pd_text_doc_add (pages, PD_TEXT_BODY, "First page of the lease");
  pd_text_doc_add (pages, PD_TEXT_PAGE_BREAK, "");
  pd_text_doc_add (pages, PD_TEXT_BODY, "Second page of the lease");
  g_assert_true (pd_text_doc_write_pdf (pages, two_pages, NULL));
  gdk_pixbuf_fill (pixbuf, 0x3366ccff);
  g_assert_true (gdk_pixbuf_save (pixbuf, photo, "png", NULL, NULL));

  /* make_case() attached a file that is not there: the packet names it. */
  g_assert_false (pd_packet_write (pd_case, dir, out, NULL, NULL, NULL, &error));
  g_assert_error (error, PD_PACKET_ERROR, PD_PACKET_ERROR_FILE);
  g_assert_nonnull (strstr (error->message, "no longer in the request"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Start again with real files: identity (a photo), presence (two pages). */
  g_clear_object (&pd_case);
  pd_case = make_case ();
  pd_case_set_text (pd_case, PD_KEY_FULL_NAME, "María José Pérez López");
  pd_case_set_text (pd_case, PD_KEY_A_NUMBER, "012345678");
  pd_case_set_text (pd_case, PD_KEY_OUTCOME, "admin_closure");
  {
    g_autoptr (GPtrArray) old = pd_checklist_dup_documents (pd_case, "presence");
    g_autoptr (JsonNode) removed = pd_checklist_remove_document (pd_case,
                                                                 ((PdDocument *) old->pdata[0])->id,
                                                                 NULL);
  }
  add_file (pd_case, dir, "identity", "files/photo.png", "image/png", NULL, 0);
  add_file (pd_case, dir, "presence", "files/two.pdf", "application/pdf", NULL, 0);

  g_assert_true (pd_packet_write (pd_case, dir, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  n = poppler_document_get_n_pages (document);

  /* Every page is numbered out of the whole. */
  for (int i = 0; i < n; i++)
    {
      g_autofree char *text = page_text (document, i);
      g_autofree char *number = g_strdup_printf ("María José Pérez López · A012-345-678 · Page %d of %d",
                                                 i + 1, n);
      g_assert_true (says (text, number));
      if (says (text, "EXHIBIT INDEX"))
        index_page = i;
    }
  g_assert_cmpint (index_page, >, 0);
  index_text = page_text (document, index_page);
  g_test_message ("%s", index_text);
  g_assert_cmpint (sscanf (strstr (index_text, "Identity documents"), "Identity documents (pages %u\xe2\x80\x93%u)",
                           &first_a, &last_a), ==, 2);
  g_assert_cmpint (sscanf (strstr (index_text, "over time"), "over time (pages %u\xe2\x80\x93%u)",
                           &first_b, &last_b), ==, 2);
  /* Tab page + photo; tab page + two pages; nothing after. */
  g_assert_cmpuint (first_a, ==, (guint) index_page + 2);
  g_assert_cmpuint (last_a, ==, first_a + 1);
  g_assert_cmpuint (first_b, ==, last_a + 1);
  g_assert_cmpuint (last_b, ==, first_b + 2);
  g_assert_cmpuint (last_b, ==, (guint) n);
  {
    g_autofree char *tab_a = page_text (document, first_a - 1);
    g_autofree char *tab_b = page_text (document, first_b - 1);
    g_autofree char *lease = page_text (document, first_b + 1);

    g_assert_true (says (tab_a, "Tab A"));
    g_assert_true (says (tab_b, "Tab B"));
    g_assert_true (says (lease, "Second page of the lease"));
  }
  /* Page one is the letter. */
  last = page_text (document, 0);
  g_assert_true (says (last, "Re: Request for prosecutorial discretion"));

  /* A damaged PDF and an empty picture are named, and nothing is written. */
  g_unlink (out);
  add_file (pd_case, dir, "work", "files/bad.pdf", "application/pdf", "%PDF-1.4 broken", -1);
  g_assert_false (pd_packet_write (pd_case, dir, out, NULL, NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "bad.pdf"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  (void) expected_last;

  {
    g_autoptr (GDir) listing = g_dir_open (files, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *path = g_build_filename (files, name, NULL);
        g_unlink (path);
      }
  }
  g_rmdir (files);
  g_rmdir (dir);
}

/* A 400×300 photo with a red band down its left side, stored with EXIF
 * orientation 6 ("turn 90° clockwise to show"): upright, the band is on top. */
static void
test_packet_turns_photos (void)
{
  g_autoptr (PdCase) pd_case = pd_case_new ();
  g_autofree char *dir = g_dir_make_tmp ("pd-packet-XXXXXX", NULL);
  g_autofree char *files = g_build_filename (dir, "files", NULL);
  g_autofree char *photo = g_build_filename (files, "turned.jpg", NULL);
  g_autofree char *out = g_build_filename (dir, "packet.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (out, NULL, NULL);
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 400, 300);
  g_autoptr (GdkPixbuf) band = NULL;
  g_autoptr (PopplerDocument) document = NULL;
  g_autoptr (PopplerPage) page = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *jpeg = NULL;
  g_autoptr (GByteArray) tagged = g_byte_array_new ();
  static const guint8 exif[] = {
    0xFF, 0xE1, 0x00, 0x22, 'E', 'x', 'i', 'f', 0, 0,
    'M', 'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
    0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00,
  };
  cairo_surface_t *surface;
  cairo_t *cr;
  gsize length;
  guint32 top, bottom;
  int n;

  g_assert_cmpint (g_mkdir (files, 0700), ==, 0);
  gdk_pixbuf_fill (pixbuf, 0xffffffff);
  band = gdk_pixbuf_new_subpixbuf (pixbuf, 0, 0, 60, 300);
  gdk_pixbuf_fill (band, 0xff0000ff);
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &jpeg, &length, "jpeg", NULL, NULL));
  g_byte_array_append (tagged, (guint8 *) jpeg, 2);
  g_byte_array_append (tagged, exif, sizeof exif);
  g_byte_array_append (tagged, (guint8 *) jpeg + 2, length - 2);
  g_assert_true (g_file_set_contents (photo, (char *) tagged->data, tagged->len, NULL));

  pd_case_set_text (pd_case, PD_KEY_FULL_NAME, "Ana");
  add_file (pd_case, dir, "identity", "files/turned.jpg", "image/jpeg", NULL, 0);
  g_assert_true (pd_packet_write (pd_case, dir, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  n = poppler_document_get_n_pages (document);
  page = poppler_document_get_page (document, n - 1);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 612, 792);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  /* The photo fills the page's height: the band is at the top, not the side. */
  top = *(guint32 *) (cairo_image_surface_get_data (surface)
                      + 40 * cairo_image_surface_get_stride (surface) + 306 * 4);
  bottom = *(guint32 *) (cairo_image_surface_get_data (surface)
                         + 700 * cairo_image_surface_get_stride (surface) + 306 * 4);
  cairo_surface_destroy (surface);
  g_test_message ("top %06x, bottom %06x", top & 0xffffff, bottom & 0xffffff);
  g_assert_cmpuint ((top >> 16) & 0xff, >, 200);      /* red */
  g_assert_cmpuint ((top >> 8) & 0xff, <, 60);
  g_assert_cmpuint ((bottom >> 8) & 0xff, >, 200);    /* white */

  g_unlink (photo);
  g_unlink (out);
  g_rmdir (files);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("DISCRETION_NOW", "2026-11-23T12:00:00Z", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf/checklist", test_checklist_pdf);
  g_test_add_func ("/pdf/pages", test_pages);
  g_test_add_func ("/pdf/thumbnail", test_thumbnail);
  g_test_add_func ("/pdf/letter", test_letter_pdf);
  g_test_add_func ("/pdf/statement", test_statement_pdf);
  g_test_add_func ("/pdf/packet", test_packet);
  g_test_add_func ("/pdf/packet-turns-photos", test_packet_turns_photos);

  return g_test_run ();
}
