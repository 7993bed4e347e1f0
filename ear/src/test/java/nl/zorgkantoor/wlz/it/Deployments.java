package nl.zorgkantoor.wlz.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR from this module's build, plus a small test WAR so that in-container tests can be injected.
 * Every integration test deploys this, never a hand-picked subset of classes.
 */
public final class Deployments {

    public static final String TEST_WAR = "test.war";

    private Deployments() {
    }

    /**
     * @param testKlassen the test class and the helpers that must run inside the server
     */
    public static EnterpriseArchive ear(Class<?>... testKlassen) {
        File earBestand = new File(System.getProperty("wlz.ear", "target/wlz-platform.ear"));
        if (!earBestand.isFile()) {
            throw new IllegalStateException("EAR niet gevonden: " + earBestand.getAbsolutePath()
                    + " (draai de tests met mvn verify)");
        }
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "wlz-platform.ear")
                .importFrom(earBestand).as(EnterpriseArchive.class);
        WebArchive test = ShrinkWrap.create(WebArchive.class, TEST_WAR)
                .addClasses(testKlassen)
                .addClasses(Deployments.class, ItOmgeving.class, Retourcodes.class, TestBsn.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        // The EAR holds several WARs: tell Arquillian which one carries the test.
        ear.addAsModule(Testable.archiveToTest(test));
        // The EAR plugin wrote application.xml without the test WAR; register it so the server deploys it.
        String applicationXml = lees(ear.get("META-INF/application.xml").getAsset().openStream());
        ear.delete("META-INF/application.xml");
        ear.addAsManifestResource(new StringAsset(applicationXml.replace("</application>",
                "  <module><web><web-uri>" + TEST_WAR + "</web-uri><context-root>/test</context-root></web></module>\n"
                        + "</application>")), "application.xml");
        return ear;
    }

    private static String lees(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
