/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-demo"

#include "config.h"

#include <math.h>

#include <gio/gio.h>

#include "caseload-demo-plans.h"
#include "caseload-demo-private.h"
#include "caseload-instrument.h"
#include "caseload-plan-action.h"
#include "caseload-plan-goal.h"
#include "caseload-review-summary.h"

/*
 * The demo's support plans. Each person gets one of a handful of stories, told in their
 * own words: what matters to them, their strengths, goals across the DIALOG life areas
 * with actions for themselves, someone close to them, a named worker and Mind, and how
 * they stay well (with NHS 111 option 2 and the Mind crisis sanctuary). The plan is
 * written by one worker, added to by another from a different organisation (who gives
 * the person a copy), then, for most, reviewed, and for some a new copy given after the
 * review: two to four versions. Measures taken over the two months before show change,
 * mostly for the better.
 * Everything is invented.
 */

#define MAX_PLAN_PEOPLE  36
#define N_MEASURE_POINTS 4

typedef struct {
  const char              *words;
  CaseloadActionOwnerKind  owner;
  const char              *network_name;  /* for CASELOAD_ACTION_OWNER_NETWORK */
} DemoAction;

typedef struct {
  const char       *words;
  CaseloadLifeArea  area;
  DemoAction        actions[2];
} DemoGoal;

typedef struct {
  const char *what_matters;
  const char *strengths_personal;
  const char *strengths_people;
  const char *strengths_community;
  DemoGoal    goals[3];
  const char *warning_signs;
  const char *what_helps;
  const char *what_does_not_help;
  const char *close_contact;     /* the first line of "who to contact" */
  const char *person_said;       /* at the review */
  /* Who the story can be told by: a gender as the demo records it (NULL: anyone) and
   * an age range, so no grandmother of nineteen and no dad of two boys called Emma. */
  const char *gender;
  int         min_age;
  int         max_age;
} DemoStory;

#define ME   CASELOAD_ACTION_OWNER_PERSON
#define NET  CASELOAD_ACTION_OWNER_NETWORK
#define WKR  CASELOAD_ACTION_OWNER_WORKER
#define ORG  CASELOAD_ACTION_OWNER_ORGANISATION

