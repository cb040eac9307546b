/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "caseload-consent.h"
#include "caseload-demo.h"
#include "caseload-demo-referrals.h"
#include "caseload-error.h"
#include "caseload-nhs-number.h"

/*
 * Fictional demo data for a Thurrock integrated PCN mental health team. Everything here
 * is invented: practice names are plausible rather than real, NHS numbers come from the
 * 999 range that is never issued, phone numbers from Ofcom's drama ranges and e-mail
 * addresses end in .invalid.
 *
 * The demo keeps to the sharing policy (caseload-policy.h) as a real team would: each
 * person's own practice adds them; EPUT writes on an allocation, the council and talking
 * therapies on a referral, and the voluntary sector, housing and employment services
 * only once the person has agreed to share with them, recorded before their first
 * entry. About one person in twenty has declined sharing with a service that is not
 * involved. Staff sign in with their username and the documented demo password.
 *
 * The generator is written for load work as well as for a friendly first run: one
 * person, network member and timeline entry object each is reused for every row (the
 * store copies what it needs), texts are built in one reused GString, and times are
 * formatted into stack buffers.
 */

typedef struct {
  const char               *name;
  CaseloadOrganisationKind  kind;
  const char               *pcn;
} DemoOrganisation;

typedef struct {
  const char         *display_name;
  const char         *role;          /* the job title */
  CaseloadAccessRole  access_role;   /* what the access policy goes by */
  const char         *username;      /* firstname.lastname, as in the e-mail address */
  const char         *organisation;
} DemoStaff;

typedef struct {
  const char *const *items;
  guint              n_items;
} Strings;

#define STRINGS(array) { array, G_N_ELEMENTS (array) }

typedef struct {
  const char *language;            /* the first language of people who do not give English */
  guint       english_percent;     /* how many give English as their first language */
  guint       interpreter_percent; /* of those who give @language, how many want an interpreter */
  Strings     female;
  Strings     male;
  Strings     family;
  Strings     family_married;      /* women's family names where they differ, same order as */
  Strings     family_unmarried;    /* @family (Lithuanian: -ienė married, -aitė unmarried); or empty */
  guint       weight;
} Heritage;

typedef struct {
  const char *town;
  const char *pcn;
  Strings     districts;
  Strings     streets;
  guint       weight;
} Town;

typedef struct {
  CaseloadEntryKind  kind;
  const char        *text;
} Template;

typedef struct {
  const Template *items;
  guint           n_items;
  const Template *private_items;
  guint           n_private_items;
} TemplateSet;

/* What the generator knows about the team, whether it made it or found it. */
typedef struct {
  CaseloadStaff            *staff;
  CaseloadOrganisationKind  kind;
  int                       organisation;   /* index into Team.organisations */
} TeamMember;

typedef struct {
  GPtrArray  *organisations;   /* CaseloadOrganisation */
  GPtrArray  *staff;           /* CaseloadStaff: everyone */
  GArray     *members;         /* TeamMember: the active staff who write in records */
  GArray     *practices;       /* int: indices of GP practices in @organisations */
  gboolean    created_staff;   /* the store had no staff: this run made them */
} Team;

/* One person being generated; the strings point into static tables or @buffers. */
typedef struct {
  const Heritage *heritage;
  guint           family_index;
  gboolean        female;
  const char     *given;
  const char     *call_name;    /* the preferred name, or the given name */
  int             age;
  const char     *practice_name;
  char            network_phrase[160];
} PersonPlan;

#define NHS_PREFIX_BASE   999000000u
#define NHS_PREFIX_COUNT  1000000u
/* Coprime with 10^6, so the walk visits every nine-digit prefix once before repeating. */
#define NHS_PREFIX_STRIDE 7919u

#define SECONDS_PER_DAY   86400

/* The team */

static const DemoOrganisation demo_organisations[] = {
  { "Aveley Medical Centre",              CASELOAD_ORGANISATION_GP_PRACTICE,         "ASOP" },
  { "Purfleet Surgery",                   CASELOAD_ORGANISATION_GP_PRACTICE,         "ASOP" },
  { "Ockendon Fields Surgery",            CASELOAD_ORGANISATION_GP_PRACTICE,         "ASOP" },
  { "Grays Hall Surgery",                 CASELOAD_ORGANISATION_GP_PRACTICE,         "Grays" },
  { "Orsett Road Medical Practice",       CASELOAD_ORGANISATION_GP_PRACTICE,         "Grays" },
  { "Chafford Green Practice",            CASELOAD_ORGANISATION_GP_PRACTICE,         "Grays" },
  { "Tilbury Riverside Surgery",          CASELOAD_ORGANISATION_GP_PRACTICE,         "Tilbury and Chadwell" },
  { "Chadwell Hill Health Centre",        CASELOAD_ORGANISATION_GP_PRACTICE,         "Tilbury and Chadwell" },
  { "Hope Green Surgery",                 CASELOAD_ORGANISATION_GP_PRACTICE,         "Stanford-le-Hope and Corringham" },
  { "Corringham Lampits Practice",        CASELOAD_ORGANISATION_GP_PRACTICE,         "Stanford-le-Hope and Corringham" },
  { "EPUT Community Mental Health (Thurrock)", CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST, NULL },
  { "Thurrock Council Adult Social Care", CASELOAD_ORGANISATION_ADULT_SOCIAL_CARE,   NULL },
  { "Thurrock & Brentwood Mind",          CASELOAD_ORGANISATION_VCSE,                NULL },
  { "Inclusion Thurrock",                 CASELOAD_ORGANISATION_TALKING_THERAPIES,   NULL },
  { "Thurrock Housing Solutions",         CASELOAD_ORGANISATION_HOUSING,             NULL },
  { "Thurrock IPS Employment Service",    CASELOAD_ORGANISATION_EMPLOYMENT,          NULL },
};

/* Every demo staff member signs in with their username and DEMO_PASSWORD (documented in
 * the README; nobody is asked to change it). The first one is a mental health nurse at
 * EPUT; the team manager and the administrator come last. E-mail addresses are the
 * username at demo.caseload.invalid. */
#define DEMO_PASSWORD "caseload-demo"
#define DEMO_EMAIL_DOMAIN "@demo.caseload.invalid"
#define DEMO_EPUT "EPUT Community Mental Health (Thurrock)"
#define DEMO_COUNCIL "Thurrock Council Adult Social Care"

static const DemoStaff demo_staff[] = {
  { "Adaeze Nwosu",         "Mental health nurse",                  CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, "adaeze.nwosu",        DEMO_EPUT },
  { "Dr Rajinder Sandhu",   "GP",                                   CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN,     "rajinder.sandhu",     "Grays Hall Surgery" },
  { "Dr Helen Marsh",       "GP",                                   CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN,     "helen.marsh",         "Aveley Medical Centre" },
  { "Tomasz Kowalczyk",     "Mental health practitioner (ARRS)",    CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, "tomasz.kowalczyk",    "Tilbury Riverside Surgery" },
  { "Grace Mensah",         "Mental health practitioner (ARRS)",    CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, "grace.mensah",        "Hope Green Surgery" },
  { "Sophie Barker",        "Mental health practitioner (ARRS)",    CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, "sophie.barker",       "Orsett Road Medical Practice" },
  { "Liam Doherty",         "Social prescriber",                    CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN,     "liam.doherty",        "Purfleet Surgery" },
  { "Dr Farah Rahman",      "Consultant psychiatrist",              CASELOAD_ROLE_PSYCHIATRIST,               "farah.rahman",        DEMO_EPUT },
  { "Marcus Campbell",      "Community mental health nurse",        CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, "marcus.campbell",     DEMO_EPUT },
  { "Dr Elif Yılmaz",       "Clinical psychologist",                CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, "elif.yilmaz",         DEMO_EPUT },
  { "Joanna Wiśniewska",    "Care coordinator",                     CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, "joanna.wisniewska",   DEMO_EPUT },
  { "Samuel Boateng",       "Social worker",                        CASELOAD_ROLE_SOCIAL_WORKER,              "samuel.boateng",      DEMO_COUNCIL },
  { "Deborah Clarke",       "Social worker",                        CASELOAD_ROLE_SOCIAL_WORKER,              "deborah.clarke",      DEMO_COUNCIL },
  { "Priya Chaudhry",       "Approved mental health professional",  CASELOAD_ROLE_AMHP,                       "priya.chaudhry",      DEMO_COUNCIL },
  { "Rebecca Holt",         "Local Area Coordinator",               CASELOAD_ROLE_SOCIAL_WORKER,              "rebecca.holt",        DEMO_COUNCIL },
  { "Daniel Okoro",         "Peer support worker",                  CASELOAD_ROLE_PEER_SUPPORT_WORKER,        "daniel.okoro",        "Thurrock & Brentwood Mind" },
  { "Ioana Popescu",        "Crisis sanctuary worker",              CASELOAD_ROLE_VCSE_WORKER,                "ioana.popescu",       "Thurrock & Brentwood Mind" },
  { "Shahana Begum",        "Psychological therapist",              CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, "shahana.begum",       "Inclusion Thurrock" },
  { "Ryan Fletcher",        "Recovery worker",                      CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, "ryan.fletcher",       "Inclusion Thurrock" },
  { "Aisha Bello",          "Housing officer",                      CASELOAD_ROLE_HOUSING_OFFICER,            "aisha.bello",         "Thurrock Housing Solutions" },
  { "Kieran Walsh",         "Floating support worker",              CASELOAD_ROLE_HOUSING_OFFICER,            "kieran.walsh",        "Thurrock Housing Solutions" },
  { "Agnė Kazlauskienė",    "Employment specialist",                CASELOAD_ROLE_EMPLOYMENT_SPECIALIST,      "agne.kazlauskiene",   "Thurrock IPS Employment Service" },
  /* Someone at every practice, so everyone's own practice can write in their record. */
  { "Dr Sunita Patel",      "GP",                                   CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN,     "sunita.patel",        "Ockendon Fields Surgery" },
  { "Beata Nowicka",        "Mental health practitioner (ARRS)",    CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, "beata.nowicka",       "Chafford Green Practice" },
  { "Dr Oliver Pryce",      "GP",                                   CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN,     "oliver.pryce",        "Chadwell Hill Health Centre" },
  { "Chiara Russo",         "Mental health practitioner (ARRS)",    CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, "chiara.russo",        "Corringham Lampits Practice" },
  /* They write no entries: the manager reviews, the administrator looks after staff. */
  { "Morven Adeyinka",      "Team manager",                         CASELOAD_ROLE_TEAM_MANAGER,               "morven.adeyinka",     DEMO_EPUT },
  { "Nadia Raman",          "Systems administrator",                CASELOAD_ROLE_ADMINISTRATOR,              "nadia.raman",         DEMO_EPUT },
};

/* Names */

static const char *const english_female[] = {
  "Sarah", "Emma", "Jessica", "Margaret", "Elizabeth", "Karen", "Lisa", "Chloe", "Hannah",
  "Jean", "Sophie", "Rebecca", "Joanne", "Tracey", "Amy", "Lauren", "Kayleigh", "Pauline",
};
static const char *const english_male[] = {
  "James", "Daniel", "Michael", "Alexander", "William", "Robert", "Thomas", "Craig", "Lee",
  "Dean", "Jack", "Harry", "Stephen", "Paul", "Gary", "Jonathan", "Anthony", "Kevin",
};
static const char *const english_family[] = {
  "Smith", "Jones", "Taylor", "Brown", "Wilson", "Clarke", "Turner", "Harris", "Walker",
  "Wright", "Baker", "Cooper", "King", "Hughes", "Palmer", "Marsh", "Webb", "Carter",
  "Mills", "Barnes", "Fisher", "Payne",
};

