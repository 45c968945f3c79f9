package org.brigreen.trafficlight.rules;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with one version folder, collected by every step of its load, so that all are reported at once. */
final class LoadProblems {

    private final List<String> problems = new ArrayList<>();

    void add(String problem) {
        problems.add(problem);
    }

    /** Adds {@code at}: {@code problem} unless {@code holds}. */
    void expect(boolean holds, String at, String problem) {
        if (!holds) {
            add(at + ": " + problem);
        }
    }

    int count() {
        return problems.size();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<String> list() {
        return List.copyOf(problems);
    }
}