static const DemoStory stories[] = {
  {
    "Getting back to some kind of work, and being a proper dad to my two boys again. I want "
    "them to see me up and dressed when they come round.",
    "I'm good with my hands and I don't give up once I've started something.",
    "My brother Dean, who texts me every morning. My ex and I get on for the boys' sake.",
    "The football on a Sunday at Grays Athletic. The job club at Grays library.",
    {
      { "Take the boys to Grays beach park every Saturday", CASELOAD_LIFE_AREA_PARTNER_FAMILY,
        { { "Plan something cheap to do with the boys each week", ME, NULL },
          { "Pick me up on Saturdays for the first few weeks", NET, "Dean (my brother)" } } },
      { "Sleep through most nights", CASELOAD_LIFE_AREA_MENTAL_HEALTH,
        { { "Go through sleep tips with me and check how it's going", WKR, NULL },
          { "No phone after eleven", ME, NULL } } },
      { "Talk to someone about part-time work", CASELOAD_LIFE_AREA_JOB,
        { { "Refer me to the IPS employment service", WKR, NULL },
          { "Come with me to the first job club session", ORG, NULL } } },
    },
    "I stop answering Dean's texts. I stay in bed past midday. I stop shaving.",
    "Being outside early. Having a plan for the day, even a small one. A brew with Dean.",
    "Being told to cheer up. Long days with nothing in them.",
    "Dean (my brother), any time.",
    "Saturdays with the boys have been the best bit. Sleep is better, not perfect.",
    "Male", 25, 60,
  },
  {
    "Being able to get the bus to see my mum in Chadwell without panicking. She's getting "
    "older and I want to be there for her.",
    "I'm stubborn in a good way. I make people laugh.",
    "My mum, my friend Kelly from Tilbury, and my neighbour who walks the dog with me.",
    "The allotments off Dock Road. The Tilbury community hub on a Wednesday.",
    {
      { "Get the bus one stop with someone, then on my own", CASELOAD_LIFE_AREA_MENTAL_HEALTH,
        { { "Practise the breathing exercise every day", ME, NULL },
          { "Ride the first few journeys with me", NET, "Kelly (my friend)" } } },
      { "Go back to the allotment on Sundays", CASELOAD_LIFE_AREA_LEISURE,
        { { "Ask the allotment society about sharing a plot", ME, NULL },
          { "Check in after the first visit", WKR, NULL } } },
      { "Get my PIP form sent off", CASELOAD_LIFE_AREA_PRACTICAL_HELP,
        { { "Help me fill in the PIP form", ORG, NULL },
          { "Find my letters from the hospital", ME, NULL } } },
    },
    "My chest goes tight in the morning. I start making excuses not to go out.",
    "Slow breathing, counting the lamp posts. Music in my ears. Knowing someone's on the end of the phone.",
    "Crowded buses at school time. People rushing me.",
    "Mum, or Kelly (my friend) if Mum's asleep.",
    "I got the bus to Mum's on my own twice. I was scared but I did it.",
    NULL, 18, 60,
  },
  {
    "Remembering my husband without it swallowing me up. Keeping my flat in Purfleet nice the "
    "way Ray liked it.",
    "I'm a good listener. I was a dinner lady for twenty years, so I can talk to anyone.",
    "My daughter Lisa, who rings on Sundays. My sister in Aveley.",
    "The bereavement café at the Purfleet hub. St Stephen's church coffee morning.",
    {
      { "Cut down to drinking at weekends only", CASELOAD_LIFE_AREA_PHYSICAL_HEALTH,
        { { "Talk to me about cutting down safely and refer to Inclusion Thurrock if I want", WKR, NULL },
          { "Keep a drink diary", ME, NULL } } },
      { "Go to the bereavement café once a fortnight", CASELOAD_LIFE_AREA_FRIENDSHIPS,
        { { "Meet me there the first time", ORG, NULL },
          { "Put the dates on the calendar", ME, NULL } } },
      { "Go through Ray's things with Lisa", CASELOAD_LIFE_AREA_PARTNER_FAMILY,
        { { "Come over on a Sunday to sort the wardrobe", NET, "Lisa (my daughter)" },
          { "Choose three things to keep out", ME, NULL } } },
    },
    "I drink on my own in the afternoon. I stop opening the curtains. I don't answer Lisa.",
    "Getting out before lunch. Talking about Ray, not avoiding him. Lisa's Sunday call.",
    "People changing the subject when I mention him. Being alone on anniversaries.",
    "Lisa (my daughter) on her mobile.",
    "I've been to the café four times. I'm only drinking Saturdays now, mostly.",
    NULL, 60, 95,
  },
  {
    "Keeping a roof over my head in Stanford-le-Hope and not dreading the post every morning.",
    "I'm organised when I'm well. I'm honest about where I'm at.",
    "My partner Jay. My old workmate Steve who I still see for a pint of squash.",
    "The men's shed in Corringham. Citizens Advice in Grays.",
    {
      { "Open my letters with someone each week", CASELOAD_LIFE_AREA_ACCOMMODATION,
        { { "Sit down with me on Thursdays to open the post", NET, "Jay (my partner)" },
          { "Put every letter in one box, not in drawers", ME, NULL } } },
      { "Get a payment plan for the rent arrears", CASELOAD_LIFE_AREA_ACCOMMODATION,
        { { "Ring the housing officer with me", WKR, NULL },
          { "Bring my bank statements", ME, NULL } } },
      { "Go to the men's shed on Tuesdays", CASELOAD_LIFE_AREA_FRIENDSHIPS,
        { { "Introduce me to the shed organiser", ORG, NULL },
          { "Go at least twice before deciding", ME, NULL } } },
    },
    "I stop sleeping and lie awake adding up money. I snap at Jay.",
    "Writing it all down so it's out of my head. Doing one thing at a time. A walk by the river.",
    "Phone calls from numbers I don't know. Being rushed into decisions.",
    "Jay (my partner), or Steve if Jay's at work.",
    "The arrears plan is agreed. I still hate the post but I open it now.",
    NULL, 25, 65,
  },
  {
    "Finishing my course at college and having my own space. Being taken seriously.",
    "I'm creative — I draw most days. I'm good at games and at working things out.",
    "My nan, who I live with in Chadwell St Mary. My friend Tyler from college.",
    "The art group at Thameside. My college tutor.",
    {
      { "Get to college three days a week", CASELOAD_LIFE_AREA_JOB,
        { { "Tell my tutor what's been going on", ME, NULL },
          { "Write to the college about extra support", WKR, NULL } } },
      { "Learn what helps when the voices are loud", CASELOAD_LIFE_AREA_MENTAL_HEALTH,
        { { "Go through coping ideas with me over four sessions", WKR, NULL },
          { "Try the hearing voices group", ORG, NULL } } },
      { "Tell my nan how things really are", CASELOAD_LIFE_AREA_PARTNER_FAMILY,
        { { "Be there when I talk to Nan", WKR, NULL },
          { "Listen without worrying out loud", NET, "Nan" } } },
    },
    "I stay in my room with headphones on all day. I stop drawing. The voices get nasty at night.",
    "Drawing. Loud music. Talking to Tyler about games. Someone believing me.",
    "Being asked lots of questions at once. People talking about me in front of me.",
    "My nan, or Tyler (my friend) if I can't talk to Nan.",
    "College is going better. The group was weird at first but I keep going.",
    NULL, 18, 25,
  },
  {
    "Staying well through the change of job and keeping my routine. I know the signs now and I "
    "want to act on them early.",
    "I know myself well after fifteen years. I'm calm in a crisis — other people's, anyway.",
    "My wife Sunita. My mate Gareth from swimming.",
    "Blackshots leisure centre. The bipolar peer group in Grays, first Monday of the month.",
    {
      { "Keep to my sleep routine, in bed by eleven", CASELOAD_LIFE_AREA_MENTAL_HEALTH,
        { { "Tell me if I'm staying up late or talking fast", NET, "Sunita (my wife)" },
          { "Use the sleep app every night", ME, NULL } } },
      { "Have my medication reviewed by the GP", CASELOAD_LIFE_AREA_MEDICATION,
        { { "Book the review and send the GP my mood chart", WKR, NULL },
          { "Write down my questions beforehand", ME, NULL } } },
      { "Swim twice a week at Blackshots", CASELOAD_LIFE_AREA_PHYSICAL_HEALTH,
        { { "Get a concession card", ME, NULL },
          { "Swim with me on Thursdays", NET, "Gareth (my friend)" } } },
    },
    "Needing less sleep and not feeling tired. Spending money. Lots of new projects at once.",
    "Routine. Swimming. Sunita telling me straight. Cutting down on screens at night.",
    "Working late to prove myself. Being told it's 'just stress'.",
    "Sunita (my wife).",
    "New job is fine so far. Sleep has held. The GP review went well.",
    NULL, 30, 60,
  },
  {
    "Feeling safe at home again after being in hospital, and having my grandchildren round for tea.",
    "I'm a good cook. I've come through hard times before.",
    "My son Michael in Aveley. My grandchildren, Ruby and Alfie.",
    "The lunch club at Aveley community hub. The Local Area Coordinator.",
    {
      { "Feel safe in my flat at night", CASELOAD_LIFE_AREA_PERSONAL_SAFETY,
        { { "Look at a door chain and a light for the hallway", ORG, NULL },
          { "Call me in the evenings for the first two weeks", NET, "Michael (my son)" } } },
      { "Understand my new medication", CASELOAD_LIFE_AREA_MEDICATION,
        { { "Go through what each tablet is for and the side effects", WKR, NULL },
          { "Use the dosette box every morning", ME, NULL } } },
      { "Have Ruby and Alfie over for tea", CASELOAD_LIFE_AREA_PARTNER_FAMILY,
        { { "Bring the children round on a Sunday", NET, "Michael (my son)" },
          { "Make my shepherd's pie", ME, NULL } } },
    },
    "Not eating. Checking the door over and over. Hearing things outside at night.",
    "Routine. The radio on. Knowing Michael will ring. Cooking for someone.",
    "Being left alone for days. Lots of different people visiting.",
    "Michael (my son) on his mobile.",
    "The grandchildren came for tea. I feel safer since the light went in.",
    NULL, 58, 95,
  },
  {
    "Looking after myself again — cooking, washing, getting out. I used to take pride in myself.",
    "I'm kind. People say I'm a good friend when I'm well. I used to run the church tea rota.",
    "My friend Grace from church. My cousin in Grays.",
    "St John's church. The food bank café in Tilbury, where I used to volunteer.",
    {
      { "Cook a proper meal twice a week", CASELOAD_LIFE_AREA_PHYSICAL_HEALTH,
        { { "Do a simple shopping list with me", WKR, NULL },
          { "Cook with me on Fridays", NET, "Grace (my friend)" } } },
      { "Get out of the flat every day, even just to the shop", CASELOAD_LIFE_AREA_LEISURE,
        { { "Walk with me once a week", ORG, NULL },
          { "Tick off each day I go out", ME, NULL } } },
      { "Go back to church on Sundays", CASELOAD_LIFE_AREA_FRIENDSHIPS,
        { { "Save me a seat", NET, "Grace (my friend)" },
          { "Lay my clothes out the night before", ME, NULL } } },
    },
    "I stop washing and eating. I ignore the door. I stop taking my tablets.",
    "Grace coming round. Getting dressed first thing. Hymns on the radio.",
    "Being nagged. Feeling I've let people down.",
    "Grace (my friend) from church.",
    "I've been to church three Sundays. Grace and I cook on Fridays now.",
    NULL, 18, 95,
  },
};