static const char *const polish_female[] = {
  "Katarzyna", "Agnieszka", "Małgorzata", "Anna", "Magdalena", "Joanna", "Aleksandra", "Ewa", "Monika",
};
static const char *const polish_male[] = {
  "Piotr", "Tomasz", "Krzysztof", "Paweł", "Marcin", "Wojciech", "Łukasz", "Jakub", "Michał",
};
static const char *const polish_family[] = {
  "Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Zając", "Król", "Wieczorek", "Dudek",
};

static const char *const lithuanian_female[] = {
  "Agnė", "Rūta", "Giedrė", "Ieva", "Jurgita", "Laura", "Eglė",
};
static const char *const lithuanian_male[] = {
  "Tomas", "Mantas", "Darius", "Andrius", "Lukas", "Vytautas", "Paulius",
};
static const char *const lithuanian_family[] = {
  "Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas",
};
static const char *const lithuanian_family_married[] = {
  "Kazlauskienė", "Jankauskienė", "Petrauskienė", "Stankevičienė", "Vasiliauskienė", "Žukauskienė",
};
static const char *const lithuanian_family_unmarried[] = {
  "Kazlauskaitė", "Jankauskaitė", "Petrauskaitė", "Stankevičiūtė", "Vasiliauskaitė", "Žukauskaitė",
};

static const char *const romanian_female[] = {
  "Ioana", "Elena", "Andreea", "Maria", "Alexandra", "Cristina", "Mihaela",
};
static const char *const romanian_male[] = {
  "Andrei", "Ionuț", "Mihai", "Alexandru", "Florin", "Bogdan", "Gabriel",
};
static const char *const romanian_family[] = {
  "Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Constantin", "Munteanu", "Marin",
};

static const char *const nigerian_female[] = {
  "Ngozi", "Chiamaka", "Funmilayo", "Adaeze", "Folake", "Blessing", "Temitope", "Oluwaseun",
};
static const char *const nigerian_male[] = {
  "Adebayo", "Chukwuemeka", "Olumide", "Tunde", "Ikenna", "Segun", "Obinna", "Oluwaseun",
};
static const char *const nigerian_family[] = {
  "Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Ogunleye", "Oyelaran", "Adebayo",
};

static const char *const ghanaian_female[] = {
  "Abena", "Akosua", "Ama", "Efua", "Adwoa", "Esi", "Yaa",
};
static const char *const ghanaian_male[] = {
  "Kwame", "Kofi", "Kwabena", "Yaw", "Kwaku", "Kojo", "Kwesi",
};
static const char *const ghanaian_family[] = {
  "Mensah", "Boateng", "Owusu", "Asante", "Osei", "Appiah", "Agyeman", "Darko",
};

static const char *const punjabi_female[] = {
  "Harpreet", "Jaswinder", "Gurpreet", "Manjit", "Simran", "Amandeep", "Rajvinder",
};
static const char *const punjabi_male[] = {
  "Harjit", "Gurdeep", "Jaswant", "Manpreet", "Sukhwinder", "Rajinder", "Kuldip",
};
static const char *const punjabi_family[] = {
  "Sandhu", "Gill", "Dhillon", "Sidhu", "Bains", "Johal", "Grewal", "Atwal",
};

static const char *const bengali_female[] = {
  "Shahana", "Rukhsana", "Nasima", "Farhana", "Taslima", "Sumaiya", "Rehana",
};
static const char *const bengali_male[] = {
  "Mohammed", "Abdul", "Rahim", "Shahid", "Jamal", "Kamal", "Rafiq",
};
static const char *const bengali_family[] = {
  "Ahmed", "Rahman", "Hussain", "Miah", "Uddin", "Islam", "Khan", "Chowdhury",
};

static const char *const turkish_female[] = {
  "Elif", "Ayşe", "Zeynep", "Fatma", "Emine", "Merve",
};
static const char *const turkish_male[] = {
  "Mehmet", "Mustafa", "Ahmet", "Emre", "Hasan", "Murat",
};
static const char *const turkish_family[] = {
  "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan",
};

static const char *const irish_female[] = {
  "Siobhán", "Niamh", "Aoife", "Bridget", "Mary", "Orla", "Sinéad",
};
static const char *const irish_male[] = {
  "Patrick", "Seán", "Ciarán", "Declan", "Liam", "Michael", "Brendan",
};
static const char *const irish_family[] = {
  "Murphy", "Kelly", "O'Brien", "Byrne", "Ryan", "Doherty", "Walsh", "McCarthy", "Gallagher", "Doyle",
};

static const char *const caribbean_female[] = {
  "Marcia", "Beverley", "Sharon", "Janelle", "Kerry-Ann", "Simone", "Althea",
};
static const char *const caribbean_male[] = {
  "Delroy", "Winston", "Marcus", "Leon", "Desmond", "Tyrone", "Errol",
};
static const char *const caribbean_family[] = {
  "Campbell", "Brown", "Williams", "Thompson", "Francis", "Grant", "Henry", "Richards", "Clarke",
};

static const char *const no_strings[] = { NULL };

#define NO_STRINGS { no_strings, 0 }

static const Heritage heritages[] = {
  { "English",    100,  0, STRINGS (english_female),    STRINGS (english_male),    STRINGS (english_family),    NO_STRINGS, NO_STRINGS, 40 },
  { "Polish",      30, 30, STRINGS (polish_female),     STRINGS (polish_male),     STRINGS (polish_family),     NO_STRINGS, NO_STRINGS,  8 },
  { "Lithuanian",  25, 35, STRINGS (lithuanian_female), STRINGS (lithuanian_male), STRINGS (lithuanian_family),
    STRINGS (lithuanian_family_married), STRINGS (lithuanian_family_unmarried), 5 },
  { "Romanian",    25, 35, STRINGS (romanian_female),   STRINGS (romanian_male),   STRINGS (romanian_family),   NO_STRINGS, NO_STRINGS,  6 },
  { "Yoruba",      85, 10, STRINGS (nigerian_female),   STRINGS (nigerian_male),   STRINGS (nigerian_family),   NO_STRINGS, NO_STRINGS,  9 },
  { "Twi",         80, 10, STRINGS (ghanaian_female),   STRINGS (ghanaian_male),   STRINGS (ghanaian_family),   NO_STRINGS, NO_STRINGS,  6 },
  { "Punjabi",     55, 35, STRINGS (punjabi_female),    STRINGS (punjabi_male),    STRINGS (punjabi_family),    NO_STRINGS, NO_STRINGS,  5 },
  { "Bengali",     50, 40, STRINGS (bengali_female),    STRINGS (bengali_male),    STRINGS (bengali_family),    NO_STRINGS, NO_STRINGS,  5 },
  { "Turkish",     40, 40, STRINGS (turkish_female),    STRINGS (turkish_male),    STRINGS (turkish_family),    NO_STRINGS, NO_STRINGS,  4 },
  { "English",    100,  0, STRINGS (irish_female),      STRINGS (irish_male),      STRINGS (irish_family),      NO_STRINGS, NO_STRINGS,  6 },
  { "English",    100,  0, STRINGS (caribbean_female),  STRINGS (caribbean_male),  STRINGS (caribbean_family),  NO_STRINGS, NO_STRINGS,  6 },
};

static const struct {
  const char *given;
  const char *preferred;
} preferred_names[] = {
  { "Alexander", "Sandy" }, { "Margaret", "Maggie" }, { "Elizabeth", "Liz" },
  { "William", "Billy" }, { "Robert", "Rob" }, { "Jonathan", "Jon" }, { "Rebecca", "Becky" },
  { "Jessica", "Jess" }, { "Anthony", "Tony" }, { "Stephen", "Steve" },
  { "Katarzyna", "Kasia" }, { "Małgorzata", "Gosia" }, { "Aleksandra", "Ola" },
  { "Wojciech", "Wojtek" }, { "Vytautas", "Vytas" }, { "Alexandru", "Alex" },
  { "Oluwaseun", "Seun" }, { "Chukwuemeka", "Emeka" }, { "Funmilayo", "Funmi" },
  { "Temitope", "Tope" }, { "Olumide", "Mide" }, { "Kwabena", "Kobby" },
  { "Mohammed", "Mo" }, { "Jaswinder", "Jas" }, { "Sukhwinder", "Sukhi" },
  { "Patrick", "Paddy" }, { "Kerry-Ann", "Kerry" },
};

static const char *const chosen_names[] = { "Alex", "Sam", "Charlie", "Jamie", "Robin", "Kai" };

static const char *const communication_needs[] = {
  "Prefers text messages to calls",
  "Large print letters",
  "Has a hearing impairment: uses email",
  "Prefers appointments in the afternoon",
  "Please speak slowly and check understanding",
  "Dyslexic: prefers a phone call to a letter",
  "Would like a family member at appointments",
  "Easy read letters, please",
  "Finds waiting rooms hard: please offer the first appointment of the day",
};

/* Places. South Ockendon and Aveley are RM15 in real life, so they are here too. */

static const char *const grays_districts[] = { "RM17", "RM16" };
static const char *const grays_streets[] = {
  "Orsett Road", "Clarence Road", "Bridge Road", "London Road", "Hathaway Road", "Lodge Lane",
  "Palmers Avenue", "Stanley Road", "Dell Road", "Blackshots Lane", "Whitmore Avenue", "Hogg Lane",
};
static const char *const chafford_districts[] = { "RM16" };
static const char *const chafford_streets[] = {
  "Drake Road", "Mayflower Road", "Fleming Road", "Elizabeth Road", "Chafford Way",
};
static const char *const west_thurrock_districts[] = { "RM20" };
static const char *const west_thurrock_streets[] = {
  "London Road", "Stonehouse Lane", "Hedley Avenue", "Weston Avenue", "Mill Lane",
};
static const char *const tilbury_districts[] = { "RM18" };
static const char *const tilbury_streets[] = {
  "Dock Road", "Calcutta Road", "Montreal Road", "Toronto Road", "Brennan Road",
  "Churchill Road", "Feenan Highway", "Sydney Road",
};
static const char *const chadwell_districts[] = { "RM16" };
static const char *const chadwell_streets[] = {
  "Brentwood Road", "Linford Road", "Riverview", "Cedar Road", "Coopers Shaw Road", "Defoe Parade",
};
static const char *const stanford_districts[] = { "SS17" };
static const char *const stanford_streets[] = {
  "London Road", "Southend Road", "The Green", "Billet Lane", "Corringham Road",
  "Rainbow Lane", "Victoria Road", "Scratton Road",
};
static const char *const corringham_districts[] = { "SS17" };
static const char *const corringham_streets[] = {
  "Lampits Hill", "Herd Lane", "Giffords Cross Road", "Springhouse Road", "Fobbing Road",
};
static const char *const ockendon_districts[] = { "RM15" };
static const char *const ockendon_streets[] = {
  "Darenth Lane", "Broxburn Drive", "Tyssen Place", "Stifford Road", "Derwent Parade", "Daiglen Drive",
};
static const char *const aveley_districts[] = { "RM15" };
static const char *const aveley_streets[] = {
  "High Street", "Stifford Road", "Romford Road", "Purfleet Road", "Ship Lane",
};
static const char *const purfleet_districts[] = { "RM19" };
static const char *const purfleet_streets[] = {
  "London Road", "Tank Hill Road", "Centurion Way", "Garrison Parade", "Botany Way",
};

