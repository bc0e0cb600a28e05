package org.threatmesh.model.io;

import java.util.List;

/** A model file could not be loaded; nothing was loaded. Carries every problem found, in file order. */
public final class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ModelLoadException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public ModelLoadException(Problem problem) {
        this(List.of(problem));
    }

    /** The problems, at least one. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a load failure needs at least one problem");
        }
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
