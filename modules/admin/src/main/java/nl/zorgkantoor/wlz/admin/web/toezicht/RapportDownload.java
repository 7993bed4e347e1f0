package nl.zorgkantoor.wlz.admin.web.toezicht;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.zorgkantoor.wlz.admin.toegang.Actie;
import nl.zorgkantoor.wlz.admin.web.Vastlegging;
import nl.zorgkantoor.wlz.toezicht.api.ArchiefRapport;
import nl.zorgkantoor.wlz.toezicht.api.RapportArchief;

/**
 * Rapporten › download: an archived report PDF by its archive id. A plain GET under /app/rapporten/, so web.xml's
 * constraint (TOEZICHTHOUDER, BEHEERDER) guards it and a browser can save it directly. The PDFs hold aggregates
 * only (RULES W-08), so any supervisor may fetch any region; every download is in the audit trail.
 */
@WebServlet("/app/rapporten/download")
public class RapportDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private RapportArchief archief;

    @Inject
    private Vastlegging vastlegging;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Geen geldig rapportnummer.");
            return;
        }
        Optional<ArchiefRapport> rapport = archief.rapport(id);
        Optional<byte[]> inhoud = rapport.isPresent() ? archief.inhoud(id) : Optional.empty();
        if (inhoud.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Dit rapport staat niet in het archief.");
            return;
        }
        ArchiefRapport r = rapport.get();
        vastlegging.toegestaan(Actie.DOWNLOADEN, null, "rapport", r.bestandsnaam() + " sha256 " + r.sha256());
        byte[] pdf = inhoud.get();
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + r.bestandsnaam().replace("\"", "") + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(pdf);
    }
}
