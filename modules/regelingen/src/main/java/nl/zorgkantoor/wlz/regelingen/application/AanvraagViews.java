package nl.zorgkantoor.wlz.regelingen.application;

import java.util.List;
import nl.zorgkantoor.wlz.regelingen.api.AanvraagView;
import nl.zorgkantoor.wlz.regelingen.api.AdviesView;
import nl.zorgkantoor.wlz.regelingen.api.Bedragregel;
import nl.zorgkantoor.wlz.regelingen.api.BesluitView;
import nl.zorgkantoor.wlz.regelingen.api.BevindingView;
import nl.zorgkantoor.wlz.regelingen.api.DocumentView;
import nl.zorgkantoor.wlz.regelingen.api.StapView;
import nl.zorgkantoor.wlz.regelingen.domain.Advies;
import nl.zorgkantoor.wlz.regelingen.domain.Besluit;
import nl.zorgkantoor.wlz.regelingen.domain.Bevinding;
import nl.zorgkantoor.wlz.regelingen.domain.Regelingaanvraag;

/** Turns the aggregate into the api's views; the domain objects never leave the context. */
final class AanvraagViews {

    private AanvraagViews() {
    }

    static AanvraagView van(Regelingaanvraag a, List<Bevinding> toetsing) {
        Advies advies = a.advies();
        Besluit besluit = a.besluit();
        return new AanvraagView(a.id(), a.versie(), a.clientId(), a.soort(), a.status(), a.aanvrager(),
                a.aanvragerNaam(), a.aanvraagdatum(), a.beslistermijn(), a.zorgprofiel(), a.regioCode(),
                a.vorigeAanvraagId(), a.clientondersteuningAangebodenOp(), a.huisbezoekOp(), a.gesprekOp(),
                a.feiten().alsGegevens(),
                advies == null ? null : new AdviesView(advies.adviseur(), advies.vraag(), advies.gevraagdOp(),
                        advies.adviesdatum(), advies.positief(), advies.toelichting()),
                besluit == null ? null : besluit(a, besluit),
                bevindingen(toetsing),
                a.stappen().stream().map(s -> new StapView(s.actie(), s.van(), s.naar(), s.wie(), s.wanneer(),
                        s.waarom())).toList(),
                a.documenten().stream().map(d -> new DocumentView(d.inhoudId(), d.type(), d.documentdatum(),
                        d.bestandsnaam(), d.mimeType(), d.grootte(), d.toegevoegdDoor(), d.toegevoegdOp())).toList(),
                besluit != null);
    }

    private static BesluitView besluit(Regelingaanvraag a, Besluit b) {
        return new BesluitView(b.uitkomst(), b.periode(), b.heraanvraagdatum(),
                a.besluitregels().stream().map(r -> new Bedragregel(r.leveringsvorm(), r.omschrijving(),
                        r.bedragPerJaar())).toList(),
                a.totaalPerJaar(), bevindingen(a.gronden()), b.motivering(), b.beslotenDoor(), b.beslotenOp(),
                b.bevestigdDoorBeoordelaar(), b.doelmatigheidsnotitie(), a.isLangerDanNorm());
    }

    private static List<BevindingView> bevindingen(List<Bevinding> lijst) {
        return lijst.stream().map(b -> new BevindingView(b.regel(), b.isVoldaan(), b.uitleg())).toList();
    }
}
