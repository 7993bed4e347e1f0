package nl.zorgkantoor.wlz.budget.infrastructure.signaal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.zorgkantoor.wlz.budget.domain.signaal.Signaal;
import nl.zorgkantoor.wlz.budget.domain.signaal.Signaalopslag;
import nl.zorgkantoor.wlz.budget.domain.signaal.Signaalsoort;
import nl.zorgkantoor.wlz.budget.domain.signaal.Sluitreden;
import nl.zorgkantoor.wlz.kernel.platform.Datasource;

/**
 * Each check is one INSERT … SELECT over the whole region: the database joins the budget tables with
 * {@code indicatie.v_client_indicatie} and {@code regelingen.v_toegekende_regeling} (the views those contexts
 * publish) and the tariff views, and
 * {@code NOT EXISTS} on the signal's identity keeps a finding from being stored twice. Nothing is loaded into memory.
 * Only SQL that H2 and PostgreSQL both run.
 */
@ApplicationScoped
public class JdbcSignaalopslag implements Signaalopslag {

    /** Budgets and indications in force on the date (parameters: peildatum ×4, regio). */
    private static final String ACTIEF = """
            from budget.budgettoekenning b
            join indicatie.v_client_indicatie i on i.client_id = b.client_id
            where b.ingangsdatum <= ? and (b.einddatum is null or b.einddatum >= ?)
              and i.ingangsdatum <= ? and (i.einddatum is null or i.einddatum >= ?)
              and i.regio_code = ?
            """;

    /** Toeslagen granted on the date with their yearly tariff row (parameters: jaar, peildatum ×2). */
    private static final String TOESLAGEN = """
            join budget.toegekende_toeslag t on t.client_id = b.client_id
            join budget.v_toeslag_jaarbedrag tj on tj.code = t.toeslag_code and tj.jaar = ?
            """;

    /**
     * RULES B-02 (advies): the yearly amount of the client's granted toeslagen that count in a budget at home —
     * not instellingsgebonden, not gebruikelijke zorg, with a pgb only when allowed, and only when the profile
     * condition holds (parameters: peildatum ×2).
     */
    private static final String TOESLAGEN_THUIS = """
            coalesce((select sum(tj.jaarbedrag) from budget.toegekende_toeslag t
                      join budget.v_toeslag_jaarbedrag tj on tj.code = t.toeslag_code and tj.jaar = pl.jaar
                      where t.client_id = b.client_id and t.ingangsdatum <= ? and (t.einddatum is null or t.einddatum >= ?)
                        and tj.instellingsgebonden = false and tj.gebruikelijke_zorg = false
                        and (tj.pgb_toegestaan = true or b.leveringsvorm = 'MPT')
                        and (tj.profielen = '' or ('|' || tj.profielen || '|') like ('%|' || i.zorgprofiel || '|%'))), 0)""";

    @Resource(lookup = Datasource.JNDI)
    private DataSource dataSource;

