package nl.zorgkantoor.wlz.admin.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * Euro amounts as Dutch users type them: "3000", "3000,50", "3.000,50" or "3000.50" (a point followed by exactly
 * two digits at the end is a decimal point). More than two decimals is refused, never rounded.
 */
@FacesConverter("bedrag")
public class BedragConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        String s = waarde.replace("€", "").replace(" ", "").trim();
        if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.');
        } else if (!s.matches(".*\\.[0-9]{1,2}")) {
            s = s.replace(".", "");
        }
        try {
            BigDecimal bedrag = new BigDecimal(s);
            if (bedrag.scale() > 2 || bedrag.signum() < 0) {
                throw new NumberFormatException(s);
            }
            return bedrag;
        } catch (NumberFormatException e) {
            String tekst = "Bedrag '" + waarde + "': geef euro's met hoogstens twee decimalen, bv. 3.000,50.";
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst, tekst));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal waarde) {
        return waarde == null ? "" : waarde.toPlainString().replace('.', ',');
    }
}
