-- SPDX-License-Identifier: GPL-3.0-or-later
-- Caseload schema 2: full-text search over names, preferred names, NHS numbers and
-- postcodes (with and without the space), kept in step by triggers.

CREATE VIRTUAL TABLE person_search USING fts5 (
  given_name, family_name, preferred_name, nhs_number, postcode, postcode_compact,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
  INSERT INTO person_search (rowid, given_name, family_name, preferred_name, nhs_number,
                             postcode, postcode_compact)
  VALUES (new.pk, new.given_name, new.family_name, new.preferred_name, new.nhs_number,
          new.postcode, replace (new.postcode, ' ', ''));
END;

CREATE TRIGGER person_search_update AFTER UPDATE OF given_name, family_name, preferred_name,
    nhs_number, postcode ON person BEGIN
  UPDATE person_search
     SET given_name = new.given_name, family_name = new.family_name,
         preferred_name = new.preferred_name, nhs_number = new.nhs_number,
         postcode = new.postcode, postcode_compact = replace (new.postcode, ' ', '')
   WHERE rowid = new.pk;
END;

CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
  DELETE FROM person_search WHERE rowid = old.pk;
END;

INSERT INTO person_search (rowid, given_name, family_name, preferred_name, nhs_number,
                           postcode, postcode_compact)
  SELECT pk, given_name, family_name, preferred_name, nhs_number, postcode,
         replace (postcode, ' ', '')
    FROM person;
