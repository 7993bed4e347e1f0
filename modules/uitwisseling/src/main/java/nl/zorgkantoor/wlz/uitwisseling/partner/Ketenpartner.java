package nl.zorgkantoor.wlz.uitwisseling.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import nl.zorgkantoor.wlz.uitwisseling.api.KetenpartnerView;

/** A chain partner the exchange sends to: its code (AGB code, CAK, ZIN), name and SOAP endpoint. */
@Entity
@Table(name = "ketenpartner")
public class Ketenpartner {

    @Id
    @Column(length = 12)
    private String code;

    @Column(nullable = false, length = 200)
    private String naam;

    @Column(length = 500)
    private String endpoint;

    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    @Column(name = "gewijzigd_door", length = 100)
    private String gewijzigdDoor;

    protected Ketenpartner() {
    }

    public Ketenpartner(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    /** A new address, checked first; null or blank removes it. */
    void wijzigEndpoint(String nieuw, String door, Instant nu) {
        this.endpoint = geldig(nieuw);
        this.gewijzigdDoor = door;
        this.gewijzigdOp = nu;
    }

    /**
     * The address as stored: an absolute http or https URL with a host, at most 500 characters; blank is none.
     *
     * @throws IllegalArgumentException with the Dutch reason
     */
    static String geldig(String adres) {
        if (adres == null || adres.isBlank()) {
            return null;
        }
        String schoon = adres.trim();
        if (schoon.length() > 500) {
            throw new IllegalArgumentException("Het adres is langer dan 500 tekens.");
        }
        try {
            URI uri = new URI(schoon);
            String schema = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!schema.equals("http") && !schema.equals("https")) {
                throw new IllegalArgumentException("Het adres moet beginnen met http:// of https://, niet '"
                        + schoon + "'.");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new IllegalArgumentException("Het adres '" + schoon + "' noemt geen server.");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("Het adres mag geen gebruikersnaam, ? of # bevatten.");
            }
            return schoon;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + schoon + "' is geen geldig adres: " + e.getReason() + ".", e);
        }
    }

    public String code() {
        return code;
    }

    public String endpoint() {
        return endpoint;
    }

    KetenpartnerView view() {
        return new KetenpartnerView(code, naam, endpoint, gewijzigdOp, gewijzigdDoor);
    }
}
