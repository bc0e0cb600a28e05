package org.threatmesh.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.threatmesh.icons.IconLibrary;
import org.threatmesh.model.NodeKind;

/** Every node kind is drawn with its own icon, named by the kind's wire name. */
class IconCoverageTest {

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void everyNodeKindHasAnIcon(NodeKind kind) {
        assertThat(IconLibrary.NAMES).contains(kind.wireName());
        assertThat(IconLibrary.pathData(kind.wireName())).isNotEmpty();
    }
}
