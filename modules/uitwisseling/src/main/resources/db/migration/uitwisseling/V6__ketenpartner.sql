-- The chain partners the exchange sends to, with their SOAP endpoint (issue 4): kept here instead of only in
-- system properties, so a BEHEERDER changes an address on Beheer › Ketenpartners (audited) without a restart.
-- Seeded with the demo partners without an address; at the first start on this database the exchange fills an
-- empty address from wlz.partner.<code>.url (the configuration of before this table) and notes that it did, so a
-- later start (or a property set at run time) never overwrites what an administrator decided.
CREATE TABLE ketenpartner (
    code            VARCHAR(12)   NOT NULL PRIMARY KEY,
    naam            VARCHAR(200)  NOT NULL,
    endpoint        VARCHAR(500),
    gewijzigd_op    TIMESTAMP,
    gewijzigd_door  VARCHAR(100)
);
INSERT INTO ketenpartner (code, naam) VALUES
    ('CAK', 'CAK (eigen bijdrage: CA317, CA319)'),
    ('ZIN', 'Zorginstituut Nederland (uitvoeringsgegevens: AW317)'),
    ('12345678', 'Zorgaanbieder 12345678 (demo)'),
    ('87654321', 'Zorgaanbieder 87654321 (demo)');

CREATE TABLE ketenpartner_inrichting (
    overgenomen_op  TIMESTAMP     NOT NULL
);
