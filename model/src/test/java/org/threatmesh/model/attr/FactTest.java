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
}
