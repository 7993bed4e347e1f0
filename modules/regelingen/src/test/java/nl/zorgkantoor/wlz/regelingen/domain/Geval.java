package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Soort;
import nl.zorgkantoor.wlz.regelingen.api.Aanvrager;
import nl.zorgkantoor.wlz.regelingen.api.Documenttype;
import nl.zorgkantoor.wlz.regelingen.api.Uitkomst;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/** Test fixture: one case with a client, fixed tariffs and the data other contexts would give. */
final class Geval {

    static final Instant NU = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);
    static final byte[] PDF = "%PDF-1.4\n%test\n".getBytes();

    /** pgb-plafond 60.000, mpt 50.000, pab maximum 239.110, ekt 25%. */
    static final Tarieven TARIEVEN = new Tarieven() {
        @Override
        public Bedrag jaarbudgetZonderToeslagen(Zorgprofiel profiel, Leveringsvorm vorm, LocalDate peildatum) {
            return vorm == Leveringsvorm.PGB ? Bedrag.euro(60_000) : Bedrag.euro(50_000);
        }

        @Override
        public Bedrag pabMaximum(LocalDate peildatum) {
            return peildatum.getYear() <= 2016 ? Bedrag.euro(219_000) : Bedrag.euro(239_110);
        }

        @Override
        public BigDecimal ektPercentage(LocalDate peildatum) {
            return BigDecimal.valueOf(25);
        }
    };

    Zorgprofiel profiel = Zorgprofiel.VG7;
    LocalDate geboortedatum = LocalDate.of(1990, 5, 1);
    boolean meerzorgSignaal;
    Set<Soort> lopend = Set.of();
    boolean wacht;
    BigDecimal urennorm = BigDecimal.valueOf(20);
    int normDagen = 91;

    Regelingaanvraag aanvraag;

    Clientsituatie client() {
        return new Clientsituatie(7L, "A. de Vries", geboortedatum, profiel, meerzorgSignaal, "5509", 42L);
    }

    Geval dienIn(Soort soort, Aanvrager aanvrager, LocalDate datum, Aanvraagfeiten feiten) {
        aanvraag = Regelingaanvraag.dienIn(soort, aanvrager, "Zorg BV", datum, feiten, client(), "medewerker", NU,
                VANDAAG);
        return this;
    }

    Geval inBehandeling() {
        aanvraag.neemInBehandeling("beoordelaar", NU);
        return this;
    }

    Geval document(Documenttype type) {
        aanvraag.voegDocumentToe(1L, type, VANDAAG, new Bestand("stuk.pdf", PDF), "medewerker", NU, VANDAAG);
        return this;
    }

    /** As if stored: the repository gives a case its id. */
    Geval bewaard(long id) {
        try {
            var veld = Regelingaanvraag.class.getDeclaredField("id");
            veld.setAccessible(true);
            veld.set(aanvraag, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    Toetsingscontext context() {
        return new Toetsingscontext(aanvraag, client(), lopend, wacht, urennorm, normDagen);
    }

    List<Bevinding> toets() {
        return aanvraag.toets(context());
    }

    static Aanvraagfeiten.Bouwer feiten(Leveringsvorm... vormen) {
        return Aanvraagfeiten.voor(vormen.length == 0 ? Set.of() : EnumSet.of(vormen[0], vormen));
    }

    static Besluitvoorstel toekenning(LocalDate ingang, int maanden, Besluitregel... regels) {
        return new Besluitvoorstel(Uitkomst.TOEGEKEND, ingang, maanden, List.of(regels), "Voldoet aan de regels.",
                "beoordelaar", null, null);
    }

    static Besluitregel regel(Leveringsvorm vorm, long euro) {
        return new Besluitregel(vorm, vorm.omschrijving(), Bedrag.euro(euro));
    }

    void besluit(Besluitvoorstel voorstel) {
        aanvraag.besluit(voorstel, context(), TARIEVEN, NU);
    }

    /** The findings for one rule id; fails when the rule did not report at all. */
    static List<Bevinding> van(List<Bevinding> bevindingen, String regel) {
        List<Bevinding> r = bevindingen.stream().filter(b -> b.regel().equals(regel)).toList();
        if (r.isEmpty()) {
            throw new AssertionError("Regel " + regel + " rapporteerde niets: " + bevindingen);
        }
        return r;
    }

    static boolean voldaan(List<Bevinding> bevindingen, String regel) {
        return van(bevindingen, regel).stream().allMatch(Bevinding::isVoldaan);
    }
}
