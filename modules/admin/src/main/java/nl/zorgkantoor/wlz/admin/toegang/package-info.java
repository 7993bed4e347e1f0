/**
 * Accounts, roles and the audit trail of the platform, in the database schema "toegang". The server's login realm
 * (Elytron jdbc-realm WlzRealm, ear/src/main/wildfly/configure.cli) reads the accounts; passwords are stored only as
 * bcrypt hashes in modular crypt format.
 */
package nl.zorgkantoor.wlz.admin.toegang;
