-- SPDX-License-Identifier: GPL-3.0-or-later
-- Caseload schema 2: full-text search over names, preferred names, NHS numbers and
-- postcodes, and the caseload's alphabetical order, kept in step by triggers. (A postcode typed without its space is split
-- into its two halves by the query, not indexed twice.) Text is folded by
-- caseload_fold() (lower case, Latin letters without accents), which the store
-- registers on its connection, and queries are folded the same way.

CREATE VIRTUAL TABLE person_search USING fts5 (
  given_name, family_name, preferred_name, nhs_number, postcode,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

-- One narrow row per person holding the key the caseload is sorted by (family name,
-- given name, id; folded so "Żółkiewska" sorts among the Z's). Sorting thousands of
-- search matches reads these small rows rather than whole person rows.
CREATE TABLE person_order (
  pk        INTEGER PRIMARY KEY REFERENCES person (pk),
  sort_key  TEXT NOT NULL
);
CREATE INDEX person_order_key ON person_order (sort_key);

CREATE TRIGGER person_order_insert AFTER INSERT ON person BEGIN
  INSERT INTO person_order (pk, sort_key)
  VALUES (new.pk, caseload_fold (new.family_name) || char (31) || caseload_fold (new.given_name)
                  || char (31) || new.id);
END;

CREATE TRIGGER person_order_update AFTER UPDATE OF given_name, family_name ON person BEGIN
  UPDATE person_order
     SET sort_key = caseload_fold (new.family_name) || char (31) || caseload_fold (new.given_name)
                    || char (31) || new.id
   WHERE pk = new.pk;
END;

CREATE TRIGGER person_order_delete AFTER DELETE ON person BEGIN
  DELETE FROM person_order WHERE pk = old.pk;
END;

INSERT INTO person_order (pk, sort_key)
  SELECT pk, caseload_fold (family_name) || char (31) || caseload_fold (given_name) || char (31) || id
    FROM person;

CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
  INSERT INTO person_search (rowid, given_name, family_name, preferred_name, nhs_number, postcode)
  VALUES (new.pk, caseload_fold (new.given_name), caseload_fold (new.family_name),
          caseload_fold (new.preferred_name), new.nhs_number, caseload_fold (new.postcode));
END;

CREATE TRIGGER person_search_update AFTER UPDATE OF given_name, family_name, preferred_name,
    nhs_number, postcode ON person BEGIN
  UPDATE person_search
     SET given_name = caseload_fold (new.given_name),
         family_name = caseload_fold (new.family_name),
         preferred_name = caseload_fold (new.preferred_name),
         nhs_number = new.nhs_number,
         postcode = caseload_fold (new.postcode)
   WHERE rowid = new.pk;
END;

CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
  DELETE FROM person_search WHERE rowid = old.pk;
END;

INSERT INTO person_search (rowid, given_name, family_name, preferred_name, nhs_number, postcode)
  SELECT pk, caseload_fold (given_name), caseload_fold (family_name),
         caseload_fold (preferred_name), nhs_number, caseload_fold (postcode)
    FROM person;
