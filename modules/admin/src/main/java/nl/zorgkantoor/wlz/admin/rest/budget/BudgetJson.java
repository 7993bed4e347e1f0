package nl.zorgkantoor.wlz.admin.rest.budget;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.zorgkantoor.wlz.budget.api.PlafondView;
import nl.zorgkantoor.wlz.budget.api.Plafondvraag;
import nl.zorgkantoor.wlz.budget.api.ToetsView;
import nl.zorgkantoor.wlz.kernel.Bedrag;
import nl.zorgkantoor.wlz.kernel.Zorgprofiel;

/**
 * The JSON shape of the budget API (README, section "Budget-API"), read and written with JSON-P so that every
 * field and every error message is under our control. Amounts are euro numbers with two decimals.
 */
final class BudgetJson {

    private BudgetJson() {
    }

    /** @throws IllegalArgumentException with a Dutch message naming the field */
    static Plafondvraag vraag(JsonObject json) {
        Zorgprofiel profiel = Zorgprofiel.parse(verplichteTekst(json, "zorgprofiel"));
        LocalDate peildatum = datum(json, "peildatum");
        if (peildatum == null) {
            throw new IllegalArgumentException("Veld 'peildatum' ontbreekt (jjjj-mm-dd)");
        }
        int pgbProcent = switch (verplichteTekst(json, "leveringsvorm").toLowerCase(Locale.ROOT)) {
            case "pgb" -> 100;
            case "mpt" -> 0;
            case "gemengd" -> {
                if (!json.containsKey("pgbProcent") || !(json.get("pgbProcent") instanceof JsonNumber n)) {
                    throw new IllegalArgumentException("Bij leveringsvorm 'gemengd' hoort 'pgbProcent' (1-99)");
                }
                yield n.intValueExact();
            }
            default -> throw new IllegalArgumentException("Veld 'leveringsvorm' moet pgb, mpt of gemengd zijn "
                    + "(een budget thuis kent alleen pgb en mpt, RULES B-01)");
        };
        List<String> toeslagen = new ArrayList<>();
        if (json.containsKey("toeslagen")) {
            for (JsonValue waarde : array(json, "toeslagen")) {
                if (!(waarde instanceof JsonString s)) {
                    throw new IllegalArgumentException("Veld 'toeslagen' moet een lijst van codes zijn");
                }
                toeslagen.add(s.getString());
            }
        }
        Plafondvraag.Ekt ekt = null;
        JsonObject ektJson = object(json, "ekt");
        if (ektJson != null) {
            ekt = new Plafondvraag.Ekt(bedrag(ektJson, "bedrag"), tekst(ektJson, "doelgroep"),
                    ektJson.getBoolean("bevestigdDoorBeoordelaar", false));
        }
        JsonObject pab = object(json, "pab");
        JsonObject meerzorg = object(json, "meerzorg");
        Plafondvraag.Thuiskosten kosten = null;
        JsonObject kostenJson = object(json, "kostenThuis");
        if (kostenJson != null) {
            List<Plafondvraag.MptInzet> mpt = new ArrayList<>();
            if (kostenJson.containsKey("mpt")) {
                for (JsonValue waarde : array(kostenJson, "mpt")) {
                    if (!(waarde instanceof JsonObject module)) {
                        throw new IllegalArgumentException("'kostenThuis.mpt' moet een lijst van {module, eenhedenPerWeek} zijn");
                    }
                    BigDecimal eenheden = getal(module, "eenhedenPerWeek");
                    if (eenheden == null) {
                        throw new IllegalArgumentException("Mpt-module zonder 'eenhedenPerWeek'");
                    }
                    mpt.add(new Plafondvraag.MptInzet(verplichteTekst(module, "module").toUpperCase(Locale.ROOT), eenheden));
                }
            }
            kosten = new Plafondvraag.Thuiskosten(bedrag(kostenJson, "pgbPerJaar"), mpt);
        }
        return new Plafondvraag(profiel, peildatum, pgbProcent, tekst(json, "regelset"),
                json.getBoolean("toeslagenAlleenZorgInNatura", false), toeslagen, datum(json, "geboortedatum"), ekt,
                pab == null ? null : verplicht(bedrag(pab, "gewenstPgb"), "pab.gewenstPgb"),
                meerzorg == null ? null : verplicht(bedrag(meerzorg, "jaarbedrag"), "meerzorg.jaarbedrag"),
                meerzorg != null && meerzorg.getBoolean("viaCizSignaal", false), kosten);
    }

