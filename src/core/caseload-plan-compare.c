/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "caseload-plan-action.h"
#include "caseload-plan-compare.h"
#include "caseload-plan-goal.h"
#include "caseload-plan-private.h"
#include "caseload-validate.h"

/*
 * A plan is compared field by field, using the table of content fields the text form
 * uses (caseload-plan-private.h). A field is one property, or several read as one (an
 * action's owner: its kind, name, staff id and organisation id). Each field has a
 * stored form, for comparing and setting (the properties' stored codes printed as a
 * GVariant "ams"; empty text counts as none), and a shown form, for people. Goals and
 * actions are matched by their "id".
 */

#define LABEL_CHARS 40

/* One field of a part: fields[from] up to (not including) fields[to]. */
typedef struct {
  const CaseloadPlanField *fields;
  guint                    from;
  guint                    to;
} Field;

/* Iterating over the fields of a part between two indices of its table. */
static gboolean
field_next (CaseloadPlanPart  part,
            guint             end,
            Field            *field)
{
  guint n_fields;

  field->fields = caseload_plan_fields (part, &n_fields);
  end = MIN (end, n_fields);
  field->from = field->to;

  while (field->from < end && field->fields[field->from].key == NULL)
    field->from++;
  if (field->from >= end)
    return FALSE;

  field->to = field->from + 1;
  while (field->to < n_fields && field->fields[field->to].key == NULL)
    field->to++;

  return TRUE;
}

static char *
property_code (GObject                 *object,
               const CaseloadPlanField *field)
{
  int number;
  gboolean flag;
  char *text = NULL;

  switch (field->kind)
    {
    case CASELOAD_PLAN_FIELD_ENUM:
      g_object_get (object, field->property, &number, NULL);
      return g_strdup (field->to_code (number));

    case CASELOAD_PLAN_FIELD_BOOL:
      g_object_get (object, field->property, &flag, NULL);
      return g_strdup (flag ? "true" : "false");

    case CASELOAD_PLAN_FIELD_ID:
    case CASELOAD_PLAN_FIELD_TEXT:
    case CASELOAD_PLAN_FIELD_NAME:
    case CASELOAD_PLAN_FIELD_DATE:
    default:
      g_object_get (object, field->property, &text, NULL);
      if (text != NULL && text[0] == '\0')
        g_clear_pointer (&text, g_free);
      return text;
    }
}

static void
property_set_code (GObject                 *object,
                   const CaseloadPlanField *field,
                   const char              *code)
{
  int number = 0;

  switch (field->kind)
    {
    case CASELOAD_PLAN_FIELD_ENUM:
      if (code != NULL && field->from_code (code, &number))
        g_object_set (object, field->property, number, NULL);
      break;

    case CASELOAD_PLAN_FIELD_BOOL:
      g_object_set (object, field->property, g_strcmp0 (code, "true") == 0, NULL);
      break;

    case CASELOAD_PLAN_FIELD_ID:
    case CASELOAD_PLAN_FIELD_TEXT:
    case CASELOAD_PLAN_FIELD_NAME:
    case CASELOAD_PLAN_FIELD_DATE:
    default:
      g_object_set (object, field->property, code, NULL);
      break;
    }
}

/* The stored form of @field of @object; NULL for no object. */
static char *
field_value (GObject     *object,
             const Field *field)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("ams"));
  g_autoptr(GVariant) variant = NULL;

  if (object == NULL)
    return NULL;

  for (guint i = field->from; i < field->to; i++)
    {
      g_autofree char *code = property_code (object, &field->fields[i]);

      g_variant_builder_add (&builder, "ms", code);
    }

  variant = g_variant_ref_sink (g_variant_builder_end (&builder));
  return g_variant_print (variant, FALSE);
}

