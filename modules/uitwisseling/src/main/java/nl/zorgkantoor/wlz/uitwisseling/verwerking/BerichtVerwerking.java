package nl.zorgkantoor.wlz.uitwisseling.verwerking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Berichtsoort;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Bevindingen;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Kop;
import nl.zorgkantoor.wlz.uitwisseling.bericht.OngeldigBericht;
import nl.zorgkantoor.wlz.uitwisseling.bericht.RetourBouwer;
import nl.zorgkantoor.wlz.uitwisseling.bericht.Schemas;
import nl.zorgkantoor.wlz.uitwisseling.bericht.VeiligeXml;
import nl.zorgkantoor.wlz.uitwisseling.log.Berichtlog;
import nl.zorgkantoor.wlz.uitwisseling.log.BerichtlogRepository;
import nl.zorgkantoor.wlz.uitwisseling.regels.Io31Controle;
import nl.zorgkantoor.wlz.uitwisseling.regels.MeldingControle;
import nl.zorgkantoor.wlz.uitwisseling.regels.Uitkomst;
import org.w3c.dom.Document;

/**
 * The one entry point for an inbound iWlz heenbericht: parse safely, validate, check the header, apply the rules,
 * hand the clean data to the owning context and answer with the retour, all in one transaction with the message
 * log entry (RULES X-01..X-04). A CDI bean with a CDI transaction, not a session bean: the EJB invocation around it
 * (pool, security, naming and metrics interceptors) cost 3 % of the request thread of an IO31 for nothing the
 * endpoints need (JFR, bench/RESULTS.md 2026-12-04).
 */
@ApplicationScoped
@Transactional
public class BerichtVerwerking {

    private static final Logger LOG = Logger.getLogger(BerichtVerwerking.class.getName());

    /** The partner of a caller whose account is no chain partner: no header can name it as Afzender. */
    public static final String GEEN_PARTNER = "?";

    @Inject
    private BerichtlogRepository log;

    @Inject
    private Klok klok;

    @Inject
    private DatabaseKennis kennis;

    @Inject
    private Overname overname;

    /**
     * @param toegestaan the heenberichten this endpoint accepts; the first is used for a retour when the message
     *                   cannot be read at all
     * @param partner    the authenticated chain partner (AGB code, zorgkantoorcode or {@link Kop#CIZ}), or
     *                   {@link #GEEN_PARTNER}
     */
    public Antwoord verwerk(byte[] xml, Set<Berichtsoort> toegestaan, Berichtsoort standaard, String partner) {
        long start = System.nanoTime();
        LocalDate vandaag = klok.vandaag();
        String hash = hash(xml);
        Document doc = null;
        Berichtsoort soort = standaard;
        try {
            // one pass: parsed and validated against the schemas of the messages this endpoint accepts
            VeiligeXml.Gelezen gelezen = VeiligeXml.lees(xml, Schemas.heen(toegestaan));
            doc = gelezen.document();
            String ns = doc.getDocumentElement().getNamespaceURI();
            String naam = doc.getDocumentElement().getLocalName();
            soort = Berichtsoort.vanNamespace(ns).filter(toegestaan::contains).orElseThrow(() ->
                    new OngeldigBericht("Onverwacht bericht {" + ns + "}" + naam));
            if (!"Bericht".equals(naam)) {
                throw new OngeldigBericht("Het root-element heet geen Bericht");
            }
            if (!gelezen.schemafouten().isEmpty()) {
                throw new OngeldigBericht("Bericht voldoet niet aan " + soort.heenXsd() + ": "
                        + String.join(" | ", gelezen.schemafouten()));
            }
            Kop kop = Kop.van(doc);
            controleerKop(kop, partner);
            return verwerkGeldig(doc, soort, kop, xml, hash, start, vandaag);
        } catch (OngeldigBericht e) {
            return afgekeurd(doc, soort, xml, hash, partner, e.getMessage(), start, vandaag);
        }
    }

