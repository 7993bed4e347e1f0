/** What other modules may call on the exchange: sending a zorgtoewijzing (AW33) and following its delivery. */
package nl.zorgkantoor.wlz.uitwisseling.api;
