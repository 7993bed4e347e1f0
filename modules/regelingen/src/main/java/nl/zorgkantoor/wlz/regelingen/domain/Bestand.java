package nl.zorgkantoor.wlz.regelingen.domain;

import java.util.Arrays;
import java.util.Locale;

/**
 * An uploaded file, checked before anything is stored: a name, not empty, at most {@value #MAX_BYTES} bytes, and
 * its content really is PDF, PNG or JPEG (the first bytes decide, not the name the sender gave it).
 */
public final class Bestand {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private final String naam;
    private final String mimeType;
    private final byte[] inhoud;

    public Bestand(String naam, byte[] inhoud) {
        if (naam == null || naam.isBlank()) {
            throw new RegelOvertreding("Het bestand heeft geen naam.");
        }
        if (naam.length() > 200) {
            throw new RegelOvertreding("De bestandsnaam is langer dan 200 tekens.");
        }
        if (inhoud == null || inhoud.length == 0) {
            throw new RegelOvertreding("Het bestand '" + naam + "' is leeg.");
        }
        if (inhoud.length > MAX_BYTES) {
            throw new RegelOvertreding("Het bestand '" + naam + "' is groter dan 10 MB.");
        }
        this.mimeType = herken(inhoud);
        if (mimeType == null) {
            throw new RegelOvertreding("Het bestand '" + naam + "' is geen PDF, PNG of JPEG en wordt niet opgenomen.");
        }
        String extensie = naam.toLowerCase(Locale.ROOT);
        boolean passend = switch (mimeType) {
            case "application/pdf" -> extensie.endsWith(".pdf");
            case "image/png" -> extensie.endsWith(".png");
            default -> extensie.endsWith(".jpg") || extensie.endsWith(".jpeg");
        };
        if (!passend) {
            throw new RegelOvertreding("De naam '" + naam + "' past niet bij de inhoud (" + mimeType + ").");
        }
        this.naam = naam;
        this.inhoud = inhoud.clone();
    }

    private static String herken(byte[] inhoud) {
        if (begintMet(inhoud, PDF)) {
            return "application/pdf";
        }
        if (begintMet(inhoud, PNG)) {
            return "image/png";
        }
        if (begintMet(inhoud, JPEG)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean begintMet(byte[] inhoud, byte[] kop) {
        return inhoud.length >= kop.length && Arrays.equals(Arrays.copyOf(inhoud, kop.length), kop);
    }

    public String naam() {
        return naam;
    }

    public String mimeType() {
        return mimeType;
    }

    public byte[] inhoud() {
        return inhoud.clone();
    }

    public int grootte() {
        return inhoud.length;
    }
}