static const Town towns[] = {
  { "Grays",            "Grays",                           STRINGS (grays_districts),         STRINGS (grays_streets),         22 },
  { "Chafford Hundred", "Grays",                           STRINGS (chafford_districts),      STRINGS (chafford_streets),       7 },
  { "West Thurrock",    "Grays",                           STRINGS (west_thurrock_districts), STRINGS (west_thurrock_streets),  5 },
  { "Tilbury",          "Tilbury and Chadwell",            STRINGS (tilbury_districts),       STRINGS (tilbury_streets),       13 },
  { "Chadwell St Mary", "Tilbury and Chadwell",            STRINGS (chadwell_districts),      STRINGS (chadwell_streets),       9 },
  { "Stanford-le-Hope", "Stanford-le-Hope and Corringham", STRINGS (stanford_districts),      STRINGS (stanford_streets),      10 },
  { "Corringham",       "Stanford-le-Hope and Corringham", STRINGS (corringham_districts),    STRINGS (corringham_streets),     8 },
  { "South Ockendon",   "ASOP",                            STRINGS (ockendon_districts),      STRINGS (ockendon_streets),      11 },
  { "Aveley",           "ASOP",                            STRINGS (aveley_districts),        STRINGS (aveley_streets),         7 },
  { "Purfleet",         "ASOP",                            STRINGS (purfleet_districts),      STRINGS (purfleet_streets),       8 },
};

/* Letters the Royal Mail uses in the last two places of a postcode. */
static const char postcode_unit_letters[] = "ABDEFGHJLNPQRSTUWXYZ";

/* Networks */

typedef enum {
  MEMBER_MOTHER,
  MEMBER_FATHER,
  MEMBER_PARTNER,
  MEMBER_CHILD,
  MEMBER_SIBLING,
  MEMBER_FRIEND,
  MEMBER_NEIGHBOUR,
  MEMBER_CARER,
  MEMBER_PROFESSIONAL,
  N_MEMBER_KINDS
} MemberKind;

static const guint member_weights[N_MEMBER_KINDS] = { 14, 5, 16, 8, 10, 14, 7, 14, 6 };

static const char *const professional_roles[] = {
  "Housing support worker", "Independent advocate", "Support worker at the supported housing scheme",
  "Substance use recovery worker", "Tenancy support officer",
};
static const char *const family_notes[] = {
  "Joins network meetings",
  "Part of the STEPPS reinforcement team",
  "First person to call in a crisis, as agreed",
  "Lives nearby and visits most days",
  "Would like to hear about the family support group",
};
static const char *const carer_notes[] = {
  "Has been offered a carer's assessment",
  "Carer's assessment done; has the carers' support line number",
  "Joins network meetings",
  "Part of the STEPPS reinforcement team",
};
static const char *const friend_notes[] = {
  "Joins network meetings when they can",
  "Part of the STEPPS reinforcement team",
  "Goes to the walking group together",
};
static const char *const professional_notes[] = {
  "Happy to join network meetings",
  "Please copy into letters, as agreed",
  "Visits weekly",
};

/* Timeline texts. {name} is what the person likes to be called, {network} someone from
 * their network, {practice} their GP practice, {when}, {day} and {time} small details;
 * [a|b|c] picks one. Plain words, written as if the person will read them. */

static const Template gp_templates[] = {
  { CASELOAD_ENTRY_APPOINTMENT,
    "Review with {name} at {practice}. [Sleep is improving|Mood a little brighter than last time|The new routine is helping]; "
    "{name} says [walking the dog|time at Grays Beach park|walking by the river at Purfleet|seeing friends at the weekend] helps. "
    "Agreed to meet again {when}." },
  { CASELOAD_ENTRY_APPOINTMENT,
    "Medication review with {name}. {name} would like to [keep the current dose|try reducing slowly|talk through the side effects again]; "
    "we agreed a plan together and booked a check-in {when}." },
  { CASELOAD_ENTRY_APPOINTMENT,
    "First appointment with the practice mental health practitioner. We talked about what matters to {name}: "
    "[getting back to work|seeing the grandchildren more|feeling safe at home|sleeping through the night|going back to college]. "
    "With {name}'s agreement, referred to [Inclusion Thurrock talking therapies|the Recovery College|the Local Area Coordinator|the community mental health team]." },
  { CASELOAD_ENTRY_PHONE_CALL,
    "Called {name} to follow up on the last appointment. [Things are steadier this week.|A hard few days, but {name} used the coping plan and it helped.|"
    "{name} has started a course at the Recovery College.] Next contact {when}." },
  { CASELOAD_ENTRY_PHONE_CALL,
    "{name} called to say [the new medication is suiting them|they have started a part-time job|they feel more settled at home]. "
    "Good to hear; no changes needed today." },
  { CASELOAD_ENTRY_VIDEO_CALL,
    "Video call with {name}. Talked through [the support plan|how the week has gone|what has helped lately]; {name} rated their mood "
    "[5|6|7] out of 10 and wants to keep [the morning walks|the evening routine|going to the group]." },
  { CASELOAD_ENTRY_MESSAGE,
    "Text message to {name} confirming the appointment on {day} at {time}." },
  { CASELOAD_ENTRY_NOTE,
    "Social prescribing: {name} is interested in [the community garden|a walking group|a men's shed|a craft group at the library|"
    "volunteering at a food bank|a women's wellbeing group]. Shared the details and offered to go along to the first session together." },
  { CASELOAD_ENTRY_NOTE,
    "Annual physical health check with {name}: blood pressure, BMI, alcohol, lipids, HbA1c and smoking status all recorded. "
    "{name} would like support to [stop smoking|be more active|cut down on alcohol|eat more regular meals]; referral made with their agreement." },
  { CASELOAD_ENTRY_LETTER,
    "Letter to {name} with a summary of today's conversation and who to call in a crisis: NHS 111, option 2, day or night, "
    "and the Mind crisis sanctuary." },
};

static const Template gp_private_templates[] = {
  { CASELOAD_ENTRY_NOTE,
    "{name} talked about [a family bereavement|difficulties in their relationship|money worries] and asked that this stays "
    "within the practice for now. Agreed to talk about sharing it again at the next appointment." },
};

static const Template trust_templates[] = {
  { CASELOAD_ENTRY_APPOINTMENT,
    "Review with {name}[ and {network}|]. {name} describes [a calmer month|better sleep|more control over the voices|"
    "feeling more like themselves]. Plan agreed together: [carry on with the current medication|reduce the dose slowly|"
    "meet again in three months]." },
  { CASELOAD_ENTRY_HOME_VISIT,
    "Home visit. {name} showed me [the garden they have been working on|the new flat|photos from a family visit]. "
    "We reviewed the support plan together; {name} wants to focus on [getting out more|managing money|reconnecting with family|"
    "finding work]." },
  { CASELOAD_ENTRY_NETWORK_MEETING,
    "Network meeting with {name}, {network} and two of us from the team. Everyone had time to speak and reflections were "
    "shared in the room. Agreed together: [meet again {when}|{name} will try the new sleep routine|a referral to the IPS "
    "employment service|{name} will bring a friend next time]." },
  { CASELOAD_ENTRY_NOTE,
    "STEPPS session [3|7|11|14|18]: {name} practised [distancing|communicating|challenging|distracting|managing problems] "
    "and rated the week at [2|3|4] on the emotional intensity continuum. {name} has shared the handouts with {network}." },
  { CASELOAD_ENTRY_PHONE_CALL,
    "Care coordinator call. {name} is [feeling more hopeful|keen to start the IPS employment programme|settling into the new tenancy|"
    "enjoying the Recovery College course]. Checked the crisis plan together; no changes needed." },
  { CASELOAD_ENTRY_VIDEO_CALL,
    "Video call with {name}. [Talked through early warning signs and what helps.|Used DIALOG+: {name} chose accommodation, "
    "friendships and mental health to talk about.|Went through the relapse plan in {name}'s own words.] Actions agreed and added to the plan." },
  { CASELOAD_ENTRY_LETTER,
    "Letter to {practice} summarising the review and the plan agreed with {name}. A copy went to {name}." },
  { CASELOAD_ENTRY_LETTER,
    "Letter confirming {name}'s transfer back to {practice} for ongoing support, with the plan we wrote together and how to "
    "get back in touch with the team at any time." },
  { CASELOAD_ENTRY_MESSAGE,
    "Message to {name} with the time of the next appointment ({day}, {time}) and a reminder that the duty line is there if needed." },
  { CASELOAD_ENTRY_APPOINTMENT,
    "Psychology session with {name}. Worked on [a timeline of what has helped over the years|noticing early signs of stress|"
    "self-compassion]. {name} said the session felt [useful|hard but worthwhile|hopeful]." },
};

static const Template trust_private_templates[] = {
  { CASELOAD_ENTRY_NOTE,
    "{name} talked about past trauma and asked that the details stay within the EPUT team for now. "
    "We will look at sharing together at the next appointment." },
  { CASELOAD_ENTRY_NOTE,
    "Safeguarding: {name} mentioned [pressure from an acquaintance over money|feeling unsafe with a family member]. "
    "{name} is part of every decision; safeguarding lead consulted." },
};

static const Template social_care_templates[] = {
  { CASELOAD_ENTRY_HOME_VISIT,
    "Care Act assessment at home with {name}[ and {network}|]. {name} told me what a good week looks like: "
    "[seeing friends at the community hub|cooking for themselves|getting to the shops on their own|time with the grandchildren]. "
    "Outcomes written down in {name}'s own words." },
  { CASELOAD_ENTRY_NOTE,
    "Local Area Coordination: met {name} at [the library in Grays|the Tilbury hub|a café in Stanford-le-Hope|the South Ockendon centre]. "
    "{name} would like to [join a walking group|find some volunteering|get to know the neighbours|learn to cook on a budget]; "
    "I will introduce {name} to the people who run it." },
  { CASELOAD_ENTRY_PHONE_CALL,
    "Spoke with {name} about the personal budget; {name} would like to use it for [a personal assistant two mornings a week|"
    "a gym membership|a course at the Recovery College|help with travel to the allotment]. Support plan updated together." },
  { CASELOAD_ENTRY_NETWORK_MEETING,
    "Network meeting at home with {name}, {network} and colleagues from EPUT. {name} led the conversation about what has helped. "
    "Agreed: [a direct payment to start next month|a carer's assessment for {network}|we meet again in six weeks]." },
  { CASELOAD_ENTRY_LETTER,
    "Letter to {name} confirming the support plan we agreed and how to contact the team." },
  { CASELOAD_ENTRY_NOTE,
    "AMHP: talked with {name} and {network} about the last few days. {name} chose [extra visits from the home treatment team|"
    "a few nights at the crisis sanctuary|staying with family for a while]; the least restrictive option, agreed with {name}." },
  { CASELOAD_ENTRY_APPOINTMENT,
    "Review of the care and support plan with {name}. [The personal assistant is working well.|{name} has joined a weekly group.|"
    "{name} wants more help with money.] Next review {when}." },
};

