package nl.zorgkantoor.wlz.admin.web.regelingen;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Meldingen;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.admin.web.Weigering;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.platform.Klok;
import nl.zorgkantoor.wlz.kernel.toegang.GeenToegangException;
import nl.zorgkantoor.wlz.kernel.toegang.HuidigeGebruiker;
import nl.zorgkantoor.wlz.kernel.toegang.Rollen;
import nl.zorgkantoor.wlz.regelingen.api.AanvraagView;
import nl.zorgkantoor.wlz.regelingen.api.Bedragregel;
import nl.zorgkantoor.wlz.regelingen.api.Besluiten;
import nl.zorgkantoor.wlz.regelingen.api.DocumentToevoegen;
import nl.zorgkantoor.wlz.regelingen.api.Documenttype;
import nl.zorgkantoor.wlz.regelingen.api.RegelingFout;
import nl.zorgkantoor.wlz.regelingen.api.RegelingenService;
import nl.zorgkantoor.wlz.regelingen.api.Status;
import nl.zorgkantoor.wlz.regelingen.api.Uitkomst;

/**
 * Aanvraag behandelen ({@code aanvraag.xhtml?aanvraag=42}): the case with its rules as they stand, the steps of the
 * workflow, documents, and the decision in two steps (voorbeeld, then vastleggen, which issues the beschikking). The
 * id is untrusted: regelingen checks the case's region against the login's; the rules and the state machine are
 * regelingen's too. This bean only turns the form into commands, and records every view and change in the audit
 * trail (also the refused ones).
 */
