/* pd-thumbnail.c — small pictures of attached photos, made off the main thread
 *
 * Copyright 2026 The Discretion developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cached in the user cache folder (never in the case, which may be carried
 * away on a USB stick), by the photo's SHA-256, mode 0600.
 */

#define G_LOG_DOMAIN "pd-thumbnail"

#include "config.h"

#include <glib/gstdio.h>

#include "pd-pdf-file.h"
#include "pd-thumbnail.h"

#define THUMBNAIL_SIZE 96

char *
pd_thumbnail_dup_cache_path (const char *sha256)
{
  g_autofree char *name = g_strconcat (sha256, ".png", NULL);

  return g_build_filename (g_get_user_cache_dir (), "discretion", "thumbnails", name, NULL);
}

static void
make_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  char **paths = task_data;   /* the photo, the cache file */
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autoptr (GdkPixbuf) oriented = NULL;
  g_autofree char *png = NULL;
  g_autofree char *dir = NULL;
  GError *error = NULL;
  gsize png_size;

  if (paths[1] != NULL && g_file_test (paths[1], G_FILE_TEST_EXISTS))
    {
      pixbuf = gdk_pixbuf_new_from_file (paths[1], NULL);
      if (pixbuf != NULL)
        {
          g_task_return_pointer (task, g_steal_pointer (&pixbuf), g_object_unref);
          return;
        }
    }

  if (g_str_has_suffix (paths[0], ".pdf"))
    {
      cairo_surface_t *surface = pd_pdf_file_render_thumbnail (paths[0], THUMBNAIL_SIZE, &error);

      if (surface == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      oriented = gdk_pixbuf_get_from_surface (surface, 0, 0,
                                              cairo_image_surface_get_width (surface),
                                              cairo_image_surface_get_height (surface));
      cairo_surface_destroy (surface);
    }
  else
    {
      pixbuf = gdk_pixbuf_new_from_file_at_scale (paths[0], THUMBNAIL_SIZE, THUMBNAIL_SIZE, TRUE,
                                                  &error);
      if (pixbuf == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      oriented = gdk_pixbuf_apply_embedded_orientation (pixbuf);
    }

  if (paths[1] != NULL)
    {
      dir = g_path_get_dirname (paths[1]);
      if (g_mkdir_with_parents (dir, 0700) == 0
          && gdk_pixbuf_save_to_buffer (oriented, &png, &png_size, "png", NULL, NULL))
        g_file_set_contents_full (paths[1], png, png_size, G_FILE_SET_CONTENTS_CONSISTENT,
                                  0600, NULL);
    }
  g_task_return_pointer (task, g_steal_pointer (&oriented), g_object_unref);
}

static void
made_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr (GtkImage) image = user_data;
  g_autoptr (GdkPixbuf) pixbuf = g_task_propagate_pointer (G_TASK (result), NULL);
  g_autoptr (GdkTexture) texture = NULL;

  if (pixbuf == NULL || g_task_had_error (G_TASK (result))
      || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  texture = gdk_texture_new_for_pixbuf (pixbuf);
  gtk_image_set_from_paintable (image, GDK_PAINTABLE (texture));
}

/* Shows the file type's icon at once, then a photo's thumbnail when made.
 * A NULL @file (missing) shows the missing-image icon. */
void
pd_thumbnail_set_image (GtkImage             *image,
                        const char           *case_dir,
                        const PdDocumentFile *file,
                        GCancellable         *cancellable)
{
  g_autoptr (GIcon) icon = NULL;
  g_autoptr (GTask) task = NULL;
  char **paths;

  g_return_if_fail (GTK_IS_IMAGE (image));

  if (file == NULL)
    {
      gtk_image_set_from_icon_name (image, "image-missing-symbolic");
      return;
    }

  icon = g_content_type_get_symbolic_icon (file->content_type != NULL ? file->content_type
                                                                      : "application/octet-stream");
  gtk_image_set_from_gicon (image, icon);

  if (!pd_content_type_fits_packet (file->content_type))
    return;

  paths = g_new0 (char *, 3);
  paths[0] = g_build_filename (case_dir, file->stored, NULL);
  if (file->sha256 != NULL)
    paths[1] = pd_thumbnail_dup_cache_path (file->sha256);
  task = g_task_new (NULL, cancellable, made_cb, g_object_ref (image));
  g_task_set_task_data (task, paths, (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, make_thread);
}
