package org.troika.seed;

import java.util.List;

/** The seed files are broken; the message names every problem by file, row and column. */
public class SeedFormatException extends RuntimeException {

    private final List<String> problems;

    SeedFormatException(List<String> problems) {
        super("The seed has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
