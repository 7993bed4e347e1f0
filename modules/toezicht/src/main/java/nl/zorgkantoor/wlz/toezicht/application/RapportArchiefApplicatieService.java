package nl.zorgkantoor.wlz.toezicht.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;
import nl.zorgkantoor.wlz.kernel.platform.Pagina;
import nl.zorgkantoor.wlz.toezicht.api.ArchiefRapport;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel.Cel;
import nl.zorgkantoor.wlz.toezicht.api.Cijfertabel.Rij;
import nl.zorgkantoor.wlz.toezicht.api.Indicator;
import nl.zorgkantoor.wlz.toezicht.api.RapportArchief;
import nl.zorgkantoor.wlz.toezicht.api.Rapportsoort;
import nl.zorgkantoor.wlz.toezicht.infrastructure.Sql;

/**
 * Keeps report figures and PDFs in tables rapport_cijfer and rapport_archief. A figure table is stored cell by
 * cell: row 0 holds the column headers, rows 1.. the labelled rows.
 */
@Stateless
@Local(RapportArchief.class)
public class RapportArchiefApplicatieService implements RapportArchief {

    private static final String META = "id, rapport, regio_code, peildatum, job_executie_id, data_versie,"
            + " aangemaakt_op, bestandsnaam, sha256, grootte";

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @Override
    public void bewaarCijfers(Rapportsoort rapport, LocalDate peildatum, Cijfertabel tabel) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement del = c.prepareStatement("delete from toezicht.rapport_cijfer where rapport = ?"
                    + " and peildatum = ? and regio_code = ? and indicator = ?")) {
                sleutel(del, rapport, peildatum, tabel.regioCode());
                del.setString(4, tabel.indicator().name());
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("insert into toezicht.rapport_cijfer (rapport, peildatum,"
                    + " regio_code, indicator, rij, kolom, rijlabel, waarde, tekst) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int k = 0; k < tabel.kolommen().size(); k++) {
                    cel(ins, rapport, peildatum, tabel, 0, k + 1, "", null, tabel.kolommen().get(k));
                }
                for (int r = 0; r < tabel.rijen().size(); r++) {
                    Rij rij = tabel.rijen().get(r);
                    for (int k = 0; k < rij.cellen().size(); k++) {
                        Cel cel = rij.cellen().get(k);
                        cel(ins, rapport, peildatum, tabel, r + 1, k + 1, rij.label(), cel.waarde(), cel.tekst());
                    }
                }
                ins.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cijfers bewaren mislukt: " + e.getMessage(), e);
        }
    }

    private static void cel(PreparedStatement ins, Rapportsoort rapport, LocalDate peildatum, Cijfertabel tabel,
                            int rij, int kolom, String label, BigDecimal waarde, String tekst) throws SQLException {
        sleutel(ins, rapport, peildatum, tabel.regioCode());
        ins.setString(4, tabel.indicator().name());
        ins.setInt(5, rij);
        ins.setInt(6, kolom);
        ins.setString(7, label);
        ins.setBigDecimal(8, waarde);
        ins.setString(9, tekst);
        ins.addBatch();
    }

    private static void sleutel(PreparedStatement st, Rapportsoort rapport, LocalDate peildatum, String regio)
            throws SQLException {
        st.setString(1, rapport.name());
        st.setDate(2, Date.valueOf(peildatum));
        st.setString(3, regio);
    }

    @Override
    public List<Cijfertabel> cijfers(Rapportsoort rapport, LocalDate peildatum, String regioCode) {
        Map<Indicator, List<String>> kolommen = new LinkedHashMap<>();
        Map<Indicator, Map<Integer, String>> labels = new LinkedHashMap<>();
        Map<Indicator, Map<Integer, List<Cel>>> cellen = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("select indicator,"
                + " rij, kolom, rijlabel, waarde, tekst from toezicht.rapport_cijfer where rapport = ? and peildatum = ?"
                + " and regio_code = ? order by indicator, rij, kolom")) {
            sleutel(st, rapport, peildatum, regioCode);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Indicator i = Indicator.valueOf(rs.getString(1));
                    int rij = rs.getInt(2);
                    if (rij == 0) {
                        kolommen.computeIfAbsent(i, k -> new ArrayList<>()).add(rs.getString(6));
                    } else {
                        labels.computeIfAbsent(i, k -> new LinkedHashMap<>()).put(rij, rs.getString(4));
                        cellen.computeIfAbsent(i, k -> new LinkedHashMap<>())
                                .computeIfAbsent(rij, k -> new ArrayList<>())
                                .add(new Cel(rs.getBigDecimal(5), rs.getString(6)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cijfers lezen mislukt: " + e.getMessage(), e);
        }
        List<Cijfertabel> uit = new ArrayList<>();
        for (Indicator i : Indicator.van(rapport)) {
            if (kolommen.containsKey(i)) {
                List<Rij> rijen = new ArrayList<>();
                labels.getOrDefault(i, Map.of()).forEach((rij, label) -> rijen.add(new Rij(label, cellen.get(i).get(rij))));
                uit.add(new Cijfertabel(i, regioCode, kolommen.get(i), rijen));
            }
        }
        return uit;
    }

    @Override
    public void wisCijfers(Rapportsoort rapport, LocalDate peildatum) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "delete from toezicht.rapport_cijfer where rapport = ? and peildatum = ?")) {
            st.setString(1, rapport.name());
            st.setDate(2, Date.valueOf(peildatum));
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cijfers wissen mislukt: " + e.getMessage(), e);
        }
    }

    @Override
    public ArchiefRapport archiveer(Rapportsoort rapport, String regioCode, LocalDate peildatum, long jobExecutieId,
                                    String dataVersie, Instant aangemaaktOp, String bestandsnaam, byte[] pdf) {
        String sha = sha256(pdf);
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "insert into toezicht.rapport_archief (" + META + ", inhoud) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long id = Sql.volgendeId(c, "toezicht.rapport_archief_seq");
            st.setLong(1, id);
            st.setString(2, rapport.name());
            st.setString(3, regioCode);
            st.setDate(4, Date.valueOf(peildatum));
            st.setLong(5, jobExecutieId);
            st.setString(6, dataVersie);
            st.setTimestamp(7, Timestamp.from(aangemaaktOp));
            st.setString(8, bestandsnaam);
            st.setString(9, sha);
            st.setLong(10, pdf.length);
            st.setBytes(11, pdf);
            st.executeUpdate();
            return new ArchiefRapport(id, rapport, regioCode, peildatum, jobExecutieId, dataVersie, aangemaaktOp,
                    bestandsnaam, sha, pdf.length);
        } catch (SQLException e) {
            throw new IllegalStateException("Rapport archiveren mislukt: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isAfgerond(Rapportsoort rapport, LocalDate peildatum) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select count(*) from toezicht.rapport_archief where rapport = ? and peildatum = ? and regio_code = ?")) {
            sleutel(st, rapport, peildatum, Cijfertabel.LANDELIJK);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Archief lezen mislukt: " + e.getMessage(), e);
        }
    }

    @Override
    public List<ArchiefRapport> rapporten(Rapportsoort rapport, LocalDate peildatum) {
        StringBuilder sql = new StringBuilder("select " + META + " from toezicht.rapport_archief where 1 = 1");
        if (rapport != null) {
            sql.append(" and rapport = ?");
        }
        if (peildatum != null) {
            sql.append(" and peildatum = ?");
        }
        sql.append(" order by aangemaakt_op desc, id desc");
        List<ArchiefRapport> uit = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql.toString())) {
            int p = 1;
            if (rapport != null) {
                st.setString(p++, rapport.name());
            }
            if (peildatum != null) {
                st.setDate(p, Date.valueOf(peildatum));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    uit.add(new ArchiefRapport(rs.getLong(1), Rapportsoort.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getDate(4).toLocalDate(), rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                            rs.getString(8), rs.getString(9), rs.getLong(10)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Archief lezen mislukt: " + e.getMessage(), e);
        }
        return uit;
    }

    @Override
    public Pagina<ArchiefRapport> archief(Rapportsoort rapport, LocalDate peildatum, String regioCode, int eerste,
                                          int grootte) {
        int n = Pagina.begrensd(grootte);
        int vanaf = Math.max(0, eerste);
        StringBuilder waar = new StringBuilder(" from toezicht.rapport_archief where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (rapport != null) {
            waar.append(" and rapport = ?");
            parameters.add(rapport.name());
        }
        if (peildatum != null) {
            waar.append(" and peildatum = ?");
            parameters.add(Date.valueOf(peildatum));
        }
        if (regioCode != null && !regioCode.isBlank()) {
            waar.append(" and regio_code = ?");
            parameters.add(regioCode);
        }
        try (Connection c = dataSource.getConnection()) {
            long totaal;
            try (PreparedStatement st = c.prepareStatement("select count(*)" + waar)) {
                zet(st, parameters);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    totaal = rs.getLong(1);
                }
            }
            List<ArchiefRapport> rijen = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("select " + META + waar
                    + " order by peildatum desc, aangemaakt_op desc, id desc offset " + vanaf + " rows fetch next " + n
                    + " rows only")) {
                zet(st, parameters);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rijen.add(archiefRapport(rs));
                    }
                }
            }
            return new Pagina<>(rijen, totaal, vanaf, n);
        } catch (SQLException e) {
            throw new IllegalStateException("Archief lezen mislukt: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ArchiefRapport> rapport(long archiefId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select " + META + " from toezicht.rapport_archief where id = ?")) {
            st.setLong(1, archiefId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(archiefRapport(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Archief lezen mislukt: " + e.getMessage(), e);
        }
    }

    private static void zet(PreparedStatement st, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            st.setObject(i + 1, parameters.get(i));
        }
    }

    private static ArchiefRapport archiefRapport(ResultSet rs) throws SQLException {
        return new ArchiefRapport(rs.getLong(1), Rapportsoort.valueOf(rs.getString(2)), rs.getString(3),
                rs.getDate(4).toLocalDate(), rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                rs.getString(8), rs.getString(9), rs.getLong(10));
    }

    @Override
    public Optional<byte[]> inhoud(long archiefId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select inhoud from toezicht.rapport_archief where id = ?")) {
            st.setLong(1, archiefId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Archief lezen mislukt: " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
