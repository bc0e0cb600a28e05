package org.threatmesh.model.io;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while decoding one file, located through its tree. */
final class Problems {

    /** Past this many, further problems are more noise than help. */
    private static final int LIMIT = 25;

    private final String file;
    private final LocatedTree tree;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file, LocatedTree tree) {
        this.file = file;
        this.tree = tree;
    }

    void add(String path, String message) {
        if (found.size() < LIMIT) {
            int[] at = tree.locate(path);
            found.add(new Problem(file, at[0], at[1], path, message));
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> list() {
        return found;
    }
}
