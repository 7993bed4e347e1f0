package nl.zorgkantoor.wlz.reports.toezicht;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.logging.Logger;
import nl.zorgkantoor.wlz.toezicht.api.Rapportsoort;

/**
 * Tells the supervisors that the reports are ready, with a link to the archive in the admin UI. The mail carries no
 * figures and no client data (RULES W-08): who may see the reports is decided by the login (role TOEZICHTHOUDER).
 * Addresses come from {@code wlz.toezicht.ontvangers} (comma-separated), the link base from {@code wlz.basis.url}.
 */
@Dependent
@Named("RapportMailer")
public class RapportMailer extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(RapportMailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Wlz")
    private Session mail;

    @Inject
    private JobContext job;

    @Override
    public String process() throws MessagingException {
        String ontvangers = System.getProperty("wlz.toezicht.ontvangers", "toezichthouder@nza.example");
        Rapportsoort rapport = RapportParameters.rapport(job);
        LocalDate peildatum = RapportParameters.peildatum(job);
        String link = System.getProperty("wlz.basis.url", "http://localhost:8080") + "/wlz/app/rapporten/archief.xhtml?rapport="
                + rapport.name() + "&peildatum=" + peildatum;
        MimeMessage bericht = new MimeMessage(mail);
        bericht.setRecipients(Message.RecipientType.TO, InternetAddress.parse(ontvangers));
        bericht.setSubject(rapport.titel() + " peildatum " + peildatum.format(RapportPdf.DATUM) + " staat klaar",
                StandardCharsets.UTF_8.name());
        bericht.setText("Geachte toezichthouder,\n\n"
                + "De " + rapport.titel().toLowerCase(java.util.Locale.ROOT) + " met peildatum "
                + peildatum.format(RapportPdf.DATUM) + " staat klaar, per zorgkantoorregio en landelijk.\n"
                + "U vindt de rapporten na inloggen op:\n" + link + "\n\n"
                + "Dit bericht bevat bewust geen cijfers of cliëntgegevens.\n", StandardCharsets.UTF_8.name());
        Transport.send(bericht);
        LOG.info(() -> rapport + " " + peildatum + ": bericht verstuurd aan " + ontvangers);
        return "VERZONDEN";
    }
}
