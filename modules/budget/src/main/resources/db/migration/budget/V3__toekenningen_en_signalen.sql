-- Budgets granted at home, the toeslagen granted with them, and the efficiency signals (doelmatigheidscontroles)
-- raised over them. Plus two views that compute per year what the tariff tables say, for set-based checks.
CREATE TABLE budgettoekenning (
    id             BIGINT        NOT NULL PRIMARY KEY,
    client_id      BIGINT        NOT NULL,
    leveringsvorm  VARCHAR(12)   NOT NULL,
    jaarbedrag     NUMERIC(14,2) NOT NULL,
    ingangsdatum   DATE          NOT NULL,
    einddatum      DATE
);
CREATE INDEX ix_budgettoekenning_client ON budgettoekenning (client_id);

CREATE TABLE toegekende_toeslag (
    client_id     BIGINT      NOT NULL,
    toeslag_code  VARCHAR(40) NOT NULL,
    ingangsdatum  DATE        NOT NULL,
    einddatum     DATE,
    CONSTRAINT pk_toegekende_toeslag PRIMARY KEY (client_id, toeslag_code, ingangsdatum)
);

-- A signal is identified by what it is about; raising it again finds it (open or closed) and adds nothing.
CREATE TABLE signaal (
    soort           VARCHAR(40)   NOT NULL,
    client_id       BIGINT        NOT NULL,
    sleutel         VARCHAR(100)  NOT NULL,
    regio_code      VARCHAR(4)    NOT NULL,
    regel           VARCHAR(10)   NOT NULL,
    toelichting     VARCHAR(1000) NOT NULL,
    gevonden_op     TIMESTAMP     NOT NULL,
    gesloten_op     TIMESTAMP,
    gesloten_door   VARCHAR(100),
    reden_sluiting  VARCHAR(1000),
    CONSTRAINT pk_signaal PRIMARY KEY (soort, client_id, sleutel)
);
CREATE INDEX ix_signaal_regio_open ON signaal (regio_code, gesloten_op);

-- RULES B-01: the yearly pgb-plafond per profile from the tariff version in force for the year, rounded once to
-- cents like the Java engine (HALF_UP; both databases round positive numbers half up). Leap years have 366 days.
CREATE VIEW v_pgb_plafond AS
SELECT p.jaar, p.zorgprofiel,
       ROUND(p.vpt_excl_bh * (CASE WHEN MOD(p.jaar, 4) = 0 AND (MOD(p.jaar, 100) <> 0 OR MOD(p.jaar, 400) = 0)
                                   THEN 366 ELSE 365 END) * p.pgb_percentage / 100, 2) AS plafond
FROM profieltarief p
WHERE p.versie = (SELECT MAX(q.versie) FROM profieltarief q WHERE q.jaar = p.jaar);

-- RULES B-03: the yearly amount of every toeslag with its flags and conditions, from the version in force.
CREATE VIEW v_toeslag_jaarbedrag AS
SELECT t.jaar, t.code, t.instellingsgebonden, t.gebruikelijke_zorg, t.pgb_toegestaan, t.profielen, t.leeftijd_tot,
       ROUND(t.dagtarief * (CASE WHEN MOD(t.jaar, 4) = 0 AND (MOD(t.jaar, 100) <> 0 OR MOD(t.jaar, 400) = 0)
                                 THEN 366 ELSE 365 END), 2) AS jaarbedrag
FROM toeslag t
WHERE t.versie = (SELECT MAX(q.versie) FROM toeslag q WHERE q.jaar = t.jaar);
