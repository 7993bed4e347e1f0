package nl.zorgkantoor.wlz.toezicht.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every figure the nightly reports show, with its Dutch title and definition (the definitions page of each PDF) and
 * the reports it belongs to. The order is the order in the report.
 */
public enum Indicator {
    RESULTAATUITSPRAAK("Resultaatuitspraak per uitgangspunt van de zorgplicht",
            "Per uitgangspunt (tijdigheid, keuzevrijheid, passende zorg) en in totaal: voldaan, onder druk of niet"
                    + " voldaan, met de cijfers die de uitspraak dragen (RULES W-07). Tijdigheid: aandeel urgent en"
                    + " actief plaatsen binnen de streefnorm. Keuzevrijheid: aandeel opnames bij de voorkeursaanbieder."
                    + " Passende zorg: wachtenden boven de norm zonder overbruggingszorg.",
            EnumSet.of(Rapportsoort.ZORGPLICHT)),
    NZA_MELDINGEN("Voorgestelde meldingen aan de NZa",
            "Indicatoren die op de peildatum een drempel overschrijden; de zorgkantoor meldt vroegtijdig aan de NZa"
                    + " nadat een beheerder het voorstel bevestigt (RULES W-06).",
            EnumSet.of(Rapportsoort.ZORGPLICHT)),
    POPULATIE_LEVERINGSVORM("Cliënten in zorg per sector en leveringsvorm",
            "Cliënten met een lopende zorglevering op de peildatum (begindatum op of voor de peildatum, geen"
                    + " einddatum of een einddatum erna), zoals de aanbieders die melden met de AW35 (aanvang zorg) en"
                    + " de AW39 (einde zorg), per sector en leveringsvorm (verblijf, vpt, mpt, deeltijdverblijf,"
                    + " verkeerde bed), op de peildatum en op dezelfde datum een jaar eerder; mutatie = (nieuw - oud) /"
                    + " oud, afgerond op hele procenten (RULES W-02). Een cliënt telt per rij één keer; wie op één dag"
                    + " in twee leveringsvormen of sectoren zorg krijgt, staat in beide rijen en één keer in het totaal."
                    + " Budgethouders met een pgb staan niet in deze tabel: voor pgb meldt geen aanbieder een AW35,"
                    + " dus zij hebben geen zorglevering.",
            EnumSet.of(Rapportsoort.ZORGPLICHT)),
    WACHTENDEN_SECTOR_STATUS("Wachtenden per sector en wachtstatus (NZa Tabel 1)",
            "Aantal cliënten met de wachtstatus op de peildatum en op dezelfde datum één en twee jaar eerder;"
                    + " actief wachtend (tot 2021) telt als actief plaatsen. Sectortotaal = som van urgent, actief"
                    + " en wacht op voorkeur; mutatie = (nieuw - oud) / oud, afgerond op hele procenten (RULES W-02)."
                    + " Wacht uit voorzorg telt niet mee.",
            EnumSet.of(Rapportsoort.WACHTLIJST, Rapportsoort.ZORGPLICHT)),
    WACHTENDEN_PROFIEL("Wachtenden per zorgprofiel en wachtstatus",
            "Aantal cliënten per zorgprofiel van de inschrijving en wachtstatus op de peildatum (tabel B2).",
            EnumSet.of(Rapportsoort.WACHTLIJST)),
    WACHTTIJD_NORM("Wachttijd ten opzichte van de streefnorm",
            "Wachttijd = dagen van de inschrijving tot de peildatum, per huidige wachtstatus: mediaan en 80e"
                    + " percentiel (waarde in de geordende reeks), streefnorm van de regio die op de peildatum geldt"
                    + " (weken, RULES W-03), aandeel binnen de norm, en het aantal boven de norm zonder"
                    + " overbruggingszorg op de peildatum.",
            EnumSet.of(Rapportsoort.WACHTLIJST, Rapportsoort.ZORGPLICHT)),
    OVERBRUGGINGSZORG("Overbruggingszorg",
            "Cliënten met overbruggingszorg op de peildatum, gemiddelde en langste duur tot de peildatum (dagen),"
                    + " aantal langer dan de aanvaardbare norm van de regio, en aantal dat een passend alternatief"
                    + " weigerde (RULES O-02).",
            EnumSet.of(Rapportsoort.ZORGPLICHT)),
    PLAATSING_VOORKEUR("Opnames op de plaats van voorkeur",
            "Wachtlijstinschrijvingen die in de twaalf maanden tot en met de peildatum eindigden met aanvang zorg"
                    + " (AW35), en het aandeel bij de voorkeursaanbieder; opnames na urgent plaatsen apart, omdat"
                    + " tijdige eerste zorg daar voorgaat op de voorkeur (RULES W-05).",
            EnumSet.of(Rapportsoort.ZORGPLICHT, Rapportsoort.WACHTLIJST)),
    STATUSUPDATE("Achterstallige statusupdates",
            "Open inschrijvingen waarvan de laatste statusmelding van de (voorkeurs)aanbieder ouder is dan de"
                    + " norm van de regio voor statusupdates; wacht op voorkeur bewaakt de zorgkantoor zelf (RULES W-04).",
            EnumSet.of(Rapportsoort.WACHTLIJST, Rapportsoort.ZORGPLICHT)),
    WACHTENDEN_AANBIEDER("Wachtenden per voorkeursaanbieder",
            "Wachtenden op de peildatum per voorkeursaanbieder (AGB-code bij de inschrijving op de wachtlijst) en"
                    + " wachtstatus, met wacht uit voorzorg; actief wachtend (tot 2021) telt als actief plaatsen. De"
                    + " voorkeursaanbieder bewaakt de situatie van de wachtende en meldt statuswijzigingen (tabel B7,"
                    + " RULES W-04). Aflopend op het totaal, bij een gelijk totaal op AGB-code; de 25 aanbieders met"
                    + " de meeste wachtenden staan apart, alle andere samen in de rij Overige aanbieders.",
            EnumSet.of(Rapportsoort.WACHTLIJST)),
    FRICTIEGROEPEN("Cliënten in frictiegroepen",
            "Wachtenden (urgent, actief, wacht op voorkeur) op de peildatum met zorgprofiel 4VV, 7VG, 4GGZ-W of"
                    + " 5GGZ-W, en hoeveel daarvan langer dan de streefnorm wachten (004 L603-716). LVHC is niet uit het"
                    + " zorgprofiel af te leiden en ontbreekt.",
            EnumSet.of(Rapportsoort.ZORGPLICHT)),
    MAATWERK_THUIS("Gebruik van maatwerkregelingen thuis",
            "Thuiswonende cliënten (geen verblijf) met een maatwerkregeling (meerzorg, toeslag, ekt, pab, overbruggingszorg)"
                    + " die op de peildatum van kracht is, per soort, gelezen uit"
                    + " de view regelingen.v_toegekende_regeling; ontbreekt die view, dan staat dat in de tabel.",
            EnumSet.of(Rapportsoort.ZORGPLICHT)),
    TREND("Trend over twaalf peildata",
            "Wachtenden (urgent, actief, wacht op voorkeur) per sector en urgent plaatsen op de peildatum en de elf"
                    + " maanden ervoor, op dezelfde dag van de maand.",
            EnumSet.of(Rapportsoort.WACHTLIJST, Rapportsoort.ZORGPLICHT));

    private final String titel;
    private final String definitie;
    private final Set<Rapportsoort> rapporten;

    Indicator(String titel, String definitie, Set<Rapportsoort> rapporten) {
        this.titel = titel;
        this.definitie = definitie;
        this.rapporten = rapporten;
    }

    public String titel() {
        return titel;
    }

    public String definitie() {
        return definitie;
    }

    /** The indicators of a report in report order. */
    public static List<Indicator> van(Rapportsoort rapport) {
        return Arrays.stream(values()).filter(i -> i.rapporten.contains(rapport)).toList();
    }
}