static const Template social_care_private_templates[] = {
  { CASELOAD_ENTRY_NOTE,
    "Safeguarding: concern about [financial exploitation by an acquaintance|a neighbour taking advantage] talked through with {name}, "
    "who wants to be part of every step. Kept within the council team while enquiries are made." },
};

static const Template vcse_templates[] = {
  { CASELOAD_ENTRY_APPOINTMENT,
    "Peer support with {name} at [a café in Grays|the Mind office|the Thameside café|the library]. We shared experiences of "
    "[finding routines that work|coping with low mood|getting back out into the community]. {name} would like to meet again {when}." },
  { CASELOAD_ENTRY_NOTE,
    "{name} came to the crisis sanctuary on [Friday|Saturday|Sunday] evening. We talked through what was happening and made a "
    "safety plan together; {name} went home calmer and knows to call NHS 111, option 2 if things get harder." },
  { CASELOAD_ENTRY_PHONE_CALL,
    "Peer support call. {name} has been [going to the Monday walking group|volunteering at the charity shop|keeping a mood diary|"
    "getting out to the allotment]. We celebrated that together." },
  { CASELOAD_ENTRY_MESSAGE,
    "Text to {name} with the dates of the next [wellbeing group|art group|peer support group|coffee morning]." },
  { CASELOAD_ENTRY_NETWORK_MEETING,
    "Joined the network meeting with {name} and {network} as {name}'s peer supporter. {name} asked me to share what has "
    "helped in our sessions; everyone agreed on [small weekly goals|a plan for weekends|how to stay in touch]." },
};

static const Template vcse_private_templates[] = {
  { CASELOAD_ENTRY_NOTE,
    "{name} spoke in confidence about feeling unsafe in a relationship. Shared details of local domestic abuse support; "
    "{name} will decide what happens next and knows we are here." },
};

static const Template therapy_templates[] = {
  { CASELOAD_ENTRY_APPOINTMENT,
    "Session [2|4|6|8] of [8|12|16] with {name}. Worked on [noticing unhelpful thinking patterns|a plan for facing worries step by step|"
    "sleep and routine]. {name} notices [being less on edge|enjoying things again|sleeping better]." },
  { CASELOAD_ENTRY_VIDEO_CALL,
    "Video session with {name}: [reviewed the worry diary|practised grounding|planned the next step of the exposure work]. "
    "{name} chose this week's practice task." },
  { CASELOAD_ENTRY_NOTE,
    "Recovery College: {name} has enrolled on [Understanding anxiety|Managing money and mental health|"
    "Hearing voices: sharing experiences|Wellbeing through creativity]." },
  { CASELOAD_ENTRY_PHONE_CALL,
    "Recovery worker call with {name}. [The new routine is holding.|{name} has been to two groups this week.|"
    "{name} found the week hard but kept going to the course.] Next call {when}." },
  { CASELOAD_ENTRY_NOTE,
    "STEPPS session [4|9|12|16|20], co-facilitated with EPUT: {name} shared their reinforcement team and practised "
    "[communicating|distracting|managing problems]." },
  { CASELOAD_ENTRY_LETTER,
    "Letter to {name} and {practice}: {name} has finished the sessions and chose to transfer back to the practice, "
    "with a plan for staying well that we wrote together." },
  { CASELOAD_ENTRY_MESSAGE,
    "Text to {name} confirming the session on {day} at {time}." },
};

static const Template therapy_private_templates[] = {
  { CASELOAD_ENTRY_NOTE,
    "Details of today's trauma-focused work, kept within the therapy service at {name}'s request." },
};

static const Template housing_templates[] = {
  { CASELOAD_ENTRY_HOME_VISIT,
    "Tenancy sustainment visit with {name}. [Set up a payment plan for the energy bill|Filled in the council tax reduction form together|"
    "Reported the damp in the bedroom for repair]. {name} feels [more in control|relieved|more settled]." },
  { CASELOAD_ENTRY_APPOINTMENT,
    "Housing Solutions appointment. {name}'s accommodation is [settled|at risk|temporary]. We went through the options and "
    "{name} chose [to stay and get help with the arrears|to apply for a move nearer family|to look at supported accommodation]." },
  { CASELOAD_ENTRY_PHONE_CALL,
    "Call with {name} about the housing application: [the banding is confirmed|the forms are in|a viewing is booked for {day}]. "
    "Next contact {when}." },
  { CASELOAD_ENTRY_LETTER,
    "Letter to {name} confirming the personalised housing plan and the steps we agreed together." },
  { CASELOAD_ENTRY_HOME_VISIT,
    "Floating support visit. {name} and I [sorted the post together|set up a budget for the month|called the energy supplier]. "
    "{name} would like to keep weekly visits for now." },
  { CASELOAD_ENTRY_MESSAGE,
    "Text to {name}: the repair is booked for {day} morning." },
};

static const Template housing_private_templates[] = {
  { CASELOAD_ENTRY_NOTE,
    "{name} told us about a previous eviction and debts and asked that this stays with Housing Solutions." },
};

static const Template employment_templates[] = {
  { CASELOAD_ENTRY_APPOINTMENT,
    "IPS vocational profile with {name}. Interested in [warehouse work at the port|retail at Lakeside|care work|driving|"
    "admin|catering]; prefers [mornings|part-time hours|something local]. Benefits advice booked." },
  { CASELOAD_ENTRY_PHONE_CALL,
    "IPS: contacted [two|three|four] employers in [Tilbury|Grays town centre|West Thurrock|Stanford-le-Hope] about roles that "
    "fit {name}'s preferences. {name} has an interview on {day}." },
  { CASELOAD_ENTRY_NOTE,
    "IPS: {name} has started a job [at a warehouse in Tilbury|in a café in Grays|at a garden centre|with a cleaning company] — "
    "[12|16|20|24] hours a week. In-work support agreed: a weekly check-in [by text|by phone]." },
  { CASELOAD_ENTRY_MESSAGE,
    "Text to {name}: good luck for the interview on {day}. Call me afterwards if you would like to talk it through." },
  { CASELOAD_ENTRY_VIDEO_CALL,
    "Video call with {name} to work on the CV together. {name} added [volunteering at the food bank|the Recovery College course|"
    "their caring experience] as strengths." },
};

static const Template employment_private_templates[] = {
  { CASELOAD_ENTRY_NOTE,
    "{name} would like their diagnosis kept from employers; we agreed how to talk about support needs instead." },
};

#define TEMPLATE_SET(public_items, private_items) \
  { public_items, G_N_ELEMENTS (public_items), private_items, G_N_ELEMENTS (private_items) }

/* Indexed by CaseloadOrganisationKind. */
static const TemplateSet template_sets[] = {
  [CASELOAD_ORGANISATION_GP_PRACTICE]         = TEMPLATE_SET (gp_templates, gp_private_templates),
  [CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST] = TEMPLATE_SET (trust_templates, trust_private_templates),
  [CASELOAD_ORGANISATION_ADULT_SOCIAL_CARE]   = TEMPLATE_SET (social_care_templates, social_care_private_templates),
  [CASELOAD_ORGANISATION_VCSE]                = TEMPLATE_SET (vcse_templates, vcse_private_templates),
  [CASELOAD_ORGANISATION_HOUSING]             = TEMPLATE_SET (housing_templates, housing_private_templates),
  [CASELOAD_ORGANISATION_EMPLOYMENT]          = TEMPLATE_SET (employment_templates, employment_private_templates),
  [CASELOAD_ORGANISATION_TALKING_THERAPIES]   = TEMPLATE_SET (therapy_templates, therapy_private_templates),
};

static const char *const when_phrases[] = {
  "next week", "in two weeks", "in a month", "after the bank holiday", "in three weeks",
};
static const char *const weekdays[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };
static const char *const times_of_day[] = { "9:30", "10:15", "11:00", "13:45", "14:30", "15:40" };

/* Helpers */

static inline guint
pick_index (GRand *rand,
            guint  n)
{
  g_assert (n > 0);
  return (guint) g_rand_int_range (rand, 0, (gint32) n);
}

static inline const char *
pick (GRand         *rand,
      const Strings *strings)
{
  return strings->items[pick_index (rand, strings->n_items)];
}

#define PICK_STATIC(rand, array) ((array)[pick_index ((rand), G_N_ELEMENTS (array))])

static inline gboolean
chance (GRand *rand,
        guint  percent)
{
  return (guint) g_rand_int_range (rand, 0, 100) < percent;
}

static guint
pick_weighted (GRand       *rand,
               const guint *weights,
               guint        n_weights)
{
  guint total = 0;
  guint roll;

  for (guint i = 0; i < n_weights; i++)
    total += weights[i];
  roll = pick_index (rand, total);
  for (guint i = 0; i < n_weights; i++)
    {
      if (roll < weights[i])
        return i;
      roll -= weights[i];
    }
  g_assert_not_reached ();
  return 0;
}

static const Heritage *
pick_heritage (GRand *rand)
{
  guint weights[G_N_ELEMENTS (heritages)];

  for (guint i = 0; i < G_N_ELEMENTS (heritages); i++)
    weights[i] = heritages[i].weight;
  return &heritages[pick_weighted (rand, weights, G_N_ELEMENTS (weights))];
}

static const Town *
pick_town (GRand *rand)
{
  guint weights[G_N_ELEMENTS (towns)];

  for (guint i = 0; i < G_N_ELEMENTS (towns); i++)
    weights[i] = towns[i].weight;
  return &towns[pick_weighted (rand, weights, G_N_ELEMENTS (weights))];
}

static const char *
family_name_for (const Heritage *heritage,
                 guint           index,
                 gboolean        female,
                 gboolean        married)
{
  if (female && married && heritage->family_married.n_items > 0)
    return heritage->family_married.items[index];
  if (female && heritage->family_unmarried.n_items > 0)
    return heritage->family_unmarried.items[index];
  return heritage->family.items[index];
}

static const char *
given_name_for (GRand          *rand,
                const Heritage *heritage,
                gboolean        female)
{
  return pick (rand, female ? &heritage->female : &heritage->male);
}

static const char *
preferred_name_for (const char *given)
{
  for (guint i = 0; i < G_N_ELEMENTS (preferred_names); i++)
    if (g_str_equal (preferred_names[i].given, given))
      return preferred_names[i].preferred;
  return NULL;
}

/* Knuth's method for small means, a rounded normal for large ones. */
static guint
poisson (GRand  *rand,
         double  mean)
{
  if (mean <= 0)
    return 0;

  if (mean < 30)
    {
      double limit = exp (-mean);
      double product = g_rand_double (rand);
      guint count = 0;

      while (product > limit)
        {
          count++;
          product *= g_rand_double (rand);
        }
      return count;
    }
  else
    {
      double u1 = g_rand_double_range (rand, G_MINDOUBLE, 1.0);
      double u2 = g_rand_double (rand);
      double normal = sqrt (-2.0 * log (u1)) * cos (2.0 * G_PI * u2);
      double value = mean + sqrt (mean) * normal;

      return value < 0 ? 0 : (guint) (value + 0.5);
    }
}

