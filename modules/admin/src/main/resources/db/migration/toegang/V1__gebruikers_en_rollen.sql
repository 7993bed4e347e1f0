-- Staff and machine accounts. The Elytron jdbc-realm (ear/src/main/wildfly/configure.cli) reads these tables:
-- wachtwoord_hash is a bcrypt hash in modular crypt format ($2a$…), never a plain password.
CREATE TABLE gebruiker (
    gebruikersnaam   VARCHAR(100) NOT NULL PRIMARY KEY,
    wachtwoord_hash  VARCHAR(100) NOT NULL,
    volledige_naam   VARCHAR(200) NOT NULL,
    regio_code       VARCHAR(4),
    actief           BOOLEAN      NOT NULL DEFAULT TRUE,
    aangemaakt_op    TIMESTAMP    NOT NULL
);

CREATE TABLE gebruiker_rol (
    gebruikersnaam  VARCHAR(100) NOT NULL REFERENCES gebruiker (gebruikersnaam),
    rol             VARCHAR(30)  NOT NULL,
    PRIMARY KEY (gebruikersnaam, rol)
);
