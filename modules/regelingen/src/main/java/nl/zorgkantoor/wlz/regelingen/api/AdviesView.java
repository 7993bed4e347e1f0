package nl.zorgkantoor.wlz.regelingen.api;

import java.time.Instant;
import java.time.LocalDate;

/** An advice asked (and possibly given) for a case; {@code adviesdatum} is null while it is awaited. */
public record AdviesView(String adviseur, String vraag, Instant gevraagdOp, LocalDate adviesdatum, Boolean positief,
                         String toelichting) {
}
