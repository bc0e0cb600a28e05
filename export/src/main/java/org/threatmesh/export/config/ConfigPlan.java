package org.threatmesh.export.config;

import org.threatmesh.export.manifest.Resource;
import org.threatmesh.export.manifest.Target;
import java.util.List;
import java.util.Map;
import org.threatmesh.rules.Finding;

/**
 * The document model of one export (stage 1): every resource in output order with the findings it mitigates,
 * and per target the notes explaining what was not generated and why.
 *
 * @param resources  resources sorted by kind, then namespace, then name
 * @param mitigated  for each resource (same index), the findings it mitigates, sorted by key
 * @param notes      per requested target, sentences for the README; targets that were not requested are absent
 */
public record ConfigPlan(List<Resource> resources, List<List<Finding>> mitigated, Map<Target, List<String>> notes) {

    public ConfigPlan {
        resources = List.copyOf(resources);
        mitigated = mitigated.stream().map(List::copyOf).toList();
        notes = Map.copyOf(notes);
        if (resources.size() != mitigated.size()) {
            throw new IllegalArgumentException("one list of mitigated findings per resource");
        }
    }
}
