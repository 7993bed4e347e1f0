/** The outbox: outgoing iWlz messages, the sender with retries and backoff, and the partners' retours. */
package nl.zorgkantoor.wlz.uitwisseling.uitgaand;
