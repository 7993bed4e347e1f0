package nl.zorgkantoor.wlz.it.budget;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The rows the budget ITs put behind what budget reads, written as the owning contexts store them: an
 * indicatiebesluit (indicatie), a budgettoekenning and a toeslag (budget), a granted regeling (regelingen, behind its
 * view regelingen.v_toegekende_regeling). One copy for BudgetIT, SignaalrunIT and ScenarioIT.
 */
final class Budgetgegevens {

    private Budgetgegevens() {
    }

    /** Besluit 1 of the client, valid from 2020. */
    static void indicatiebesluit(Connection c, long id, long clientId, String zorgprofiel) throws SQLException {
        schrijf(c, "insert into indicatie.indicatiebesluit (id, client_id, besluitnummer, zorgprofiel, ingangsdatum,"
                + " meerzorg_onderzoek, ontvangen_op) values (?, ?, 1, ?, DATE '2020-01-01', false,"
                + " TIMESTAMP '2026-01-01 00:00:00')", id, clientId, zorgprofiel);
    }

    /** @param functie null for a toekenning of the whole leveringsvorm; @param tot null for open-ended */
    static void toekenning(Connection c, long id, long clientId, String leveringsvorm, String functie,
                           String jaarbedrag, String van, String tot) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into budget.budgettoekenning (id, client_id,"
                + " leveringsvorm, functie, jaarbedrag, ingangsdatum, einddatum) values (?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, id);
            st.setLong(2, clientId);
            st.setString(3, leveringsvorm);
            st.setString(4, functie);
            st.setBigDecimal(5, new BigDecimal(jaarbedrag));
            st.setDate(6, Date.valueOf(van));
            st.setDate(7, tot == null ? null : Date.valueOf(tot));
            st.executeUpdate();
        }
    }

    /** A toeslag from 2026. */
    static void toeslag(Connection c, long clientId, String code) throws SQLException {
        schrijf(c, "insert into budget.toegekende_toeslag (client_id, toeslag_code, ingangsdatum)"
                + " values (?, ?, DATE '2026-01-01')", clientId, code);
    }

    /** A regeling granted for the period, with one pgb line. */
    static void regeling(Connection c, long id, long clientId, String soort, String van, String tot)
            throws SQLException {
        schrijf(c, "insert into regelingen.aanvraag (id, versie, client_id, soort, status, aanvrager, aanvraagdatum,"
                        + " beslistermijn, leveringsvormen, uitkomst, ingangsdatum, einddatum)"
                        + " values (?, 0, ?, ?, 'TOEGEKEND', 'CLIENT', ?, ?, 'PGB', 'TOEGEKEND', ?, ?)", id, clientId,
                soort, Date.valueOf(van), Date.valueOf(van), Date.valueOf(van), Date.valueOf(tot));
        schrijf(c, "insert into regelingen.besluit_regel (aanvraag_id, volgnummer, leveringsvorm, omschrijving,"
                + " bedrag_per_jaar) values (?, 1, 'PGB', 'test', 12000.00)", id);
    }

    static void voerUit(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private static void schrijf(Connection c, String sql, Object... waarden) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < waarden.length; i++) {
                st.setObject(i + 1, waarden[i]);
            }
            st.executeUpdate();
        }
    }
}
