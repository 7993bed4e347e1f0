/**
 * The iWlz rules (TR/CD/CS, iwlz.md §3) per heenbericht, as plain functions from a schema-valid message and the
 * facts the database knows ({@link nl.zorgkantoor.wlz.uitwisseling.regels.Kennis}) to findings per berichtklasse.
 */
package nl.zorgkantoor.wlz.uitwisseling.regels;