static void
field_set_value (GObject     *object,
                 const Field *field,
                 const char  *value)
{
  g_autoptr(GVariant) variant = NULL;

  variant = g_variant_parse (G_VARIANT_TYPE ("ams"), value, NULL, NULL, NULL);
  g_return_if_fail (variant != NULL && g_variant_n_children (variant) == field->to - field->from);

  for (guint i = field->from; i < field->to; i++)
    {
      const char *code = NULL;

      g_variant_get_child (variant, i - field->from, "m&s", &code);
      property_set_code (object, &field->fields[i], code);
    }
}

static char *
owner_shown (CaseloadPlanAction *action)
{
  CaseloadActionOwnerKind kind = caseload_plan_action_get_owner_kind (action);
  const char *label = caseload_action_owner_kind_label (kind);
  const char *name = caseload_plan_action_get_owner_name (action);

  if (kind == CASELOAD_ACTION_OWNER_WORKER && (name == NULL || name[0] == '\0'))
    name = caseload_plan_action_get_owner_staff_id (action);
  else if (kind == CASELOAD_ACTION_OWNER_ORGANISATION && (name == NULL || name[0] == '\0'))
    name = caseload_plan_action_get_owner_organisation_id (action);

  if (kind == CASELOAD_ACTION_OWNER_PERSON || name == NULL || name[0] == '\0')
    return g_strdup (label);

  /* TRANSLATORS: who does an action: "Sam Jones (Someone in their network)" */
  return g_strdup_printf (_("%s (%s)"), name, label);
}

/* The shown form of @field of @object: as the person reads it; NULL for none. */
static char *
field_shown (GObject     *object,
             const Field *field)
{
  const CaseloadPlanField *first = &field->fields[field->from];
  g_autofree char *code = NULL;
  int number;

  if (object == NULL)
    return NULL;

  if (field->to - field->from > 1)
    return owner_shown (CASELOAD_PLAN_ACTION (object));

  switch (first->kind)
    {
    case CASELOAD_PLAN_FIELD_ENUM:
      g_object_get (object, first->property, &number, NULL);
      return g_strdup (first->to_label (number));

    case CASELOAD_PLAN_FIELD_BOOL:
      code = property_code (object, first);
      return g_strdup (g_strcmp0 (code, "true") == 0 ? _("Done") : _("Not done"));

    case CASELOAD_PLAN_FIELD_DATE:
      code = property_code (object, first);
      return caseload_date_iso_to_display (code);

    case CASELOAD_PLAN_FIELD_ID:
    case CASELOAD_PLAN_FIELD_TEXT:
    case CASELOAD_PLAN_FIELD_NAME:
    default:
      return property_code (object, first);
    }
}

static gboolean
field_is_text (const Field *field)
{
  return field->to - field->from == 1 && field->fields[field->from].kind == CASELOAD_PLAN_FIELD_TEXT;
}

/* Goals and actions alike: their id, words and (for a goal) actions. */

static const char *
item_id (GObject *item)
{
  const char *id;

  if (CASELOAD_IS_PLAN_GOAL (item))
    id = caseload_plan_goal_get_id (CASELOAD_PLAN_GOAL (item));
  else
    id = caseload_plan_action_get_id (CASELOAD_PLAN_ACTION (item));

  if (id != NULL && id[0] != '\0')
    return id;

  /* Without an id it matches nothing: it is new. */
  id = g_object_get_data (item, "caseload-compare-id");
  if (id == NULL)
    {
      char *made = g_strdup_printf ("new-%p", (void *) item);

      g_object_set_data_full (item, "caseload-compare-id", made, g_free);
      id = made;
    }
  return id;
}

static const char *
item_words (GObject *item)
{
  if (item != NULL && CASELOAD_IS_PLAN_GOAL (item))
    return caseload_plan_goal_get_words (CASELOAD_PLAN_GOAL (item));
  if (item != NULL && CASELOAD_IS_PLAN_ACTION (item))
    return caseload_plan_action_get_words (CASELOAD_PLAN_ACTION (item));
  return NULL;
}

