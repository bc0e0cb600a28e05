package org.threatmesh.model.edit;

import java.util.List;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.Fact;
import org.threatmesh.model.attr.TlsMode;

final class SetAttributeCommandTestSupport {

    private SetAttributeCommandTestSupport() {
    }

    static SetAttributeCommand<TlsMode> tls(EdgeId edge, TlsMode mode, String mergeKey) {
        return new SetAttributeCommand<>(List.of(edge), EdgeAttributes.TLS, Fact.known(mode), mergeKey);
    }
}
