package org.zhibiao.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a workspace is: an H2 file on this computer (the default) or a database on a PostgreSQL server shared by a
 * team, written {@code postgresql://HOST[:PORT]/DB}. An address never holds a user name or password: those come
 * from the PG environment variables or ~/.pgpass ({@link PgCredentials}), so they stay out of command lines,
 * settings and logs.
 */
public sealed interface WorkspaceAddress permits WorkspaceAddress.H2File, WorkspaceAddress.Server {

    /** How the address is shown to users and written in logs. */
    String display();

    /** A workspace file, with or without its .mv.db ending. */
    record H2File(Path file) implements WorkspaceAddress {
        public H2File {
            file = WorkspaceLocation.file(file);
        }

        @Override
        public String display() {
            return file.toString();
        }

        // written out: a record's generated equals is linked through invokedynamic on its first call, 10-20 ms of
        // the desktop app's FX thread at start (comparing the workspace opened early with the one asked for)
        @Override
        public boolean equals(Object o) {
            return o instanceof H2File h && h.file.equals(file);
        }

        @Override
        public int hashCode() {
            return file.hashCode();
        }
    }

    /** A database on a PostgreSQL server. */
    record Server(String host, int port, String database) implements WorkspaceAddress {
        public static final int DEFAULT_PORT = 5432;

        @Override
        public String display() {
            return "postgresql://" + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
        }

        String jdbcUrl() {
            String h = host.contains(":") ? "[" + host + "]" : host;
            return "jdbc:postgresql://" + h + ":" + port + "/" + database;
        }
    }

    /**
     * Reads an address as users type it: {@code postgresql://…} (or {@code postgres://…}) for a server, anything
     * else as a file path.
     *
     * @throws IllegalArgumentException for a server address that cannot be used, saying why
     */
    static WorkspaceAddress parse(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("postgresql:") && !lower.startsWith("postgres:")) {
            return new H2File(Path.of(t));
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            // the text is never repeated back: whatever its form, it may hold a password
            throw new IllegalArgumentException("That is not a usable server address; write postgresql://HOST[:PORT]/DATABASE "
                    + "and keep the user and password in ~/.pgpass or PGUSER/PGPASSWORD.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Put the user name and password in ~/.pgpass or PGUSER/PGPASSWORD, "
                    + "not in the workspace address: write postgresql://HOST[:PORT]/DATABASE");
        }
        String host = uri.getHost();
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (host == null || host.isBlank() || path.isBlank() || path.contains("/")) {
            throw new IllegalArgumentException("A server address needs a server and a database: postgresql://HOST[:PORT]/DATABASE "
                    + "(user and password in ~/.pgpass or PGUSER/PGPASSWORD).");
        }
        if (uri.getRawQuery() != null) {
            throw new IllegalArgumentException("Connection options after '?' are not supported; write "
                    + "postgresql://HOST[:PORT]/DATABASE (user and password in ~/.pgpass or PGUSER/PGPASSWORD).");
        }
        int port = uri.getPort() < 0 ? Server.DEFAULT_PORT : uri.getPort();
        return new Server(host, port, path);
    }

    static WorkspaceAddress of(Path file) {
        return new H2File(file);
    }
}