/* "YYYY-MM-DDTHH:MM:SSZ" for a Unix time, without allocating (Hinnant's civil_from_days). */
static void
format_iso_utc (gint64 unix_time,
                char   buffer[32])
{
  gint64 days = unix_time / SECONDS_PER_DAY;
  gint64 seconds = unix_time % SECONDS_PER_DAY;
  gint64 z, era, doe, yoe, year, doy, mp, day, month;

  if (seconds < 0)
    {
      seconds += SECONDS_PER_DAY;
      days -= 1;
    }

  z = days + 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  year = yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  day = doy - (153 * mp + 2) / 5 + 1;
  month = mp < 10 ? mp + 3 : mp - 9;
  if (month <= 2)
    year += 1;

  g_snprintf (buffer, 32, "%04d-%02d-%02dT%02d:%02d:%02dZ",
              (int) year, (int) month, (int) day,
              (int) (seconds / 3600), (int) (seconds / 60 % 60), (int) (seconds % 60));
}

static void
append_email (GString    *out,
              const char *display_name)
{
  g_autofree char *ascii = g_str_to_ascii (display_name, "C");
  gboolean dot_pending = FALSE;

  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dot_pending && out->len > 0)
            g_string_append_c (out, '.');
          dot_pending = FALSE;
          g_string_append_c (out, g_ascii_tolower (*p));
        }
      else if (*p == ' ')
        dot_pending = TRUE;
    }
  g_string_append (out, "@demo.caseload.invalid");
}

/* Expands {placeholders}; [a|b|c] choices are resolved by expand_template(). */
static void
append_placeholder (GString          *out,
                    GRand            *rand,
                    const char       *name,
                    gsize             length,
                    const PersonPlan *plan)
{
  if (length == 4 && strncmp (name, "name", 4) == 0)
    g_string_append (out, plan->call_name);
  else if (length == 7 && strncmp (name, "network", 7) == 0)
    g_string_append (out, plan->network_phrase);
  else if (length == 8 && strncmp (name, "practice", 8) == 0)
    g_string_append (out, plan->practice_name);
  else if (length == 4 && strncmp (name, "when", 4) == 0)
    g_string_append (out, PICK_STATIC (rand, when_phrases));
  else if (length == 3 && strncmp (name, "day", 3) == 0)
    g_string_append (out, PICK_STATIC (rand, weekdays));
  else if (length == 4 && strncmp (name, "time", 4) == 0)
    g_string_append (out, PICK_STATIC (rand, times_of_day));
  else
    g_assert_not_reached ();
}

static void
expand_span (GString          *out,
             GRand            *rand,
             const char       *text,
             const char       *end,
             const PersonPlan *plan)
{
  const char *p = text;

  while (p < end)
    {
      if (*p == '{')
        {
          const char *close = memchr (p, '}', end - p);

          g_assert (close != NULL);
          append_placeholder (out, rand, p + 1, close - p - 1, plan);
          p = close + 1;
        }
      else if (*p == '[')
        {
          const char *close = memchr (p, ']', end - p);
          const char *option;
          guint n_options = 1;
          guint chosen;

          g_assert (close != NULL);
          for (const char *q = p + 1; q < close; q++)
            if (*q == '|')
              n_options++;
          chosen = pick_index (rand, n_options);

          option = p + 1;
          for (guint i = 0; i < chosen; i++)
            option = (const char *) memchr (option, '|', close - option) + 1;
          {
            const char *option_end = memchr (option, '|', close - option);

            expand_span (out, rand, option, option_end ? option_end : close, plan);
          }
          p = close + 1;
        }
      else
        {
          const char *next = p;

          while (next < end && *next != '{' && *next != '[')
            next++;
          g_string_append_len (out, p, next - p);
          p = next;
        }
    }
}

static void
expand_template (GString          *out,
                 GRand            *rand,
                 const char       *text,
                 const PersonPlan *plan)
{
  g_string_truncate (out, 0);
  expand_span (out, rand, text, text + strlen (text), plan);
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* The team: organisations and staff */

static void
team_clear (Team *team)
{
  g_clear_pointer (&team->organisations, g_ptr_array_unref);
  g_clear_pointer (&team->staff, g_ptr_array_unref);
  g_clear_pointer (&team->members, g_array_unref);
  g_clear_pointer (&team->practices, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Team, team_clear)

static int
find_organisation (GPtrArray  *organisations,
                   const char *name)
{
  for (guint i = 0; i < organisations->len; i++)
    {
      CaseloadOrganisation *organisation = g_ptr_array_index (organisations, i);

      if (g_strcmp0 (caseload_organisation_get_name (organisation), name) == 0)
        return (int) i;
    }
  return -1;
}

static int
find_organisation_by_id (GPtrArray  *organisations,
                         const char *id)
{
  for (guint i = 0; i < organisations->len; i++)
    {
      CaseloadOrganisation *organisation = g_ptr_array_index (organisations, i);

      if (g_strcmp0 (caseload_organisation_get_id (organisation), id) == 0)
        return (int) i;
    }
  return -1;
}

static int
find_organisation_by_kind (GPtrArray                *organisations,
                           CaseloadOrganisationKind  kind)
{
  for (guint i = 0; i < organisations->len; i++)
    if (caseload_organisation_get_kind (g_ptr_array_index (organisations, i)) == kind)
      return (int) i;
  return -1;
}

static gboolean
ensure_organisations (CaseloadStore  *store,
                      Team           *team,
                      GError        **error)
{
  team->organisations = caseload_store_list_organisations (store, error);
  if (team->organisations == NULL)
    return FALSE;

  if (team->organisations->len == 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (demo_organisations); i++)
        {
          g_autoptr(CaseloadOrganisation) organisation = caseload_organisation_new ();

          caseload_organisation_set_name (organisation, demo_organisations[i].name);
          caseload_organisation_set_kind (organisation, demo_organisations[i].kind);
          caseload_organisation_set_pcn (organisation, demo_organisations[i].pcn);
          if (!caseload_store_save_organisation (store, organisation, error))
            return FALSE;
          g_ptr_array_add (team->organisations, g_steal_pointer (&organisation));
        }
    }

  team->practices = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < team->organisations->len; i++)
    {
      if (caseload_organisation_get_kind (g_ptr_array_index (team->organisations, i)) == CASELOAD_ORGANISATION_GP_PRACTICE)
        {
          int index = (int) i;

          g_array_append_val (team->practices, index);
        }
    }

  return TRUE;
}

static CaseloadOrganisationKind
demo_organisation_kind (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_organisations); i++)
    if (g_str_equal (demo_organisations[i].name, name))
      return demo_organisations[i].kind;
  g_assert_not_reached ();
  return CASELOAD_ORGANISATION_GP_PRACTICE;
}

/* Managers review and administrators manage staff: neither writes in records here. */
static gboolean
writes_entries (CaseloadStaff *staff)
{
  CaseloadAccessRole role = caseload_staff_get_access_role (staff);

  return caseload_staff_get_active (staff) &&
         role != CASELOAD_ROLE_TEAM_MANAGER &&
         role != CASELOAD_ROLE_ADMINISTRATOR;
}

static gboolean
add_demo_staff (CaseloadStore  *store,
                Team           *team,
                GError        **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_staff); i++)
    {
      g_autoptr(CaseloadStaff) staff = NULL;
      g_autofree char *email = NULL;
      int organisation;

      /* An existing store may name its organisations differently: fall back to
       * the first organisation of the same kind, or leave this role out. */
      organisation = find_organisation (team->organisations, demo_staff[i].organisation);
      if (organisation < 0)
        organisation = find_organisation_by_kind (team->organisations,
                                                  demo_organisation_kind (demo_staff[i].organisation));
      if (organisation < 0)
        continue;

      email = g_strconcat (demo_staff[i].username, DEMO_EMAIL_DOMAIN, NULL);
      staff = caseload_staff_new ();
      caseload_staff_set_display_name (staff, demo_staff[i].display_name);
      caseload_staff_set_role (staff, demo_staff[i].role);
      caseload_staff_set_access_role (staff, demo_staff[i].access_role);
      caseload_staff_set_username (staff, demo_staff[i].username);
      caseload_staff_set_email (staff, email);
      caseload_staff_set_organisation_id (staff,
                                          caseload_organisation_get_id (g_ptr_array_index (team->organisations,
                                                                                           organisation)));
      /* The local tool (no actor) makes them, with the documented demo password. Each
       * hash takes a moment (Argon2id), once per staff member. */
      if (!caseload_store_save_staff (store, NULL, staff, error) ||
          !caseload_store_set_password (store, NULL, caseload_staff_get_id (staff), DEMO_PASSWORD, FALSE, error))
        return FALSE;
      g_ptr_array_add (team->staff, g_steal_pointer (&staff));
    }

  return TRUE;
}

static gboolean
ensure_staff (CaseloadStore  *store,
              Team           *team,
              GError        **error)
{
  team->staff = caseload_store_list_staff (store, error);
  if (team->staff == NULL)
    return FALSE;

  if (team->staff->len == 0)
    {
      team->created_staff = TRUE;
      if (!add_demo_staff (store, team, error))
        return FALSE;
    }

  team->members = g_array_sized_new (FALSE, TRUE, sizeof (TeamMember), team->staff->len);
  for (guint i = 0; i < team->staff->len; i++)
    {
      CaseloadStaff *staff = g_ptr_array_index (team->staff, i);
      TeamMember member = { staff, CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST, -1 };

      if (!writes_entries (staff))
        continue;
      member.organisation = find_organisation_by_id (team->organisations,
                                                     caseload_staff_get_organisation_id (staff));
      if (member.organisation < 0)
        continue;
      member.kind = caseload_organisation_get_kind (g_ptr_array_index (team->organisations, member.organisation));
      g_array_append_val (team->members, member);
    }

  if (team->members->len == 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                           _("There are no staff to write the demo records. Add a staff member, then try again."));
      return FALSE;
    }

  /* People register with practices where someone can write in their record (the
   * practice is in their direct care), where there are any. */
  {
    GArray *staffed = g_array_new (FALSE, FALSE, sizeof (int));

    for (guint i = 0; i < team->practices->len; i++)
      {
        int practice = g_array_index (team->practices, int, i);

        for (guint m = 0; m < team->members->len; m++)
          {
            if (g_array_index (team->members, TeamMember, m).organisation == practice)
              {
                g_array_append_val (staffed, practice);
                break;
              }
          }
      }
    if (staffed->len > 0)
      {
        g_array_unref (team->practices);
        team->practices = staffed;
      }
    else
      g_array_unref (staffed);
  }

  return TRUE;
}

/* NHS numbers already in the store, so a second run never reuses one. Each staff member
 * sees only the people their organisation may see, so ask one from every organisation;
 * anyone no organisation can see is caught when the store refuses their number. */
