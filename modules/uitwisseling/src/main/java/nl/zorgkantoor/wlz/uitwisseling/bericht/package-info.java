/** iWlz messages as XML: safe parsing, schema validation, the header, findings per berichtklasse and the retour. */
package nl.zorgkantoor.wlz.uitwisseling.bericht;
