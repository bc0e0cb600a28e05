package org.threatmesh.export.config;

import org.threatmesh.export.manifest.Resource;
import org.threatmesh.export.manifest.Target;
import org.threatmesh.export.manifest.Deployment;
import org.threatmesh.export.manifest.EdgeGateways;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.threatmesh.export.ExportCancelledException;
import org.threatmesh.export.ExportProgress;
import org.threatmesh.export.gatewayapi.GatewayApiRoutes;
import org.threatmesh.export.istio.IstioEgress;
import org.threatmesh.export.istio.IstioObservability;
import org.threatmesh.export.istio.IstioSecurity;
import org.threatmesh.export.istio.IstioTraffic;
import org.threatmesh.export.k8s.KubernetesManifests;
import org.threatmesh.export.k8s.NetworkPolicies;
import org.threatmesh.export.kong.KongDeclarativeConfig;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.Node;
import org.threatmesh.model.ThreatModel;
import org.threatmesh.rules.Finding;

/**
 * Exports deployable configuration skeletons that implement the mitigations the model calls for. Stage 1
 * ({@link #planResources}) builds the document model; stage 2 ({@link ConfigRenderer}) renders it to files.
 *
 * <p>Stateless and thread-safe. Output depends only on the model, the findings and the targets: the same input
 * gives the same bytes.
 */
public final class ConfigExporter {

    private static final Comparator<Resource> OUTPUT_ORDER = Comparator.comparing(Resource::kind)
            .thenComparing(Resource::namespace).thenComparing(Resource::name);

    private final ConfigRenderer renderer = new ConfigRenderer();

    /**
     * Plans and renders the files for {@code targets}.
     *
     * @param model    the model to export
     * @param findings findings of analysing {@code model}; each resource's comment names those it mitigates
     * @param targets  non-empty set of targets
     * @return the files in memory; nothing is written
     */
    public ConfigBundle plan(ThreatModel model, List<Finding> findings, Set<Target> targets) {
        return plan(model, findings, targets, ExportProgress.NONE);
    }

    /**
     * As {@link #plan(ThreatModel, List, Set)}, reporting progress and stopping with
     * {@link ExportCancelledException} when {@code progress} is cancelled.
     */
    public ConfigBundle plan(ThreatModel model, List<Finding> findings, Set<Target> targets,
            ExportProgress progress) {
        ConfigPlan plan = planResources(model, findings, targets, progress);
        checkCancelled(progress);
        progress.progress("Rendering configuration", 0.8);
        return renderer.render(model, plan, targets);
    }

    /** Stage 1 only: the document model, for previews and tests. */
    public ConfigPlan planResources(ThreatModel model, List<Finding> findings, Set<Target> targets,
            ExportProgress progress) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(findings, "findings");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("choose at least one target");
        }
        Deployment deployment = new Deployment(model);
        List<Resource> resources = new ArrayList<>();
        Map<Target, List<String>> notes = new EnumMap<>(Target.class);
        int step = 0;
        for (Target target : Target.values()) {
            if (!targets.contains(target)) {
                continue;
            }
            checkCancelled(progress);
            progress.progress("Planning " + target.displayName(), 0.7 * step++ / targets.size());
            List<String> targetNotes = new ArrayList<>();
            resources.addAll(resourcesFor(target, deployment, targetNotes));
            if (deployment.workloads().isEmpty()) {
                targetNotes.add(0, "The model places no workload in a namespace zone, so nothing namespaced "
                        + "was generated; put services in zones of kind namespace.");
            }
            notes.put(target, targetNotes);
        }
        resources.sort(OUTPUT_ORDER);
        List<List<Finding>> mitigated = new ArrayList<>(resources.size());
        Map<ElementId, List<Finding>> openByElement = new HashMap<>();
        findings.stream().filter(Finding::isOpen)
                .forEach(f -> openByElement.computeIfAbsent(f.element(), k -> new ArrayList<>()).add(f));
        for (Resource resource : resources) {
            if (openByElement.isEmpty()) {
                mitigated.add(List.of());
                continue;
            }
            List<Finding> claimed = new ArrayList<>();
            for (ElementId element : resource.coverage().elements()) {
                for (Finding finding : openByElement.getOrDefault(element, List.of())) {
                    if (resource.coverage().mitigates(finding)) {
                        claimed.add(finding);
                    }
                }
            }
            claimed.sort(Comparator.comparing(Finding::key));
            mitigated.add(claimed);
        }
        return new ConfigPlan(resources, mitigated, notes);
    }

    private static List<Resource> resourcesFor(Target target, Deployment deployment, List<String> notes) {
        List<Resource> resources = new ArrayList<>();
        switch (target) {
            case K8S -> {
                resources.addAll(KubernetesManifests.namespaces(deployment));
                resources.addAll(KubernetesManifests.serviceAccounts(deployment));
                resources.addAll(NetworkPolicies.build(deployment));
            }
            case ISTIO -> {
                if (deployment.mesh().isEmpty()) {
                    notes.add("No Istio configuration: the model has no mesh control plane.");
                    break;
                }
                Node mesh = deployment.mesh().get();
                resources.addAll(IstioSecurity.peerAuthentications(deployment, mesh));
                resources.addAll(IstioSecurity.authorizationPolicies(deployment, mesh));
                resources.addAll(IstioSecurity.requestAuthentications(deployment));
                resources.addAll(IstioTraffic.destinationRules(deployment));
                resources.addAll(IstioTraffic.virtualServices(deployment));
                resources.addAll(IstioEgress.sidecars(deployment, mesh));
                resources.addAll(IstioEgress.serviceEntries(deployment));
                resources.addAll(IstioObservability.rateLimits(deployment));
                IstioObservability.telemetry(deployment, mesh).ifPresent(resources::add);
                deployment.workloads().stream().filter(w -> !w.meshed() && w.node().kind().isWorkload())
                        .filter(w -> org.threatmesh.model.attr.WorkloadAttributes.MESH_MODE.applies()
                                .toNode(w.node().kind()))
                        .forEach(w -> notes.add("Workload " + w.node().id().value() + " is modelled outside the "
                                + "mesh (meshMode none): STRICT mTLS refuses its calls into the mesh until it joins."));
            }
            case GATEWAY_API -> {
                GatewayApiRoutes.Result result = GatewayApiRoutes.build(deployment);
                resources.addAll(result.resources());
                notes.addAll(result.notes());
                if (EdgeGateways.of(deployment).isEmpty()) {
                    notes.add("No Gateway API resources: the model has no ingress gateway or edge API gateway "
                            + "in a namespace zone.");
                }
            }
            case KONG -> {
                KongDeclarativeConfig.Result result = KongDeclarativeConfig.build(deployment);
                resources.addAll(result.resources());
                notes.addAll(result.notes());
            }
        }
        return resources;
    }

    private static void checkCancelled(ExportProgress progress) {
        if (progress.isCancelled()) {
            throw new ExportCancelledException();
        }
    }
}
