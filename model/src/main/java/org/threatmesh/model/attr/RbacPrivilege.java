package org.threatmesh.model.attr;

/** Kubernetes RBAC reach of a workload's service account (MS-SS-13#3). */
public enum RbacPrivilege implements WireEnum {
    LEAST_PRIVILEGE,
    NAMESPACE_ADMIN,
    CLUSTER_ADMIN
}