static GPtrArray *
item_children (GObject *item)
{
  if (item == NULL || !CASELOAD_IS_PLAN_GOAL (item))
    return NULL;
  return caseload_plan_goal_get_actions (CASELOAD_PLAN_GOAL (item));
}

static CaseloadPlanPart
item_part (GObject *item)
{
  return CASELOAD_IS_PLAN_GOAL (item) ? CASELOAD_PLAN_PART_GOAL : CASELOAD_PLAN_PART_ACTION;
}

static GObject *
item_find (GPtrArray  *items,
           const char *id)
{
  if (items == NULL)
    return NULL;

  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (item_id (g_ptr_array_index (items, i)), id) == 0)
      return g_ptr_array_index (items, i);

  return NULL;
}

static char *
item_key (GObject    *item,
          const char *field_key)
{
  const char *prefix = CASELOAD_IS_PLAN_GOAL (item) ? "goal" : "action";

  if (field_key == NULL)
    return g_strdup_printf ("%s:%s", prefix, item_id (item));
  return g_strdup_printf ("%s:%s:%s", prefix, item_id (item), field_key);
}

/* "Goal: Get back to swimming — Target date" (@label NULL: "Goal: Get back to swimming"),
 * with the words cut short. */
static char *
item_label (GObject    *item,
            const char *words,
            const char *label)
{
  g_autofree char *shown = NULL;
  gboolean goal = CASELOAD_IS_PLAN_GOAL (item);

  if (words == NULL || words[0] == '\0')
    shown = g_strdup (goal ? _("a goal without words yet") : _("an action without words yet"));
  else if (g_utf8_strlen (words, -1) > LABEL_CHARS)
    {
      g_autofree char *start = g_utf8_substring (words, 0, LABEL_CHARS - 1);

      shown = g_strconcat (g_strstrip (start), "…", NULL);
    }
  else
    shown = g_strdup (words);

  if (label == NULL)
    /* TRANSLATORS: "Goal: Get back to swimming" */
    return g_strdup_printf (goal ? _("Goal: %s") : _("Action: %s"), shown);

  /* TRANSLATORS: "Goal: Get back to swimming — Target date" */
  return g_strdup_printf (goal ? _("Goal: %s — %s") : _("Action: %s — %s"), shown, label);
}

static GObject *
item_copy (GObject *item)
{
  GObject *copy = g_object_new (G_OBJECT_TYPE (item), NULL);
  g_autofree char *id = NULL;
  const CaseloadPlanField *fields;
  guint n_fields;
  GPtrArray *children;

  fields = caseload_plan_fields (item_part (item), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (item, fields[i].property, &value);
      g_object_set_property (copy, fields[i].property, &value);
    }

  /* One saved without an id gets one now, so later versions can be matched with it. */
  g_object_get (copy, "id", &id, NULL);
  if (id == NULL || id[0] == '\0')
    {
      g_free (id);
      id = g_uuid_string_random ();
      g_object_set (copy, "id", id, NULL);
    }

  children = item_children (item);
  for (guint i = 0; children != NULL && i < children->len; i++)
    g_ptr_array_add (item_children (copy), item_copy (g_ptr_array_index (children, i)));

  return copy;
}

static gboolean
item_equal (GObject *a,
            GObject *b)
{
  Field field = { NULL, 0, 0 };
  GPtrArray *a_children, *b_children;

  while (field_next (item_part (a), G_MAXUINT, &field))
    {
      g_autofree char *a_value = field_value (a, &field);
      g_autofree char *b_value = field_value (b, &field);

      if (g_strcmp0 (a_value, b_value) != 0)
        return FALSE;
    }

  a_children = item_children (a);
  b_children = item_children (b);
  if (a_children == NULL)
    return TRUE;
  if (a_children->len != b_children->len)
    return FALSE;
  for (guint i = 0; i < a_children->len; i++)
    if (!item_equal (g_ptr_array_index (a_children, i), g_ptr_array_index (b_children, i)))
      return FALSE;

  return TRUE;
}