static GHashTable *
collect_nhs_numbers (CaseloadStore  *store,
                     Team           *team,
                     GError        **error)
{
  g_autoptr(GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) asked = g_hash_table_new (NULL, NULL);
  const guint page = 2000;

  for (guint m = 0; m < team->members->len; m++)
    {
      TeamMember *member = &g_array_index (team->members, TeamMember, m);
      guint offset = 0;

      if (!g_hash_table_add (asked, GINT_TO_POINTER (member->organisation)))
        continue;

      for (;;)
        {
          g_autoptr(GPtrArray) people = caseload_store_list_people (store, member->staff, NULL, offset, page, error);

          if (people == NULL)
            return NULL;
          for (guint i = 0; i < people->len; i++)
            {
              const char *nhs_number = caseload_person_get_nhs_number (g_ptr_array_index (people, i));

              if (nhs_number != NULL)
                g_hash_table_add (numbers, g_strdup (nhs_number));
            }
          if (people->len < page)
            break;
          offset += page;
        }
    }

  return g_steal_pointer (&numbers);
}

typedef struct {
  guint32     start;
  guint32     step;       /* how many prefixes have been tried */
  GHashTable *taken;      /* nullable */
} NhsWalk;

static gboolean
next_nhs_number (NhsWalk  *walk,
                 char      digits[11],
                 GError  **error)
{
  while (walk->step < NHS_PREFIX_COUNT)
    {
      guint32 offset = (guint32) ((walk->start + (guint64) walk->step * NHS_PREFIX_STRIDE) % NHS_PREFIX_COUNT);
      int check;

      walk->step++;
      g_snprintf (digits, 11, "%09u", NHS_PREFIX_BASE + offset);
      check = caseload_nhs_number_check_digit (digits);
      if (check < 0)
        continue;
      digits[9] = (char) ('0' + check);
      digits[10] = '\0';
      if (walk->taken != NULL && g_hash_table_contains (walk->taken, digits))
        continue;
      return TRUE;
    }

  g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                       _("The demo range of NHS numbers is used up. Start from a new database."));
  return FALSE;
}

/* People */

static void
fill_phone (GRand *rand,
            char   buffer[32],
            guint  mobile_percent)
{
  if (chance (rand, mobile_percent))
    g_snprintf (buffer, 32, "07700 900%03u", pick_index (rand, 1000));
  else
    g_snprintf (buffer, 32, "01632 960%03u", pick_index (rand, 1000));
}

static void
fill_person (CaseloadPerson *person,
             PersonPlan     *plan,
             GRand          *rand,
             Team           *team,
             const GDate    *today,
             const char     *nhs_number,
             GString        *scratch)
{
  const Heritage *heritage = pick_heritage (rand);
  const Town *town = pick_town (rand);
  CaseloadOrganisation *practice = NULL;
  const char *gender;
  const char *pronouns = NULL;
  const char *preferred = NULL;
  const char *language;
  gboolean interpreter = FALSE;
  const char *needs = NULL;
  guint roll;
  GDate birth = *today;
  char date[16];
  char postcode[16];
  char phone[32];
  gboolean has_phone;

  memset (plan, 0, sizeof *plan);
  plan->heritage = heritage;

  roll = pick_index (rand, 100);
  if (roll < 52)
    {
      gender = "Female";
      plan->female = TRUE;
    }
  else if (roll < 97)
    gender = "Male";
  else
    {
      gender = "Non-binary";
      plan->female = chance (rand, 50);
      pronouns = "they/them";
    }

  plan->given = given_name_for (rand, heritage, plan->female);
  plan->family_index = pick_index (rand, heritage->family.n_items);

  if (pronouns == NULL && chance (rand, 20))
    pronouns = plan->female ? "she/her" : "he/him";

  if (g_str_equal (gender, "Non-binary") && chance (rand, 50))
    preferred = PICK_STATIC (rand, chosen_names);
  else if ((preferred = preferred_name_for (plan->given)) != NULL && !chance (rand, 60))
    preferred = NULL;
  plan->call_name = preferred != NULL ? preferred : plan->given;

  /* Mostly working-age adults and older people; a few young people at transition. */
  roll = pick_index (rand, 100);
  if (roll < 3)
    plan->age = g_rand_int_range (rand, 16, 18);
  else if (roll < 75)
    plan->age = g_rand_int_range (rand, 18, 65);
  else
    plan->age = g_rand_int_range (rand, 65, 91);
  g_date_subtract_years (&birth, plan->age);
  g_date_subtract_days (&birth, g_rand_int_range (rand, 1, 365));
  g_snprintf (date, sizeof date, "%04d-%02d-%02d",
              g_date_get_year (&birth), g_date_get_month (&birth), g_date_get_day (&birth));

  /* The person's practice is one in their town's PCN where there is one. */
  if (team->practices->len > 0)
    {
      guint n_local = 0;
      int local[16];

      for (guint i = 0; i < team->practices->len && n_local < G_N_ELEMENTS (local); i++)
        {
          int index = g_array_index (team->practices, int, i);

          if (g_strcmp0 (caseload_organisation_get_pcn (g_ptr_array_index (team->organisations, index)), town->pcn) == 0)
            local[n_local++] = index;
        }
      if (n_local > 0)
        practice = g_ptr_array_index (team->organisations, local[pick_index (rand, n_local)]);
      else
        practice = g_ptr_array_index (team->organisations,
                                      g_array_index (team->practices, int, pick_index (rand, team->practices->len)));
    }
  plan->practice_name = practice != NULL ? caseload_organisation_get_name (practice) : "the GP practice";

  g_snprintf (postcode, sizeof postcode, "%s %u%c%c",
              pick (rand, &town->districts),
              1 + pick_index (rand, 9),
              postcode_unit_letters[pick_index (rand, sizeof postcode_unit_letters - 1)],
              postcode_unit_letters[pick_index (rand, sizeof postcode_unit_letters - 1)]);

  g_string_truncate (scratch, 0);
  if (chance (rand, 15))
    g_string_append_printf (scratch, "Flat %u, ", 1 + pick_index (rand, 24));
  g_string_append_printf (scratch, "%u %s, %s", 1 + pick_index (rand, 180), pick (rand, &town->streets), town->town);

  has_phone = !chance (rand, 4);
  if (has_phone)
    fill_phone (rand, phone, 88);

  if (heritage->english_percent < 100 && !chance (rand, heritage->english_percent))
    {
      language = heritage->language;
      interpreter = chance (rand, heritage->interpreter_percent);
    }
  else if (chance (rand, 1))
    {
      language = "British Sign Language";
      interpreter = TRUE;
      needs = "Deaf: please book a BSL interpreter for every appointment";
    }
  else
    language = "English";

  if (needs == NULL && chance (rand, 18))
    needs = PICK_STATIC (rand, communication_needs);

  caseload_person_set_id (person, NULL);
  caseload_person_set_version (person, 0);
  caseload_person_set_nhs_number (person, nhs_number);
  caseload_person_set_given_name (person, plan->given);
  caseload_person_set_family_name (person, family_name_for (heritage, plan->family_index, plan->female,
                                                                plan->age >= 30));
  caseload_person_set_preferred_name (person, preferred);
  caseload_person_set_pronouns (person, pronouns);
  caseload_person_set_date_of_birth (person, date);
  caseload_person_set_gender (person, gender);
  caseload_person_set_address (person, scratch->str);
  caseload_person_set_postcode (person, postcode);
  caseload_person_set_phone (person, has_phone ? phone : NULL);
  caseload_person_set_gp_practice_id (person, practice != NULL ? caseload_organisation_get_id (practice) : NULL);
  caseload_person_set_pcn (person, practice != NULL ? caseload_organisation_get_pcn (practice) : town->pcn);
  caseload_person_set_first_language (person, language);
  caseload_person_set_interpreter_needed (person, interpreter);
  caseload_person_set_communication_needs (person, needs);
}

static MemberKind
pick_member_kind (GRand            *rand,
                  const PersonPlan *plan)
{
  for (;;)
    {
      MemberKind kind = pick_weighted (rand, member_weights, N_MEMBER_KINDS);

      if ((kind == MEMBER_MOTHER || kind == MEMBER_FATHER) && plan->age > 70)
        continue;
      if (kind == MEMBER_CHILD && plan->age < 36)
        continue;
      return kind;
    }
}

static gboolean
add_network (CaseloadStore         *store,
             CaseloadStaff         *actor,
             CaseloadNetworkMember *member,
             PersonPlan            *plan,
             GRand                 *rand,
             const char            *person_id,
             GString               *name,
             GString               *email,
             GError               **error)
{
  static const guint size_weights[] = { 25, 35, 25, 15 };
  guint n_members = pick_weighted (rand, size_weights, G_N_ELEMENTS (size_weights));
  gboolean has_carer = FALSE;

  g_strlcpy (plan->network_phrase, "a friend", sizeof plan->network_phrase);

  for (guint i = 0; i < n_members; i++)
    {
      MemberKind kind = pick_member_kind (rand, plan);
      const Heritage *heritage = plan->heritage;
      CaseloadRelationship relationship = CASELOAD_RELATIONSHIP_FAMILY;
      const char *detail = NULL;
      const char *notes = NULL;
      gboolean female = chance (rand, 50);
      gboolean same_family = TRUE;
      gboolean is_carer = FALSE;
      char phone[32];

      switch (kind)
        {
        case MEMBER_MOTHER:
          female = TRUE;
          detail = "mother";
          break;
        case MEMBER_FATHER:
          female = FALSE;
          detail = "father";
          break;
        case MEMBER_PARTNER:
          detail = "partner";
          female = chance (rand, 90) ? !plan->female : plan->female;
          same_family = chance (rand, 50);
          break;
        case MEMBER_CHILD:
          detail = female ? "daughter" : "son";
          break;
        case MEMBER_SIBLING:
          detail = female ? "sister" : "brother";
          break;
        case MEMBER_FRIEND:
          relationship = CASELOAD_RELATIONSHIP_FRIEND;
          detail = "friend";
          same_family = FALSE;
          heritage = chance (rand, 60) ? plan->heritage : pick_heritage (rand);
          break;
        case MEMBER_NEIGHBOUR:
          relationship = CASELOAD_RELATIONSHIP_FRIEND;
          detail = "neighbour";
          same_family = FALSE;
          heritage = pick_heritage (rand);
          break;
        case MEMBER_CARER:
          if (has_carer)
            {
              relationship = CASELOAD_RELATIONSHIP_FRIEND;
              detail = "friend";
              same_family = FALSE;
              break;
            }
          relationship = CASELOAD_RELATIONSHIP_CARER;
          detail = plan->age > 60 ? (female ? "daughter" : "son") : (chance (rand, 50) ? "partner" : (female ? "mother" : "father"));
          is_carer = TRUE;
          has_carer = TRUE;
          same_family = !g_str_equal (detail, "partner") || chance (rand, 50);
          break;
        case MEMBER_PROFESSIONAL:
          relationship = CASELOAD_RELATIONSHIP_PROFESSIONAL;
          detail = PICK_STATIC (rand, professional_roles);
          same_family = FALSE;
          heritage = pick_heritage (rand);
          break;
        case N_MEMBER_KINDS:
        default:
          g_assert_not_reached ();
        }

      g_string_truncate (name, 0);
      {
        const char *given = given_name_for (rand, heritage, female);

        /* A relative rarely shares the person's first name as well as their family's. */
        for (guint tries = 0; same_family && g_str_equal (given, plan->given) && tries < 8; tries++)
          given = given_name_for (rand, heritage, female);
        g_string_append (name, given);
      }
      g_string_append_c (name, ' ');
      if (same_family)
        g_string_append (name, family_name_for (heritage, plan->family_index, female,
                                                g_str_equal (detail, "mother") || g_str_equal (detail, "partner")));
      else
        g_string_append (name, family_name_for (heritage, pick_index (rand, heritage->family.n_items), female,
                                                chance (rand, 60)));

      switch (relationship)
        {
        case CASELOAD_RELATIONSHIP_CARER:
          notes = chance (rand, 70) ? PICK_STATIC (rand, carer_notes) : NULL;
          break;
        case CASELOAD_RELATIONSHIP_PROFESSIONAL:
          notes = chance (rand, 70) ? PICK_STATIC (rand, professional_notes) : NULL;
          break;
        case CASELOAD_RELATIONSHIP_FRIEND:
          notes = chance (rand, 40) ? PICK_STATIC (rand, friend_notes) : NULL;
          break;
        case CASELOAD_RELATIONSHIP_FAMILY:
        default:
          notes = chance (rand, 50) ? PICK_STATIC (rand, family_notes) : NULL;
          break;
        }

      g_string_truncate (email, 0);
      if (relationship == CASELOAD_RELATIONSHIP_PROFESSIONAL || chance (rand, 20))
        append_email (email, name->str);

      fill_phone (rand, phone, 85);

      caseload_network_member_set_id (member, NULL);
      caseload_network_member_set_version (member, 0);
      caseload_network_member_set_person_id (member, person_id);
      caseload_network_member_set_name (member, name->str);
      caseload_network_member_set_relationship (member, relationship);
      caseload_network_member_set_relationship_detail (member, detail);
      caseload_network_member_set_is_carer (member, is_carer);
      caseload_network_member_set_phone (member, chance (rand, 90) ? phone : NULL);
      caseload_network_member_set_email (member, email->len > 0 ? email->str : NULL);
      caseload_network_member_set_notes (member, notes);

      if (!caseload_store_add_network_member (store, actor, member, error))
        return FALSE;

      /* Timelines mention the first family member or carer by first name. */
      if (i == 0 || (is_carer && relationship == CASELOAD_RELATIONSHIP_CARER))
        {
          const char *space = strchr (name->str, ' ');

          g_snprintf (plan->network_phrase, sizeof plan->network_phrase, "%.*s (%s)",
                      (int) (space - name->str), name->str,
                      relationship == CASELOAD_RELATIONSHIP_PROFESSIONAL ? "support worker" : detail);
        }
    }

  return TRUE;
}