#undef ME
#undef NET
#undef WKR
#undef ORG

/* Who to contact: the person's own first, then the same crisis help for everyone. */
static const char crisis_contacts[] =
  "My GP surgery in the day. NHS 111, option 2 — the mental health crisis line, any time, day "
  "or night. The Mind crisis sanctuary in Grays in the evenings and at weekends. 999 if I'm in "
  "danger.";

typedef struct {
  CaseloadStore *store;
  GDateTime     *now;
  CaseloadStaff *nurse;          /* adaeze.nwosu: worker actions */
  const char    *mind_id;        /* Mind: organisation actions */
  GPtrArray     *writers;        /* staff who write plans, in the order tried */
} Demo;

/* Two writers who may add to the record, from different organisations where there are. */
static gboolean
choose_writers (Demo           *demo,
                const char     *person_id,
                guint           n,
                CaseloadStaff **first,
                CaseloadStaff **second)
{
  *first = *second = NULL;

  for (guint i = 0; i < demo->writers->len; i++)
    {
      CaseloadStaff *staff = g_ptr_array_index (demo->writers, (i + n) % demo->writers->len);

      if (!caseload_demo_access (demo->store, staff, person_id).may_add)
        continue;
      if (*first == NULL)
        *first = staff;
      else if (*second == NULL ||
               (g_strcmp0 (caseload_staff_get_organisation_id (*second), caseload_staff_get_organisation_id (*first)) == 0 &&
                g_strcmp0 (caseload_staff_get_organisation_id (staff), caseload_staff_get_organisation_id (*first)) != 0))
        *second = staff;
    }

  if (*first != NULL && *second == NULL)
    *second = *first;
  return *first != NULL;
}

