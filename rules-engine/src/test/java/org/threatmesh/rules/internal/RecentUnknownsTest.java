package org.threatmesh.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.Outcome;

/** One fact's unknown outcome is shared on a thread only for the identical element id and key. */
class RecentUnknownsTest {

    @Test
    void theSameFactGivesTheSameOutcome() {
        EdgeId call = new EdgeId("e-cart");
        Outcome.Unknown first = RecentUnknowns.of(call, EdgeAttributes.TLS);
        assertThat(RecentUnknowns.of(call, EdgeAttributes.TLS)).isSameAs(first);
        assertThat(first.unknowns()).containsExactly("e-cart.tls");
    }

    @Test
    void anotherFactNeverGetsItsOutcome() {
        EdgeId call = new EdgeId("e-cart");
        Outcome.Unknown tls = RecentUnknowns.of(call, EdgeAttributes.TLS);
        // Sharing goes by identity: an equal id of another instance gets an outcome of its own, equal in value.
        Outcome.Unknown equalId = RecentUnknowns.of(new EdgeId("e-cart"), EdgeAttributes.TLS);
        Outcome.Unknown otherElement = RecentUnknowns.of(new EdgeId("e-pay"), EdgeAttributes.TLS);
        Outcome.Unknown otherKey = RecentUnknowns.of(call, EdgeAttributes.CLIENT_AUTHN);

        assertThat(equalId).isNotSameAs(tls).isEqualTo(tls);
        assertThat(otherElement.unknowns()).containsExactly("e-pay.tls");
        assertThat(otherKey.unknowns()).containsExactly("e-cart.clientAuthn");
        assertThat(RecentUnknowns.of(new NodeId("cart"), WorkloadAttributes.DATA_SENSITIVITY).unknowns())
                .isEqualTo(List.of("cart.dataSensitivity"));
    }
}
