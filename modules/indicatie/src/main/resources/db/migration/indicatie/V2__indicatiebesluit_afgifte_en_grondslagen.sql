-- What the CIZ says in an IO31 besides the profile: the date of issue and the grondslagen (RULES I-03).
ALTER TABLE indicatiebesluit ADD COLUMN afgiftedatum DATE;
ALTER TABLE indicatiebesluit ADD COLUMN grondslag_1 VARCHAR(2);
ALTER TABLE indicatiebesluit ADD COLUMN grondslag_2 VARCHAR(2);
