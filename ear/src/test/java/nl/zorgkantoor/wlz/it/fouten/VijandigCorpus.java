package nl.zorgkantoor.wlz.it.fouten;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import nl.zorgkantoor.wlz.kernel.Bsn;
import nl.zorgkantoor.wlz.uitwisseling.simulator.Voorbeeldberichten;

/**
 * A deterministic corpus of hostile and malformed IO31/AW35/AW39 messages: message {@code i} depends only on the
 * seed and {@code i} (plus a run tag in the Identificatie, so that runs on a persistent database never collide).
 * Each message is one valid message from {@link Voorbeeldberichten} damaged in one way, with what the server must
 * answer. Messages are generated one at a time, so a large corpus costs no memory.
 */
final class VijandigCorpus {

    static final long ZAAD = 20_261_123L;
    static final LocalDate INGANG = LocalDate.of(2025, 3, 1);

    /** What the partner must get back. */
    enum Verwacht {
        /** A retour with 0001 in the header and no body. */
        AFGEKEURD,
        /**
         * 0001, or a SOAP fault when the damage is in the SOAP envelope itself (a DTD, truncated or too deeply nested
         * XML), which the SOAP stack refuses before the application sees a Bericht.
         */
        AFGEKEURD_OF_FAULT,
        /** A retour whose codes other than 0200 are exactly {@link Geval#regelcodes()}. */
        REGEL
    }

    record Geval(int nummer, String categorie, String pad, String envelop, Verwacht verwacht, List<String> regelcodes) {
    }

    static final List<String> CATEGORIEEN = List.of("xxe", "entiteitexpansie", "diepeNesting", "grootElement",
            "verkeerdeNamespace", "verkeerdeCode", "ongeldigeDatum", "afgekapt", "verkeerdeBerichtCode",
            "verkeerdeVersie", "verkeerdeOntvanger", "verplichtElementOntbreekt", "geenXml", "ongeldigBsn",
            "ongeldigBsnEnTeOud", "onbekendElement");

    private final String runTag;

    /** @param runTag five characters that make every Identificatie unique over runs */
    VijandigCorpus(String runTag) {
        if (runTag.length() != 5) {
            throw new IllegalArgumentException("runTag moet 5 tekens zijn: " + runTag);
        }
        this.runTag = runTag;
    }