/* The ids of @first and @second (either may be NULL) in @second's order, with those only
 * in @first placed after the one before them in @first (or at the start). */
static GPtrArray *
ordered_ids (GPtrArray *first,
             GPtrArray *second)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; second != NULL && i < second->len; i++)
    g_ptr_array_add (ids, (gpointer) item_id (g_ptr_array_index (second, i)));

  for (guint i = 0; first != NULL && i < first->len; i++)
    {
      const char *id = item_id (g_ptr_array_index (first, i));
      guint position = 0;

      if (g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
        continue;
      if (i > 0)
        {
          const char *before = item_id (g_ptr_array_index (first, i - 1));

          if (g_ptr_array_find_with_equal_func (ids, before, g_str_equal, &position))
            position++;
        }
      g_ptr_array_insert (ids, (int) position, (gpointer) id);
    }

  return ids;
}

/* The index in the plan's table just after "goals-by": where the goals are read. */
static guint
goals_position (void)
{
  const CaseloadPlanField *fields;
  guint n_fields;

  fields = caseload_plan_fields (CASELOAD_PLAN_PART_PLAN, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].property, "goals-by") == 0)
      return i + 1;

  g_assert_not_reached ();
}

/* Where a field is read: its key, section and name, in words. */
static void
field_describe (const Field  *field,
                GObject      *object,
                const char   *words,
                char        **key,
                char        **section,
                char        **name)
{
  const CaseloadPlanField *first = &field->fields[field->from];

  if (CASELOAD_IS_PLAN (object))
    {
      *key = g_strdup (first->key);
      *section = g_strdup (_(first->section));
      *name = g_strdup (_(first->label));
    }
  else
    {
      *key = item_key (object, first->key);
      *section = g_strdup (_("My goals"));
      *name = item_label (object, words, _(first->label));
    }
}

/* Differences. */

void
caseload_plan_change_free (CaseloadPlanChange *change)
{
  if (change == NULL)
    return;

  g_free (change->key);
  g_free (change->section);
  g_free (change->field);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

static void
add_change (GPtrArray              *changes,
            CaseloadPlanChangeKind  kind,
            char                   *key,
            char                   *section,
            char                   *field,
            char                   *before,
            char                   *after)
{
  CaseloadPlanChange *change = g_new0 (CaseloadPlanChange, 1);

  change->kind = kind;
  change->key = key;
  change->section = section;
  change->field = field;
  change->before = before;
  change->after = after;
  g_ptr_array_add (changes, change);
}

static void
diff_fields (GPtrArray        *changes,
             CaseloadPlanPart  part,
             GObject          *before,
             GObject          *after,
             guint             from,
             guint             to)
{
  Field field = { NULL, from, from };
  const char *words = item_words (after);

  if (words == NULL || words[0] == '\0')
    words = item_words (before);

  while (field_next (part, to, &field))
    {
      g_autofree char *before_value = field_value (before, &field);
      g_autofree char *after_value = field_value (after, &field);
      char *key, *section, *name, *before_shown, *after_shown;
      CaseloadPlanChangeKind kind = CASELOAD_PLAN_CHANGE_CHANGED;

      if (g_strcmp0 (before_value, after_value) == 0)
        continue;

      before_shown = field_shown (before, &field);
      after_shown = field_shown (after, &field);
      if (before_shown == NULL)
        kind = CASELOAD_PLAN_CHANGE_ADDED;
      else if (after_shown == NULL)
        kind = CASELOAD_PLAN_CHANGE_REMOVED;

      field_describe (&field, after, words, &key, &section, &name);
      add_change (changes, kind, key, section, name, before_shown, after_shown);
    }
}

static void
diff_items (GPtrArray *changes,
            GPtrArray *before,
            GPtrArray *after)
{
  g_autoptr(GPtrArray) ids = ordered_ids (before, after);

  for (guint i = 0; i < ids->len; i++)
    {
      GObject *old = item_find (before, g_ptr_array_index (ids, i));
      GObject *new = item_find (after, g_ptr_array_index (ids, i));

      if (old != NULL && new != NULL)
        diff_fields (changes, item_part (new), old, new, 0, G_MAXUINT);
      else if (new != NULL)
        add_change (changes, CASELOAD_PLAN_CHANGE_ADDED, item_key (new, NULL), g_strdup (_("My goals")),
                    item_label (new, item_words (new), NULL), NULL, g_strdup (item_words (new)));
      else
        add_change (changes, CASELOAD_PLAN_CHANGE_REMOVED, item_key (old, NULL), g_strdup (_("My goals")),
                    item_label (old, item_words (old), NULL), g_strdup (item_words (old)), NULL);

      if (item_children (old) != NULL || item_children (new) != NULL)
        diff_items (changes, item_children (old), item_children (new));
    }
}

/**
 * caseload_plan_diff:
 * @before: the earlier version
 * @after: the later version
 *
 * Returns: (transfer container) (element-type CaseloadPlanChange): what changed
 */
GPtrArray *
caseload_plan_diff (CaseloadPlan *before,
                    CaseloadPlan *after)
{
  GPtrArray *changes;
  guint goals_at = goals_position ();

  g_return_val_if_fail (CASELOAD_IS_PLAN (before), NULL);
  g_return_val_if_fail (CASELOAD_IS_PLAN (after), NULL);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_plan_change_free);
  diff_fields (changes, CASELOAD_PLAN_PART_PLAN, G_OBJECT (before), G_OBJECT (after), 0, goals_at);
  diff_items (changes, caseload_plan_get_goals (before), caseload_plan_get_goals (after));
  diff_fields (changes, CASELOAD_PLAN_PART_PLAN, G_OBJECT (before), G_OBJECT (after), goals_at, G_MAXUINT);

  return changes;
}

