package nl.zorgkantoor.wlz.uitwisseling.api;

import java.time.Instant;

/**
 * A chain partner the exchange sends messages to.
 *
 * @param endpoint the SOAP address, or null when none is set (messages to it then become work items)
 */
public record KetenpartnerView(String code, String naam, String endpoint, Instant gewijzigdOp, String gewijzigdDoor) {
}
