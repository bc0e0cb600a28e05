package org.threatmesh.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.ElementId;
import org.threatmesh.model.NodeId;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.WorkloadAttributes;
import org.threatmesh.rules.Outcome;

class FactLabelsTest {

    private static final ElementId CART = new NodeId("cart");
    private static final ElementId CALL = new EdgeId("e-cart");

    @Test
    void readsAsTheLabelsOfItsPairsInOrder() {
        List<String> labels = FactLabels.wrapping(FactLabels.copyPairs(
                new Object[] {CALL, EdgeAttributes.TLS, CART, WorkloadAttributes.DATA_SENSITIVITY, null, null}, 2));
        assertThat(labels).containsExactly("e-cart.tls", "cart.dataSensitivity");
        assertThat(labels).isEqualTo(List.of("e-cart.tls", "cart.dataSensitivity"));
        assertThat(List.of("e-cart.tls", "cart.dataSensitivity")).isEqualTo(labels);
        assertThat(labels.hashCode()).isEqualTo(List.of("e-cart.tls", "cart.dataSensitivity").hashCode());
        assertThat(labels).isNotEqualTo(List.of("cart.dataSensitivity", "e-cart.tls"));
        assertThatThrownBy(() -> labels.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> labels.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void oneFactIsHeldWithoutAnArrayAndComparesWithoutLabels() {
        FactLabels one = (FactLabels) FactLabels.of(CALL, EdgeAttributes.TLS);
        assertThat(one).containsExactly("e-cart.tls");
        assertThat(one.element(0)).isSameAs(CALL);
        assertThat(one.key(0)).isSameAs(EdgeAttributes.TLS);
        assertThat(one).isEqualTo(FactLabels.of(new EdgeId("e-cart"), EdgeAttributes.TLS))
                .isNotEqualTo(FactLabels.of(new EdgeId("e-cart"), EdgeAttributes.RATE_LIMITED));
        assertThat(Outcome.Unknown.ofPairs(new Object[] {CALL, EdgeAttributes.TLS}, 1).unknowns())
                .isInstanceOf(FactLabels.class).isEqualTo(one);
    }

    @Test
    void anUnknownOutcomeKeepsThePairsAndEqualsOneWrittenAsStrings() {
        Outcome pairs = Outcome.unknown(CALL, EdgeAttributes.TLS);
        Outcome strings = Outcome.unknown("e-cart.tls");
        assertThat(((Outcome.Unknown) pairs).unknowns()).isInstanceOf(FactLabels.class);
        assertThat(pairs).isEqualTo(strings).hasSameHashCodeAs(strings);
        assertThat(strings).isEqualTo(pairs);
        assertThat(pairs.toString()).isEqualTo("Unknown[unknowns=[e-cart.tls]]");
    }

    @Test
    void anUnknownOutcomeOfSeveralPairsKeepsTheirArrayAndReadsAsTheirLabels() {
        Object[] pairs = {CALL, EdgeAttributes.TLS, CART, WorkloadAttributes.DATA_SENSITIVITY, null, null};
        List<String> labels = FactLabels.wrapping(FactLabels.copyPairs(pairs, 2));
        // A rule handing back the engine's own pair labels: the outcome keeps their array, not a label list.
        Outcome.Unknown outcome = new Outcome.Unknown(labels);
        Outcome strings = Outcome.unknown("e-cart.tls", "cart.dataSensitivity");
        assertThat(FactLabels.pairsOf(labels)).containsExactly(CALL, EdgeAttributes.TLS, CART,
                WorkloadAttributes.DATA_SENSITIVITY);
        assertThat(FactLabels.pairsOf(List.of("e-cart.tls"))).isNull();
        assertThat(FactLabels.pairsOf(FactLabels.of(CALL, EdgeAttributes.TLS))).isNull();
        assertThat(outcome.unknowns()).isInstanceOf(FactLabels.class)
                .containsExactly("e-cart.tls", "cart.dataSensitivity");
        assertThat(outcome.singleElement()).isNull();
        assertThat(outcome).isEqualTo(strings).hasSameHashCodeAs(strings)
                .hasToString("Unknown[unknowns=[e-cart.tls, cart.dataSensitivity]]");
        assertThat(strings).isEqualTo(outcome);
    }

    @Test
    void anUnknownOutcomeMadeFromPairsCopiesThemAndReadsThemWithoutLabels() {
        Object[] pairs = {CALL, EdgeAttributes.TLS, CART, WorkloadAttributes.DATA_SENSITIVITY, null, null};
        Outcome.Unknown outcome = Outcome.Unknown.ofPairs(pairs, 2);
        pairs[0] = CART;
        assertThat(outcome).isEqualTo(Outcome.unknown("e-cart.tls", "cart.dataSensitivity"));
        assertThat(outcome.attributeFactCount()).isEqualTo(2);
        assertThat(outcome.factElement(1)).isSameAs(CART);
        assertThat(outcome.factKey(1)).isSameAs(WorkloadAttributes.DATA_SENSITIVITY);
        assertThat(outcome.factElement(0)).isSameAs(CALL);

        Outcome.Unknown one = Outcome.Unknown.ofPairs(new Object[] {CALL, EdgeAttributes.TLS}, 1);
        assertThat(one.singleElement()).isSameAs(CALL);
        assertThat(one.attributeFactCount()).isEqualTo(1);
        assertThat(one.factKey(0)).isSameAs(EdgeAttributes.TLS);
        assertThat(one).isEqualTo(Outcome.unknown("e-cart.tls"));

        assertThat(((Outcome.Unknown) Outcome.unknown("e-cart.tls")).attributeFactCount()).isZero();
        assertThatThrownBy(() -> Outcome.Unknown.ofPairs(pairs, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Outcome.Unknown.ofPairs(new Object[] {CALL, EdgeAttributes.TLS, CART, null}, 2))
                .isInstanceOf(NullPointerException.class).hasMessage("key");
    }
}