    Geval geval(int i) {
        Random r = new Random(ZAAD * 31 + i);
        String soort = List.of("io31", "aw35", "aw39").get(i % 3);
        String pad = "io31".equals(soort) ? "/uitwisseling/CizService" : "/uitwisseling/ZorgaanbiederService";
        String id = "H" + runTag + String.format("%06d", i);
        String bsn = geldigBsn(r);
        String bericht = bericht(soort, id, bsn, "754");
        String categorie = CATEGORIEEN.get(i % CATEGORIEEN.size());
        return switch (categorie) {
            case "xxe" -> {
                String[] dtd = {
                    "<!DOCTYPE s:Envelope [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
                    "<!DOCTYPE s:Envelope [<!ENTITY e SYSTEM \"http://127.0.0.1:1/geheim\">]>",
                    "<!DOCTYPE s:Envelope [<!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p; <!ENTITY e \"x\">]>",
                    "<!DOCTYPE s:Envelope SYSTEM \"file:///etc/passwd\">"};
                String body = bericht.replace(">Jansen<", ">&e;<");
                String xml = "<?xml version=\"1.0\"?>" + dtd[r.nextInt(dtd.length)] + Voorbeeldberichten.envelop(body);
                yield new Geval(i, categorie, pad, xml, Verwacht.AFGEKEURD_OF_FAULT, List.of());
            }
            case "entiteitexpansie" -> {
                StringBuilder dtd = new StringBuilder("<!DOCTYPE s:Envelope [<!ENTITY l0 \"lol\">");
                int niveaus = 5 + r.nextInt(6);
                for (int n = 1; n <= niveaus; n++) {
                    dtd.append("<!ENTITY l").append(n).append(" \"").append(("&l" + (n - 1) + ";").repeat(10))
                            .append("\">");
                }
                dtd.append("]>");
                String xml = "<?xml version=\"1.0\"?>" + dtd + Voorbeeldberichten.envelop(
                        bericht.replace(">Jansen<", ">&l" + niveaus + ";<"));
                yield new Geval(i, categorie, pad, xml, Verwacht.AFGEKEURD_OF_FAULT, List.of());
            }
            case "diepeNesting" -> {
                int diepte = 33 + r.nextInt(300);
                String nest = "<d:n xmlns:d=\"urn:diep\">".repeat(diepte) + "x" + "</d:n>".repeat(diepte);
                yield geval(i, categorie, pad, vervangEerste(bericht, "Jansen</", "Jansen" + nest + "</"),
                        Verwacht.AFGEKEURD_OF_FAULT);
            }
            case "grootElement" -> {
                // mostly beyond the schema's lengths; one in 60 beyond the size limit of the exchange (5 MB)
                int lengte = (i / CATEGORIEEN.size()) % 60 == 0 ? 5_100_000 + r.nextInt(900_000) : 201 + r.nextInt(200_000);
                yield geval(i, categorie, pad, bericht.replace(">Jansen<", ">" + "J".repeat(lengte) + "<"),
                        Verwacht.AFGEKEURD);
            }
            case "verkeerdeNamespace" -> {
                String ns = "http://www.istandaarden.nl/iwlz/2_2/" + soort + "/schema";
                String[] anders = {"http://www.istandaarden.nl/iwlz/2_1/" + soort + "/schema",
                    "http://www.istandaarden.nl/iwlz/2_2/" + soort + "/Schema", "urn:geen:iwlz",
                    "http://www.istandaarden.nl/iwlz/2_2/" + ("io31".equals(soort) ? "aw35" : "io31") + "/schema"};
                yield geval(i, categorie, pad, bericht.replace(ns, anders[r.nextInt(anders.length)]),
                        Verwacht.AFGEKEURD);
            }
            case "verkeerdeCode" -> {
                String[] codes = {"123", "000", "ABC", "7540", "75", ""};
                yield geval(i, categorie, pad, bericht(soort, id, bsn, codes[r.nextInt(codes.length)]),
                        Verwacht.AFGEKEURD);
            }
            case "ongeldigeDatum" -> {
                String[] datums = {"1938-02-30", "1938-13-01", "19380412", "1938-04-12T00:00:00", "1938-04-12Z",
                    "12-04-1938", "", "1938-4-12"};
                yield geval(i, categorie, pad, bericht.replace("1938-04-12", datums[r.nextInt(datums.length)]),
                        Verwacht.AFGEKEURD);
            }
            case "afgekapt" -> {
                // cut inside the Bericht: a cut in the closing SOAP tags leaves a complete Bericht, which CXF
                // (streaming) hands over before it sees the end of the envelope
                String heel = Voorbeeldberichten.envelop(bericht);
                int eindeBericht = heel.indexOf("</s:Body>");
                yield new Geval(i, categorie, pad, heel.substring(0, 1 + r.nextInt(eindeBericht - 1)),
                        Verwacht.AFGEKEURD_OF_FAULT, List.of());
            }
            case "verkeerdeBerichtCode" -> {
                String code = switch (soort) {
                    case "io31" -> "388";
                    case "aw35" -> "354";
                    default -> "358";
                };
                String[] anders = {"389", "355", "000", "3888", "-1", "A"};
                yield geval(i, categorie, pad, bericht.replace("BerichtCode>" + code + "<",
                        "BerichtCode>" + anders[r.nextInt(anders.length)] + "<"), Verwacht.AFGEKEURD);
            }
            case "verkeerdeVersie" -> {
                String[][] versies = {{"BerichtVersie>5<", "BerichtVersie>4<"}, {"BerichtVersie>5<", "BerichtVersie>6<"},
                    {"BerichtSubversie>2<", "BerichtSubversie>1<"}, {"BerichtSubversie>2<", "BerichtSubversie>3<"}};
                String[] v = versies[r.nextInt(versies.length)];
                yield geval(i, categorie, pad, bericht.replace(v[0], v[1]), Verwacht.AFGEKEURD);
            }
            case "verkeerdeOntvanger" -> {
                String[] anders = {"5599", "1234", "0000", "9999"};
                yield geval(i, categorie, pad, bericht.replace("Ontvanger>" + Voorbeeldberichten.ZORGKANTOOR + "<",
                        "Ontvanger>" + anders[r.nextInt(anders.length)] + "<"), Verwacht.AFGEKEURD);
            }
            case "verplichtElementOntbreekt" -> {
                String[] weg = {"Bsn", "Dagtekening", "Identificatie", "Ontvanger", "BerichtCode"};
                String element = weg[r.nextInt(weg.length)];
                yield geval(i, categorie, pad, bericht.replaceAll("<(\\w+):" + element + ">.*?</\\1:" + element + ">", ""),
                        Verwacht.AFGEKEURD);
            }
            case "geenXml" -> {
                String[] inhoud = {"", "hallo", "{\"Bericht\": 1}", "<Bericht/>", "<a:Bericht xmlns:a=\"urn:x\"/>",
                    "<![CDATA[<Bericht/>]]>"};
                yield new Geval(i, categorie, pad, Voorbeeldberichten.envelop(inhoud[r.nextInt(inhoud.length)]),
                        Verwacht.AFGEKEURD_OF_FAULT, List.of());
            }
            // RULES X-04 / CS002: a BSN that fails the 11-proef gets S002 on the Client and nothing is stored
            case "ongeldigBsn" -> new Geval(i, categorie, pad,
                    Voorbeeldberichten.envelop(bericht(soort, id, ongeldig(bsn), "754")), Verwacht.REGEL,
                    List.of("S002"));
            // TR002 as well: born more than 120 years before the Dagtekening
            case "ongeldigBsnEnTeOud" -> new Geval(i, categorie, pad, Voorbeeldberichten.envelop(
                    bericht(soort, id, ongeldig(bsn), "754").replace("1938-04-12", "18" + (10 + r.nextInt(80)) + "-04-12")),
                    Verwacht.REGEL, List.of("9002", "S002"));
            case "onbekendElement" -> geval(i, categorie, pad, vervangEerste(bericht, "</" + soort + ":Geslacht>",
                    "</" + soort + ":Geslacht><" + soort + ":Onbekend>x</" + soort + ":Onbekend>"), Verwacht.AFGEKEURD);
            default -> throw new IllegalStateException(categorie);
        };
    }

