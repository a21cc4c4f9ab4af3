/* hyr-sentence.c — texts put together a sentence at a time
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "config.h"

#include "hyr-sentence-private.h"

/* Appends @sentence to the text in @text, one space after the sentences
 * before it; a missing or empty sentence adds nothing. */
void
_hyr_append_sentence (char       **text,
                      const char  *sentence)
{
  char *joined;

  if (sentence == NULL || *sentence == '\0')
    return;

  if (*text != NULL && **text != '\0')
    joined = g_strconcat (*text, " ", sentence, NULL);
  else
    joined = g_strdup (sentence);

  g_free (*text);
  *text = joined;
}