    /** Records a message the endpoint could not even hand over (e.g. the payload was too large), with its 0001. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Antwoord weiger(Berichtsoort soort, String partner, String reden) {
        return afgekeurd(null, soort, new byte[0], hash(new byte[0]), partner, reden, System.nanoTime(), klok.vandaag());
    }

    private void controleerKop(Kop kop, String partner) throws OngeldigBericht {
        if (!Zorgkantoor.codes().contains(kop.ontvanger())) {
            throw new OngeldigBericht("Ontvanger " + kop.ontvanger() + " is niet dit zorgkantoor");
        }
        // issue 4: the Afzender (for IO31 the CIZ, which has no Afzender element) must be the authenticated partner
        if (GEEN_PARTNER.equals(partner) || partner == null) {
            throw new OngeldigBericht("Het account is geen bekende ketenpartner");
        }
        if (!partner.equals(kop.afzender())) {
            throw new OngeldigBericht("Afzender " + kop.afzender() + " is niet de aangemelde partij " + partner);
        }
    }

    private Antwoord verwerkGeldig(Document doc, Berichtsoort soort, Kop kop, byte[] xml, String hash, long start,
                                   LocalDate vandaag) {
        Berichtlog entry = new Berichtlog("IN", soort.name(), kop.afzender(), kop.ontvanger(),
                kop.identificatie(), hash, VeiligeXml.tekst(xml), klok.nu().toInstant());
        // the Ontvanger passed controleerKop: it is one of our zorgkantoorcodes, the region of the message
        entry.inRegio(kop.ontvanger());
        // RULES X-02 / TR056: the same message again returns its stored retour; a reused Identificatie gets 9056.
        // The row gets its id now and is written once, complete, when its retour exists (no insert + update).
        var eerder = log.ontvang(entry);
        if (eerder.isPresent() && eerder.get().inhoudHash().equals(hash)) {
            Berichtlog origineel = log.zoek(eerder.get().berichtId()).orElseThrow();
            entry.afgerond(Berichtlog.Status.HERHAALD, origineel.retourCodes(),
                    "Herhaling van bericht " + origineel.id(), origineel.retourXml(), millis(start));
            log.legVast(entry, bsns(doc));
            return new Antwoord(origineel.retourXml(), entry.id(), entry.status().name(), origineel.retourCodes());
        }
        if (eerder.isPresent()) {
            Bevindingen bevindingen = new Bevindingen();
            bevindingen.voegToeAanHeader("9056");
            Antwoord antwoord = rond(entry, Berichtlog.Status.DUBBELE_IDENTIFICATIE,
                    RetourBouwer.retour(doc, soort, bevindingen, retourId(entry), vandaag, true), bevindingen,
                    "Identificatie " + kop.identificatie() + " al gebruikt door bericht " + eerder.get().berichtId(),
                    start);
            log.legVast(entry, bsns(doc));
            return antwoord;
        }
        Uitkomst uitkomst = soort == Berichtsoort.IO31 ? Io31Controle.controleer(doc, kop, kennis)
                : MeldingControle.controleer(soort, doc, kop, kennis);
        // the retour follows from the findings alone; the log row goes first because the take-over refers to it
        Antwoord antwoord = rond(entry, Berichtlog.Status.VERWERKT,
                RetourBouwer.retour(doc, soort, uitkomst.bevindingen(), retourId(entry), vandaag, false),
                uitkomst.bevindingen(), null, start);
        log.legVast(entry, bsns(doc), true);
        overname.neemOver(soort, doc, kop, uitkomst, entry.id());
        return antwoord;
    }

    private Antwoord afgekeurd(Document doc, Berichtsoort soort, byte[] xml, String hash, String partner, String reden,
                               long start, LocalDate vandaag) {
        LOG.info(() -> "Bericht " + soort + " afgekeurd (0001): " + reden);
        String ontvanger = Zorgkantoor.codes().get(0);
        String afzender = partner != null && !GEEN_PARTNER.equals(partner) ? partner
                : soort.heeftAfzender() ? "00000000" : Kop.CIZ;
        Berichtlog nieuw = new Berichtlog("IN", soort.name(), afzender, ontvanger,
                identificatie(bruikbaar(doc, soort)), hash,
                xml.length <= VeiligeXml.MAX_BYTES ? VeiligeXml.tekst(xml) : null, klok.nu().toInstant());
        nieuw.inRegio(regio(bruikbaar(doc, soort)));
        Berichtlog entry = log.nieuw(nieuw);
        Document retour = RetourBouwer.afgekeurd(bruikbaar(doc, soort), soort, afzender, ontvanger, retourId(entry),
                vandaag);
        String tekst = VeiligeXml.tekst(retour);
        entry.afgerond(Berichtlog.Status.AFGEKEURD, Bevindingen.TECHNISCH_AFGEKEURD, reden, tekst, millis(start));
        log.legVast(entry, java.util.Set.of());
        return new Antwoord(tekst, Optional.of(retour), entry.id(), entry.status().name(),
                Bevindingen.TECHNISCH_AFGEKEURD);
    }

    /** The BSNs of the clients in a message (element Bsn of every Client), for the log's BSN filter. */
    private static java.util.Set<String> bsns(Document doc) {
        java.util.Set<String> bsns = new java.util.TreeSet<>();
        org.w3c.dom.NodeList lijst = doc.getElementsByTagNameNS(doc.getDocumentElement().getNamespaceURI(), "Bsn");
        for (int i = 0; i < lijst.getLength(); i++) {
            String bsn = lijst.item(i).getTextContent().trim();
            if (bsn.matches("[0-9]{9}")) {
                bsns.add(bsn);
            }
        }
        return bsns;
    }

