package nl.zorgkantoor.wlz.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Properties;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.indicatie.api.ClientService;
import nl.zorgkantoor.wlz.indicatie.api.ClientView;
import nl.zorgkantoor.wlz.indicatie.api.NieuweClient;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.kernel.ZorgkantoorRegio;
import nl.zorgkantoor.wlz.reports.JobStatus;
import nl.zorgkantoor.wlz.reports.RapportJobs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation on the real server: the EAR deploys and every platform service it relies on answers. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(FoundationIT.class);
    }

    @EJB
    private ClientService clienten;

    @EJB
    private RapportJobs jobs;

    @Resource(lookup = "java:jboss/datasources/WlzDS")
    private DataSource dataSource;

    @Test
    @RunAsClient
    void deServerEnDeApplicatieZijnGezond() {
        HttpResponse<String> server = ItOmgeving.get(ItOmgeving.beheer("/health"));
        assertEquals(200, server.statusCode(), server.body());
        assertTrue(server.body().contains("\"wlz-platform.ear\" : \"OK\""), server.body());

        HttpResponse<String> applicatie = ItOmgeving.get(ItOmgeving.http("/wlz/api/health"));
        assertEquals(200, applicatie.statusCode(), applicatie.body());
        assertTrue(applicatie.body().startsWith("{\"status\":\"UP\""), applicatie.body());
        assertTrue(applicatie.body().contains("\"name\":\"schema indicatie\",\"status\":\"UP\""), applicatie.body());
    }

    @Test
    void eenClientGaatHeenEnTerugDoorDeFlywayTabel() {
        Bsn bsn = Bsn.of(TestBsn.uniek('1'));
        ClientView bewaard = clienten.registreer(new NieuweClient(bsn, "Test", "Rondreis", 'V',
                LocalDate.of(1940, 2, 29), ZorgkantoorRegio.UTRECHT));

        ClientView gelezen = clienten.zoekOpBsn(bsn).orElseThrow();
        assertEquals(bewaard, gelezen);
        assertEquals(LocalDate.of(1940, 2, 29), gelezen.geboortedatum());
        assertEquals(ZorgkantoorRegio.UTRECHT, gelezen.regio());
        assertEquals(gelezen, clienten.zoek(gelezen.id()).orElseThrow());
    }

    @Test
    void deDemodataIsGeladen() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select count(*) from indicatie.client where id <= ?")) {
            st.setLong(1, 300);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertEquals(300, rs.getLong(1));
            }
        }
    }

    @Test
    void eenBatchJobEindigtCompletedMetZijnStatusInDeJdbcJobRepository() throws Exception {
        long executie = jobs.start("PlatformControleJob", new Properties());
        JobStatus status = jobs.status(executie);
        for (int i = 0; i < 300 && !status.isKlaar(); i++) {
            Thread.sleep(100);
            status = jobs.status(executie);
        }
        assertEquals("COMPLETED", status.batchStatus());
        assertTrue(status.exitStatus().startsWith("DATABASE="), status.exitStatus());

        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "select batchstatus from job_execution where jobexecutionid = ?")) {
            st.setLong(1, executie);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "de executie staat niet in de JDBC job repository");
                assertEquals("COMPLETED", rs.getString(1));
            }
        }
    }

    @Test
    @RunAsClient
    void deSoapPingAntwoordtViaCxf() {
        HttpResponse<String> wsdl = ItOmgeving.get(ItOmgeving.http("/uitwisseling/PlatformPingService?wsdl"));
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("PlatformPingService"));

        String envelope = """
                <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
                  <s:Body><p:Ping xmlns:p="http://wlz.zorgkantoor.nl/platform/ping"><p:Afzender>ketenpartner-test</p:Afzender></p:Ping></s:Body>
                </s:Envelope>""";
        HttpResponse<String> antwoord = ItOmgeving.post(ItOmgeving.http("/uitwisseling/PlatformPingService"),
                "text/xml; charset=UTF-8", envelope);
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        assertTrue(antwoord.body().contains("<Afzender>ketenpartner-test</Afzender>"), antwoord.body());
        assertTrue(antwoord.body().contains("<Tijdstip>"), antwoord.body());
    }

    @Test
    @RunAsClient
    void deBeheerUiToontHaarInlogpagina() {
        HttpResponse<String> pagina = ItOmgeving.get(ItOmgeving.http("/wlz/"));
        assertEquals(200, pagina.statusCode());
        assertTrue(pagina.body().contains("action=\"j_security_check\""), pagina.body());
        assertTrue(pagina.body().contains("name=\"j_password\""));
        assertEquals("DENY", pagina.headers().firstValue("X-Frame-Options").orElse(""));
    }

}
