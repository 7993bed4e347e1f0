-- The resultaatuitspraak (RULES W-07) carries its reasoning in a cell: 60 characters are too few.
ALTER TABLE rapport_cijfer ALTER COLUMN tekst SET DATA TYPE VARCHAR(500);

-- RULES W-07: keuzevrijheid is under pressure below this share of admissions at the place of preference (one
-- zorgkantoor reported about 50% for V&V in 2022, 004 L534-542); not met below half of it.
INSERT INTO melddrempel (indicator, drempel, omschrijving) VALUES
    ('VOORKEUR_MIN_PCT', 50.00, 'Minimaal aandeel opnames bij de voorkeursaanbieder (procent)');
