package nl.zorgkantoor.wlz.regelingen.api;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import nl.zorgkantoor.wlz.kernel.Leveringsvorm;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * The facts an application rests on, for every regeling; each regeling reads the ones its rules need. Null means
 * "not (yet) known" and is reported as an unmet rule, never guessed.
 *
 * @param leveringsvormen the leveringsvormen the regeling is for; pgb and mpt together for a combined budget
 * @param gedragsproblematiek meerzorg: the need rests on gedragsproblematiek (CCE advice, RULES M-04)
 * @param beademing invasive or non-invasive ventilation (RULES I-04, M-02, T-01)
 * @param permanentToezichtSomatisch VG5/VG8 with permanent toezicht for heavy complex somatic problems (RULES I-04)
 * @param zorgbehoefteUrenPerWeek meerzorg: the measured care need (RULES M-02)
 * @param profielOp31122014 the zzp the client had on 31-12-2014 (RULES M-01, P-01)
 * @param duurzameBehoefte a lasting need is evident, allowing a longer term (RULES M-05, E-07)
 * @param toeslag the toeslag requested (RULES T-01)
 * @param aandoening the condition the toeslag rests on (RULES T-01)
 * @param productiejaar the year of the productieafspraak (RULES T-02)
 * @param kindOnder18 ekt before 1 July 2018: raises a child under 18 at home (RULES E-03)
 * @param somatischZonderVgPsyPg ekt before 1 July 2018: somatic/physical limitation without vg, psych or pg (RULES E-03)
 * @param werktOfStudeertThuis ekt before 1 July 2018: works or studies from home (RULES E-03)
 * @param zorgprofielOntoereikend ekt from 1 July 2018: profile-based care at home is insufficient (RULES E-03)
 * @param rechthebbendenInHuishouden ekt: entitled persons in the household (RULES E-07)
 * @param medischeNoodzaak pab: permanent toezicht or 24h care nearby is medically needed (RULES P-02)
 * @param cognitieveBeperking pab: the client has a cognitive limitation (RULES P-02)
 * @param vertegenwoordiger pab: the client needs a representative for the pgb tasks (RULES P-02)
 * @param mantelzorg pab: mantelzorg is present (RULES P-05)
 * @param extraUrenPerWeek pab: the extra care hours per week (RULES P-05)
 * @param uurtarief pab: the hourly rate of the assistance (RULES P-05)
 * @param alternatiefGeweigerd overbruggingszorg: the client refused a suitable alternative (RULES O-02)
 */
