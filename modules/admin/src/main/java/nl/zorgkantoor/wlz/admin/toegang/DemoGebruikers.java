package nl.zorgkantoor.wlz.admin.toegang;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.demo.DemoInstellingen;
import nl.zorgkantoor.wlz.kernel.demo.DemoKetenpartners;
import nl.zorgkantoor.wlz.kernel.demo.DemoPopulatie;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;

/**
 * Creates one demo account per role — a MEDEWERKER and a BEOORDELAAR for each demo region — together with the demo
 * data: only when demo data is switched on and no account exists yet. The accounts and their password are listed
 * in README.md, section "Demogebruikers".
 */
@Singleton
@Startup
@DependsOn("ToegangSchema")
public class DemoGebruikers {

    /** The one password of every demo account; never used outside the demo (see README). */
    public static final String WACHTWOORD = "WlzDemo2026!";

    private static final Logger LOG = Logger.getLogger(DemoGebruikers.class.getName());

    @PersistenceContext(unitName = "toegang")
    private EntityManager em;

    @Inject
    private Klok klok;

    @PostConstruct
    void maakAan() {
        if (!DemoInstellingen.actief()) {
            return;
        }
        if (em.createQuery("select count(a) from Account a", Long.class).getSingleResult() == 0) {
            List<Account> accounts = accounts();
            accounts.forEach(em::persist);
            LOG.info(() -> "Demogebruikers aangemaakt: " + accounts.stream().map(Account::gebruikersnaam).toList());
        }
        maakKetenpartnersAan();
    }

    /**
     * The chain partners' machine accounts (issue 4), each named after its iWlz code. Checked one by one, not only in
     * an empty table, so a database from before the partner accounts existed gets them too.
     */
    private void maakKetenpartnersAan() {
        var nu = klok.nu().toLocalDateTime();
        for (DemoKetenpartners.Partner partner : DemoKetenpartners.ALLE) {
            Account bestaand = em.find(Account.class, partner.account());
            char[] demosleutel = DemoKetenpartners.WACHTWOORD.toCharArray();
            if (bestaand != null && bestaand.heeftBcryptMachinesleutel(demosleutel)) {
                // a demo database from before toegang V3: the same demo key, now as the cheap salted digest
                bestaand.wijzigMachinesleutel(Wachtwoorden.hashMachinesleutel(demosleutel));
                LOG.info(() -> "Ketenpartner " + partner.account() + ": demosleutel als gezouten SHA-256 opgeslagen");
            } else if (bestaand == null) {
                em.persist(Account.ketenpartner(partner.account(),
                        Wachtwoorden.hashMachinesleutel(DemoKetenpartners.WACHTWOORD.toCharArray()), partner.naam(), nu));
                LOG.info(() -> "Ketenpartner aangemaakt: " + partner.account());
            }
        }
    }

    private List<Account> accounts() {
        var nu = klok.nu().toLocalDateTime();
        List<Account> accounts = new ArrayList<>();
        for (ZorgkantoorRegio regio : DemoPopulatie.DEMO_REGIOS) {
            String plaats = regio.naam().toLowerCase(Locale.ROOT);
            accounts.add(new Account("medewerker." + plaats, hash(), "Medewerker " + regio.naam(), regio,
                    Set.of(Rollen.MEDEWERKER), nu));
            accounts.add(new Account("beoordelaar." + plaats, hash(), "Beoordelaar " + regio.naam(), regio,
                    Set.of(Rollen.BEOORDELAAR), nu));
        }
        accounts.add(new Account("beheerder", hash(), "Functioneel beheerder", null, Set.of(Rollen.BEHEERDER), nu));
        accounts.add(new Account("toezichthouder", hash(), "Toezichthouder NZa", null, Set.of(Rollen.TOEZICHTHOUDER), nu));
        accounts.add(new Account("ketenpartner", hash(), "Ketenpartner (machine-account)", null,
                Set.of(Rollen.KETENPARTNER), nu));
        return accounts;
    }

    /** A fresh salt for every account, as for real ones. */
    private static String hash() {
        return Wachtwoorden.hash(WACHTWOORD.toCharArray());
    }
}
