package org.threatmesh.rules.builtin.transport;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.threatmesh.model.Edge;
import org.threatmesh.model.Node;
import org.threatmesh.model.NodeKind;
import org.threatmesh.model.attr.*;
import org.threatmesh.rules.*;
import org.threatmesh.rules.builtin.support.Facts;

/** R204-4.3: a frequent east-west call opens a new TLS connection per request. */
public final class NoKeepAliveOnBusyCallRule implements EdgeRule {

    public static final String ID = "no-keep-alive-on-busy-call";

    /** Default call rate from which a call counts as frequent: 10 calls per second (catalog §5, our value). */
    public static final int DEFAULT_FREQUENT_CALLS_PER_SECOND = 10;

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "Frequent call does not keep TLS connections alive",
            "Services that interact frequently should use keep-alive TLS connections so that handshakes do not "
                    + "eat capacity under load.",
            "Reuse connections: allow many requests per connection, enable TCP keep-alive or upgrade to HTTP/2.",
            Severity.LOW, "handshake overhead; availability under load",
            EnumSet.of(Stride.D), List.of(Strategy.MS_SS_4),
            List.of(Reference.nist("MS-SS-4#3"), Facts.catalog("R204-4.3")),
            Targets.edges(),
            List.of("DestinationRule connectionPool.http.maxRequestsPerConnection unset or 0",
                    "DestinationRule connectionPool.tcp.tcpKeepalive", "h2UpgradePolicy UPGRADE"),
            RuleKind.CHECK, false);

    private final int frequentCallsPerSecond;

    public NoKeepAliveOnBusyCallRule() {
        this(DEFAULT_FREQUENT_CALLS_PER_SECOND);
    }

    /** @param frequentCallsPerSecond a call at or above this rate is frequent */
    public NoKeepAliveOnBusyCallRule(int frequentCallsPerSecond) {
        this.frequentCallsPerSecond = frequentCallsPerSecond;
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Optional<Remedy> remedy() {
        return Optional.of(Remedy.set("Turn on keep-alive", EdgeAttributes.KEEP_ALIVE, true));
    }

    @Override
    public Outcome evaluate(Edge edge, AnalysisContext context) {
        if (!context.isEastWest(edge)) {
            return Outcome.NOT_APPLICABLE;
        }
        Facts facts = Facts.collect();
        Fact<Integer> rate = facts.track(edge.id(), EdgeAttributes.CALLS_PER_SECOND,
                edge.get(EdgeAttributes.CALLS_PER_SECOND));
        if (rate.matches(value -> value < frequentCallsPerSecond)) {
            return Outcome.NOT_APPLICABLE;
        }
        Fact<Boolean> keepAlive = facts.track(edge.id(), EdgeAttributes.KEEP_ALIVE, edge.get(EdgeAttributes.KEEP_ALIVE));
        if (keepAlive.is(true)) {
            return Outcome.PASS;
        }
        if (facts.anyUnknown()) {
            return facts.unknown();
        }
        // Resolved here so that the message, built when read, does not keep the context alive.
        Node msgFrom = context.source(edge);
        Node msgTo = context.target(edge);
        return Outcome.fire(METADATA.severity(), () -> msgFrom.name() + " calls "
                + msgTo.name() + " " + rate.value() + " times a second without keep-alive",
                List.of(Facts.evidence(edge.id(), EdgeAttributes.CALLS_PER_SECOND, rate),
                        Facts.evidence(edge.id(), EdgeAttributes.KEEP_ALIVE, keepAlive)));
    }
}