static CaseloadPlanAction *
make_action (Demo             *demo,
             const DemoAction *spec,
             int               due_in_days)
{
  CaseloadPlanAction *action = caseload_plan_action_new ();
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *due_on = caseload_demo_day (demo->now, due_in_days);

  caseload_plan_action_set_id (action, id);
  caseload_plan_action_set_words (action, spec->words);
  caseload_plan_action_set_owner_kind (action, spec->owner);
  caseload_plan_action_set_due_on (action, due_on);
  switch (spec->owner)
    {
    case CASELOAD_ACTION_OWNER_NETWORK:
      caseload_plan_action_set_owner_name (action, spec->network_name);
      break;
    case CASELOAD_ACTION_OWNER_WORKER:
      caseload_plan_action_set_owner_staff_id (action, caseload_staff_get_id (demo->nurse));
      break;
    case CASELOAD_ACTION_OWNER_ORGANISATION:
      caseload_plan_action_set_owner_organisation_id (action, demo->mind_id);
      break;
    case CASELOAD_ACTION_OWNER_PERSON:
    default:
      break;
    }

  return action;
}

static CaseloadPlanGoal *
make_goal (Demo           *demo,
           const DemoGoal *spec,
           guint           n_actions,
           int             target_in_days)
{
  CaseloadPlanGoal *goal = caseload_plan_goal_new ();
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *target_on = caseload_demo_day (demo->now, target_in_days);

  caseload_plan_goal_set_id (goal, id);
  caseload_plan_goal_set_words (goal, spec->words);
  caseload_plan_goal_set_life_area (goal, spec->area);
  caseload_plan_goal_set_target_on (goal, target_on);
  caseload_plan_goal_set_progress (goal, CASELOAD_GOAL_NOT_STARTED);
  for (guint i = 0; i < n_actions; i++)
    g_ptr_array_add (caseload_plan_goal_get_actions (goal), make_action (demo, &spec->actions[i], 14 + 7 * i));

  return goal;
}

