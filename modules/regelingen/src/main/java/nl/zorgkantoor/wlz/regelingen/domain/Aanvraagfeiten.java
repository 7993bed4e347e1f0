package nl.zorgkantoor.wlz.regelingen.domain;

import nl.zorgkantoor.wlz.regelingen.api.Toeslagsoort;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import nl.zorgkantoor.wlz.regelingen.api.Aanvraaggegevens;
import java.util.EnumSet;
import java.util.Set;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * The facts an application rests on, as the applicant gave them and the assessor completed them. One value for all
 * regelingen: each regeling reads the facts its rules need and reports a missing one as an unmet rule. Immutable;
 * a change is a new instance, recorded as a step.
 */
@Embeddable
public class Aanvraagfeiten {

    @Convert(converter = LeveringsvormenConverter.class)
    @Column(name = "leveringsvormen", nullable = false, length = 60)
    private Set<Leveringsvorm> leveringsvormen = EnumSet.noneOf(Leveringsvorm.class);

    // meerzorg (RULES M-01, M-02, M-04, M-05)
    @Column(name = "gedragsproblematiek")
    private Boolean gedragsproblematiek;
    @Column(name = "beademing")
    private Boolean beademing;
    @Column(name = "permanent_toezicht_somatisch")
    private Boolean permanentToezichtSomatisch;
    @Column(name = "zorgbehoefte_uren", precision = 8, scale = 2)
    private BigDecimal zorgbehoefteUrenPerWeek;
    @Enumerated(EnumType.STRING)
    @Column(name = "profiel_31122014", length = 10)
    private Zorgprofiel profielOp31122014;
    @Column(name = "duurzame_behoefte")
    private Boolean duurzameBehoefte;

    // toeslag (RULES T-01, T-02)
    @Enumerated(EnumType.STRING)
    @Column(name = "toeslagsoort", length = 40)
    private Toeslagsoort toeslag;
    @Column(name = "aandoening", length = 500)
    private String aandoening;
    @Column(name = "productiejaar")
    private Integer productiejaar;

    // ekt (RULES E-03, E-07)
    @Column(name = "kind_onder_18")
    private Boolean kindOnder18;
    @Column(name = "somatisch_zonder_vg_psy_pg")
    private Boolean somatischZonderVgPsyPg;
    @Column(name = "werkt_of_studeert_thuis")
    private Boolean werktOfStudeertThuis;
    @Column(name = "zorgprofiel_ontoereikend")
    private Boolean zorgprofielOntoereikend;
    @Column(name = "rechthebbenden_huishouden")
    private Integer rechthebbendenInHuishouden;

    // pab (RULES P-02, P-05)
    @Column(name = "medische_noodzaak")
    private Boolean medischeNoodzaak;
    @Column(name = "cognitieve_beperking")
    private Boolean cognitieveBeperking;
    @Column(name = "vertegenwoordiger")
    private Boolean vertegenwoordiger;
    @Column(name = "mantelzorg")
    private Boolean mantelzorg;
    @Column(name = "extra_uren", precision = 8, scale = 2)
    private BigDecimal extraUrenPerWeek;
    @Column(name = "uurtarief", precision = 14, scale = 2)
    private BigDecimal uurtarief;

    // overbruggingszorg (RULES O-02)
    @Column(name = "alternatief_geweigerd")
    private Boolean alternatiefGeweigerd;

    protected Aanvraagfeiten() {
    }

    public static Bouwer voor(Set<Leveringsvorm> leveringsvormen) {
        return new Bouwer(leveringsvormen);
    }

    /** From the facts as the api carries them. */
    public static Aanvraagfeiten van(Aanvraaggegevens g) {
        if (g == null) {
            throw new RegelOvertreding("De gegevens van de aanvraag ontbreken.");
        }
        return voor(g.leveringsvormen())
                .gedragsproblematiek(g.gedragsproblematiek())
                .beademing(g.beademing())
                .permanentToezichtSomatisch(g.permanentToezichtSomatisch())
                .zorgbehoefteUrenPerWeek(g.zorgbehoefteUrenPerWeek())
                .profielOp31122014(g.profielOp31122014())
                .duurzameBehoefte(g.duurzameBehoefte())
                .toeslag(g.toeslag())
                .aandoening(g.aandoening())
                .productiejaar(g.productiejaar())
                .kindOnder18(g.kindOnder18())
                .somatischZonderVgPsyPg(g.somatischZonderVgPsyPg())
                .werktOfStudeertThuis(g.werktOfStudeertThuis())
                .zorgprofielOntoereikend(g.zorgprofielOntoereikend())
                .rechthebbendenInHuishouden(g.rechthebbendenInHuishouden())
                .medischeNoodzaak(g.medischeNoodzaak())
                .cognitieveBeperking(g.cognitieveBeperking())
                .vertegenwoordiger(g.vertegenwoordiger())
                .mantelzorg(g.mantelzorg())
                .extraUrenPerWeek(g.extraUrenPerWeek())
                .uurtarief(g.uurtarief())
                .alternatiefGeweigerd(g.alternatiefGeweigerd())
                .bouw();
    }