/* Who works with this person: someone from primary care, usually at their own practice,
 * and one to four colleagues from the rest of the team. */
static guint
choose_team (GRand          *rand,
             Team           *team,
             CaseloadPerson *person,
             guint                *chosen,
             guint                 max_chosen)
{
  guint n_chosen = 0;
  guint n_primary = 0;
  guint n_others = 0;
  guint primary[64];
  guint others[64];
  guint wanted;

  for (guint i = 0; i < team->members->len && i < G_N_ELEMENTS (others); i++)
    {
      TeamMember *member = &g_array_index (team->members, TeamMember, i);

      if (member->kind != CASELOAD_ORGANISATION_GP_PRACTICE)
        others[n_others++] = i;
    }

  /* Same practice first, then same PCN, then any practice. */
  for (guint pass = 0; pass < 3 && n_primary == 0; pass++)
    {
      for (guint i = 0; i < team->members->len && n_primary < G_N_ELEMENTS (primary); i++)
        {
          TeamMember *member = &g_array_index (team->members, TeamMember, i);
          CaseloadOrganisation *organisation;

          if (member->kind != CASELOAD_ORGANISATION_GP_PRACTICE)
            continue;
          organisation = g_ptr_array_index (team->organisations, member->organisation);
          if ((pass == 0 && g_strcmp0 (caseload_organisation_get_id (organisation),
                                       caseload_person_get_gp_practice_id (person)) == 0) ||
              (pass == 1 && g_strcmp0 (caseload_organisation_get_pcn (organisation),
                                       caseload_person_get_pcn (person)) == 0) ||
              pass == 2)
            primary[n_primary++] = i;
        }
    }

  if (n_primary > 0)
    chosen[n_chosen++] = primary[pick_index (rand, n_primary)];

  wanted = MIN (1 + pick_index (rand, 4), n_others);
  for (guint i = 0; i < wanted && n_chosen < max_chosen; i++)
    {
      guint j = i + pick_index (rand, n_others - i);
      guint swap = others[i];

      others[i] = others[j];
      others[j] = swap;
      chosen[n_chosen++] = others[i];
    }

  return n_chosen;
}

/* A timeline decided before anything is written, so every organisation that writes in
 * it is in the person's care, or has their consent, before its first entry. */
typedef struct {
  GArray *times;   /* gint64: when each entry happened, oldest first */
  GArray *slots;   /* guint: who wrote it, an index into the chosen team */
} TimelinePlan;

static void
plan_timeline (TimelinePlan *timeline,
               GRand        *rand,
               guint         n_chosen,
               guint         n_entries,
               gint64        now)
{
  const gint64 span = 730 * (gint64) SECONDS_PER_DAY;

  g_array_set_size (timeline->times, n_entries);
  g_array_set_size (timeline->slots, n_entries);
  if (n_entries == 0 || n_chosen == 0)
    {
      g_array_set_size (timeline->times, 0);
      g_array_set_size (timeline->slots, 0);
      return;
    }

  /* Working hours on a day in the last two years, oldest first. */
  for (guint i = 0; i < n_entries; i++)
    {
      gint64 day = (now - (gint64) (g_rand_double (rand) * span)) / SECONDS_PER_DAY * SECONDS_PER_DAY;
      gint64 at = day + 8 * 3600 + g_rand_int_range (rand, 0, 10 * 60) * 60;

      if (at > now - 600)
        at -= SECONDS_PER_DAY;
      g_array_index (timeline->times, gint64, i) = at;
    }
  g_array_sort (timeline->times, compare_gint64);

  /* The first of the team (primary care) writes a little more than the others. */
  for (guint i = 0; i < n_entries; i++)
    g_array_index (timeline->slots, guint, i) = chance (rand, 30) ? 0 : pick_index (rand, n_chosen);
}

/* "YYYY-MM-DD" for the day @days after 1970-01-01, and for the same day a year later. */
static void
format_iso_dates (gint64 days,
                  char   date[16],
                  char   year_later[16])
{
  GDate day;

  /* GLib's Julian days count from 1 January of year 1, 719163 days before 1970. */
  g_date_clear (&day, 1);
  g_date_set_julian (&day, (guint32) (days + 719163));
  g_snprintf (date, 16, "%04d-%02d-%02d",
              g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day));
  g_date_add_years (&day, 1);
  g_snprintf (year_later, 16, "%04d-%02d-%02d",
              g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day));
}

static const char *const consent_notes[] = {
  "Talked through what would be shared and with whom; a copy of the sharing leaflet given.",
  "Agreed at the appointment, with their network there.",
  "Happy for them to see and add to the record.",
};
static const char *const declined_notes[] = {
  "Would rather keep this service separate for now; to talk about again at the next review.",
  "Asked that they do not see the record. Their choice is respected.",
  "Prefers to tell them what they need to know in person.",
};

/* Records a decision about sharing with @organisation, made on the day @days after
 * 1970-01-01 (with a review a year later). */
static gboolean
record_decision (CaseloadStore    *store,
                 CaseloadConsent  *consent,
                 GRand            *rand,
                 CaseloadStaff    *recorder,
                 const char       *person_id,
                 const char       *organisation_id,
                 gboolean          shared,
                 gint64            days,
                 GError          **error)
{
  char decided_on[16];
  char review_date[16];

  format_iso_dates (days, decided_on, review_date);

  caseload_consent_set_id (consent, NULL);
  caseload_consent_set_person_id (consent, person_id);
  caseload_consent_set_organisation_id (consent, organisation_id);
  caseload_consent_set_may_view (consent, shared);
  caseload_consent_set_may_add (consent, shared);
  caseload_consent_set_method (consent, chance (rand, 60) ? CASELOAD_CONSENT_METHOD_VERBAL
                                                          : CASELOAD_CONSENT_METHOD_WRITTEN);
  caseload_consent_set_decided_on (consent, decided_on);
  caseload_consent_set_review_date (consent, review_date);
  if (shared)
    caseload_consent_set_note (consent, chance (rand, 40) ? PICK_STATIC (rand, consent_notes) : NULL);
  else
    caseload_consent_set_note (consent, PICK_STATIC (rand, declined_notes));

  return caseload_store_record_consent (store, recorder, consent, error);
}

/* Puts an organisation in a position to write in the record under the policy: NHS and
 * council services by a referral (EPUT by an allocation); voluntary-sector, housing and
 * employment services by the person's consent to view and add, decided before @first
 * (the time of that organisation's first entry). */
static gboolean
open_record_to (CaseloadStore    *store,
                CaseloadConsent  *consent,
                GRand            *rand,
                Team             *team,
                CaseloadStaff    *recorder,
                const char       *person_id,
                const TeamMember *writer,
                gint64            first,
                GError          **error)
{
  const char *organisation_id = caseload_organisation_get_id (g_ptr_array_index (team->organisations,
                                                                                 writer->organisation));

  switch (writer->kind)
    {
    case CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST:
      return caseload_store_add_care_relationship (store, recorder, person_id, organisation_id, "allocation", error);
    case CASELOAD_ORGANISATION_GP_PRACTICE:
    case CASELOAD_ORGANISATION_ADULT_SOCIAL_CARE:
    case CASELOAD_ORGANISATION_TALKING_THERAPIES:
      return caseload_store_add_care_relationship (store, recorder, person_id, organisation_id, "referral", error);
    case CASELOAD_ORGANISATION_VCSE:
    case CASELOAD_ORGANISATION_HOUSING:
    case CASELOAD_ORGANISATION_EMPLOYMENT:
    default:
      /* A few days to a month before the first entry. */
      return record_decision (store, consent, rand, recorder, person_id, organisation_id, TRUE,
                              first / SECONDS_PER_DAY - 1 - pick_index (rand, 30), error);
    }
}

/* Relationships and consent for every organisation that writes in the timeline (the
 * person's own practice needs neither), then, for about one person in twenty, a decision
 * not to share with an organisation that has not written. */
