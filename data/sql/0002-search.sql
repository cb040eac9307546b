-- SPDX-License-Identifier: GPL-3.0-or-later
-- Caseload schema 2: full-text search over names, preferred names, NHS numbers and
-- postcodes (with and without the space), kept in step by triggers. Text is folded by
-- caseload_fold() (lower case, Latin letters without accents), which the store
-- registers on its connection, and queries are folded the same way.

CREATE VIRTUAL TABLE person_search USING fts5 (
  given_name, family_name, preferred_name, nhs_number, postcode, postcode_compact,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
  INSERT INTO person_search (rowid, given_name, family_name, preferred_name, nhs_number,
                             postcode, postcode_compact)
  VALUES (new.pk, caseload_fold (new.given_name), caseload_fold (new.family_name),
          caseload_fold (new.preferred_name), new.nhs_number,
          caseload_fold (new.postcode), caseload_fold (replace (new.postcode, ' ', '')));
END;

CREATE TRIGGER person_search_update AFTER UPDATE OF given_name, family_name, preferred_name,
    nhs_number, postcode ON person BEGIN
  UPDATE person_search
     SET given_name = caseload_fold (new.given_name),
         family_name = caseload_fold (new.family_name),
         preferred_name = caseload_fold (new.preferred_name),
         nhs_number = new.nhs_number,
         postcode = caseload_fold (new.postcode),
         postcode_compact = caseload_fold (replace (new.postcode, ' ', ''))
   WHERE rowid = new.pk;
END;

CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
  DELETE FROM person_search WHERE rowid = old.pk;
END;

INSERT INTO person_search (rowid, given_name, family_name, preferred_name, nhs_number,
                           postcode, postcode_compact)
  SELECT pk, caseload_fold (given_name), caseload_fold (family_name),
         caseload_fold (preferred_name), nhs_number, caseload_fold (postcode),
         caseload_fold (replace (postcode, ' ', ''))
    FROM person;
