package org.threatmesh.app.findings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.threatmesh.model.EdgeId;
import org.threatmesh.model.attr.ClientAuthn;
import org.threatmesh.model.attr.EdgeAttributes;
import org.threatmesh.model.attr.TlsMode;
import org.threatmesh.model.edit.Command;
import org.threatmesh.model.edit.CompositeCommand;
import org.threatmesh.model.edit.SetAttributeCommand;
import org.threatmesh.rules.Finding;

/**
 * "Apply mitigation": for the rules whose remediation is a change of model attributes, the one command that makes
 * the finding go away. Deliberately a small table (rule id to command builder); every entry has a test proving the
 * finding is gone on re-analysis. Rules whose fix is structural (add a gateway, move a service) are not listed.
 */
public final class Mitigations {

    /** A label for the button and a builder of the command for a finding of that rule. */
    public record Entry(String label, Function<Finding, Command> command) {
    }

    private static final Map<String, Entry> TABLE = Map.of(
            "east-west-without-mtls", new Entry("Set call TLS to mTLS",
                    finding -> SetAttributeCommand.of(edge(finding), EdgeAttributes.TLS, TlsMode.MTLS)),
            "plaintext-north-south", new Entry("Set call TLS to TLS",
                    finding -> SetAttributeCommand.of(edge(finding), EdgeAttributes.TLS, TlsMode.TLS)),
            "insecure-broker-connection", new Entry("Use mTLS with client identity",
                    finding -> new CompositeCommand("Secure broker connection", List.of(
                            SetAttributeCommand.of(edge(finding), EdgeAttributes.TLS, TlsMode.MTLS),
                            SetAttributeCommand.of(edge(finding), EdgeAttributes.CLIENT_AUTHN,
                                    ClientAuthn.MTLS_IDENTITY)))),
            "no-keep-alive-on-busy-call", new Entry("Turn on keep-alive",
                    finding -> SetAttributeCommand.of(edge(finding), EdgeAttributes.KEEP_ALIVE, true)));

    private Mitigations() {
    }

    /** The rule ids with a one-click mitigation, sorted. */
    public static List<String> ruleIds() {
        return TABLE.keySet().stream().sorted().toList();
    }

    /** The one-click mitigation of {@code finding}, if its rule has one and it is about a call. */
    public static Optional<Entry> forFinding(Finding finding) {
        if (!(finding.element() instanceof EdgeId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(TABLE.get(finding.ruleId()));
    }

    private static EdgeId edge(Finding finding) {
        return (EdgeId) finding.element();
    }
}
