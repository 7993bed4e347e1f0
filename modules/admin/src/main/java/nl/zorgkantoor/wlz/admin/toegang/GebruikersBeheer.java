package nl.zorgkantoor.wlz.admin.toegang;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;

/**
 * Beheer of accounts by a BEHEERDER: create, change roles and region, deactivate, set a new password. Bad input
 * ends in an {@link IllegalArgumentException} with a Dutch message for the screen. The realm reads the changes at
 * the next login.
 */
@Stateless
@RolesAllowed(Rollen.BEHEERDER)
public class GebruikersBeheer {

    @PersistenceContext(unitName = "toegang")
    private EntityManager em;

    @Inject
    private Klok klok;

    public Pagina<AccountView> pagina(int eerste, int grootte) {
        int begrensd = Pagina.begrensd(grootte);
        var rijen = em.createQuery("select a from Account a order by a.gebruikersnaam", Account.class)
                .setFirstResult(Math.max(0, eerste)).setMaxResults(begrensd).getResultList()
                .stream().map(AccountView::van).toList();
        long totaal = em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
        return new Pagina<>(rijen, totaal, Math.max(0, eerste), begrensd);
    }

    /** The names the partner realm mapper of configure.cli sends to the partner realm (see uitwisseling Ketenpartner). */
    static final String KETENPARTNER_NAAM = "[0-9]{4}|[0-9]{8}|ciz";

    public AccountView maakAan(String gebruikersnaam, String volledigeNaam, Set<String> rollen, ZorgkantoorRegio regio,
                               char[] wachtwoord) {
        String naam = gebruikersnaam == null ? "" : gebruikersnaam.trim().toLowerCase();
        if (em.find(Account.class, naam) != null) {
            throw new IllegalArgumentException("De gebruikersnaam " + naam + " bestaat al.");
        }
        Account account;
        if (rollen != null && rollen.contains(Rollen.KETENPARTNER)) {
            if (rollen.size() > 1) {
                throw new IllegalArgumentException("Een ketenpartner-account is alleen KETENPARTNER: een machine-account"
                        + " krijgt geen rol van een mens.");
            }
            if (!naam.matches(KETENPARTNER_NAAM)) {
                throw new IllegalArgumentException("Een ketenpartner-account heet naar de iWlz-code van de partij: de"
                        + " AGB-code (8 cijfers), de zorgkantoorcode (4 cijfers) of ciz.");
            }
            account = Account.ketenpartner(naam, Wachtwoorden.hashMachinesleutel(wachtwoord), volledigeNaam,
                    klok.nu().toLocalDateTime());
        } else {
            account = new Account(naam, Wachtwoorden.hash(wachtwoord), volledigeNaam, regio, rollen,
                    klok.nu().toLocalDateTime());
        }
        em.persist(account);
        return AccountView.van(account);
    }

    public AccountView wijzigRollen(String gebruikersnaam, Set<String> rollen, ZorgkantoorRegio regio) {
        Account account = bestaand(gebruikersnaam);
        account.wijzigRollen(rollen, regio);
        return AccountView.van(account);
    }

    public AccountView zetActief(String gebruikersnaam, boolean actief) {
        Account account = bestaand(gebruikersnaam);
        account.zetActief(actief);
        return AccountView.van(account);
    }

    public void stelWachtwoordIn(String gebruikersnaam, char[] wachtwoord) {
        Account account = bestaand(gebruikersnaam);
        if (account.isKetenpartner()) {
            account.wijzigMachinesleutel(Wachtwoorden.hashMachinesleutel(wachtwoord));
        } else {
            account.wijzigWachtwoordHash(Wachtwoorden.hash(wachtwoord));
        }
    }

    private Account bestaand(String gebruikersnaam) {
        Account account = em.find(Account.class, gebruikersnaam);
        if (account == null) {
            throw new IllegalArgumentException("Onbekende gebruiker: " + gebruikersnaam);
        }
        return account;
    }
}
