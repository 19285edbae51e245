package org.troika.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Command-line options {@code --name value}, with defaults and a clear error for a missing or malformed value. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Expected an option --name value, not '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            if (equals > 0) {
                values.put(arg.substring(2, equals), arg.substring(equals + 1));
            } else if (i + 1 < args.size()) {
                values.put(arg.substring(2), args.get(++i));
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
        }
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int number(String name, int fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'", e);
        }
    }
}
