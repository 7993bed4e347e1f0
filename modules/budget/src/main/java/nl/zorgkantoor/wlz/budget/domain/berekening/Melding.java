package nl.zorgkantoor.wlz.budget.domain.berekening;

/** Why something asked for is not (fully) in the budget, with the rule that decides it; no amount. */
public record Melding(String regel, String tekst) {
}
