/** Clients and the CIZ indicatiebesluiten they hold (zorgprofiel, leveringsvorm, validity), received as iWlz messages. */
package nl.zorgkantoor.wlz.indicatie;