/* Merging. */

void
caseload_plan_conflict_free (CaseloadPlanConflict *conflict)
{
  if (conflict == NULL)
    return;

  g_free (conflict->key);
  g_free (conflict->section);
  g_free (conflict->field);
  g_free (conflict->base);
  g_free (conflict->mine);
  g_free (conflict->theirs);
  g_free (conflict->mine_value);
  g_free (conflict->theirs_value);
  g_free (conflict);
}

/* Merges @mine's and @theirs' changes to the fields of one object into @merged (a copy of
 * @theirs); @base may be NULL (both added it). */
static void
merge_fields (GPtrArray *conflicts,
              GObject   *base,
              GObject   *mine,
              GObject   *theirs,
              GObject   *merged,
              guint      from,
              guint      to)
{
  CaseloadPlanPart part = CASELOAD_IS_PLAN (merged) ? CASELOAD_PLAN_PART_PLAN : item_part (merged);
  Field field = { NULL, from, from };

  while (field_next (part, to, &field))
    {
      g_autofree char *base_value = field_value (base, &field);
      g_autofree char *mine_value = field_value (mine, &field);
      g_autofree char *theirs_value = field_value (theirs, &field);
      CaseloadPlanConflict *conflict;

      if (g_strcmp0 (mine_value, theirs_value) == 0 || g_strcmp0 (mine_value, base_value) == 0)
        continue;

      /* Mine changed it; theirs did not, or did differently: mine, until resolved. */
      field_set_value (merged, &field, mine_value);
      if (g_strcmp0 (theirs_value, base_value) == 0)
        continue;

      conflict = g_new0 (CaseloadPlanConflict, 1);
      field_describe (&field, merged, item_words (mine), &conflict->key, &conflict->section, &conflict->field);
      conflict->base = field_shown (base, &field);
      conflict->mine = field_shown (mine, &field);
      conflict->theirs = field_shown (theirs, &field);
      conflict->text = field_is_text (&field);
      conflict->mine_value = g_steal_pointer (&mine_value);
      conflict->theirs_value = g_steal_pointer (&theirs_value);
      g_ptr_array_add (conflicts, conflict);
    }
}

