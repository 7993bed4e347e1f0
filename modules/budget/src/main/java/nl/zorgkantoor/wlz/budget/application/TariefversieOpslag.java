package nl.zorgkantoor.wlz.budget.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefbron;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefset;
import nl.zorgkantoor.wlz.budget.domain.tarief.Tariefversie;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;

/**
 * Stores one tariff version in a transaction of its own, so that {@link TariefbeheerService} refreshes the cache only
 * after the version and all its rows have committed (the cache must never show figures a rollback takes back).
 */
@Stateless
@LocalBean
@RolesAllowed(Rollen.BEHEERDER)
public class TariefversieOpslag {

    @Inject
    private Tariefbron bron;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void bewaar(Tariefset set, Tariefversie versie) {
        bron.bewaar(set, versie);
    }
}
