/** Processing of inbound iWlz messages: log, idempotency, rules, hand-over to the contexts, retour. */
package nl.zorgkantoor.wlz.uitwisseling.verwerking;
