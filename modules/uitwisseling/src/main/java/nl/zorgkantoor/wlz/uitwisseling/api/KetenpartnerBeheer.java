package nl.zorgkantoor.wlz.uitwisseling.api;

import java.util.List;

/** Beheer › Ketenpartners: the partners and their endpoints; only a BEHEERDER may call it. */
public interface KetenpartnerBeheer {

    /** Every partner, by code. */
    List<KetenpartnerView> partners();

    /**
     * Sets (or, with an empty value, removes) the endpoint of a partner.
     *
     * @return the partner as it is now
     * @throws IllegalArgumentException with a Dutch message for an unknown partner or an address that is not an
     *                                  absolute http(s) URL
     */
    KetenpartnerView wijzigEndpoint(String code, String endpoint);
}
