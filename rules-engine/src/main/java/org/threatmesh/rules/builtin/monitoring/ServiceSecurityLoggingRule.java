package org.threatmesh.rules.builtin.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.AttributeKey;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.Sensitivity;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.AnalysisContext;
import org.threatmesh.rules.Evidence;
import org.threatmesh.rules.NodeRule;
import org.threatmesh.rules.Outcome;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Strategy;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.Evidences;
import org.threatmesh.rules.builtin.support.Facts;
import org.threatmesh.rules.builtin.support.Meta;

/** R204-5.1b: a service that does not log all four event classes SP 800-204 says must be logged. */
public final class ServiceSecurityLoggingRule implements NodeRule {

    private static final List<AttributeKey<Boolean>> REQUIRED = List.of(WorkloadAttributes.LOGS_INPUT_VALIDATION,
            WorkloadAttributes.LOGS_EXTRA_PARAMS, WorkloadAttributes.LOGS_CRASHES, WorkloadAttributes.LOGS_CORE_DUMPS);

    private static final RuleMetadata METADATA = Meta.rule("service-security-events-not-logged")
            .title("Service does not log security events")
            .rationale("Input-validation errors, unexpected extra parameters, crashes and core dumps are the traces "
                    + "injection and exploitation attempts leave; SP 800-204 says they must be logged.")
            .remediation("Log input-validation errors and unexpected parameters, and capture crashes and core dumps, "
                    + "and ship them to the central collector.")
            .severity(Severity.MEDIUM, "a NIST must-log item; detection gap")
            .stride(Stride.R)
            .strategies(Strategy.MS_SS_5)
            .nist("MS-SS-5#1")
            .catalog("R204-5.1b")
            .cwe(778)
            .targets(Targets.nodes(NodeKind.SERVICE))
            .artefacts("application logging standard with a log collector", "AppSensor-style detection points",
                    "crash and core-dump capture")
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Outcome evaluate(Node node, AnalysisContext context) {
        Facts facts = Facts.collect();
        List<Evidence> missing = new ArrayList<>();
        for (AttributeKey<Boolean> key : REQUIRED) {
            Fact<Boolean> logs = facts.of(node, key);
            if (logs.is(false)) {
                missing.add(Evidences.of(node, key));
            }
        }
        if (!missing.isEmpty()) {
            Severity severity = context.rubric(METADATA.severity(),
                    context.isAtLeast(node, Sensitivity.HIGHLY_SENSITIVE), false);
            // The missing logs are named from the evidence when the message is read, like the node.
            List<Evidence> evidence = List.copyOf(missing);
            return Outcome.fire(severity, () -> "Service " + node.name() + " does not log: "
                    + evidence.stream().map(Evidence::fact).collect(java.util.stream.Collectors.joining(", ")),
                    evidence);
        }
        return facts.anyUnknown() ? facts.unknownOutcome() : Outcome.PASS;
    }
}
