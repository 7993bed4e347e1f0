package nl.zorgkantoor.wlz.regelingen.api;

import java.time.Instant;

/** One recorded step of a case: what, from which to which state, who, when and why. */
public record StapView(Actie actie, Status van, Status naar, String wie, Instant wanneer, String waarom) {
}
