package nl.zorgkantoor.wlz.architectuur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The module boundaries of STYLE.md, checked on the classes that go into the EAR: a context is reached only
 * through its api, the domain stays free of framework calls, generated contract types stay in the exchange.
 */
class ModulegrenzenTest {

    private static final String BASIS = "nl.zorgkantoor.wlz";
    private static final List<String> CONTEXTEN = List.of("indicatie", "budget", "regelingen", "toezicht");

    private static JavaClasses klassen;

    @BeforeAll
    static void importeer() {
        klassen = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASIS);
    }

    @Test
    void erZijnKlassenVanAlleModulesGeimporteerd() {
        // Guards the other rules against passing on an empty class set.
        for (String pakket : List.of("kernel", "indicatie", "budget", "regelingen", "toezicht", "uitwisseling",
                "reports", "admin", "xsd")) {
            classes().that().resideInAPackage(BASIS + "." + pakket + "..").should().bePublic().orShould()
                    .notBePublic().allowEmptyShould(false).check(klassen);
        }
    }

    @TestFactory
    List<DynamicTest> eenContextIsAlleenBereikbaarViaZijnApi() {
        return CONTEXTEN.stream().map(context -> DynamicTest.dynamicTest(context, () ->
                noClasses().that().resideOutsideOfPackage(BASIS + "." + context + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                BASIS + "." + context + ".domain..",
                                BASIS + "." + context + ".application..",
                                BASIS + "." + context + ".infrastructure..")
                        .because("andere modules gebruiken alleen de api van " + context + " (STYLE: boundaries)")
                        .allowEmptyShould(true)
                        .check(klassen))).toList();
    }

    @Test
    void hetDomeinBevatGeenFrameworkaanroepen() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ejb..", "jakarta.enterprise..",
                        "jakarta.inject..", "jakarta.ws..", "jakarta.faces..", "jakarta.servlet..",
                        "jakarta.batch..", "jakarta.jws..", "jakarta.xml..", "javax.sql..", "java.sql..")
                .because("het domein is zuivere Java; transacties, injectie en I/O horen in application en"
                        + " infrastructure (STYLE: domain)")
                .check(klassen);
    }

    @Test
    void gegenereerdeContracttypenBlijvenInDeUitwisseling() {
        noClasses().that().resideOutsideOfPackages(BASIS + ".uitwisseling..", BASIS + ".xsd..")
                .should().dependOnClassesThat().resideInAPackage(BASIS + ".xsd..")
                .because("gegenereerde JAXB-typen verlaten uitwisseling nooit (STYLE habit 3)")
                .check(klassen);
    }

    @Test
    void deKernelKentGeenContext() {
        noClasses().that().resideInAPackage(BASIS + ".kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(BASIS + ".indicatie..", BASIS + ".budget..",
                        BASIS + ".regelingen..", BASIS + ".toezicht..", BASIS + ".uitwisseling..",
                        BASIS + ".reports..", BASIS + ".admin..")
                .because("de gedeelde kernel bevat alleen waardeobjecten en platformbouwstenen")
                .check(klassen);
    }

    @Test
    void eenApiHangtNietAfVanZijnImplementatie() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..")
                .because("de api is het contract; de implementatie mag veranderen zonder dat afnemers dat merken")
                .check(klassen);
    }

    @Test
    void deWoonplaatsTeltNietMeeInHetBudget() {
        noClasses().that().resideInAnyPackage(BASIS + ".budget.domain.berekening..", BASIS + ".budget.domain.tarief..")
                .or().haveFullyQualifiedName(BASIS + ".budget.api.Plafondvraag")
                .should().dependOnClassesThat().haveFullyQualifiedName(BASIS + ".kernel.ZorgkantoorRegio")
                .because("RULES I-06: de woonplaats is nooit een reden voor een hogere indicatie of een hoger budget;"
                        + " het plafond en de tarieven kennen geen regio")
                .check(klassen);
    }

    @Test
    void modulesHebbenGeenCyclischeAfhankelijkheden() {
        slices().matching(BASIS + ".(*)..").should().beFreeOfCycles()
                .because("Maven-modules kunnen niet cyclisch zijn; pakketten ook niet")
                .check(klassen);
    }
}
