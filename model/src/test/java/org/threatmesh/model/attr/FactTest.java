package org.threatmesh.model.attr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactTest {

    @Test
    void isAnyOfHoldsOnlyForAKnownValueAmongTheCandidatesWhateverTheirCount() {
        Fact<TlsMode> mtls = Fact.known(TlsMode.MTLS);
        Fact<TlsMode> unknown = Fact.unknown();
        assertThat(mtls.isAnyOf(TlsMode.NONE, TlsMode.MTLS)).isTrue();
        assertThat(mtls.isAnyOf(TlsMode.MTLS, TlsMode.NONE, TlsMode.TLS)).isTrue();
        assertThat(mtls.isAnyOf(TlsMode.NONE, TlsMode.TLS, TlsMode.MTLS)).isTrue();
        assertThat(mtls.isAnyOf(TlsMode.NONE, TlsMode.TLS)).isFalse();
        assertThat(mtls.isAnyOf(TlsMode.NONE, TlsMode.TLS, TlsMode.NONE)).isFalse();
        assertThat(mtls.isAnyOf(TlsMode.NONE)).isFalse();
        assertThat(mtls.isAnyOf(TlsMode.NONE, TlsMode.TLS, TlsMode.NONE, TlsMode.MTLS)).isTrue();
        assertThat(unknown.isAnyOf(TlsMode.NONE, TlsMode.MTLS)).isFalse();
        assertThat(unknown.isAnyOf(TlsMode.NONE, TlsMode.TLS, TlsMode.MTLS)).isFalse();
        assertThat(unknown.isAnyOf(null, null)).isFalse();
    }

    @Test
    void sharedFactsOfBooleansAndEnumConstantsAreOneInstancePerValueAndEqualToKnownOnes() {
        assertThat(Fact.shared(TlsMode.MTLS)).isSameAs(Fact.shared(TlsMode.MTLS)).isEqualTo(Fact.known(TlsMode.MTLS))
                .isNotEqualTo(Fact.shared(TlsMode.TLS));
        assertThat(Fact.shared(Boolean.FALSE)).isSameAs(Fact.shared(false)).isEqualTo(Fact.known(false));
        assertThat(Fact.shared(true).value()).isTrue();
        // Other values are not shared, but still equal by value.
        assertThat(Fact.shared("payments")).isEqualTo(Fact.known("payments")).isNotSameAs(Fact.shared("payments"));
    }

    @Test
    void attributeSetsStoreSharedFacts() {
        Attributes first = Attributes.empty().with(EdgeAttributes.TLS, TlsMode.MTLS);
        Attributes second = Attributes.empty().with(EdgeAttributes.TLS, TlsMode.MTLS);
        assertThat(first.get(EdgeAttributes.TLS)).isSameAs(second.get(EdgeAttributes.TLS))
                .isSameAs(Fact.shared(TlsMode.MTLS));
    }
}
