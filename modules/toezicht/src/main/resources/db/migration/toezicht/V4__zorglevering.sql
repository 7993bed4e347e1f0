-- The care actually delivered, as the aanbieders report it (issue 4: "zorglevering ... from AW35/AW39 for toezicht
-- to use later"): one row per period that an aanbieder delivers a zorgprofiel in a leveringsvorm to a client, opened
-- by an AW35 melding aanvang zorg and closed by an AW39 with an einde-zorg mutatie (17, 19, 21). Region, sector and
-- profile are repeated so that figures per region are one range scan without a join.
CREATE SEQUENCE zorglevering_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE zorglevering (
    id               BIGINT        NOT NULL PRIMARY KEY,
    client_id        BIGINT        NOT NULL,
    regio_code       VARCHAR(4)    NOT NULL,
    sector           VARCHAR(3)    NOT NULL,
    zorgprofiel      VARCHAR(10)   NOT NULL,
    leveringsvorm    VARCHAR(10)   NOT NULL,
    aanbieder        VARCHAR(8)    NOT NULL,
    begindatum       DATE          NOT NULL,
    einddatum        DATE,
    mutatiecode_einde VARCHAR(2),
    gemeld_op        TIMESTAMP     NOT NULL,
    bron             VARCHAR(100)  NOT NULL
);
CREATE INDEX ix_zorglevering_client ON zorglevering (client_id, begindatum);
CREATE INDEX ix_zorglevering_regio ON zorglevering (regio_code, begindatum);