    private static Geval geval(int i, String categorie, String pad, String bericht, Verwacht verwacht) {
        return new Geval(i, categorie, pad, Voorbeeldberichten.envelop(bericht), verwacht, List.of());
    }

    private static String bericht(String soort, String id, String bsn, String zzp) {
        return switch (soort) {
            case "io31" -> Voorbeeldberichten.io31(id, bsn, 1, zzp, INGANG);
            case "aw35" -> Voorbeeldberichten.aw35(id, bsn, 1, zzp, INGANG, INGANG.plusDays(3), "1");
            default -> Voorbeeldberichten.aw39(id, bsn, 1, zzp, INGANG, INGANG.plusDays(3), "1");
        };
    }

    private static String vervangEerste(String tekst, String oud, String nieuw) {
        int p = tekst.indexOf(oud);
        if (p < 0) {
            throw new IllegalStateException("Niet gevonden: " + oud);
        }
        return tekst.substring(0, p) + nieuw + tekst.substring(p + oud.length());
    }

    /** A valid BSN starting with 1 (outside the demo range). */
    static String geldigBsn(Random r) {
        while (true) {
            String kandidaat = Bsn.metControlecijfer("1" + String.format("%07d", r.nextInt(10_000_000)));
            if (kandidaat != null) {
                return kandidaat;
            }
        }
    }

    /** The same BSN with its last digit changed: fails the 11-proef. */
    static String ongeldig(String bsn) {
        return bsn.substring(0, 8) + ((bsn.charAt(8) - '0' + 1) % 10);
    }
}
