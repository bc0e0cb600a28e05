package org.threatmesh.rules.pack;

import java.util.List;
import org.threatmesh.rules.Rule;

/**
 * A loaded, fully checked custom rule pack.
 *
 * @param name   the pack's name
 * @param source the file it came from
 * @param rules  its rules, in file order; every condition compiled and type-checked
 */
public record RulePack(String name, String source, List<Rule> rules) {

    public RulePack {
        rules = List.copyOf(rules);
    }
}
