package nl.zorgkantoor.wlz.uitwisseling.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AanleverstatusTest {

    @Test
    void tr074_eersteAanleveringVanEenActieveSleutelGeeft9074() {
        assertEquals(Optional.of("9074"), Aanleverstatus.controleer("1", Optional.of("1")));
        assertEquals(Optional.empty(), Aanleverstatus.controleer("1", Optional.empty()));
        assertEquals(Optional.empty(), Aanleverstatus.controleer("1", Optional.of("3")));
    }

    @Test
    void tr063_verwijderenVereistEenEerdereAanlevering() {
        assertEquals(Optional.of("9063"), Aanleverstatus.controleer("3", Optional.empty()));
        assertEquals(Optional.of("9063"), Aanleverstatus.controleer("3", Optional.of("3")));
        assertEquals(Optional.empty(), Aanleverstatus.controleer("3", Optional.of("1")));
    }

    @Test
    void tr103_wijzigenVereistEenEerdereEersteAanlevering() {
        assertEquals(Optional.of("9103"), Aanleverstatus.controleer("2", Optional.empty()));
        assertEquals(Optional.empty(), Aanleverstatus.controleer("2", Optional.of("1")));
    }

    @Test
    void tr104_eenVerwijderdRecordKanNietGewijzigdWorden() {
        assertEquals(Optional.of("9104"), Aanleverstatus.controleer("2", Optional.of("3")));
    }
}
