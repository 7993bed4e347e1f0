package nl.zorgkantoor.wlz.uitwisseling.bericht;

/** A message rejected as a whole (retourcode 0001), with the Dutch reason for the log. */
public class OngeldigBericht extends Exception {

    public OngeldigBericht(String reden) {
        super(reden);
    }

    public OngeldigBericht(String reden, Throwable oorzaak) {
        super(reden, oorzaak);
    }
}