/* A goal or action one side removed and the other changed: kept, as @kept. */
static void
add_removal_conflict (GPtrArray *conflicts,
                      GObject   *base,
                      GObject   *mine,
                      GObject   *theirs)
{
  CaseloadPlanConflict *conflict = g_new0 (CaseloadPlanConflict, 1);
  GObject *kept = mine != NULL ? mine : theirs;

  conflict->key = item_key (kept, NULL);
  conflict->section = g_strdup (_("My goals"));
  conflict->field = item_label (kept, item_words (kept), NULL);
  conflict->base = g_strdup (item_words (base));
  conflict->mine = g_strdup (item_words (mine));
  conflict->theirs = g_strdup (item_words (theirs));
  conflict->mine_value = mine != NULL ? g_strdup (item_id (mine)) : NULL;
  conflict->theirs_value = theirs != NULL ? g_strdup (item_id (theirs)) : NULL;
  g_ptr_array_add (conflicts, conflict);
}

/* The goals (or one goal's actions) of @base, @mine and @theirs, merged into @merged. */
static void
merge_items (GPtrArray *conflicts,
             GPtrArray *base,
             GPtrArray *mine,
             GPtrArray *theirs,
             GPtrArray *merged)
{
  g_autoptr(GPtrArray) ids = ordered_ids (mine, theirs);

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      GObject *old = item_find (base, id);
      GObject *my = item_find (mine, id);
      GObject *their = item_find (theirs, id);
      GObject *one = my != NULL ? my : their;
      GObject *item;

      if (my != NULL && their != NULL)
        {
          item = item_copy (their);
          merge_fields (conflicts, old, my, their, item, 0, G_MAXUINT);
          if (item_children (item) != NULL)
            {
              g_ptr_array_set_size (item_children (item), 0);
              merge_items (conflicts, item_children (old), item_children (my), item_children (their),
                           item_children (item));
            }
          g_ptr_array_add (merged, item);
          continue;
        }

      /* Added by one side: kept. Removed by one side: gone, unless the other changed it. */
      if (old != NULL && item_equal (old, one))
        continue;
      if (old != NULL)
        add_removal_conflict (conflicts, old, my, their);
      g_ptr_array_add (merged, item_copy (one));
    }
}

/**
 * caseload_plan_merge:
 * @base: the version both read
 * @mine: my unsaved edit of it
 * @theirs: the version saved since
 * @conflicts: (out) (transfer container) (element-type CaseloadPlanConflict): the fields
 *   both changed differently
 *
 * Returns: (transfer full): the merged plan, with @theirs' version
 */
CaseloadPlan *
caseload_plan_merge (CaseloadPlan  *base,
                     CaseloadPlan  *mine,
                     CaseloadPlan  *theirs,
                     GPtrArray    **conflicts)
{
  g_autoptr(GPtrArray) found = NULL;
  CaseloadPlan *merged;
  GPtrArray *goals;

  g_return_val_if_fail (CASELOAD_IS_PLAN (base), NULL);
  g_return_val_if_fail (CASELOAD_IS_PLAN (mine), NULL);
  g_return_val_if_fail (CASELOAD_IS_PLAN (theirs), NULL);
  g_return_val_if_fail (conflicts != NULL, NULL);

  found = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_plan_conflict_free);
  merged = caseload_plan_copy (theirs);

  merge_fields (found, G_OBJECT (base), G_OBJECT (mine), G_OBJECT (theirs), G_OBJECT (merged),
                0, goals_position ());
  goals = caseload_plan_get_goals (merged);
  g_ptr_array_set_size (goals, 0);
  merge_items (found, caseload_plan_get_goals (base), caseload_plan_get_goals (mine),
               caseload_plan_get_goals (theirs), goals);
  merge_fields (found, G_OBJECT (base), G_OBJECT (mine), G_OBJECT (theirs), G_OBJECT (merged),
                goals_position (), G_MAXUINT);

  *conflicts = g_steal_pointer (&found);
  return merged;
}