    static JsonObject plafond(PlafondView plafond) {
        JsonObjectBuilder verdeling = Json.createObjectBuilder();
        plafond.verdeling().forEach((vorm, bedrag) -> verdeling.add(vorm.name().toLowerCase(Locale.ROOT), bedrag.euro()));
        return Json.createObjectBuilder()
                .add("regelset", plafond.regelset())
                .add("totaal", plafond.totaal().euro())
                .add("regels", regels(plafond.regels()))
                .add("verdeling", verdeling)
                .add("meldingen", meldingen(plafond.meldingen()))
                .build();
    }

    static JsonObject toets(ToetsView toets) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("uitkomst", toets.uitkomst())
                .add("beslissendeRegel", toets.beslissendeRegel())
                .add("toelichting", toets.toelichting())
                .add("kostenThuis", toets.kostenThuis().euro())
                .add("marge", toets.marge().euro())
                .add("kosten", regels(toets.kosten()))
                .add("instelling", Json.createObjectBuilder().add("totaal", toets.instellingTotaal().euro())
                        .add("regels", regels(toets.instelling())))
                .add("meldingen", meldingen(toets.meldingen()));
        if (toets.plafond() != null) {
            json.add("plafond", plafond(toets.plafond()));
        } else {
            json.addNull("plafond");
        }
        return json.build();
    }

    static JsonObject fout(String melding, String regel) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("fout", melding == null ? "Ongeldige vraag" : melding);
        if (regel != null) {
            json.add("regel", regel);
        }
        return json.build();
    }

    private static JsonArrayBuilder regels(List<PlafondView.Toelichting> regels) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (PlafondView.Toelichting r : regels) {
            array.add(Json.createObjectBuilder().add("regel", r.regel()).add("omschrijving", r.omschrijving())
                    .add("tariefregel", r.tariefregel()).add("jaar", r.jaar()).add("bron", r.bron())
                    .add("bedrag", r.bedrag().euro()));
        }
        return array;
    }

    private static JsonArrayBuilder meldingen(List<PlafondView.Opmerking> meldingen) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        meldingen.forEach(m -> array.add(Json.createObjectBuilder().add("regel", m.regel()).add("tekst", m.tekst())));
        return array;
    }

    private static String verplichteTekst(JsonObject json, String veld) {
        String waarde = tekst(json, veld);
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException("Veld '" + veld + "' ontbreekt");
        }
        return waarde.strip();
    }

    private static String tekst(JsonObject json, String veld) {
        JsonValue waarde = json.get(veld);
        if (waarde == null || waarde == JsonValue.NULL) {
            return null;
        }
        if (!(waarde instanceof JsonString s)) {
            throw new IllegalArgumentException("Veld '" + veld + "' moet tekst zijn");
        }
        return s.getString();
    }

    private static LocalDate datum(JsonObject json, String veld) {
        String tekst = tekst(json, veld);
        if (tekst == null) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Veld '" + veld + "' is geen datum (jjjj-mm-dd): " + tekst, e);
        }
    }

    private static BigDecimal getal(JsonObject json, String veld) {
        JsonValue waarde = json.get(veld);
        if (waarde == null || waarde == JsonValue.NULL) {
            return null;
        }
        if (!(waarde instanceof JsonNumber n)) {
            throw new IllegalArgumentException("Veld '" + veld + "' moet een getal zijn");
        }
        return n.bigDecimalValue();
    }

    private static Bedrag bedrag(JsonObject json, String veld) {
        BigDecimal euro = getal(json, veld);
        if (euro == null) {
            return null;
        }
        if (euro.scale() > 2) {
            throw new IllegalArgumentException("Veld '" + veld + "' heeft meer dan twee decimalen");
        }
        return new Bedrag(euro);
    }

    private static <T> T verplicht(T waarde, String veld) {
        if (waarde == null) {
            throw new IllegalArgumentException("Veld '" + veld + "' ontbreekt");
        }
        return waarde;
    }

    private static JsonObject object(JsonObject json, String veld) {
        JsonValue waarde = json.get(veld);
        if (waarde == null || waarde == JsonValue.NULL) {
            return null;
        }
        if (!(waarde instanceof JsonObject o)) {
            throw new IllegalArgumentException("Veld '" + veld + "' moet een object zijn");
        }
        return o;
    }

    private static JsonArray array(JsonObject json, String veld) {
        JsonValue waarde = json.get(veld);
        if (!(waarde instanceof JsonArray a)) {
            throw new IllegalArgumentException("Veld '" + veld + "' moet een lijst zijn");
        }
        return a;
    }
}
