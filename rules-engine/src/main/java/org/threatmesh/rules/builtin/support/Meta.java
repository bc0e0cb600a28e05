package org.threatmesh.rules.builtin.support;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleKind;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;

/**
 * A named-argument builder for {@link RuleMetadata}, so a rule's constant reads field by field instead of as
 * thirteen positional arguments. {@link #build()} applies the record's own validation.
 */
public final class Meta {

    /** Source name of references into the project's SP 800-204 rule catalog (labels such as R204-4.2a). */
    public static final String CATALOG = "ThreatMesh SP 800-204 catalog";

    private final String id;
    private String title;
    private String rationale;
    private String remediation;
    private Severity severity;
    private String severityReason;
    private final Set<Stride> stride = EnumSet.noneOf(Stride.class);
    private final List<Strategy> strategies = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private Targets targets;
    private final List<String> artefacts = new ArrayList<>();
    private RuleKind kind = RuleKind.CHECK;
    private boolean extension;

    private Meta(String id) {
        this.id = id;
    }

    /** Starts the metadata of the rule with the stable id {@code id}. */
    public static Meta rule(String id) {
        return new Meta(id);
    }

    public Meta title(String value) {
        title = value;
        return this;
    }

    public Meta rationale(String value) {
        rationale = value;
        return this;
    }

    public Meta remediation(String value) {
        remediation = value;
        return this;
    }

    public Meta severity(Severity value, String reason) {
        severity = value;
        severityReason = reason;
        return this;
    }

    public Meta stride(Stride... values) {
        stride.addAll(List.of(values));
        return this;
    }

    public Meta strategies(Strategy... values) {
        strategies.addAll(List.of(values));
        return this;
    }

    /** Adds SP 800-204 recommendations in the catalog's notation, for example {@code "MS-SS-6#1"}. */
    public Meta nist(String... recommendations) {
        for (String recommendation : recommendations) {
            references.add(Reference.nist(recommendation));
        }
        return this;
    }

    public Meta reference(String source, String identifier) {
        references.add(new Reference(source, identifier));
        return this;
    }

    /**
     * Adds the rule's label in the project's SP 800-204 catalog, for example {@code "R204-6.1a"}; these labels
     * are the catalog's, not NIST's.
     */
    public Meta catalog(String label) {
        references.add(new Reference(CATALOG, label));
        return this;
    }

    public Meta cwe(int number) {
        references.add(Reference.cwe(number));
        return this;
    }

    public Meta targets(Targets value) {
        targets = value;
        return this;
    }

    public Meta artefacts(String... values) {
        artefacts.addAll(List.of(values));
        return this;
    }

    public Meta kind(RuleKind value) {
        kind = value;
        return this;
    }

    /** Marks the rule as going beyond the NIST text. */
    public Meta extension() {
        extension = true;
        return this;
    }

    public RuleMetadata build() {
        return new RuleMetadata(id, title, rationale, remediation, severity, severityReason, stride, strategies,
                references, targets, artefacts, kind, extension);
    }
}
