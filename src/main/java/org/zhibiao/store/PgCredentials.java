package org.zhibiao.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The user name and password for a PostgreSQL workspace, found the way psql finds them: PGUSER and PGPASSWORD,
 * then the password file (PGPASSFILE, or ~/.pgpass; %APPDATA%\postgresql\pgpass.conf on Windows), whose lines read
 * {@code host:port:database:user:password} with {@code *} for any and backslash escapes. The user defaults to the
 * login name. Nothing here is ever logged.
 */
public record PgCredentials(String user, String password) {

    @Override
    public String toString() {
        return "PgCredentials[user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
    }

    /** Credentials for a server from this process's environment and the user's password file. */
    public static PgCredentials forServer(WorkspaceAddress.Server server) {
        return resolve(server, System.getenv(), System.getProperty("user.name"), System.getProperty("user.home"),
                System.getProperty("os.name", ""));
    }

    static PgCredentials resolve(WorkspaceAddress.Server server, Map<String, String> env, String login, String home,
                                 String os) {
        String user = nonBlank(env.get("PGUSER"), login);
        String password = env.get("PGPASSWORD");
        if (password == null) {
            Path file = passFile(env, home, os);
            if (file != null && Files.isReadable(file)) {
                try {
                    password = lookup(Files.readAllLines(file), server, user);
                } catch (IOException e) {
                    password = null; // an unreadable password file is the same as none: the server says what is missing
                }
            }
        }
        return new PgCredentials(user, password);
    }

    private static Path passFile(Map<String, String> env, String home, String os) {
        String named = env.get("PGPASSFILE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        if (os.toLowerCase(java.util.Locale.ROOT).contains("win")) {
            String appData = env.get("APPDATA");
            return appData == null ? null : Path.of(appData, "postgresql", "pgpass.conf");
        }
        return home == null ? null : Path.of(home, ".pgpass");
    }

    /** The password of the first line matching the server, port, database and user, or null. */
    static String lookup(List<String> lines, WorkspaceAddress.Server server, String user) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() != 5) {
                continue;
            }
            if (matches(f.get(0), server.host()) && matches(f.get(1), String.valueOf(server.port()))
                    && matches(f.get(2), server.database()) && matches(f.get(3), user)) {
                return f.get(4);
            }
        }
        return null;
    }

    private static boolean matches(String pattern, String value) {
        if (pattern.equals("*") || pattern.equals(value)) {
            return true;
        }
        // the loopback names are taken as one: a line written for localhost serves 127.0.0.1 too
        return isLocal(pattern) && isLocal(value);
    }

    private static boolean isLocal(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                b.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }

    private static String nonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