    @Override
    public int markeer(Signaalsoort soort, String regioCode, LocalDate peildatum, Instant nu) {
        String sql = switch (soort) {
            // RULES B-01/B-02 (advies): plafond plus the granted toeslagen that count at home for this leveringsvorm
            case BOVEN_PLAFOND -> """
                    select b.client_id, 'toekenning ' || cast(b.id as varchar(20)) || ' ' || cast(pl.jaar as varchar(4)),
                           i.regio_code,
                           'Toegekend ' || cast(b.jaarbedrag as varchar(20)) || ' per jaar boven plafond met toeslagen '
                             || cast(pl.plafond + %1$s as varchar(20))
                             || ' (' || i.zorgprofiel || ', ' || b.leveringsvorm || ')'
                    """.formatted(TOESLAGEN_THUIS)
                    + ACTIEF.replace("where b.ingangsdatum", """
                    join budget.v_pgb_plafond pl on pl.jaar = ? and pl.zorgprofiel = i.zorgprofiel
                    where b.ingangsdatum""") + """
                      and b.jaarbedrag > pl.plafond + %1$s
                    """.formatted(TOESLAGEN_THUIS);
            // RULES L-03
            case PGB_BIJ_5GGZW -> """
                    select b.client_id, 'toekenning ' || cast(b.id as varchar(20)), i.regio_code,
                           '5GGZ-W geeft geen recht op een pgb; toekenning ' || cast(b.id as varchar(20))
                             || ' is een pgb van ' || cast(b.jaarbedrag as varchar(20)) || ' per jaar'
                    """ + ACTIEF + """
                      and i.zorgprofiel = 'GGZ5W' and b.leveringsvorm = 'PGB'
                    """;
            // RULES T-02: the toeslag's profile condition
            case TOESLAG_ZONDER_VOORWAARDE -> """
                    select distinct b.client_id, 'toeslag ' || t.toeslag_code || ' ' || cast(tj.jaar as varchar(4)),
                           i.regio_code,
                           'Toeslag ' || t.toeslag_code || ' vraagt zorgprofiel ' || tj.profielen
                             || ', de indicatie is ' || i.zorgprofiel
                    """ + ACTIEF.replace("where b.ingangsdatum", TOESLAGEN + "where b.ingangsdatum") + """
                      and t.ingangsdatum <= ? and (t.einddatum is null or t.einddatum >= ?)
                      and tj.profielen <> ''
                      and ('|' || tj.profielen || '|') not like ('%|' || i.zorgprofiel || '|%')
                    """;
            // RULES B-02, T-03: instellingsgebonden toeslagen never with a budget at home
            // (grouped: a client with a pgb and an mpt budget has one signal per toeslag, not one per budget)
            case INSTELLINGSGEBONDEN_TOESLAG_THUIS -> """
                    select b.client_id, 'toeslag ' || t.toeslag_code || ' ' || cast(tj.jaar as varchar(4)),
                           i.regio_code,
                           'Toeslag ' || t.toeslag_code || ' is instellingsgebonden en toegekend bij een budget thuis ('
                             || min(b.leveringsvorm) || ')'
                    """ + ACTIEF.replace("where b.ingangsdatum", TOESLAGEN + "where b.ingangsdatum") + """
                      and t.ingangsdatum <= ? and (t.einddatum is null or t.einddatum >= ?)
                      and tj.instellingsgebonden = true
                    group by b.client_id, t.toeslag_code, tj.jaar, i.regio_code
                    """;
            // RULES E-05: the regelingen context's published view of granted regelingen
            case EKT_MET_MEERZORG_OF_PAB -> """
                    select e.client_id, 'ekt ' || cast(e.aanvraag_id as varchar(20)) || ' met ' || m.soort || ' '
                             || cast(m.aanvraag_id as varchar(20)), i.regio_code,
                           'Ekt (aanvraag ' || cast(e.aanvraag_id as varchar(20)) || ') loopt samen met ' || m.soort
                             || ' (aanvraag ' || cast(m.aanvraag_id as varchar(20)) || ')'
                    from regelingen.v_toegekende_regeling e
                    join regelingen.v_toegekende_regeling m on m.client_id = e.client_id
                      and m.soort in ('MEERZORG', 'PAB') and m.status = 'TOEGEKEND'
                      and m.periode_begin <= ? and m.periode_eind >= ?
                    join indicatie.v_client_indicatie i on i.client_id = e.client_id
                    where e.soort = 'EKT' and e.status = 'TOEGEKEND' and e.periode_begin <= ? and e.periode_eind >= ?
                      and i.regio_code = ?
                    """;
            // RULES P-01: the profiles, against the indication in force
            case PAB_ZONDER_RECHT -> """
                    select p.client_id, 'pab ' || cast(p.aanvraag_id as varchar(20)), i.regio_code,
                           'Pab (aanvraag ' || cast(p.aanvraag_id as varchar(20)) || ') bij zorgprofiel ' || i.zorgprofiel
                             || '; pab alleen bij LG5, LG6, LG7, VV7 en VV8'
                    from regelingen.v_toegekende_regeling p
                    join indicatie.v_client_indicatie i on i.client_id = p.client_id
                    where p.soort = 'PAB' and p.status = 'TOEGEKEND' and p.periode_begin <= ? and p.periode_eind >= ?
                      and i.regio_code = ?
                      and i.zorgprofiel not in ('LG5', 'LG6', 'LG7', 'VV7', 'VV8')
                    """;
            // RULES P-02: 18 or older on the reference date; an unknown birth date cannot show that
            case PAB_ONDER_18 -> """
                    select p.client_id, 'pab ' || cast(p.aanvraag_id as varchar(20)), i.regio_code,
                           'Pab (aanvraag ' || cast(p.aanvraag_id as varchar(20)) || ') voor een cliënt '
                             || coalesce('geboren ' || cast(i.geboortedatum as varchar(10)), 'zonder bekende geboortedatum')
                             || '; een pab is er vanaf 18 jaar'
                    from regelingen.v_toegekende_regeling p
                    join indicatie.v_client_indicatie i on i.client_id = p.client_id
                    where p.soort = 'PAB' and p.status = 'TOEGEKEND' and p.periode_begin <= ? and p.periode_eind >= ?
                      and i.regio_code = ?
                      and (i.geboortedatum is null or i.geboortedatum > ?)
                    """;
            // RULES T-03: age in whole years as yyyymmdd arithmetic (portable: H2 and PostgreSQL), against the
            // toeslag's own limit; an unknown birth date cannot show the condition either
            case TOESLAG_BUITEN_LEEFTIJD -> """
                    select distinct b.client_id, 'toeslag ' || t.toeslag_code || ' ' || cast(tj.jaar as varchar(4)),
                           i.regio_code,
                           'Toeslag ' || t.toeslag_code || ' vraagt een leeftijd onder ' || cast(tj.leeftijd_tot as varchar(4))
                             || ' jaar; de cliënt is ' || coalesce('geboren ' || cast(i.geboortedatum as varchar(10)),
                                'zonder bekende geboortedatum')
                    """ + ACTIEF.replace("where b.ingangsdatum", TOESLAGEN + "where b.ingangsdatum") + """
                      and t.ingangsdatum <= ? and (t.einddatum is null or t.einddatum >= ?)
                      and tj.leeftijd_tot is not null
                      and (i.geboortedatum is null
                           or cast(? as integer) - (extract(year from i.geboortedatum) * 10000
                               + extract(month from i.geboortedatum) * 100 + extract(day from i.geboortedatum))
                              >= tj.leeftijd_tot * 10000)
                    """;
            // RULES L-02: one budget split over pgb and zorg in natura, never a pgb grant and a separate in-kind
            // grant for the same function (NULL = the whole profile) whose periods overlap on the reference date
            case PGB_EN_ZIN_OVERLAP -> """
                    select p.client_id, 'pgb ' || cast(p.id as varchar(20)) || ' met ' || lower(z.leveringsvorm) || ' '
                             || cast(z.id as varchar(20)), i.regio_code,
                           'Pgb (toekenning ' || cast(p.id as varchar(20)) || ', ' || coalesce(p.functie, 'hele profiel')
                             || ') en ' || z.leveringsvorm || ' (toekenning ' || cast(z.id as varchar(20)) || ', '
                             || coalesce(z.functie, 'hele profiel') || ') lopen tegelijk voor dezelfde functie: '
                             || cast(p.jaarbedrag + z.jaarbedrag as varchar(20)) || ' per jaar in twee budgetten'
                    from budget.budgettoekenning p
                    join budget.budgettoekenning z on z.client_id = p.client_id and z.leveringsvorm <> 'PGB'
                      and (p.functie is null or z.functie is null or p.functie = z.functie)
                      and z.ingangsdatum <= ? and (z.einddatum is null or z.einddatum >= ?)
                    join indicatie.v_client_indicatie i on i.client_id = p.client_id
                    where p.leveringsvorm = 'PGB' and p.ingangsdatum <= ? and (p.einddatum is null or p.einddatum >= ?)
                      and i.regio_code = ?
                    """;
            // RULES M-05, E-07: granted for a limited term; past the end it must not be paid any more
            case MEERZORG_VERLOPEN_BETAALD, EKT_VERLOPEN_BETAALD -> """
                    select r.client_id, lower(r.soort) || ' ' || cast(r.aanvraag_id as varchar(20)), i.regio_code,
                           r.soort || ' (aanvraag ' || cast(r.aanvraag_id as varchar(20)) || ') liep af op '
                             || cast(r.periode_eind as varchar(10)) || ' maar staat nog als toegekend: '
                             || cast(r.bedrag as varchar(20)) || ' per jaar wordt nog betaald'
                    from regelingen.v_toegekende_regeling r
                    join indicatie.v_client_indicatie i on i.client_id = r.client_id
                    where r.soort = ? and r.status = 'TOEGEKEND' and r.periode_eind < ? and i.regio_code = ?
                    """;
        };
        String insert = "insert into budget.signaal (client_id, sleutel, regio_code, toelichting, soort, regel,"
                + " gevonden_op) select x.*, cast(? as varchar(40)), cast(? as varchar(10)), cast(? as timestamp) from ("
                + sql + ") x (client_id, sleutel, regio_code, toelichting) where not exists (select 1 from budget.signaal s"
                + " where s.soort = ? and s.client_id = x.client_id and s.sleutel = x.sleutel)";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(insert)) {
            int p = 1;
            st.setString(p++, soort.name());
            st.setString(p++, soort.regel());
            st.setTimestamp(p++, Timestamp.from(nu));
            Date datum = Date.valueOf(peildatum);
            switch (soort) {
                case BOVEN_PLAFOND -> {
                    st.setDate(p++, datum);
                    st.setDate(p++, datum);
                    st.setInt(p++, peildatum.getYear());
                    p = actief(st, p, datum, regioCode);
                    st.setDate(p++, datum);
                    st.setDate(p++, datum);
                }
                case PGB_BIJ_5GGZW -> p = actief(st, p, datum, regioCode);
                case TOESLAG_ZONDER_VOORWAARDE, INSTELLINGSGEBONDEN_TOESLAG_THUIS -> {
                    st.setInt(p++, peildatum.getYear());
                    p = actief(st, p, datum, regioCode);
                    st.setDate(p++, datum);
                    st.setDate(p++, datum);
                }
                case EKT_MET_MEERZORG_OF_PAB -> {
                    for (int i = 0; i < 4; i++) {
                        st.setDate(p++, datum);
                    }
                    st.setString(p++, regioCode);
                }
                case PAB_ZONDER_RECHT -> {
                    st.setDate(p++, datum);
                    st.setDate(p++, datum);
                    st.setString(p++, regioCode);
                }
                case PAB_ONDER_18 -> {
                    st.setDate(p++, datum);
                    st.setDate(p++, datum);
                    st.setString(p++, regioCode);
                    st.setDate(p++, Date.valueOf(peildatum.minusYears(18)));
                }
                case TOESLAG_BUITEN_LEEFTIJD -> {
                    st.setInt(p++, peildatum.getYear());
                    p = actief(st, p, datum, regioCode);
                    st.setDate(p++, datum);
                    st.setDate(p++, datum);
                    st.setInt(p++, peildatum.getYear() * 10000 + peildatum.getMonthValue() * 100
                            + peildatum.getDayOfMonth());
                }
                case PGB_EN_ZIN_OVERLAP -> {
                    for (int i = 0; i < 4; i++) {
                        st.setDate(p++, datum);
                    }
                    st.setString(p++, regioCode);
                }
                case MEERZORG_VERLOPEN_BETAALD, EKT_VERLOPEN_BETAALD -> {
                    st.setString(p++, soort == Signaalsoort.EKT_VERLOPEN_BETAALD ? "EKT" : "MEERZORG");
                    st.setDate(p++, datum);
                    st.setString(p++, regioCode);
                }
            }
            st.setString(p, soort.name());
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Controle " + soort + " mislukt: " + e.getMessage(), e);
        }
    }

    private static int actief(PreparedStatement st, int p, Date datum, String regioCode) throws SQLException {
        for (int i = 0; i < 4; i++) {
            st.setDate(p++, datum);
        }
        st.setString(p++, regioCode);
        return p;
    }

    @Override
    public List<Signaal> open(String regioCode, int vanaf, int aantal) {
        String sql = "select soort, client_id, sleutel, regio_code, regel, toelichting, gevonden_op, gesloten_op,"
                + " gesloten_door, reden_sluiting from budget.signaal where regio_code = ? and gesloten_op is null"
                + " order by gevonden_op, soort, client_id, sleutel offset ? rows fetch next ? rows only";
        List<Signaal> signalen = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, regioCode);
            st.setInt(2, vanaf);
            st.setInt(3, aantal);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp gesloten = rs.getTimestamp(8);
                    signalen.add(new Signaal(Signaalsoort.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toLocalDateTime(),
                            gesloten == null ? null : gesloten.toLocalDateTime(), rs.getString(9), rs.getString(10)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Signalen lezen mislukt: " + e.getMessage(), e);
        }
        return signalen;
    }

    @Override
    public long aantalOpen(String regioCode) {
        String sql = "select count(*) from budget.signaal where regio_code = ? and gesloten_op is null";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, regioCode);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Signalen tellen mislukt: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean sluit(Signaalsoort soort, long clientId, String onderwerp, Sluitreden reden, String door,
                         Instant nu) {
        String sql = "update budget.signaal set gesloten_op = ?, gesloten_door = ?, reden_sluiting = ?"
                + " where soort = ? and client_id = ? and sleutel = ? and gesloten_op is null";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setTimestamp(1, Timestamp.from(nu));
            st.setString(2, door);
            st.setString(3, reden.tekst());
            st.setString(4, soort.name());
            st.setLong(5, clientId);
            st.setString(6, onderwerp);
            return st.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Signaal sluiten mislukt: " + e.getMessage(), e);
        }
    }
}
