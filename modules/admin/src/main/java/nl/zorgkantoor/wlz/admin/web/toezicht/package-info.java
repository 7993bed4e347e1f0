/**
 * Screens of the toezicht context: report archive and report jobs (Rapporten), waiting list (Wachtlijst), proposed
 * NZa meldingen and streefnormen (Beheer). They call the toezicht api and the reports facade only.
 */
package nl.zorgkantoor.wlz.admin.web.toezicht;
