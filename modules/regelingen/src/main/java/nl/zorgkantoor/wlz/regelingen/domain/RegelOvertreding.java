package nl.zorgkantoor.wlz.regelingen.domain;

import java.util.List;

/**
 * A command that the rules do not allow. The message is Dutch and fit for the user; {@link #regels()} names the
 * RULES ids involved so the UI and the exchange can point at them.
 */
public class RegelOvertreding extends RuntimeException {

    private final List<String> regels;

    public RegelOvertreding(String bericht, String... regels) {
        super(bericht);
        this.regels = List.of(regels);
    }

    public RegelOvertreding(String bericht, List<String> regels) {
        super(bericht);
        this.regels = List.copyOf(regels);
    }

    public List<String> regels() {
        return regels;
    }
}
