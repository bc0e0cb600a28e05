package org.threatmesh.model.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.threatmesh.model.ElementId;

class ElementIdTest {

    @Property(tries = 2000)
    void theFastCheckAgreesWithTheDocumentedPattern(@ForAll @StringLength(max = 140) String candidate) {
        assertThat(ElementId.isValid(candidate)).isEqualTo(ElementId.SYNTAX.matcher(candidate).matches());
    }

    @Property(tries = 500)
    void theFastCheckAgreesOnIdLikeStrings(@ForAll("idLike") String candidate) {
        assertThat(ElementId.isValid(candidate)).isEqualTo(ElementId.SYNTAX.matcher(candidate).matches());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> idLike() {
        return net.jqwik.api.Arbitraries.strings().withChars("aZ09._:- /é").ofMinLength(0).ofMaxLength(130);
    }
}
