/**
 * What other modules may call on the exchange: sending a zorgtoewijzing (AW33) and following its delivery, and the
 * message log (search, detail, resend of a rejected outbound message, the rejected ones for the work list).
 */
package nl.zorgkantoor.wlz.uitwisseling.api;