/* The first version: what matters, the person's strengths, two goals with an action each,
 * and how they stay well. */
static CaseloadPlan *
first_version (Demo            *demo,
               const char      *person_id,
               const DemoStory *story,
               guint            n)
{
  CaseloadPlan *plan = caseload_plan_new ();
  g_autofree char *who = g_strconcat (story->close_contact, " ", crisis_contacts, NULL);
  g_autofree char *review_on = caseload_demo_day (demo->now, 42);

  caseload_plan_set_person_id (plan, person_id);
  caseload_plan_set_what_matters (plan, story->what_matters);
  caseload_plan_set_what_matters_by (plan, n % 3 == 0 ? CASELOAD_COPRODUCTION_PERSON_AGREED
                                                      : CASELOAD_COPRODUCTION_PERSON_WROTE);
  caseload_plan_set_strengths_personal (plan, story->strengths_personal);
  caseload_plan_set_strengths_people (plan, story->strengths_people);
  caseload_plan_set_strengths_by (plan, CASELOAD_COPRODUCTION_PERSON_WROTE);
  caseload_plan_set_goals_by (plan, CASELOAD_COPRODUCTION_PERSON_WROTE);
  for (guint g = 0; g < 2; g++)
    g_ptr_array_add (caseload_plan_get_goals (plan), make_goal (demo, &story->goals[g], 1, 60 + 30 * g));
  caseload_plan_set_warning_signs (plan, story->warning_signs);
  caseload_plan_set_what_helps (plan, story->what_helps);
  caseload_plan_set_what_does_not_help (plan, story->what_does_not_help);
  caseload_plan_set_who_to_contact (plan, who);
  caseload_plan_set_staying_well_by (plan, CASELOAD_COPRODUCTION_PERSON_AGREED);
  caseload_plan_set_review_on (plan, review_on);

  return plan;
}

/* The second version, by another worker: the community strengths, the third goal, the
 * second action of each goal, the first goal under way, a printed copy given. */
