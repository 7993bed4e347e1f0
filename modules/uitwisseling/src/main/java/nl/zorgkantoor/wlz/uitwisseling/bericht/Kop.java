package nl.zorgkantoor.wlz.uitwisseling.bericht;

import java.time.LocalDate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The header of a heenbericht as far as the exchange needs it. The CIZ sends IO31 without Afzender; it is then
 * {@link #CIZ}.
 */
public record Kop(String berichtCode, String afzender, String ontvanger, String identificatie, LocalDate dagtekening) {

    public static final String CIZ = "CIZ";

    /** Reads the header of a schema-valid message. */
    public static Kop van(Document doc) {
        Element header = Xml.kind(doc.getDocumentElement(), "Header").orElseThrow();
        String afzender = Xml.tekst(header, "Afzender");
        return new Kop(Xml.tekst(header, "BerichtCode"), afzender == null ? CIZ : afzender,
                Xml.tekst(header, "Ontvanger"), Xml.tekst(header, "BerichtIdentificatie", "Identificatie"),
                Xml.datum(header, "BerichtIdentificatie", "Dagtekening"));
    }
}
