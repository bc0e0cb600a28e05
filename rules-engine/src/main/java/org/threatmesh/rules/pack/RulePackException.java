package org.threatmesh.rules.pack;

import java.util.List;

/** A rule pack was refused; the message lists every problem, each naming file, rule and position. */
public final class RulePackException extends Exception {

    private final List<String> problems;

    public RulePackException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem: {@code file:line:column: rule 'id': what is wrong}. */
    public List<String> problems() {
        return problems;
    }
}
