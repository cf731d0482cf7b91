package org.jmapserv.http.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jmapserv.http.HttpFetchException;
import org.jmapserv.http.Secret;

/**
 * A {@code .netrc} file as curl reads it: whitespace-separated tokens {@code machine NAME login
 * USER password PASS}, and a {@code default} entry used when no machine matches. Values are not
 * escaped (netCDF: "Escaping should not be used in the .netrc file").
 */
public final class Netrc {
    /** Credentials for one machine. */
    public record Login(String login, Secret password) {
        @Override
        public String toString() {
            return "Login[" + login + ", ***]";
        }
    }

    private record Machine(String name, String login, String password) {
    }

    private final List<Machine> machines;

    private Netrc(List<Machine> machines) {
        this.machines = machines;
    }

    public static Netrc read(Path file) throws HttpFetchException {
        try {
            String[] tokens = Files.readString(file).trim().split("\\s+");
            List<Machine> list = new ArrayList<>();
            String name = null;
            String login = null;
            String password = null;
            for (int i = 0; i < tokens.length; i++) {
                String t = tokens[i];
                if (t.equals("machine") || t.equals("default")) {
                    if (name != null) {
                        list.add(new Machine(name, login, password));
                    }
                    name = t.equals("default") ? "" : next(tokens, ++i, file);
                    login = null;
                    password = null;
                } else if (t.equals("login")) {
                    login = next(tokens, ++i, file);
                } else if (t.equals("password")) {
                    password = next(tokens, ++i, file);
                }
            }
            if (name != null) {
                list.add(new Machine(name, login, password));
            }
            return new Netrc(List.copyOf(list));
        } catch (IOException e) {
            throw HttpFetchException.invalidSetting("cannot read netrc file " + file + ": " + e.getMessage());
        }
    }

    private static String next(String[] tokens, int i, Path file) throws HttpFetchException {
        if (i >= tokens.length) {
            throw HttpFetchException.invalidSetting("netrc file " + file + " ends in the middle of an entry");
        }
        return tokens[i];
    }

    /** Login for {@code host}: its machine entry, else the default entry. */
    public Optional<Login> forHost(String host) {
        Machine fallback = null;
        for (Machine m : machines) {
            if (m.name.equalsIgnoreCase(host) && m.login != null && m.password != null) {
                return Optional.of(new Login(m.login, Secret.of(m.password)));
            }
            if (m.name.isEmpty() && fallback == null) {
                fallback = m;
            }
        }
        return fallback == null || fallback.login == null || fallback.password == null ? Optional.empty()
                : Optional.of(new Login(fallback.login, Secret.of(fallback.password)));
    }
}
