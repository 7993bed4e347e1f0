-- RULES L-02: a budget granted with a pgb part and a zorg-in-natura part for the same function (e.g. begeleiding)
-- and the same period is two budgets that can add up to more; the function makes that overlap detectable. NULL = the
-- whole zorgprofiel (overlaps every function).
ALTER TABLE budgettoekenning ADD COLUMN functie VARCHAR(20);

-- Progress of the partitioned signal job (one row per region of one job execution), so the admin UI can show how
-- far a national run is and how long every region took.
CREATE TABLE signaalrun_regio (
    executie_id  BIGINT      NOT NULL,
    regio_code   VARCHAR(4)  NOT NULL,
    peildatum    DATE        NOT NULL,
    status       VARCHAR(10) NOT NULL,
    nieuw        INTEGER,
    duur_ms      BIGINT,
    gestart_op   TIMESTAMP,
    klaar_op     TIMESTAMP,
    CONSTRAINT pk_signaalrun_regio PRIMARY KEY (executie_id, regio_code)
);