static void
second_version (Demo            *demo,
                CaseloadPlan    *plan,
                const DemoStory *story,
                guint            n)
{
  GPtrArray *goals = caseload_plan_get_goals (plan);
  g_autofree char *given_on = caseload_demo_day (demo->now, 0);

  caseload_plan_set_strengths_community (plan, story->strengths_community);
  g_ptr_array_add (goals, make_goal (demo, &story->goals[2], 2, 90));
  for (guint g = 0; g < 2; g++)
    g_ptr_array_add (caseload_plan_goal_get_actions (g_ptr_array_index (goals, g)),
                     make_action (demo, &story->goals[g].actions[1], 21 + 7 * g));
  caseload_plan_goal_set_progress (g_ptr_array_index (goals, 0), CASELOAD_GOAL_UNDER_WAY);
  caseload_plan_set_copy_given_on (plan, given_on);
  caseload_plan_set_copy_format (plan, n % 4 == 1 ? CASELOAD_COPY_READ_ALOUD : CASELOAD_COPY_PRINTED);
}

/* The answers for a measure at @severity (0 well … 1 unwell), with a little noise; the
 * risk items at their minimum unless @risk. */
static void
make_answers (const CaseloadInstrumentDef *def,
              double                       severity,
              GRand                       *rand,
              gboolean                     risk,
              int                         *answers)
{
  for (guint i = 0; i < def->n_items; i++)
    {
      const CaseloadInstrumentItem *item = &def->items[i];
      double towards_max = def->higher_is_better ? 1.0 - severity : severity;

      if (item->risk)
        {
          answers[i] = risk ? def->answer_min + 1 : def->answer_min;
          continue;
        }

      /* Part C of BEST counts against the total; a reversed item is scored backwards */
      if (item->part == CASELOAD_ITEM_PART_C)
        towards_max = 1.0 - towards_max;
      if (item->reversed)
        towards_max = 1.0 - towards_max;
      towards_max = CLAMP (towards_max + g_rand_double_range (rand, -0.15, 0.15), 0.0, 1.0);
      answers[i] = def->answer_min + (int) lround (towards_max * (def->answer_max - def->answer_min));
    }
}

static gboolean
add_measures (Demo           *demo,
              CaseloadStaff  *actor,
              const char     *person_id,
              guint           n,
              GPtrArray      *measures,
              GError        **error)
{
  static const CaseloadInstrument thirds[] = {
    CASELOAD_INSTRUMENT_CORE10, CASELOAD_INSTRUMENT_DIALOG, CASELOAD_INSTRUMENT_SWEMWBS, CASELOAD_INSTRUMENT_REQOL10,
  };
  static const int days_ago[N_MEASURE_POINTS] = { 63, 42, 21, 4 };
  CaseloadInstrument instruments[4] = { CASELOAD_INSTRUMENT_PHQ9, CASELOAD_INSTRUMENT_GAD7, thirds[n % 4], 0 };
  guint n_instruments = n % 9 == 4 ? 4 : 3;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122 + n);
  /* Most get better; one in five a little worse; one in six only measured once so far */
  double start = 0.55 + 0.1 * (n % 3);
  double end = n % 5 == 3 ? start + 0.1 : start - 0.2 - 0.05 * (n % 2);
  guint first_point = n % 6 == 5 ? N_MEASURE_POINTS - 1 : 0;

  instruments[3] = CASELOAD_INSTRUMENT_BEST;

  for (guint k = 0; k < n_instruments; k++)
    {
      const CaseloadInstrumentDef *def = caseload_instrument_get (instruments[k]);
      g_autofree int *answers = g_new0 (int, def->n_items);

      for (guint p = first_point; p < N_MEASURE_POINTS; p++)
        {
          g_autoptr(CaseloadMeasure) measure = caseload_measure_new ();
          g_autofree char *completed_on = caseload_demo_day (demo->now, -days_ago[p]);
          double severity = start + (end - start) * p / (N_MEASURE_POINTS - 1);
          /* One person (reviewed since) answered PHQ-9's ninth question above 0 once */
          gboolean risk = n == 4 && instruments[k] == CASELOAD_INSTRUMENT_PHQ9 && p == 1;

          make_answers (def, severity, rand, risk, answers);
          caseload_measure_set_person_id (measure, person_id);
          caseload_measure_set_instrument (measure, instruments[k]);
          caseload_measure_set_answer_values (measure, answers, def->n_items);
          caseload_measure_set_completed_on (measure, completed_on);
          caseload_measure_set_completed_by (measure, p % 2 == 0 ? CASELOAD_COMPLETED_BY_PERSON
                                                                 : CASELOAD_COMPLETED_BY_WORKER_WITH_PERSON);
          if (instruments[k] == CASELOAD_INSTRUMENT_DIALOG)
            caseload_measure_set_chosen_areas (measure, p == 0 ? "job,friendships" : "leisure");
          if (risk)
            caseload_measure_set_note (measure, "Said some nights they'd be better off not here; no plans or intent. "
                                                "Went through the staying-well plan and the crisis numbers together; "
                                                "Nan knows and will stay close. Talked through with the team the same "
                                                "day.");
          if (!caseload_store_save_measure (demo->store, actor, measure, error))
            return FALSE;
          g_ptr_array_add (measures, g_steal_pointer (&measure));
        }
    }

  return TRUE;
}

