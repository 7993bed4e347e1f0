package nl.zorgkantoor.wlz.kernel.toegang;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not see or change this: another region's client, or a role that does not allow it. An application
 * exception, so an EJB passes it unwrapped to the UI (which answers 403) and rolls back what was started.
 * The message is Dutch and safe to show: it never names the client.
 */
@ApplicationException(rollback = true)
public class GeenToegangException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GeenToegangException(String bericht) {
        super(bericht);
    }
}
