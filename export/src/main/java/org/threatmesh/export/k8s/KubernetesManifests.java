package org.threatmesh.export.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threatmesh.export.manifest.Coverage;
import org.threatmesh.export.manifest.Deployment;
import org.threatmesh.export.manifest.Deployment.Workload;
import org.threatmesh.export.manifest.Docs;
import org.threatmesh.export.manifest.Hardening;
import org.threatmesh.export.manifest.Resource;
import org.threatmesh.export.manifest.ResourceKind;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.ZoneId;
import org.threatmesh.model.attr.MeshMode;
import org.threatmesh.model.attr.WorkloadAttributes;

/** Namespaces and service accounts: the identities every other target refers to. */
public final class KubernetesManifests {

    private static final String MODEL_NAME = "threatmesh.org/model-name";
    private static final String ELEMENT = "threatmesh.org/element";

    private KubernetesManifests() {
    }

    /** One Namespace per namespace zone, with sidecar injection on when the model has a mesh. */
    public static List<Resource> namespaces(Deployment deployment) {
        List<Resource> resources = new ArrayList<>();
        boolean mesh = deployment.mesh().isPresent();
        for (Map.Entry<ZoneId, String> entry : deployment.namespaces().entrySet()) {
            String namespace = entry.getValue();
            var zone = deployment.model().zones().get(entry.getKey());
            Map<String, Object> body = Docs.object(ResourceKind.NAMESPACE, namespace, "",
                    Map.of(MODEL_NAME, zone.name(), ELEMENT, zone.id().value()), null);
            body.remove("spec");
            List<Hardening> hardening = new ArrayList<>();
            if (mesh) {
                @SuppressWarnings("unchecked")
                Map<String, Object> labels = (Map<String, Object>) ((Map<String, Object>) body.get("metadata"))
                        .get("labels");
                labels.put("istio-injection", "enabled");
                for (Workload workload : deployment.workloadsIn(namespace)) {
                    if (workload.meshed()
                            && WorkloadAttributes.MESH_MODE.applies().toNode(workload.node().kind())
                            && workload.node().get(WorkloadAttributes.MESH_MODE).isUnknown()) {
                        hardening.add(new Hardening(workload.node().id(), WorkloadAttributes.MESH_MODE,
                                MeshMode.SIDECAR));
                    }
                }
            }
            resources.add(new Resource(ResourceKind.NAMESPACE, namespace, "", body,
                    "Namespace for zone " + zone.id().value() + (mesh ? ", with Istio sidecar injection" : "") + ".",
                    new Coverage(mesh ? List.of("MS-SS-13#6", "SM-DR6") : List.of("MS-SS-13#6"),
                            Set.of("namespace", "sidecar"), Set.of(zone.id())),
                    List.of(), hardening));
        }
        return resources;
    }

    /** One ServiceAccount per placed workload; application services get no API token mounted. */
    public static List<Resource> serviceAccounts(Deployment deployment) {
        List<Resource> resources = new ArrayList<>();
        for (Workload workload : deployment.workloads()) {
            if (workload.node().kind() == NodeKind.MESH_CONTROL_PLANE) {
                continue;
            }
            Map<String, Object> body = Docs.object(ResourceKind.SERVICE_ACCOUNT, workload.serviceAccount(),
                    workload.namespace(), Map.of(MODEL_NAME, workload.node().name(), ELEMENT,
                            workload.node().id().value()), null);
            body.remove("spec");
            if (workload.node().kind() == NodeKind.SERVICE) {
                body.put("automountServiceAccountToken", false);
            }
            List<Hardening> hardening = workload.node().get(WorkloadAttributes.SERVICE_ACCOUNT)
                    .is(workload.serviceAccount()) ? List.of()
                    : List.of(new Hardening(workload.node().id(), WorkloadAttributes.SERVICE_ACCOUNT,
                            workload.serviceAccount()));
            resources.add(new Resource(ResourceKind.SERVICE_ACCOUNT, workload.serviceAccount(), workload.namespace(),
                    body, "Identity of " + workload.name() + (deployment.mesh().isPresent()
                            ? "; its mesh principal is " + deployment.principal(workload) : "") + ".",
                    new Coverage(List.of("MS-SS-13#3", "SM-DR18", "SM-DR11"), Set.of("ServiceAccount"),
                            Set.<ElementId>of(workload.node().id())),
                    deployment.mesh().isPresent() ? deployment.principalPlaceholders() : List.of(), hardening));
        }
        return resources;
    }
}
