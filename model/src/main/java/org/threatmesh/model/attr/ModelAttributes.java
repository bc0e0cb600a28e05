package org.threatmesh.model.attr;

import java.util.List;

/** Attributes of the system as a whole: platform controls that no single node carries (SP 800-204C/D). */
public final class ModelAttributes {

    private static final KeyList KEYS = new KeyList();
    private static final Applies MODEL = Applies.model();

    public static final AttributeKey<Boolean> IMAGE_PROVENANCE_VERIFIED = KEYS.add(AttributeKey.ofBoolean(
            "imageProvenanceVerified", MODEL, "Platform",
            "Admission admits only images from the trusted build (DEPLOY-REQ-3)"));
    public static final AttributeKey<Boolean> SCAN_ATTESTATION_REQUIRED = KEYS.add(AttributeKey.ofBoolean(
            "scanAttestationRequired", MODEL, "Platform",
            "Admission requires a recent vulnerability-scan attestation (DEPLOY-REQ-4)"));
    public static final AttributeKey<Boolean> GITOPS_DRIFT_CONTROL = KEYS.add(AttributeKey.ofBoolean(
            "gitopsDriftControl", MODEL, "Platform",
            "Git is the source of truth and drift is detected and reverted (GitOps-REQ-3/4)"));
    public static final AttributeKey<Boolean> CONFIG_IN_ROBUST_STORE = KEYS.add(AttributeKey.ofBoolean(
            "configInRobustStore", MODEL, "Platform",
            "Resilience and control-plane configuration is kept in a robust store (SM-DR25)"));
    public static final AttributeKey<Boolean> RUNTIME_THREAT_DETECTION = KEYS.add(AttributeKey.ofBoolean(
            "runtimeThreatDetection", MODEL, "Platform",
            "A runtime threat-detection tool watches the orchestration platform (204C §4.2)"));

    private ModelAttributes() {
    }

    /** Every key declared here, in declaration order. */
    public static List<AttributeKey<?>> all() {
        return KEYS.view();
    }
}
