package nl.zorgkantoor.wlz.toezicht.api;

import java.util.List;
import nl.zorgkantoor.wlz.kernel.Periode;

/**
 * The waiting history of one client for the cliëntdossier: every waiting status, newest first, and the periods of
 * overbruggingszorg received while waiting (RULES O-01). Bounded: a dossier shows at most the latest 100 of each.
 */
public record Wachtgeschiedenis(List<WachtstatusRegel> statussen, List<Periode> overbruggingszorg) {

    public Wachtgeschiedenis {
        statussen = List.copyOf(statussen);
        overbruggingszorg = List.copyOf(overbruggingszorg);
    }
}
