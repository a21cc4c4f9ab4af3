/* planner-page-history.c
 *
 * Copyright 2026 The Hypertrophy Running authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "planner-page-history.h"

static void
add (HyrTestStore *store,
     GDateTime    *day,
     int           hour,
     const char   *sport,
     double        duration,
     double        distance,
     double        heart_rate,
     double        rpe,
     const char   *gear_id)
{
  g_autofree char *id = g_strdup_printf ("%s-%" G_GINT64_FORMAT, sport, g_date_time_to_unix (day));
  g_autoptr(GDateTime) start = g_date_time_add_hours (day, hour);
  const char *gear_ids[] = { gear_id, NULL };
  g_autoptr(HyrActivity) activity = g_object_new (HYR_TYPE_ACTIVITY,
                                                  "id", id,
                                                  "sport", sport,
                                                  "start", start,
                                                  "duration", duration,
                                                  "distance", distance,
                                                  "avg-heart-rate", heart_rate,
                                                  "rpe", rpe,
                                                  "gear-ids", gear_id != NULL ? gear_ids : NULL,
                                                  NULL);

  hyr_test_store_add (store, activity);
}

/* @n_weeks whole Monday-to-Sunday weeks before @today's week, and today's
 * week up to yesterday: easy runs on Tuesday and Saturday (6:00 min/km),
 * intervals or tempo on Thursday, the long run on Sunday growing by 1 km a
 * week, and 60-minute strength sessions on Monday, Wednesday and Friday.
 * Every fourth week is lighter; one week in the middle misses its
 * Thursday and Friday. The daily trainer takes the easy and long runs, the
 * minimalist pair the Thursday session. Strength sessions carry an RPE;
 * runs carry a heart rate only, so that their RPE is estimated. */
void
planner_page_history_fill (HyrTestStore *store,
                           GDateTime    *today,
                           guint         n_weeks)
{
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (today),
                                                         g_date_time_get_month (today),
                                                         g_date_time_get_day_of_month (today),
                                                         0, 0, 0);
  g_autoptr(GDateTime) this_monday = g_date_time_add_days (midnight,
                                                           1 - g_date_time_get_day_of_week (midnight));

  g_autoptr(HyrGear) daily = hyr_gear_new (PLANNER_PAGE_SHOE_DAILY, "Pegasus 40", 120000, 800000, TRUE);
  g_autoptr(HyrGear) minimalist = hyr_gear_new (PLANNER_PAGE_SHOE_MINIMALIST, "Vivobarefoot Primus",
                                                0, 500000, TRUE);

  hyr_test_store_add_gear (store, daily);
  hyr_test_store_add_gear (store, minimalist);
  hyr_test_store_set_body_mass (store, 82);

  for (int week = -(int)n_weeks; week <= 0; week++)
    {
      g_autoptr(GDateTime) monday = g_date_time_add_weeks (this_monday, week);
      double factor = (week % 4 == 0) ? 0.75 : 1.0 + 0.03 * (week + (int)n_weeks) / 4;
      gboolean missed = week == -(int)n_weeks / 2;

      for (int d = 0; d < 7; d++)
        {
          g_autoptr(GDateTime) day = g_date_time_add_days (monday, d);
          double easy = 7000 * factor;
          double long_run = (12000 + 1000 * (week + (int)n_weeks) / 2) * factor;

          if (g_date_time_compare (day, midnight) >= 0)
            break;

          switch (d)
            {
            case 0:
            case 2:
              add (store, day, 18, "Weight training", 3600, 0, 0, 7, NULL);
              break;
            case 4:
              if (!missed)
                add (store, day, 18, "Weight training", 3600, 0, 0, 7, NULL);
              break;
            case 1:
            case 5:
              add (store, day, 7, "Running", easy * 0.36, easy, 138, 0, PLANNER_PAGE_SHOE_DAILY);
              break;
            case 3:
              if (!missed)
                add (store, day, 7, "Running", 8000 * factor * 0.31, 8000 * factor, 158, 0,
                     PLANNER_PAGE_SHOE_MINIMALIST);
              break;
            case 6:
              add (store, day, 8, "Running", long_run * 0.375, long_run, 142, 0, PLANNER_PAGE_SHOE_DAILY);
              break;
            default:
              g_assert_not_reached ();
            }
        }
    }
}