public record Aanvraaggegevens(Set<Leveringsvorm> leveringsvormen,
                               Boolean gedragsproblematiek,
                               Boolean beademing,
                               Boolean permanentToezichtSomatisch,
                               BigDecimal zorgbehoefteUrenPerWeek,
                               Zorgprofiel profielOp31122014,
                               Boolean duurzameBehoefte,
                               Toeslagsoort toeslag,
                               String aandoening,
                               Integer productiejaar,
                               Boolean kindOnder18,
                               Boolean somatischZonderVgPsyPg,
                               Boolean werktOfStudeertThuis,
                               Boolean zorgprofielOntoereikend,
                               Integer rechthebbendenInHuishouden,
                               Boolean medischeNoodzaak,
                               Boolean cognitieveBeperking,
                               Boolean vertegenwoordiger,
                               Boolean mantelzorg,
                               BigDecimal extraUrenPerWeek,
                               BigDecimal uurtarief,
                               Boolean alternatiefGeweigerd) {

    public Aanvraaggegevens {
        leveringsvormen = leveringsvormen == null || leveringsvormen.isEmpty() ? Set.of() : Set.copyOf(leveringsvormen);
    }

    public static Bouwer voor(Leveringsvorm eerste, Leveringsvorm... meer) {
        return new Bouwer(EnumSet.of(eerste, meer));
    }

    public static Bouwer voor(Set<Leveringsvorm> leveringsvormen) {
        return new Bouwer(leveringsvormen);
    }

    /** Builds the facts step by step; the UI and the exchange fill only what they know. */
    public static final class Bouwer {
        private Set<Leveringsvorm> leveringsvormen;
        private Boolean gedragsproblematiek;
        private Boolean beademing;
        private Boolean permanentToezichtSomatisch;
        private BigDecimal zorgbehoefteUrenPerWeek;
        private Zorgprofiel profielOp31122014;
        private Boolean duurzameBehoefte;
        private Toeslagsoort toeslag;
        private String aandoening;
        private Integer productiejaar;
        private Boolean kindOnder18;
        private Boolean somatischZonderVgPsyPg;
        private Boolean werktOfStudeertThuis;
        private Boolean zorgprofielOntoereikend;
        private Integer rechthebbendenInHuishouden;
        private Boolean medischeNoodzaak;
        private Boolean cognitieveBeperking;
        private Boolean vertegenwoordiger;
        private Boolean mantelzorg;
        private BigDecimal extraUrenPerWeek;
        private BigDecimal uurtarief;
        private Boolean alternatiefGeweigerd;

        private Bouwer(Set<Leveringsvorm> leveringsvormen) {
            this.leveringsvormen = leveringsvormen;
        }

        public Bouwer gedragsproblematiek(Boolean waarde) {
            this.gedragsproblematiek = waarde;
            return this;
        }

        public Bouwer beademing(Boolean waarde) {
            this.beademing = waarde;
            return this;
        }

        public Bouwer permanentToezichtSomatisch(Boolean waarde) {
            this.permanentToezichtSomatisch = waarde;
            return this;
        }

        public Bouwer zorgbehoefteUrenPerWeek(BigDecimal waarde) {
            this.zorgbehoefteUrenPerWeek = waarde;
            return this;
        }

        public Bouwer profielOp31122014(Zorgprofiel waarde) {
            this.profielOp31122014 = waarde;
            return this;
        }

        public Bouwer duurzameBehoefte(Boolean waarde) {
            this.duurzameBehoefte = waarde;
            return this;
        }

        public Bouwer toeslag(Toeslagsoort waarde) {
            this.toeslag = waarde;
            return this;
        }

        public Bouwer aandoening(String waarde) {
            this.aandoening = waarde;
            return this;
        }

        public Bouwer productiejaar(Integer waarde) {
            this.productiejaar = waarde;
            return this;
        }

        public Bouwer kindOnder18(Boolean waarde) {
            this.kindOnder18 = waarde;
            return this;
        }

        public Bouwer somatischZonderVgPsyPg(Boolean waarde) {
            this.somatischZonderVgPsyPg = waarde;
            return this;
        }

        public Bouwer werktOfStudeertThuis(Boolean waarde) {
            this.werktOfStudeertThuis = waarde;
            return this;
        }

        public Bouwer zorgprofielOntoereikend(Boolean waarde) {
            this.zorgprofielOntoereikend = waarde;
            return this;
        }

        public Bouwer rechthebbendenInHuishouden(Integer waarde) {
            this.rechthebbendenInHuishouden = waarde;
            return this;
        }

        public Bouwer medischeNoodzaak(Boolean waarde) {
            this.medischeNoodzaak = waarde;
            return this;
        }

        public Bouwer cognitieveBeperking(Boolean waarde) {
            this.cognitieveBeperking = waarde;
            return this;
        }

        public Bouwer vertegenwoordiger(Boolean waarde) {
            this.vertegenwoordiger = waarde;
            return this;
        }

        public Bouwer mantelzorg(Boolean waarde) {
            this.mantelzorg = waarde;
            return this;
        }

        public Bouwer extraUrenPerWeek(BigDecimal waarde) {
            this.extraUrenPerWeek = waarde;
            return this;
        }

        public Bouwer uurtarief(BigDecimal waarde) {
            this.uurtarief = waarde;
            return this;
        }

        public Bouwer alternatiefGeweigerd(Boolean waarde) {
            this.alternatiefGeweigerd = waarde;
            return this;
        }

        public Aanvraaggegevens bouw() {
            return new Aanvraaggegevens(leveringsvormen, gedragsproblematiek, beademing, permanentToezichtSomatisch, zorgbehoefteUrenPerWeek, profielOp31122014, duurzameBehoefte, toeslag, aandoening, productiejaar, kindOnder18, somatischZonderVgPsyPg, werktOfStudeertThuis, zorgprofielOntoereikend, rechthebbendenInHuishouden, medischeNoodzaak, cognitieveBeperking, vertegenwoordiger, mantelzorg, extraUrenPerWeek, uurtarief, alternatiefGeweigerd);
        }
    }
}