@Named
@ViewScoped
public class AanvraagBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ONDERWERP = "aanvraag";
    /** Three lines cover every regeling: pgb, mpt and (for toeslag/meerzorg) verblijf (RULES L-02). */
    private static final int REGELS = 3;
    private static final java.time.format.DateTimeFormatter TIJD = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    @EJB
    private RegelingenService regelingen;

    @Inject
    private Vastlegging vastlegging;

    @Inject
    private HuidigeGebruiker huidigeGebruiker;

    @Inject
    private Klok klok;

    private Long aanvraagId;
    private AanvraagView aanvraag;

    private String adviseur;
    private String adviesvraag;
    private LocalDate datum;
    private Boolean adviesPositief;
    private String tekst;
    private Documenttype documenttype;
    private transient Part bestand;

    private Uitkomst uitkomst;
    private LocalDate ingangsdatum;
    private Integer maanden = 12;
    private final List<Regel> regels = new ArrayList<>();
    private String motivering;
    private boolean bevestigE04;
    private String doelmatigheidsnotitie;
    private boolean voorbeeld;

    /** f:viewAction: runs before rendering, on GET only. */
    public void open() {
        if (aanvraagId == null) {
            Weigering.nietGevonden();
            return;
        }
        Optional<AanvraagView> gevonden;
        try {
            gevonden = regelingen.zoek(aanvraagId);
        } catch (GeenToegangException e) {
            vastlegging.geweigerd(Actie.INZIEN, null, ONDERWERP + " " + aanvraagId, e.getMessage());
            Weigering.geenToegang();
            return;
        }
        if (gevonden.isEmpty()) {
            Weigering.nietGevonden();
            return;
        }
        aanvraag = gevonden.get();
        vastlegging.toegestaan(Actie.INZIEN, aanvraag.clientId(), ONDERWERP + " " + aanvraagId,
                aanvraag.soort().omschrijving() + ", " + aanvraag.status().omschrijving());
        ingangsdatum = klok.vandaag();
        datum = klok.vandaag();
        for (int i = 0; i < REGELS; i++) {
            regels.add(new Regel());
        }
        if (!aanvraag.gegevens().leveringsvormen().isEmpty()) {
            List<Leveringsvorm> vormen = List.copyOf(aanvraag.gegevens().leveringsvormen());
            for (int i = 0; i < Math.min(REGELS, vormen.size()); i++) {
                regels.get(i).setLeveringsvorm(vormen.get(i));
            }
        }
    }

    public void neemInBehandeling() {
        voerUit(Actie.WIJZIGEN, "in behandeling genomen",
                () -> regelingen.neemInBehandeling(aanvraagId, aanvraag.versie(), wie()));
    }

    public void vraagAdvies() {
        voerUit(Actie.WIJZIGEN, "advies gevraagd aan " + adviseur,
                () -> regelingen.vraagAdvies(aanvraagId, aanvraag.versie(), adviseur, adviesvraag, wie()));
    }

    public void legAdviesVast() {
        voerUit(Actie.WIJZIGEN, "advies vastgelegd (" + (Boolean.TRUE.equals(adviesPositief) ? "positief" : "negatief") + ")",
                () -> regelingen.legAdviesVast(aanvraagId, aanvraag.versie(), datum, Boolean.TRUE.equals(adviesPositief),
                        tekst, wie()));
    }

    public void legHuisbezoekVast() {
        voerUit(Actie.WIJZIGEN, "huisbezoek vastgelegd", () -> regelingen.legHuisbezoekVast(aanvraagId, datum, tekst, wie()));
    }

    public void legGesprekVast() {
        voerUit(Actie.WIJZIGEN, "gesprek vastgelegd", () -> regelingen.legGesprekVast(aanvraagId, datum, tekst, wie()));
    }

    public void voegDocumentToe() {
        if (bestand == null || bestand.getSize() == 0) {
            Meldingen.fout("Kies een bestand (PDF, PNG of JPEG).");
            return;
        }
        byte[] inhoud;
        try (InputStream in = bestand.getInputStream()) {
            inhoud = in.readAllBytes();
        } catch (IOException e) {
            Meldingen.fout("Het bestand kon niet worden gelezen. Probeer het opnieuw.");
            return;
        }
        String naam = bestandsnaam(bestand.getSubmittedFileName());
        // The content type the browser sends is not trusted: regelingen checks the bytes and the size.
        voerUit(Actie.WIJZIGEN, "document toegevoegd: " + naam + " (" + inhoud.length + " bytes)",
                () -> regelingen.voegDocumentToe(new DocumentToevoegen(aanvraagId, documenttype, datum, naam, inhoud,
                        wie())));
    }

    /** Step 1 of the decision: show what will be decided; nothing is stored. */
    public void toonVoorbeeld() {
        if (!isMagBesluiten()) {
            weigerBesluit();
            return;
        }
        if (uitkomst == null) {
            Meldingen.fout("Kies de uitkomst: toekennen of afwijzen.");
            return;
        }
        if (motivering == null || motivering.isBlank()) {
            Meldingen.fout("Vul de motivering in; die komt in de beschikking.");
            return;
        }
        voorbeeld = true;
    }

    public void wijzigBesluit() {
        voorbeeld = false;
    }

    /** Step 2: decide; regelingen stores the decision and the beschikking PDF in one transaction. */
    public void besluit() {
        if (!isMagBesluiten()) {
            weigerBesluit();
            return;
        }
        Besluiten opdracht = new Besluiten(aanvraagId, aanvraag.versie(), uitkomst,
                uitkomst == Uitkomst.TOEGEKEND ? ingangsdatum : null,
                uitkomst == Uitkomst.TOEGEKEND && maanden != null ? maanden : 0, getBesluitregels(), motivering, wie(),
                bevestigE04 ? wie() : null, leeg(doelmatigheidsnotitie) ? null : doelmatigheidsnotitie);
        if (voerUit(Actie.BESLUITEN, "besluit: " + uitkomst, () -> regelingen.besluit(opdracht))) {
            voorbeeld = false;
            Meldingen.info("Het besluit is vastgelegd en de beschikking is gemaakt.");
        }
    }

    /** The decision lines as regelingen takes them: only the filled ones. */
    public List<Bedragregel> getBesluitregels() {
        List<Bedragregel> lijst = new ArrayList<>();
        if (uitkomst != Uitkomst.TOEGEKEND) {
            return lijst;
        }
        for (Regel r : regels) {
            if (r.getLeveringsvorm() != null && r.getBedrag() != null) {
                lijst.add(new Bedragregel(r.getLeveringsvorm(),
                        leeg(r.getOmschrijving()) ? aanvraag.soort().omschrijving() : r.getOmschrijving(),
                        Bedrag.euro(r.getBedrag().toPlainString())));
            }
        }
        return lijst;
    }

    public Bedrag getTotaal() {
        return getBesluitregels().stream().map(Bedragregel::bedragPerJaar).reduce(Bedrag.NUL, Bedrag::plus);
    }

    private boolean voerUit(Actie actie, String wat, Supplier<AanvraagView> opdracht) {
        try {
            aanvraag = opdracht.get();
            vastlegging.toegestaan(actie, aanvraag.clientId(), ONDERWERP + " " + aanvraagId, wat);
            if (actie != Actie.BESLUITEN) {
                Meldingen.info("Vastgelegd: " + wat + ".");
            }
            tekst = null;
            return true;
        } catch (RegelingFout e) {
            vastlegging.geweigerd(actie, aanvraag.clientId(), ONDERWERP + " " + aanvraagId, wat + ": " + e.getMessage());
            Meldingen.fout(e.getMessage() + (e.regels().isEmpty() ? "" : " (regel " + String.join(", ", e.regels()) + ")"));
            return false;
        } catch (GeenToegangException e) {
            vastlegging.geweigerd(actie, null, ONDERWERP + " " + aanvraagId, e.getMessage());
            Meldingen.fout("U hebt geen toegang tot deze aanvraag.");
            return false;
        } catch (RuntimeException e) {
            Meldingen.fout(e);
            return false;
        }
    }

    private void weigerBesluit() {
        vastlegging.geweigerd(Actie.BESLUITEN, aanvraag.clientId(), ONDERWERP + " " + aanvraagId,
                "alleen een beoordelaar besluit");
        Meldingen.fout("Alleen een beoordelaar kan over een aanvraag besluiten.");
    }

    private String wie() {
        return huidigeGebruiker.get().naam();
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

    /** Only the last path segment of what the browser sends (old browsers send the full local path). */
    private static String bestandsnaam(String ingezonden) {
        if (ingezonden == null || ingezonden.isBlank()) {
            return "document";
        }
        String naam = ingezonden.replace('\\', '/');
        return naam.substring(naam.lastIndexOf('/') + 1);
    }

    public boolean isMagBesluiten() {
        return huidigeGebruiker.get().heeftRol(Rollen.BEOORDELAAR) && aanvraag != null
                && aanvraag.status() != null && aanvraag.status().magNaar(Status.TOEGEKEND);
    }

    public boolean isOpen() {
        return aanvraag != null && aanvraag.status().isOpen();
    }

    public boolean isKanInBehandeling() {
        return aanvraag != null && aanvraag.status().magNaar(Status.IN_BEHANDELING)
                && aanvraag.status() == Status.ONTVANGEN;
    }

    public boolean isKanAdviesVragen() {
        return aanvraag != null && aanvraag.status().magNaar(Status.ADVIES_GEVRAAGD);
    }

    public boolean isWachtOpAdvies() {
        return aanvraag != null && aanvraag.status() == Status.ADVIES_GEVRAAGD;
    }

    /** Moments of the history in the zorgkantoor's time zone. */
    public String tijd(java.time.Instant moment) {
        return moment == null ? "" : TIJD.format(moment.atZone(Klok.ZONE));
    }

    public String periode(nl.zorgkantoor.wlz.kernel.Periode p) {
        if (p == null) {
            return "–";
        }
        java.time.format.DateTimeFormatter dag = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
        return p.begin().format(dag) + " t/m " + (p.eind() == null ? "(open)" : p.eind().format(dag));
    }

    public List<Documenttype> getDocumenttypes() {
        return List.of(Documenttype.values());
    }

    public List<Leveringsvorm> getLeveringsvormen() {
        return List.of(Leveringsvorm.values());
    }

    public List<Uitkomst> getUitkomsten() {
        return List.of(Uitkomst.values());
    }

    /** One editable decision line. */
    public static class Regel implements Serializable {
        private static final long serialVersionUID = 1L;
        private Leveringsvorm leveringsvorm;
        private String omschrijving;
        private BigDecimal bedrag;

        public Leveringsvorm getLeveringsvorm() {
            return leveringsvorm;
        }

        public void setLeveringsvorm(Leveringsvorm leveringsvorm) {
            this.leveringsvorm = leveringsvorm;
        }

        public String getOmschrijving() {
            return omschrijving;
        }

        public void setOmschrijving(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public BigDecimal getBedrag() {
            return bedrag;
        }

        public void setBedrag(BigDecimal bedrag) {
            this.bedrag = bedrag;
        }
    }

    public Long getAanvraagId() {
        return aanvraagId;
    }

    public void setAanvraagId(Long aanvraagId) {
        this.aanvraagId = aanvraagId;
    }

    public AanvraagView getAanvraag() {
        return aanvraag;
    }

    public List<Regel> getRegels() {
        return regels;
    }

    public String getAdviseur() {
        return adviseur;
    }

    public void setAdviseur(String adviseur) {
        this.adviseur = adviseur;
    }

    public String getAdviesvraag() {
        return adviesvraag;
    }

    public void setAdviesvraag(String adviesvraag) {
        this.adviesvraag = adviesvraag;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public Boolean getAdviesPositief() {
        return adviesPositief;
    }

    public void setAdviesPositief(Boolean adviesPositief) {
        this.adviesPositief = adviesPositief;
    }

    public String getTekst() {
        return tekst;
    }

    public void setTekst(String tekst) {
        this.tekst = tekst;
    }

    public Documenttype getDocumenttype() {
        return documenttype;
    }

    public void setDocumenttype(Documenttype documenttype) {
        this.documenttype = documenttype;
    }

    public Part getBestand() {
        return bestand;
    }

    public void setBestand(Part bestand) {
        this.bestand = bestand;
    }

    public Uitkomst getUitkomst() {
        return uitkomst;
    }

    public void setUitkomst(Uitkomst uitkomst) {
        this.uitkomst = uitkomst;
    }

    public LocalDate getIngangsdatum() {
        return ingangsdatum;
    }

    public void setIngangsdatum(LocalDate ingangsdatum) {
        this.ingangsdatum = ingangsdatum;
    }

    public Integer getMaanden() {
        return maanden;
    }

    public void setMaanden(Integer maanden) {
        this.maanden = maanden;
    }

    public String getMotivering() {
        return motivering;
    }

    public void setMotivering(String motivering) {
        this.motivering = motivering;
    }

    public boolean isBevestigE04() {
        return bevestigE04;
    }

    public void setBevestigE04(boolean bevestigE04) {
        this.bevestigE04 = bevestigE04;
    }

    public String getDoelmatigheidsnotitie() {
        return doelmatigheidsnotitie;
    }

    public void setDoelmatigheidsnotitie(String doelmatigheidsnotitie) {
        this.doelmatigheidsnotitie = doelmatigheidsnotitie;
    }

    public boolean isVoorbeeld() {
        return voorbeeld;
    }
}