    public Aanvraaggegevens alsGegevens() {
        return new Aanvraaggegevens(leveringsvormen(), gedragsproblematiek, beademing, permanentToezichtSomatisch, zorgbehoefteUrenPerWeek, profielOp31122014, duurzameBehoefte, toeslag, aandoening, productiejaar, kindOnder18, somatischZonderVgPsyPg, werktOfStudeertThuis, zorgprofielOntoereikend, rechthebbendenInHuishouden, medischeNoodzaak, cognitieveBeperking, vertegenwoordiger, mantelzorg, extraUrenPerWeek, uurtarief, alternatiefGeweigerd);
    }

    public Bouwer wijzig() {
        Bouwer b = new Bouwer(leveringsvormen);
        b.f = kopie();
        return b;
    }

    private Aanvraagfeiten kopie() {
        Aanvraagfeiten k = new Aanvraagfeiten();
        k.leveringsvormen = leveringsvormen.isEmpty() ? EnumSet.noneOf(Leveringsvorm.class) : EnumSet.copyOf(leveringsvormen);
        k.gedragsproblematiek = gedragsproblematiek;
        k.beademing = beademing;
        k.permanentToezichtSomatisch = permanentToezichtSomatisch;
        k.zorgbehoefteUrenPerWeek = zorgbehoefteUrenPerWeek;
        k.profielOp31122014 = profielOp31122014;
        k.duurzameBehoefte = duurzameBehoefte;
        k.toeslag = toeslag;
        k.aandoening = aandoening;
        k.productiejaar = productiejaar;
        k.kindOnder18 = kindOnder18;
        k.somatischZonderVgPsyPg = somatischZonderVgPsyPg;
        k.werktOfStudeertThuis = werktOfStudeertThuis;
        k.zorgprofielOntoereikend = zorgprofielOntoereikend;
        k.rechthebbendenInHuishouden = rechthebbendenInHuishouden;
        k.medischeNoodzaak = medischeNoodzaak;
        k.cognitieveBeperking = cognitieveBeperking;
        k.vertegenwoordiger = vertegenwoordiger;
        k.mantelzorg = mantelzorg;
        k.extraUrenPerWeek = extraUrenPerWeek;
        k.uurtarief = uurtarief;
        k.alternatiefGeweigerd = alternatiefGeweigerd;
        return k;
    }

    public Set<Leveringsvorm> leveringsvormen() {
        return leveringsvormen.isEmpty() ? EnumSet.noneOf(Leveringsvorm.class) : EnumSet.copyOf(leveringsvormen);
    }

    public boolean heeft(Leveringsvorm vorm) {
        return leveringsvormen.contains(vorm);
    }

    public Boolean gedragsproblematiek() {
        return gedragsproblematiek;
    }

    public boolean isBeademing() {
        return Boolean.TRUE.equals(beademing);
    }

    public Boolean beademing() {
        return beademing;
    }

    public Boolean permanentToezichtSomatisch() {
        return permanentToezichtSomatisch;
    }

    public BigDecimal zorgbehoefteUrenPerWeek() {
        return zorgbehoefteUrenPerWeek;
    }

    public Zorgprofiel profielOp31122014() {
        return profielOp31122014;
    }

    public boolean isDuurzameBehoefte() {
        return Boolean.TRUE.equals(duurzameBehoefte);
    }

    public Boolean duurzameBehoefte() {
        return duurzameBehoefte;
    }

    public Toeslagsoort toeslag() {
        return toeslag;
    }

    public String aandoening() {
        return aandoening;
    }

    public Integer productiejaar() {
        return productiejaar;
    }

    public Boolean kindOnder18() {
        return kindOnder18;
    }

    public Boolean somatischZonderVgPsyPg() {
        return somatischZonderVgPsyPg;
    }

    public Boolean werktOfStudeertThuis() {
        return werktOfStudeertThuis;
    }

    public Boolean zorgprofielOntoereikend() {
        return zorgprofielOntoereikend;
    }

    public Integer rechthebbendenInHuishouden() {
        return rechthebbendenInHuishouden;
    }

