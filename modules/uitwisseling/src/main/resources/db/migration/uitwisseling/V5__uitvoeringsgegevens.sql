-- The periods whose uitvoeringsgegevens (AW317) went to the Zorginstituut, per zorgkantoorregio: a period is sent
-- once (the timer and an administrator's on-demand start cannot both send it), and TR080 wants them to follow on.
CREATE TABLE uitvoering_periode (
    regio          VARCHAR(4)   NOT NULL,
    begindatum     DATE         NOT NULL,
    einddatum      DATE         NOT NULL,
    berichten      INTEGER      NOT NULL,
    clienten       INTEGER      NOT NULL,
    verstuurd_op   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_uitvoering_periode PRIMARY KEY (regio, begindatum)
);
