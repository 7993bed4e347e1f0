/** The chain partners the exchange sends to and their endpoints, kept in the table {@code uitwisseling.ketenpartner}. */
package nl.zorgkantoor.wlz.uitwisseling.partner;