static gboolean
open_record (CaseloadStore      *store,
             CaseloadConsent    *consent,
             GRand              *rand,
             Team               *team,
             const TeamMember   *creator,
             const char         *person_id,
             const char         *practice_id,
             const guint        *chosen,
             guint               n_chosen,
             const TimelinePlan *timeline,
             gint64              now,
             GError            **error)
{
  gint64 first[8] = { 0, };
  gboolean writes[8] = { FALSE, };
  const TeamMember *trust = NULL;
  guint n_candidates = 0;
  int candidates[32];

  g_assert (n_chosen <= G_N_ELEMENTS (writes));

  /* When each organisation first writes; the first slot of an organisation speaks for
   * the others of the same organisation. */
  for (guint i = 0; i < timeline->slots->len; i++)
    {
      guint slot = g_array_index (timeline->slots, guint, i);
      const TeamMember *member = &g_array_index (team->members, TeamMember, chosen[slot]);

      for (guint j = 0; j < n_chosen; j++)
        {
          if (g_array_index (team->members, TeamMember, chosen[j]).organisation == member->organisation)
            {
              if (!writes[j])
                {
                  writes[j] = TRUE;
                  first[j] = g_array_index (timeline->times, gint64, i);
                }
              break;
            }
        }
    }

  /* Care relationships first, so a care coordinator at EPUT can record consent. */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint j = 0; j < n_chosen; j++)
        {
          const TeamMember *writer = &g_array_index (team->members, TeamMember, chosen[j]);
          gboolean needs_consent;
          CaseloadStaff *recorder = creator->staff;

          /* The person's own practice is in their direct care already, and whoever
           * added them has been given what they need. */
          if (!writes[j] ||
              writer->organisation == creator->organisation ||
              g_strcmp0 (caseload_organisation_get_id (g_ptr_array_index (team->organisations, writer->organisation)),
                         practice_id) == 0)
            continue;

          needs_consent = writer->kind == CASELOAD_ORGANISATION_VCSE ||
                          writer->kind == CASELOAD_ORGANISATION_HOUSING ||
                          writer->kind == CASELOAD_ORGANISATION_EMPLOYMENT;
          if (needs_consent != (pass == 1))
            continue;

          if (pass == 0 && writer->kind == CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST)
            trust = writer;
          if (pass == 1 && trust != NULL && chance (rand, 50))
            recorder = trust->staff;

          if (!open_record_to (store, consent, rand, team, recorder, person_id, writer, first[j], error))
            return FALSE;
        }
    }

  if (!chance (rand, 5))
    return TRUE;

  /* Someone who chose not to share with a service that has not written. */
  for (guint o = 0; o < team->organisations->len && n_candidates < G_N_ELEMENTS (candidates); o++)
    {
      CaseloadOrganisation *organisation = g_ptr_array_index (team->organisations, o);
      gboolean wrote = FALSE;

      if (caseload_organisation_get_kind (organisation) == CASELOAD_ORGANISATION_GP_PRACTICE ||
          (int) o == creator->organisation)
        continue;
      for (guint j = 0; j < n_chosen && !wrote; j++)
        wrote = writes[j] && g_array_index (team->members, TeamMember, chosen[j]).organisation == (int) o;
      if (!wrote)
        candidates[n_candidates++] = (int) o;
    }
  if (n_candidates == 0)
    return TRUE;

  return record_decision (store, consent, rand, creator->staff, person_id,
                          caseload_organisation_get_id (g_ptr_array_index (team->organisations,
                                                                           candidates[pick_index (rand, n_candidates)])),
                          FALSE, now / SECONDS_PER_DAY - 1 - pick_index (rand, 700), error);
}

static gboolean
add_timeline (CaseloadStore         *store,
              CaseloadTimelineEntry *entry,
              const PersonPlan      *plan,
              GRand                 *rand,
              Team                  *team,
              const guint           *chosen,
              const TimelinePlan    *timeline,
              const char            *person_id,
              GString               *text,
              GError               **error)
{
  caseload_timeline_entry_set_person_id (entry, person_id);

  for (guint i = 0; i < timeline->times->len; i++)
    {
      guint slot = g_array_index (timeline->slots, guint, i);
      TeamMember *member = &g_array_index (team->members, TeamMember, chosen[slot]);
      const TemplateSet *set = &template_sets[member->kind];
      gboolean private = chance (rand, 5);
      const Template *template;
      char occurred_at[32];

      if (private)
        template = &set->private_items[pick_index (rand, set->n_private_items)];
      else
        template = &set->items[pick_index (rand, set->n_items)];

      expand_template (text, rand, template->text, plan);
      format_iso_utc (g_array_index (timeline->times, gint64, i), occurred_at);

      caseload_timeline_entry_set_id (entry, NULL);
      caseload_timeline_entry_set_version (entry, 0);
      caseload_timeline_entry_set_author_id (entry, caseload_staff_get_id (member->staff));
      caseload_timeline_entry_set_organisation_id (entry,
                                                   caseload_organisation_get_id (g_ptr_array_index (team->organisations,
                                                                                                    member->organisation)));
      caseload_timeline_entry_set_kind (entry, template->kind);
      caseload_timeline_entry_set_sensitivity (entry, private ? CASELOAD_SENSITIVITY_PRIVATE : CASELOAD_SENSITIVITY_STANDARD);
      caseload_timeline_entry_set_occurred_at (entry, occurred_at);
      caseload_timeline_entry_set_text (entry, text->str);

      if (!caseload_store_add_timeline_entry (store, member->staff, entry, error))
        return FALSE;
    }

  return TRUE;
}

/* How many numbers to try in a row when the store says one is taken by someone no
 * staff member could see. */
#define MAX_NHS_NUMBER_RETRIES 1000

static gboolean
create_person (CaseloadStore   *store,
               CaseloadStaff   *actor,
               CaseloadPerson  *person,
               NhsWalk         *walk,
               gboolean         may_collide,
               GError         **error)
{
  for (guint tries = 0; ; tries++)
    {
      g_autoptr(GError) local_error = NULL;
      char nhs_number[11];

      if (caseload_store_create_person (store, actor, person, &local_error))
        return TRUE;

      if (!may_collide || tries >= MAX_NHS_NUMBER_RETRIES ||
          !g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      if (!next_nhs_number (walk, nhs_number, error))
        return FALSE;
      caseload_person_set_id (person, NULL);
      caseload_person_set_version (person, 0);
      caseload_person_set_nhs_number (person, nhs_number);
    }
}

static gboolean
seed_people (CaseloadStore              *store,
             CaseloadClock              *clock,
             const CaseloadDemoOptions  *options,
             Team                       *team,
             GPtrArray                  *made,
             GError                    **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (options->seed);
  g_autoptr(GHashTable) taken = NULL;
  g_autoptr(CaseloadPerson) person = caseload_person_new ();
  g_autoptr(CaseloadNetworkMember) member = caseload_network_member_new ();
  g_autoptr(CaseloadTimelineEntry) entry = caseload_timeline_entry_new ();
  g_autoptr(CaseloadConsent) consent = caseload_consent_new ();
  g_autoptr(GDateTime) now = caseload_clock_now (clock);
  g_autoptr(GString) scratch = g_string_sized_new (256);
  g_autoptr(GString) text = g_string_sized_new (512);
  g_autoptr(GString) email = g_string_sized_new (64);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) slots = g_array_new (FALSE, FALSE, sizeof (guint));
  TimelinePlan timeline = { times, slots };
  NhsWalk walk = { 0, };
  gint64 now_unix = g_date_time_to_unix (now);
  GDate today;

  caseload_clock_today (clock, &today);

  /* Staff made just now cannot have added anyone yet; otherwise look. */
  if (!team->created_staff)
    {
      taken = collect_nhs_numbers (store, team, error);
      if (taken == NULL)
        return FALSE;
    }
  walk.start = (guint32) g_rand_int_range (rand, 0, NHS_PREFIX_COUNT);
  walk.taken = taken;

  for (guint i = 0; i < options->n_people; i++)
    {
      PersonPlan plan;
      const TeamMember *creator;
      const char *practice_id;
      g_autofree char *person_id = NULL;
      char nhs_number[11];
      guint chosen[8];
      guint n_chosen;
      guint n_entries;

      if (!next_nhs_number (&walk, nhs_number, error))
        return FALSE;

      fill_person (person, &plan, rand, team, &today, nhs_number, scratch);
      n_chosen = choose_team (rand, team, person, chosen, G_N_ELEMENTS (chosen));
      g_assert (n_chosen > 0);
      /* Primary care, at the person's own practice when it has staff. */
      creator = &g_array_index (team->members, TeamMember, chosen[0]);
      practice_id = caseload_person_get_gp_practice_id (person);

      if (!create_person (store, creator->staff, person, &walk, !team->created_staff, error))
        return FALSE;
      person_id = g_strdup (caseload_person_get_id (person));
      g_ptr_array_add (made, g_strdup (person_id));

      /* Someone from outside the person's practice writes on a referral (or consent). */
      if (g_strcmp0 (caseload_organisation_get_id (g_ptr_array_index (team->organisations, creator->organisation)),
                     practice_id) != 0 &&
          !open_record_to (store, consent, rand, team, creator->staff, person_id, creator, now_unix, error))
        return FALSE;

      if (!add_network (store, creator->staff, member, &plan, rand, person_id, scratch, email, error))
        return FALSE;

      if (i < options->heavy_people)
        n_entries = options->heavy_entries;
      else if (chance (rand, 3))
        n_entries = 0;   /* just referred: nothing written yet */
      else
        n_entries = poisson (rand, options->entries_per_person);

      plan_timeline (&timeline, rand, n_chosen, n_entries, now_unix);

      if (!open_record (store, consent, rand, team, creator, person_id, practice_id,
                        chosen, n_chosen, &timeline, now_unix, error) ||
          !add_timeline (store, entry, &plan, rand, team, chosen, &timeline, person_id, text, error))
        return FALSE;
    }

  return TRUE;
}

/* Public API */

/**
 * caseload_demo_options_init:
 * @options: (out caller-allocates): the options to fill in
 *
 * Fills @options with the defaults: 300 people, about 6 entries each, no heavy people,
 * seed 20261122.
 */
void
caseload_demo_options_init (CaseloadDemoOptions *options)
{
  g_return_if_fail (options != NULL);

  options->n_people = 300;
  options->entries_per_person = 6;
  options->heavy_people = 0;
  options->heavy_entries = 500;
  options->seed = 20261122;
}

/**
 * caseload_demo_seed:
 * @store: the store to fill
 * @clock: the clock: timelines end at its "now", ages count from its "today"
 * @options: what to make
 * @error: return location for a #GError
 *
 * Adds the demo team (unless the store has organisations and staff already) and
 * @options->n_people people, in one transaction: on failure nothing is added.
 *
 * Returns: %TRUE on success
 */
gboolean
caseload_demo_seed (CaseloadStore              *store,
                    CaseloadClock              *clock,
                    const CaseloadDemoOptions  *options,
                    GError                    **error)
{
  g_auto(Team) team = { NULL, };
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (CASELOAD_IS_STORE (store), FALSE);
  g_return_val_if_fail (CASELOAD_IS_CLOCK (clock), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!caseload_store_begin (store, error))
    return FALSE;

  if (!ensure_organisations (store, &team, error) ||
      !ensure_staff (store, &team, error))
    {
      caseload_store_rollback (store);
      return FALSE;
    }

  if (!seed_people (store, clock, options, &team, made, error) ||
      !caseload_demo_seed_referrals (store, clock, made, error))
    {
      caseload_store_rollback (store);
      return FALSE;
    }

  /* A commit that fails has already rolled back. */
  if (!caseload_store_commit (store, error))
    return FALSE;

  g_debug ("Added %u demo people", options->n_people);
  return TRUE;
}

/**
 * caseload_demo_store_is_empty:
 * @store: the store
 * @error: return location for a #GError
 *
 * Returns: %TRUE if the store has no staff yet; %FALSE if it has, or on error
 */
gboolean
caseload_demo_store_is_empty (CaseloadStore  *store,
                              GError        **error)
{
  g_autoptr(GPtrArray) staff = NULL;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  staff = caseload_store_list_staff (store, error);
  if (staff == NULL)
    return FALSE;

  return staff->len == 0;
}
