package org.threatmesh.rules.builtin.meshdeploy;

import org.threatmesh.model.attr.ModelAttributes;
import org.threatmesh.rules.Reference;
import org.threatmesh.rules.RuleMetadata;
import org.threatmesh.rules.Severity;
import org.threatmesh.rules.Stride;
import org.threatmesh.rules.Targets;
import org.threatmesh.rules.builtin.support.AttributeModelRule;
import org.threatmesh.rules.builtin.support.Meta;

/** SP 800-204A SM-DR25: resilience and control-plane configuration kept outside a robust store. */
public final class ConfigOutsideRobustStoreRule extends AttributeModelRule<Boolean> {

    private static final RuleMetadata METADATA = Meta.rule("config-outside-robust-store")
            .title("Mesh configuration not kept in a robust store")
            .rationale("Retries, timeouts, breakers and canary weights held in ad-hoc files can be lost, changed "
                    + "unnoticed or diverge between replicas; SP 800-204A asks for them to live in robust stores "
                    + "such as replicated key/value stores.")
            .remediation("Keep resilience and control-plane configuration in a replicated, backed-up store, "
                    + "managed from Git.")
            .severity(Severity.LOW, "operational integrity item")
            .stride(Stride.T, Stride.D)
            .reference(Reference.SP800_204A, "SM-DR25")
            .targets(Targets.model())
            .artefacts("Kubernetes etcd (replicated, backed up)", "GitOps with Argo CD or Flux")
            .build();

    public ConfigOutsideRobustStoreRule() {
        super(METADATA, ModelAttributes.CONFIG_IN_ROBUST_STORE, robust -> !robust,
                "Resilience and control-plane configuration is not kept in a robust store");
    }
}
