-- SPDX-License-Identifier: GPL-3.0-or-later
-- Caseload schema 2 (PostgreSQL): search over names, preferred names, NHS numbers and
-- postcodes, and the caseload's alphabetical order, kept in step by triggers. Text is
-- folded by caseload.fold() (lower case, Latin letters without accents), and the desk
-- folds its queries the same way (caseload-search.c), so both backends find the same
-- people. Words are matched by prefix through a full-text index; name fragments also
-- have a trigram index.

SET LOCAL search_path = caseload, public;

-- Caseload's queries are short index walks; compiling them would cost more than running
-- them.
DO $$ BEGIN EXECUTE format ('ALTER DATABASE %I SET jit = off', current_database ()); END $$;

CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE EXTENSION IF NOT EXISTS btree_gin SCHEMA public;

-- unaccent() is only STABLE (its dictionary could change); naming the dictionary makes
-- the wrapper safe to index, which is what every PostgreSQL guide does.
CREATE FUNCTION fold (t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower (public.unaccent ('public.unaccent'::regdictionary, t))
$$;

-- One narrow row per person holding the key the caseload is sorted by.
CREATE TABLE person_order (
  pk        bigint PRIMARY KEY REFERENCES person (pk),
  sort_key  text COLLATE "C" NOT NULL
);
CREATE INDEX person_order_key ON person_order (sort_key);

CREATE TABLE person_search (
  pk     bigint PRIMARY KEY REFERENCES person (pk),
  names  text NOT NULL,   -- search_text(): names, NHS number and postcode
  doc    tsvector NOT NULL
);
CREATE INDEX person_search_doc ON person_search USING gin (doc);
CREATE INDEX person_search_names ON person_search USING gin (names public.gin_trgm_ops);
-- NHS numbers and postcodes typed whole or in part.
CREATE INDEX person_nhs_number_prefix ON person (nhs_number text_pattern_ops);
CREATE INDEX person_postcode_folded ON person ((replace (fold (postcode), ' ', '')) text_pattern_ops);

CREATE FUNCTION sort_key (family text, given text, id text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT fold (family) || chr (31) || fold (given) || chr (31) || id
$$;

CREATE FUNCTION search_names (given text, family text, preferred text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT fold (given) || ' ' || fold (family) || coalesce (' ' || fold (preferred), '')
$$;

-- Everything a search looks in, folded, words split on anything but letters and digits:
-- names, NHS number and postcode. Every word a search matches by prefix is also a
-- substring of this text, so the trigram index can narrow a search before the word index
-- confirms it.
CREATE FUNCTION search_text (given text, family text, preferred text, nhs text, postcode text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim (regexp_replace (search_names (given, family, preferred) || ' ' || coalesce (nhs, '')
                                || ' ' || coalesce (fold (postcode), ''),
                                '[^[:alnum:]]+', ' ', 'g'))
$$;

-- The words a search matches by prefix: unicode word pieces of the folded names, the
-- NHS number and the postcode's two halves ('simple': no stemming, no stop words).
CREATE FUNCTION search_doc (given text, family text, preferred text, nhs text, postcode text)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector ('simple'::regconfig,
           regexp_replace (search_names (given, family, preferred) || ' ' || coalesce (nhs, '')
                           || ' ' || coalesce (fold (postcode), ''),
                           '[^[:alnum:]]+', ' ', 'g'))
$$;

-- SECURITY DEFINER: staff write people, not the index tables.
CREATE FUNCTION person_index () RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
BEGIN
  INSERT INTO caseload.person_order (pk, sort_key)
  VALUES (NEW.pk, caseload.sort_key (NEW.family_name, NEW.given_name, NEW.id))
  ON CONFLICT (pk) DO UPDATE SET sort_key = EXCLUDED.sort_key;
  INSERT INTO caseload.person_search (pk, names, doc)
  VALUES (NEW.pk, caseload.search_text (NEW.given_name, NEW.family_name, NEW.preferred_name,
                                        NEW.nhs_number, NEW.postcode),
          caseload.search_doc (NEW.given_name, NEW.family_name, NEW.preferred_name,
                               NEW.nhs_number, NEW.postcode))
  ON CONFLICT (pk) DO UPDATE SET names = EXCLUDED.names, doc = EXCLUDED.doc;
  RETURN NULL;
END
$$;

-- Also under session_replication_role = replica (caseload-admin copy): the index must
-- follow every row, whoever wrote it.
CREATE TRIGGER person_index AFTER INSERT OR UPDATE OF given_name, family_name, preferred_name,
    nhs_number, postcode ON person
  FOR EACH ROW EXECUTE FUNCTION person_index ();
ALTER TABLE person ENABLE ALWAYS TRIGGER person_index;

INSERT INTO person_order (pk, sort_key)
  SELECT pk, sort_key (family_name, given_name, id) FROM person;
INSERT INTO person_search (pk, names, doc)
  SELECT pk, search_text (given_name, family_name, preferred_name, nhs_number, postcode),
         search_doc (given_name, family_name, preferred_name, nhs_number, postcode)
    FROM person;
