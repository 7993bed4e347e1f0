package nl.zorgkantoor.wlz.regelingen.api;

/** One rule for one case: its RULES id, met or not, and why in plain Dutch. */
public record BevindingView(String regel, boolean voldaan, String uitleg) {
}
