-- The care the CAK was told about (CA317), one row per GeleverdeZorg under its GeleverdeZorgID: a later CA319 that
-- ends or changes it refers to that id as MutatieZorgID (TR118). einde_* is set while an einde zorg stands.
CREATE TABLE cak_zorglevering (
    geleverde_zorg_id  VARCHAR(36)   NOT NULL PRIMARY KEY,
    bsn                VARCHAR(9)    NOT NULL,
    instelling         VARCHAR(8),
    zzp_code           VARCHAR(3)    NOT NULL,
    startdatum         DATE          NOT NULL,
    uitgaand_id        BIGINT        NOT NULL,
    einde_mutatiecode  VARCHAR(2),
    einde_datum        DATE
);
CREATE INDEX ix_cak_zorglevering_bsn ON cak_zorglevering (bsn);