/* The review, three days ago: each goal's progress as the person saw it, and the next
 * review in a month or so. */
static gboolean
review (Demo             *demo,
        CaseloadStaff    *actor,
        CaseloadPlan     *plan,
        const DemoStory  *story,
        guint             n,
        GPtrArray        *measures,
        GError          **error)
{
  g_autoptr(CaseloadReview) review = caseload_review_new ();
  g_autoptr(CaseloadPlan) before = caseload_plan_copy (plan);
  GPtrArray *goals = caseload_plan_get_goals (plan);
  g_autofree char *reviewed_on = caseload_demo_day (demo->now, -3);
  g_autofree char *next_review_on = caseload_demo_day (demo->now, 25 + (int) (n % 20));
  g_autofree char *since = caseload_demo_day (demo->now, -30);

  caseload_plan_goal_set_progress (g_ptr_array_index (goals, 0),
                                   n % 5 == 3 ? CASELOAD_GOAL_UNDER_WAY : CASELOAD_GOAL_ACHIEVED);
  caseload_plan_goal_set_progress (g_ptr_array_index (goals, 1),
                                   n % 7 == 6 ? CASELOAD_GOAL_CHANGED_MIND : CASELOAD_GOAL_UNDER_WAY);
  if (n % 2 == 0)
    caseload_plan_action_set_done (g_ptr_array_index (caseload_plan_goal_get_actions (g_ptr_array_index (goals, 0)), 0),
                                   TRUE);

  caseload_review_set_person_id (review, caseload_plan_get_person_id (plan));
  caseload_review_set_reviewed_on (review, reviewed_on);
  caseload_review_set_person_said (review, story->person_said);
  caseload_review_set_next_review_on (review, next_review_on);
  caseload_review_summarise (review, before, plan, measures, since);

  return caseload_store_save_review (demo->store, actor, review, plan, error);
}

/* The first story from the @n-th on that the person could tell; NULL when none fits. */
static const DemoStory *
choose_story (Demo          *demo,
              CaseloadStaff *reader,
              const char    *person_id,
              guint          n)
{
  g_autoptr(CaseloadPersonDetail) detail = NULL;
  g_autoptr(GDateTime) born = NULL;
  g_autofree char *midnight = NULL;
  const char *gender;
  const char *date_of_birth;
  int age;

  detail = caseload_store_open_person (demo->store, reader, person_id, NULL);
  if (detail == NULL)
    return NULL;

  gender = caseload_person_get_gender (detail->person);
  date_of_birth = caseload_person_get_date_of_birth (detail->person);
  if (date_of_birth == NULL)
    return NULL;
  midnight = g_strconcat (date_of_birth, "T00:00:00Z", NULL);
  born = g_date_time_new_from_iso8601 (midnight, NULL);
  if (born == NULL)
    return NULL;
  age = g_date_time_get_year (demo->now) - g_date_time_get_year (born);
  if (g_date_time_get_day_of_year (demo->now) < g_date_time_get_day_of_year (born))
    age--;

  for (guint i = 0; i < G_N_ELEMENTS (stories); i++)
    {
      const DemoStory *story = &stories[(n + i) % G_N_ELEMENTS (stories)];

      if ((story->gender == NULL || g_strcmp0 (story->gender, gender) == 0) &&
          age >= story->min_age && age <= story->max_age)
        return story;
    }

  return NULL;
}

