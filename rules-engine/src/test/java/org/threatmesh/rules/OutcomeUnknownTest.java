package org.threatmesh.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.attr.EdgeAttributes;

class OutcomeUnknownTest {

    @Test
    void unknownOutcomesAreEqualWhenTheyWaitOnTheSameFactsInAnyOrder() {
        Outcome forward = Outcome.unknown("e-cart.tls", "cart.dataSensitivity");
        Outcome backward = Outcome.unknown("cart.dataSensitivity", "e-cart.tls");
        Outcome repeated = Outcome.unknown("cart.dataSensitivity", "e-cart.tls", "cart.dataSensitivity");

        assertThat(forward).isEqualTo(backward).hasSameHashCodeAs(backward);
        assertThat(repeated).isEqualTo(forward).hasSameHashCodeAs(forward);
        // The labels themselves keep the order the rule gave.
        assertThat(((Outcome.Unknown) backward).unknowns()).containsExactly("cart.dataSensitivity", "e-cart.tls");
    }

    @Test
    void unknownOutcomesWaitingOnDifferentFactsDiffer() {
        Outcome both = Outcome.unknown("e-cart.tls", "cart.dataSensitivity");

        assertThat(both).isNotEqualTo(Outcome.unknown("e-cart.tls"));
        assertThat(both).isNotEqualTo(Outcome.unknown("e-cart.tls", "cart.meshMode"));
        assertThat(Outcome.unknown(new EdgeId("e-cart"), EdgeAttributes.TLS)).isEqualTo(Outcome.unknown("e-cart.tls"))
                .isNotEqualTo(Outcome.unknown(new EdgeId("e-cart"), EdgeAttributes.PORT));
    }
}
