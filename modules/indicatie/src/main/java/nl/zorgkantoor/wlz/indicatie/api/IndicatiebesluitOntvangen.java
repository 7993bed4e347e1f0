package nl.zorgkantoor.wlz.indicatie.api;

/**
 * CDI event fired (in the receiving transaction) when an indicatiebesluit from the CIZ has been stored. Regelingen
 * observes it to open a meerzorg case by itself when the CIZ flagged "onderzoek doen naar meerzorg" (RULES I-04).
 */
public record IndicatiebesluitOntvangen(IndicatieView indicatie) {
}