static gboolean
make_plan (Demo        *demo,
           const char  *person_id,
           guint        n,
           GError     **error)
{
  const DemoStory *story;
  g_autoptr(GPtrArray) measures = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CaseloadPlan) plan = NULL;
  CaseloadStaff *first, *second;

  if (!choose_writers (demo, person_id, n, &first, &second))
    return TRUE;
  story = choose_story (demo, first, person_id, n);
  if (story == NULL)
    return TRUE;

  plan = first_version (demo, person_id, story, n);
  if (!caseload_store_save_plan (demo->store, first, plan, error))
    return FALSE;
  if (!add_measures (demo, first, person_id, n, measures, error))
    return FALSE;

  second_version (demo, plan, story, n);
  if (!caseload_store_save_plan (demo->store, second, plan, error))
    return FALSE;

  /* Two in three have had their first review */
  if (n % 3 == 2)
    return TRUE;
  if (!review (demo, first, plan, story, n, measures, error))
    return FALSE;

  /* and a third of those a fresh copy of the reviewed plan, from the other worker */
  if (n % 3 == 0)
    {
      g_autofree char *given_on = caseload_demo_day (demo->now, -2);

      caseload_plan_set_copy_given_on (plan, given_on);
      caseload_plan_set_copy_format (plan, n % 2 == 0 ? CASELOAD_COPY_PRINTED : CASELOAD_COPY_EMAILED);
      return caseload_store_save_plan (demo->store, second, plan, error);
    }
  return TRUE;
}

gboolean
caseload_demo_seed_plans (CaseloadStore  *store,
                          CaseloadClock  *clock,
                          GPtrArray      *person_ids,
                          GError        **error)
{
  const char * const writers[] = {
    "adaeze.nwosu", "daniel.okoro", "marcus.campbell", "samuel.boateng", "joanna.wisniewska", "morven.adeyinka",
    /* the practices' own mental health practitioners and social prescriber */
    "tomasz.kowalczyk", "grace.mensah", "sophie.barker", "liam.doherty", "beata.nowicka", "chiara.russo",
  };
  g_autoptr(GPtrArray) staff = caseload_store_list_staff (store, error);
  g_autoptr(GPtrArray) writer_staff = g_ptr_array_new ();
  g_autoptr(GDateTime) now = caseload_clock_now (clock);
  CaseloadStaff *peer;
  Demo demo = { store, now, NULL, NULL, writer_staff };

  if (staff == NULL)
    return FALSE;

  demo.nurse = caseload_demo_find_staff (staff, "adaeze.nwosu");
  peer = caseload_demo_find_staff (staff, "daniel.okoro");
  for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
    if (caseload_demo_find_staff (staff, writers[i]) != NULL)
      g_ptr_array_add (writer_staff, caseload_demo_find_staff (staff, writers[i]));
  /* A team made before (or by someone else): no plans to make up. */
  if (demo.nurse == NULL || peer == NULL)
    return TRUE;
  demo.mind_id = caseload_staff_get_organisation_id (peer);

  for (guint i = 0; i < person_ids->len && i < MAX_PLAN_PEOPLE; i++)
    if (!make_plan (&demo, g_ptr_array_index (person_ids, i), i, error))
      return FALSE;

  return TRUE;
}
