package nl.zorgkantoor.wlz.uitwisseling.regels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Kop;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The rules of IO31 (indicatiebesluit from the CIZ) that the exchange checks, condities included; iwlz.md §3. */
public final class Io31Controle {

    /** CS113: in an IO31 the Soort indicatie is 1 (CIZ) or 4 (experimenten). */
    private static final Set<String> SOORTEN = Set.of("1", "4");
    /** TR061: an address of Soort 01 (BRP) or 03 (verblijf). */
    private static final Set<String> WOONADRESSEN = Set.of("01", "03");

    private Io31Controle() {
    }

    public static Uitkomst controleer(Document doc, Kop kop, Kennis kennis) {
        Uitkomst uitkomst = new Uitkomst();
        var b = uitkomst.bevindingen();
        for (Element client : Xml.pad(doc.getDocumentElement(), "Clienten", "Client")) {
            boolean bsnGeldig = Regels.cs002(client, b);
            Regels.tr002(client, kop.dagtekening(), b);
            tr061(client, uitkomst);
            Condities.controleer(Berichtsoort.IO31, client, b);
            Element indicatie = Xml.kind(client, "Indicatie").orElseThrow();
            Regels.cs003(indicatie, "Ingangsdatum", "Einddatum", b);
            tr014tr015(indicatie, uitkomst);
            if (!SOORTEN.contains(Xml.tekst(indicatie, "Soort"))) {
                b.voegToe(indicatie, "S113");
            }
            if (bsnGeldig) {
                tr079(indicatie, Xml.tekst(client, "Bsn"), kennis, uitkomst);
            }
            for (Element functie : Xml.pad(indicatie, "GeindiceerdeFuncties", "GeindiceerdeFunctie")) {
                Regels.cs003(functie, "Ingangsdatum", "Einddatum", b);
                Regels.tr008(functie, b);
            }
            for (Element zzp : Xml.pad(indicatie, "GeindiceerdeZorgzwaartepakketten", "GeindiceerdZorgzwaartepakket")) {
                Regels.cs003(zzp, "Ingangsdatum", "Einddatum", b);
                Regels.cs074(zzp, b);
            }
        }
        return uitkomst;
    }

    /** TR061: the client has at least one address of Soort 01 (BRP) or 03 (verblijf), else 9061 on the Client. */
    static void tr061(Element client, Uitkomst uitkomst) {
        boolean woonadres = Xml.pad(client, "Contactgegevens", "Contact").stream()
                .anyMatch(c -> WOONADRESSEN.contains(Xml.tekst(c, "Soort")) && Xml.kind(c, "Adres").isPresent());
        if (!woonadres) {
            uitkomst.bevindingen().voegToe(client, "9061");
        }
    }

    /**
     * TR015: the earliest Ingangsdatum of the indicated zorgeenheden (functies and zorgzwaartepakketten) is the
     * Ingangsdatum of the Indicatie, else 9015; TR014: the latest Einddatum (none = open-ended) is its Einddatum, else
     * 9014. Both on the Indicatie, and only when its own period is valid (CS003 answers an inverted one).
     */
    static void tr014tr015(Element indicatie, Uitkomst uitkomst) {
        LocalDate ingang = Xml.datum(indicatie, "Ingangsdatum");
        LocalDate einde = Xml.datum(indicatie, "Einddatum");
        List<Element> eenheden = new ArrayList<>(Xml.pad(indicatie, "GeindiceerdeFuncties", "GeindiceerdeFunctie"));
        eenheden.addAll(Xml.pad(indicatie, "GeindiceerdeZorgzwaartepakketten", "GeindiceerdZorgzwaartepakket"));
        if (eenheden.isEmpty() || ingang == null || einde != null && einde.isBefore(ingang)) {
            return;
        }
        LocalDate vroegste = LocalDate.MAX;
        LocalDate laatste = LocalDate.MIN;
        for (Element eenheid : eenheden) {
            LocalDate van = Xml.datum(eenheid, "Ingangsdatum");
            LocalDate tot = Objects.requireNonNullElse(Xml.datum(eenheid, "Einddatum"), LocalDate.MAX);
            vroegste = van != null && van.isBefore(vroegste) ? van : vroegste;
            laatste = tot.isAfter(laatste) ? tot : laatste;
        }
        if (!laatste.equals(Objects.requireNonNullElse(einde, LocalDate.MAX))) {
            uitkomst.bevindingen().voegToe(indicatie, "9014");
        }
        if (!vroegste.equals(ingang)) {
            uitkomst.bevindingen().voegToe(indicatie, "9015");
        }
    }

    /** TR079: successive indicatiebesluiten of a client are numbered in ascending order, else 9079. */
    static void tr079(Element indicatie, String bsn, Kennis kennis, Uitkomst uitkomst) {
        long nummer = Long.parseLong(Xml.tekst(indicatie, "Besluitnummer"));
        var hoogste = kennis.hoogsteBesluitnummer(bsn);
        if (hoogste.isPresent() && nummer <= hoogste.getAsLong()) {
            uitkomst.bevindingen().voegToe(indicatie, "9079");
        }
    }
}
