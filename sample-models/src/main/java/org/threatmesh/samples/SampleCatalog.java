package org.threatmesh.samples;

import java.util.List;
import java.util.Optional;

/** The built-in samples, in menu order. The first one is the app's default document. */
public final class SampleCatalog {

    private static final List<Sample> SAMPLES = List.of(
            new Sample("online-shop", "Online shop",
                    "Kubernetes + Istio shop with an edge gateway, seven services, three stores and a payment provider"),
            new Sample("online-shop-insecure", "Online shop (insecure start)",
                    "The same shop as many systems start: no mTLS, a gateway bypass, open API keys, no limits or breakers"),
            new Sample("online-shop-hardened", "Online shop (hardened)",
                    "The same shop with every SP 800-204 strategy applied: WAF, strict mTLS, egress gateway, SIEM and IDS"),
            new Sample("online-boutique", "Online Boutique (Google)",
                    "Ten gRPC services and a Redis cart store behind a cloud load balancer, as deployed by its manifests"),
            new Sample("sock-shop", "Sock Shop (Weaveworks)",
                    "Polyglot shop with MongoDB, MySQL and Redis stores and a RabbitMQ queue, exposed through a NodePort"),
            new Sample("bookinfo", "Bookinfo (Istio)",
                    "Four services in an Istio mesh behind an ingress gateway, with a 90/10 canary of reviews v1/v2/v3"),
            new Sample("eshoponcontainers", "eShopOnContainers (Microsoft)",
                    "Identity service, Envoy gateways per client type, RabbitMQ event bus, SQL Server, Redis and Seq"));

    private SampleCatalog() {
    }

    public static List<Sample> all() {
        return SAMPLES;
    }

    /** The sample a first start opens. */
    public static Sample defaultSample() {
        return SAMPLES.get(0);
    }

    public static Optional<Sample> find(String id) {
        return SAMPLES.stream().filter(sample -> sample.id().equals(id)).findFirst();
    }
}
