-- The views v_pgb_plafond and v_toeslag_jaarbedrag pick per year the highest tariff version (MAX(versie) WHERE jaar
-- = …). The primary keys start with versie, so without these indexes H2 scanned the whole tariff table for every row
-- of the view, and the signal run over a national region joined that per client: measured on H2 with 450,000
-- clients, region 5501 had not finished one check after 5 minutes; with them the join takes 3.6 s. PostgreSQL
-- hashed the join anyway; the indexes cost nothing there.
CREATE INDEX ix_profieltarief_jaar ON profieltarief (jaar, zorgprofiel, versie);
CREATE INDEX ix_toeslag_jaar ON toeslag (jaar, code, versie);
