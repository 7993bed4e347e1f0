/** A liveness operation for chain partners: the SOAP stack and the contract answer. */
package nl.zorgkantoor.wlz.uitwisseling.ping;