    /**
     * The region of a rejected message: its Ontvanger when that is one of our zorgkantoorcodes, else none (then only
     * no regional staff member sees it: a message that names no region of ours belongs to none).
     */
    private static String regio(Document doc) {
        if (doc == null) {
            return null;
        }
        String ontvanger = nl.zorgkantoor.wlz.uitwisseling.bericht.Xml.kind(doc.getDocumentElement(), "Header")
                .map(h -> nl.zorgkantoor.wlz.uitwisseling.bericht.Xml.tekst(h, "Ontvanger")).orElse(null);
        return ontvanger != null && Zorgkantoor.codes().contains(ontvanger.trim()) ? ontvanger.trim() : null;
    }

    /**
     * The Identificatie of a rejected message whose header could be read, so the log can be searched by it and the
     * partner's question "what happened to message X" has an answer; at most 12 characters, like the column.
     */
    private static String identificatie(Document doc) {
        if (doc == null) {
            return null;
        }
        String id = nl.zorgkantoor.wlz.uitwisseling.bericht.Xml.kind(doc.getDocumentElement(), "Header")
                .map(h -> nl.zorgkantoor.wlz.uitwisseling.bericht.Xml.tekst(h, "BerichtIdentificatie", "Identificatie"))
                .map(String::trim).filter(t -> !t.isEmpty()).orElse(null);
        return id == null || id.length() <= 12 ? id : id.substring(0, 12);
    }

    /** Header values of a rejected message are echoed only when it is at least the expected message. */
    private static Document bruikbaar(Document doc, Berichtsoort soort) {
        return doc != null && soort.namespace().equals(doc.getDocumentElement().getNamespaceURI()) ? doc : null;
    }

    private Antwoord rond(Berichtlog entry, Berichtlog.Status status, Document retour, Bevindingen bevindingen,
                          String toelichting, long start) {
        String tekst = VeiligeXml.tekst(retour);
        entry.afgerond(status, bevindingen.samenvatting(), toelichting, tekst, millis(start));
        return new Antwoord(tekst, Optional.of(retour), entry.id(), status.name(), bevindingen.samenvatting());
    }

    /** IdentificatieRetour: our own number for the retour, at most 12 characters. */
    private static String retourId(Berichtlog entry) {
        return "R" + entry.id();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String hash(byte[] xml) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
