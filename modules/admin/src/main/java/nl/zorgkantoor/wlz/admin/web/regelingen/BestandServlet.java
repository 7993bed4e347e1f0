package nl.zorgkantoor.wlz.admin.web.regelingen;

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
import nl.zorgkantoor.wlz.kernel.toegang.GeenToegangException;
import nl.zorgkantoor.wlz.regelingen.api.AanvraagView;
import nl.zorgkantoor.wlz.regelingen.api.DocumentView;
import nl.zorgkantoor.wlz.regelingen.api.RegelingenService;

/**
 * The beschikking and the documents of a case as files: {@code bestand?aanvraag=42} (the beschikking) or
 * {@code bestand?aanvraag=42&document=7}; {@code &weergave=inline} shows a PDF in the browser (voorbeeld) instead of
 * downloading it. Under /app/regelingen, so only staff reach it; regelingen checks the case's region, and every
 * download or refusal is in the audit trail.
 */
@WebServlet("/app/regelingen/bestand")
public class BestandServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private RegelingenService regelingen;

    @Inject
    private Vastlegging vastlegging;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long aanvraagId = getal(request.getParameter("aanvraag"));
        String documentParameter = request.getParameter("document");
        Long documentId = getal(documentParameter);
        if (aanvraagId == null || (documentParameter != null && documentId == null)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String onderwerp = documentId == null ? "beschikking aanvraag " + aanvraagId
                : "document " + documentId + " van aanvraag " + aanvraagId;
        Optional<AanvraagView> aanvraag;
        Optional<byte[]> inhoud;
        try {
            aanvraag = regelingen.zoek(aanvraagId);
            inhoud = aanvraag.isEmpty() ? Optional.empty()
                    : documentId == null ? regelingen.beschikking(aanvraagId) : regelingen.document(aanvraagId, documentId);
        } catch (GeenToegangException e) {
            vastlegging.geweigerd(Actie.DOWNLOADEN, null, onderwerp, e.getMessage());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (inhoud.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String naam;
        String type;
        if (documentId == null) {
            naam = "beschikking-REG-" + aanvraagId + ".pdf";
            type = "application/pdf";
        } else {
            DocumentView document = aanvraag.get().documenten().stream().filter(d -> d.documentId() == documentId)
                    .findFirst().orElseThrow();
            naam = document.bestandsnaam().replaceAll("[^A-Za-z0-9._-]", "_");
            type = document.mimeType();
        }
        boolean inline = "inline".equals(request.getParameter("weergave")) && "application/pdf".equals(type);
        vastlegging.toegestaan(Actie.DOWNLOADEN, aanvraag.get().clientId(), onderwerp,
                (inline ? "bekeken" : "gedownload") + ", " + inhoud.get().length + " bytes");
        response.setContentType(type);
        response.setContentLength(inhoud.get().length);
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + naam + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(inhoud.get());
    }

    private static Long getal(String waarde) {
        if (waarde == null || !waarde.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(waarde);
    }
}
