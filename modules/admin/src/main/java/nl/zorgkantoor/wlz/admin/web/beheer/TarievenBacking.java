package nl.zorgkantoor.wlz.admin.web.beheer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Meldingen;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.budget.api.ProfieltariefView;
import nl.zorgkantoor.wlz.budget.api.Tariefbeheer;
import nl.zorgkantoor.wlz.budget.api.TariefimportGeweigerd;
import nl.zorgkantoor.wlz.budget.api.TariefversieView;
import nl.zorgkantoor.wlz.budget.api.ToeslagView;
import nl.zorgkantoor.wlz.kernel.platform.Klok;

/**
 * Beheer › Tarieven (RULES B-03): the versions with their provenance, the tables in force for a chosen year, and the
 * import of new figures as the four CSV files. The file of each field is what the field says it is, whatever its
 * name; the budget context validates the content and stores it as the next version.
 */
@Named
@ViewScoped
public class TarievenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The shipped files are ≈ 100 kB for twelve years; 2 MB per file leaves room and bounds what is read. */
    static final int MAXIMUM_BYTES = 2 * 1024 * 1024;

    private static final java.time.format.DateTimeFormatter MOMENT =
            java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    @EJB
    private Tariefbeheer beheer;

    @Inject
    private Vastlegging vastlegging;

    @Inject
    private Klok klok;

    private Integer jaar;
    private String omschrijving;
    private transient Part profieltarievenBestand;
    private transient Part toeslagenBestand;
    private transient Part mptBestand;
    private transient Part parametersBestand;
    private transient List<TariefversieView> versies;
    private transient List<String> importfouten;

    public List<TariefversieView> getVersies() {
        if (versies == null) {
            versies = beheer.versies();
        }
        return versies;
    }

    public List<Integer> getJaren() {
        return beheer.jaren();
    }

    public List<ProfieltariefView> getProfieltarieven() {
        return beheer.profieltarieven(getJaar());
    }

    public List<ToeslagView> getToeslagen() {
        return beheer.toeslagen(getJaar());
    }

    public void importeer() {
        importfouten = null;
        if (omschrijving == null || omschrijving.isBlank()) {
            Meldingen.fout("Vul een omschrijving in, bijvoorbeeld \"Tarieven 2027 (NZa-beleidsregel)\".");
            return;
        }
        Map<String, String> bestanden = new LinkedHashMap<>();
        List<String> namen = new ArrayList<>();
        List<String> fouten = new ArrayList<>();
        Part[] velden = {profieltarievenBestand, toeslagenBestand, mptBestand, parametersBestand};
        for (int i = 0; i < velden.length; i++) {
            String rol = Tariefbeheer.BESTANDEN.get(i);
            String tekst = lees(velden[i], rol, fouten);
            if (tekst != null) {
                bestanden.put(rol, tekst);
                namen.add(bestandsnaam(velden[i].getSubmittedFileName()));
            }
        }
        if (!fouten.isEmpty()) {
            toonFouten(fouten);
            return;
        }
        try {
            TariefversieView versie = beheer.importeer(bestanden, omschrijving, "upload " + String.join(", ", namen));
            vastlegging.toegestaan(Actie.BEHEER, null, "tariefversie " + versie.versie(),
                    "geladen: jaren " + versie.jaren() + " (" + versie.omschrijving() + ")");
            Meldingen.info("Tariefversie " + versie.versie() + " is geladen: " + jaren(versie.jaren())
                    + ". Berekeningen voor " + jaren(versie.jaren()) + " gebruiken nu deze tarieven.");
            jaar = versie.jaren().get(0);
            omschrijving = null;
            versies = null;
        } catch (TariefimportGeweigerd e) {
            toonFouten(e.fouten());
        } catch (RuntimeException e) {
            Meldingen.fout(e);
        }
    }

    private void toonFouten(List<String> fouten) {
        importfouten = List.copyOf(fouten);
        Meldingen.fout("De tarieven zijn niet geladen: " + fouten.size()
                + (fouten.size() == 1 ? " fout" : " fouten") + " (zie de lijst). Er is niets opgeslagen.");
    }

    /** The text of one uploaded file, or null with a reason in {@code fouten}; only strict UTF-8 is accepted. */
    private static String lees(Part deel, String rol, List<String> fouten) {
        if (deel == null || deel.getSize() == 0) {
            fouten.add(rol + ": kies het bestand.");
            return null;
        }
        if (deel.getSize() > MAXIMUM_BYTES) {
            fouten.add(rol + ": het bestand is groter dan 2 MB.");
            return null;
        }
        try (InputStream in = deel.getInputStream()) {
            byte[] inhoud = in.readNBytes(MAXIMUM_BYTES + 1);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(inhoud)).toString();
        } catch (CharacterCodingException e) {
            fouten.add(rol + ": het bestand is geen UTF-8-tekst (sla het op als CSV UTF-8).");
        } catch (IOException e) {
            fouten.add(rol + ": het bestand kon niet worden gelezen; probeer het opnieuw.");
        }
        return null;
    }

    private static String bestandsnaam(String ingezonden) {
        if (ingezonden == null || ingezonden.isBlank()) {
            return "(zonder naam)";
        }
        String naam = ingezonden.replace('\\', '/');
        naam = naam.substring(naam.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return naam.length() > 60 ? naam.substring(0, 60) : naam;
    }

    private static String jaren(List<Integer> jaren) {
        return jaren.size() == 1 ? "jaar " + jaren.get(0) : "jaren " + jaren.get(0) + "–" + jaren.get(jaren.size() - 1);
    }

    /** A moment as a Dutch administrator reads it: local time of the zorgkantoor, to the minute. */
    public String moment(java.time.Instant moment) {
        return MOMENT.format(moment.atZone(Klok.ZONE));
    }

    public String jarenTekst(List<Integer> jaren) {
        return jaren.isEmpty() ? "–" : jaren(jaren).replaceFirst("^jaren? ", "");
    }

    public Integer getJaar() {
        if (jaar == null) {
            List<Integer> alle = getJaren();
            int ditJaar = klok.vandaag().getYear();
            jaar = alle.contains(ditJaar) ? ditJaar : alle.isEmpty() ? ditJaar : alle.get(alle.size() - 1);
        }
        return jaar;
    }

    public void setJaar(Integer jaar) {
        this.jaar = jaar;
    }

    public List<String> getImportfouten() {
        return importfouten;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public void setOmschrijving(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public Part getProfieltarievenBestand() {
        return profieltarievenBestand;
    }

    public void setProfieltarievenBestand(Part bestand) {
        this.profieltarievenBestand = bestand;
    }

    public Part getToeslagenBestand() {
        return toeslagenBestand;
    }

    public void setToeslagenBestand(Part bestand) {
        this.toeslagenBestand = bestand;
    }

    public Part getMptBestand() {
        return mptBestand;
    }

    public void setMptBestand(Part bestand) {
        this.mptBestand = bestand;
    }

    public Part getParametersBestand() {
        return parametersBestand;
    }

    public void setParametersBestand(Part bestand) {
        this.parametersBestand = bestand;
    }
}