    public Boolean medischeNoodzaak() {
        return medischeNoodzaak;
    }

    public Boolean cognitieveBeperking() {
        return cognitieveBeperking;
    }

    public Boolean vertegenwoordiger() {
        return vertegenwoordiger;
    }

    public Boolean mantelzorg() {
        return mantelzorg;
    }

    public BigDecimal extraUrenPerWeek() {
        return extraUrenPerWeek;
    }

    public BigDecimal uurtarief() {
        return uurtarief;
    }

    public Boolean alternatiefGeweigerd() {
        return alternatiefGeweigerd;
    }

    /** Builds the facts of one application; every setter accepts null for "not (yet) known". */
    public static final class Bouwer {
        private Aanvraagfeiten f = new Aanvraagfeiten();

        private Bouwer(Set<Leveringsvorm> leveringsvormen) {
            f.leveringsvormen = leveringsvormen == null || leveringsvormen.isEmpty()
                    ? EnumSet.noneOf(Leveringsvorm.class) : EnumSet.copyOf(leveringsvormen);
        }

        public Bouwer leveringsvormen(Set<Leveringsvorm> v) {
            f.leveringsvormen = v == null || v.isEmpty() ? EnumSet.noneOf(Leveringsvorm.class) : EnumSet.copyOf(v);
            return this;
        }

        public Bouwer gedragsproblematiek(Boolean v) {
            f.gedragsproblematiek = v;
            return this;
        }

        public Bouwer beademing(Boolean v) {
            f.beademing = v;
            return this;
        }

        public Bouwer permanentToezichtSomatisch(Boolean v) {
            f.permanentToezichtSomatisch = v;
            return this;
        }

        public Bouwer zorgbehoefteUrenPerWeek(BigDecimal v) {
            if (v != null && v.signum() < 0) {
                throw new RegelOvertreding("De zorgbehoefte in uren kan niet negatief zijn.");
            }
            f.zorgbehoefteUrenPerWeek = v;
            return this;
        }

        public Bouwer profielOp31122014(Zorgprofiel v) {
            f.profielOp31122014 = v;
            return this;
        }

        public Bouwer duurzameBehoefte(Boolean v) {
            f.duurzameBehoefte = v;
            return this;
        }

        public Bouwer toeslag(Toeslagsoort v) {
            f.toeslag = v;
            return this;
        }

        public Bouwer aandoening(String v) {
            f.aandoening = v == null || v.isBlank() ? null : v.strip();
            return this;
        }

        public Bouwer productiejaar(Integer v) {
            f.productiejaar = v;
            return this;
        }

        public Bouwer kindOnder18(Boolean v) {
            f.kindOnder18 = v;
            return this;
        }

        public Bouwer somatischZonderVgPsyPg(Boolean v) {
            f.somatischZonderVgPsyPg = v;
            return this;
        }

        public Bouwer werktOfStudeertThuis(Boolean v) {
            f.werktOfStudeertThuis = v;
            return this;
        }

        public Bouwer zorgprofielOntoereikend(Boolean v) {
            f.zorgprofielOntoereikend = v;
            return this;
        }

        public Bouwer rechthebbendenInHuishouden(Integer v) {
            if (v != null && v < 1) {
                throw new RegelOvertreding("Het aantal rechthebbenden in het huishouden is minstens 1.");
            }
            f.rechthebbendenInHuishouden = v;
            return this;
        }

        public Bouwer medischeNoodzaak(Boolean v) {
            f.medischeNoodzaak = v;
            return this;
        }

        public Bouwer cognitieveBeperking(Boolean v) {
            f.cognitieveBeperking = v;
            return this;
        }

        public Bouwer vertegenwoordiger(Boolean v) {
            f.vertegenwoordiger = v;
            return this;
        }

        public Bouwer mantelzorg(Boolean v) {
            f.mantelzorg = v;
            return this;
        }

        public Bouwer extraUrenPerWeek(BigDecimal v) {
            if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(168)) > 0)) {
                throw new RegelOvertreding("Het aantal extra uren per week ligt tussen 0 en 168.");
            }
            f.extraUrenPerWeek = v;
            return this;
        }

        public Bouwer uurtarief(BigDecimal v) {
            if (v != null && v.signum() < 0) {
                throw new RegelOvertreding("Het uurtarief kan niet negatief zijn.");
            }
            f.uurtarief = v;
            return this;
        }

        public Bouwer alternatiefGeweigerd(Boolean v) {
            f.alternatiefGeweigerd = v;
            return this;
        }

        public Aanvraagfeiten bouw() {
            Aanvraagfeiten klaar = f.kopie();
            return klaar;
        }
    }
}