/* Resolving. */

/* The array holding the goal or action @id of @merged, and its index there. */
static GPtrArray *
find_item (CaseloadPlan *merged,
           gboolean      goal,
           const char   *id,
           guint        *index)
{
  GPtrArray *goals = caseload_plan_get_goals (merged);

  for (guint i = 0; i < goals->len; i++)
    {
      GPtrArray *actions = caseload_plan_goal_get_actions (g_ptr_array_index (goals, i));

      if (goal && g_strcmp0 (item_id (g_ptr_array_index (goals, i)), id) == 0)
        {
          *index = i;
          return goals;
        }

      for (guint j = 0; !goal && j < actions->len; j++)
        if (g_strcmp0 (item_id (g_ptr_array_index (actions, j)), id) == 0)
          {
            *index = j;
            return actions;
          }
    }

  return NULL;
}

/* The field @key names in @object's part. */
static gboolean
find_field (CaseloadPlanPart  part,
            const char       *key,
            Field            *field)
{
  field->to = 0;
  while (field_next (part, G_MAXUINT, field))
    if (g_strcmp0 (field->fields[field->from].key, key) == 0)
      return TRUE;

  return FALSE;
}

/**
 * caseload_plan_resolve:
 * @merged: the plan caseload_plan_merge() returned
 * @conflict: one of the conflicts it found
 * @choice: what to keep
 */
void
caseload_plan_resolve (CaseloadPlan               *merged,
                       const CaseloadPlanConflict *conflict,
                       CaseloadMergeChoice         choice)
{
  g_auto(GStrv) parts = NULL;
  GObject *object = G_OBJECT (merged);
  CaseloadPlanPart part = CASELOAD_PLAN_PART_PLAN;
  const char *key;
  const char *value;
  Field field;

  g_return_if_fail (CASELOAD_IS_PLAN (merged));
  g_return_if_fail (conflict != NULL && conflict->key != NULL);

  parts = g_strsplit (conflict->key, ":", 3);
  key = parts[0];
  if (parts[1] != NULL)
    {
      gboolean goal = g_str_equal (parts[0], "goal");
      GPtrArray *items;
      guint index;

      items = find_item (merged, goal, parts[1], &index);
      g_return_if_fail (items != NULL);

      if (parts[2] == NULL)
        {
          /* Removed by one side, changed by the other: it is there until this removes it. */
          if ((choice == CASELOAD_MERGE_KEEP_MINE && conflict->mine_value == NULL) ||
              (choice == CASELOAD_MERGE_KEEP_THEIRS && conflict->theirs_value == NULL))
            g_ptr_array_remove_index (items, index);
          return;
        }

      object = g_ptr_array_index (items, index);
      part = goal ? CASELOAD_PLAN_PART_GOAL : CASELOAD_PLAN_PART_ACTION;
      key = parts[2];
    }

  if (!find_field (part, key, &field))
    g_return_if_reached ();

  if (choice == CASELOAD_MERGE_KEEP_BOTH && conflict->text &&
      conflict->mine != NULL && conflict->theirs != NULL)
    {
      g_autofree char *both = g_strconcat (conflict->theirs, "\n", conflict->mine, NULL);

      g_object_set (object, field.fields[field.from].property, both, NULL);
      return;
    }

  /* Both, when one side emptied the text, is what the other wrote; otherwise mine. */
  if (choice == CASELOAD_MERGE_KEEP_THEIRS ||
      (choice == CASELOAD_MERGE_KEEP_BOTH && conflict->text && conflict->mine == NULL))
    value = conflict->theirs_value;
  else
    value = conflict->mine_value;
  if (value != NULL)
    field_set_value (object, &field, value);
}
