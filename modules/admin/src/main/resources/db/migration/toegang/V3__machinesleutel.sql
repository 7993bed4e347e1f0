-- Machine keys of chain partners (role KETENPARTNER) are stored as a salted SHA-256 digest: wachtwoord_hash holds the
-- digest (base64), sleutel_zout the salt (base64). Every SOAP call authenticates, and a random key of at least 24
-- characters needs no key stretching; human passwords stay bcrypt (sleutel_zout NULL). See configure.cli.
ALTER TABLE gebruiker ADD COLUMN sleutel_zout VARCHAR(44);
