package org.zhibiao.store;

import org.zhibiao.model.Problem;
import org.zhibiao.model.Problem.Kind;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/** Connecting to a team workspace on a PostgreSQL server, and saying why a connection was refused. */
final class ServerConnections {

    private ServerConnections() {
    }

    static Connection connect(WorkspaceAddress.Server server, PgCredentials credentials) {
        Properties p = new Properties();
        p.setProperty("user", credentials.user());
        if (credentials.password() != null) {
            p.setProperty("password", credentials.password());
        }
        p.setProperty("ApplicationName", "Zhibiao");
        p.setProperty("connectTimeout", "5");
        p.setProperty("loginTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        // a server that stops answering (a cable pulled, a laptop asleep) is given up after a minute, so that a
        // background save or poll does not wait for TCP's own timeout of many minutes
        p.setProperty("socketTimeout", "60");
        try {
            return java.sql.DriverManager.getConnection(server.jdbcUrl(), p);
        } catch (SQLException e) {
            Problem why = describe(server, credentials.user(), e);
            // only an unreachable server is worth trying again; a refused or missing password stays so
            throw why.kind() == Kind.SERVER_UNREACHABLE
                    ? new WorkspaceUnavailableException(why, e) : new WorkspaceException(why, e);
        }
    }

    /** Why a server refused a connection, as a problem that says what to do; never with the password. */
    static Problem describe(WorkspaceAddress.Server server, String user, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = server.display();
        if (noPasswordGiven(e)) {
            return Problem.of(Kind.SERVER_NO_PASSWORD, where, user);
        }
        return switch (state) {
            case "28P01" -> Problem.of(Kind.SERVER_BAD_PASSWORD, where, user);
            case "28000" -> Problem.of(Kind.SERVER_HOST_REFUSED, where, user);
            case "3D000" -> Problem.of(Kind.SERVER_NO_DATABASE, server.database(), server.host());
            default -> state.startsWith("08")
                    ? Problem.of(Kind.SERVER_UNREACHABLE, where) : Problem.of(Kind.SERVER_CONNECT_FAILED, where);
        };
    }

    /** The server wanted a password and the driver had none to give (pgjdbc says so in SQLState 08004). */
    static boolean noPasswordGiven(SQLException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return "08004".equals(e.getSQLState()) && m.contains("password") && m.contains("no password");
    }

    /** A failure that means the server is gone (network, restart), as opposed to a refused statement. */
    static boolean connectionLost(Connection c, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WorkspaceUnavailableException || t instanceof java.net.SocketException
                    || t instanceof java.io.EOFException) {
                return true;
            }
            if (t instanceof SQLException q && q.getSQLState() != null
                    && (q.getSQLState().startsWith("08") || q.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        try {
            return c.isClosed() || !c.isValid(2);
        } catch (SQLException ignored) {
            return true;
        }
    }
}
