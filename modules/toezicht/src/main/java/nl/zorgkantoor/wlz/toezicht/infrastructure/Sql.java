package nl.zorgkantoor.wlz.toezicht.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The one SQL difference between H2 and PostgreSQL this context needs: the next value of a sequence. */
public final class Sql {

    private Sql() {
    }

    public static long volgendeId(Connection c, String sequence) throws SQLException {
        String sql = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")
                ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
