/* pd-heic.c — iPhone photos (HEIC) to JPEG, which the packet can take
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pd-heic"

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <gio/gio.h>
#include <libheif/heif.h>
#include <string.h>

#include "pd-heic.h"

typedef struct heif_context      HeifContext;
typedef struct heif_image_handle HeifImageHandle;
typedef struct heif_image        HeifImage;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HeifContext, heif_context_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HeifImageHandle, heif_image_handle_release)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HeifImage, heif_image_release)

static gboolean
heif_failed (struct heif_error  result,
             GError           **error)
{
  if (result.code == heif_error_Ok)
    return FALSE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "HEIC: %s", result.message);
  return TRUE;
}

/* Decodes the primary image (turned the right way up) and writes it as a
 * JPEG, mode 0600. Runs in any thread. */
gboolean
pd_heic_to_jpeg (const char  *heic_path,
                 const char  *jpeg_path,
                 guint64     *out_size,
                 GError     **error)
{
  g_autoptr (HeifContext) context = heif_context_alloc ();
  g_autoptr (HeifImageHandle) handle = NULL;
  g_autoptr (HeifImage) image = NULL;
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autofree char *jpeg = NULL;
  const guint8 *plane;
  gsize jpeg_size = 0;
  int stride = 0;
  int width, height;

  if (heif_failed (heif_context_read_from_file (context, heic_path, NULL), error)
      || heif_failed (heif_context_get_primary_image_handle (context, &handle), error)
      || heif_failed (heif_decode_image (handle, &image, heif_colorspace_RGB,
                                         heif_chroma_interleaved_RGB, NULL), error))
    return FALSE;

  width = heif_image_get_width (image, heif_channel_interleaved);
  height = heif_image_get_height (image, heif_channel_interleaved);
  plane = heif_image_get_plane_readonly (image, heif_channel_interleaved, &stride);
  if (plane == NULL || width <= 0 || height <= 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "HEIC: no image");
      return FALSE;
    }

  pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  for (int y = 0; y < height; y++)
    memcpy (gdk_pixbuf_get_pixels (pixbuf) + (gsize) y * gdk_pixbuf_get_rowstride (pixbuf),
            plane + (gsize) y * stride, (gsize) width * 3);

  if (!gdk_pixbuf_save_to_buffer (pixbuf, &jpeg, &jpeg_size, "jpeg", error, "quality", "90",
                                  NULL)
      || !g_file_set_contents_full (jpeg_path, jpeg, jpeg_size,
                                    G_FILE_SET_CONTENTS_CONSISTENT
                                    | G_FILE_SET_CONTENTS_DURABLE, 0600, error))
    return FALSE;
  if (out_size != NULL)
    *out_size = jpeg_size;
  return TRUE;
}
