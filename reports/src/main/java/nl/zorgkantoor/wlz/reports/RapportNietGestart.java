package nl.zorgkantoor.wlz.reports;

import jakarta.ejb.ApplicationException;

/** A report run that was refused, with the Dutch reason for the administrator. */
@ApplicationException(rollback = false)
public class RapportNietGestart extends RuntimeException {

    public RapportNietGestart(String reden) {
        super(reden);
    }
}
