package nl.zorgkantoor.wlz.admin.toegang;

import java.util.List;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;

/** An account as the Beheer screen shows it: never the hash. */
public record AccountView(String gebruikersnaam, String volledigeNaam, List<String> rollen, ZorgkantoorRegio regio,
                          boolean actief) {

    static AccountView van(Account a) {
        return new AccountView(a.gebruikersnaam(), a.volledigeNaam(), a.rollen().stream().sorted().toList(),
                a.regio(), a.isActief());
    }
}
