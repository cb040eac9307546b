/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-measures-view.h"
#include "caseload-pathways-view.h"
#include "caseload-person-page.h"
#include "caseload-plan-view.h"

G_BEGIN_DECLS

/* "Who has seen this record": the newest events, enough for a review. */
#define CASELOAD_ACCESS_EVENTS_LIMIT 200

/* One referral as the Referrals view shows it: with its clock's pauses and every
 * allocation, now and before. */
typedef struct {
  CaseloadReferral *referral;
  GPtrArray        *pauses;
  GPtrArray        *allocations;
} CaseloadPageReferral;

void _caseload_page_referral_free (CaseloadPageReferral *page_referral);

struct _CaseloadPersonPage
{
  GtkWidget             parent_instance;

  /* Owned: the record (caseload-person-page.c) */
  CaseloadContext      *context;
  CaseloadPerson       *person;
  CaseloadTimelineList *timeline;
  GListStore           *network;
  GCancellable         *cancellable;
  char                 *person_id;
  guint                 loading_source;
  guint                 loading : 1;
  guint                 read_again : 1;  /* a read lost the connection: redo it when back */

  /* The Plan and Measures views (template children) */
  CaseloadPlanView     *plan_view;
  CaseloadMeasuresView *measures_view;
  CaseloadPathwaysView *pathways_view;

  /* Owned: access to it (caseload-person-page-access.c) */
  GHashTable           *break_glass;   /* person id → CaseloadBreakGlass this desk started */
  CaseloadAccess        access;
  guint                 expiry_source;
  guint                 has_access : 1;

  /* Owned: referrals (caseload-person-page-referrals.c) */
  GPtrArray            *referrals;     /* CaseloadPageReferral, newest first */

  /* Template children */
  GtkStack             *state_stack;
  AdwViewStack         *view_stack;
  GtkScrolledWindow    *overview_scroller;
  GtkScrolledWindow    *timeline_scroller;
  GtkStack             *timeline_stack;
  GtkNoSelection       *timeline_selection;
  GtkSpinner           *spinner;
  AdwStatusPage        *error_page;
  AdwAvatar            *avatar;
  GtkLabel             *name_label;
  GtkLabel             *summary_label;
  GtkLabel             *preferred_name_label;
  GtkLabel             *gender_label;
  GtkLabel             *date_of_birth_label;
  GtkLabel             *first_language_label;
  GtkWidget            *interpreter_badge;
  GtkLabel             *communication_needs_label;
  GtkLabel             *address_label;
  GtkLabel             *postcode_label;
  GtkLabel             *phone_label;
  GtkLabel             *practice_label;
  GtkLabel             *pcn_label;
  GtkListBox           *network_list;
  GtkListBox           *involvement_list;
  /* Template children for access */
  GtkWidget            *access_banner;
  GtkLabel             *access_banner_label;
  GtkListBox           *sharing_list;
  GtkLabel             *sharing_placeholder;
  GtkWidget            *record_consent_button;
  GtkWidget            *empty_add_button;
  AdwViewStackPage     *access_view_page;
  GtkScrolledWindow    *access_scroller;
  GtkListBox           *access_list;
  GtkLabel             *access_placeholder;
  AdwPreferencesGroup  *access_group;
  AdwStatusPage        *denied_page;
  GtkWidget            *break_glass_box;
  /* Template children for referrals */
  GtkStack             *referrals_stack;
  GtkScrolledWindow    *referrals_scroller;
  GtkBox               *referrals_box;
  AdwStatusPage        *referrals_error_page;
  AdwPreferencesGroup  *open_referrals_group;
  GtkListBox           *open_referrals_list;
  /* Template children for pathways (the Overview's badges) */
  AdwPreferencesGroup  *pathways_group;
  GtkListBox           *pathways_list;
  guint                 badges_source;  /* each minute while a badge is urgent */
};

/* caseload-person-page.c */
void       _caseload_person_page_load               (CaseloadPersonPage      *self,
                                                     gboolean                 show_spinner);
void       _caseload_person_page_set_person         (CaseloadPersonPage      *self,
                                                     CaseloadPerson          *person);
GtkWidget *_caseload_person_page_create_tag         (const char              *text,
                                                     const char              *style_class);
void       _caseload_person_page_clear_list_box     (GtkListBox              *list_box);

/* caseload-person-page-access.c: what the actor may do, sharing, who has seen it */
void       _caseload_person_page_class_access_init  (CaseloadPersonPageClass *klass);
void       _caseload_person_page_show_access        (CaseloadPersonPage      *self,
                                                     const CaseloadAccess    *access);
void       _caseload_person_page_show_denied        (CaseloadPersonPage      *self,
                                                     const CaseloadAccess    *access,
                                                     const char              *explanation);
void       _caseload_person_page_show_sharing       (CaseloadPersonPage      *self,
                                                     GPtrArray               *consent,
                                                     const char              *error_message);
void       _caseload_person_page_show_who_has_seen  (CaseloadPersonPage      *self,
                                                     gboolean                 shown,
                                                     GPtrArray               *audit,
                                                     const char              *error_message);

/* caseload-person-page-referrals.c: the Referrals view, its overview lines, its dialogs */
void       _caseload_person_page_class_referrals_init (CaseloadPersonPageClass *klass);
/* In a worker: the person's referrals with their pauses and allocations. */
GPtrArray *_caseload_person_page_read_referrals     (CaseloadStore           *store,
                                                     CaseloadStaff           *actor,
                                                     const char              *person_id,
                                                     GError                 **error);
void       _caseload_person_page_show_referrals     (CaseloadPersonPage      *self,
                                                     GPtrArray               *referrals,
                                                     const char              *error_message);
void       _caseload_person_page_forget_referrals   (CaseloadPersonPage      *self);

/* caseload-person-page-pathways.c: the Overview's badges and the Pathways view */
void       _caseload_person_page_class_pathways_init (CaseloadPersonPageClass *klass);
/* Shows @pathways (transfer full: the Pathways view keeps them), or why they could not
 * be read. */
void       _caseload_person_page_show_pathways      (CaseloadPersonPage      *self,
                                                     CaseloadPathways        *pathways,
                                                     const char              *error_message);
void       _caseload_person_page_forget_pathways    (CaseloadPersonPage      *self);

G_END_DECLS
