package org.threatmesh.export.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import org.threatmesh.export.report.ReportInput;
import org.threatmesh.model.io.ModelWriter;
import org.threatmesh.rules.Finding;
import org.threatmesh.rules.RuleMetadata;

/**
 * The PDF's trailer {@code /ID}: 16 bytes of SHA-256 over everything the report is made from (the model in canonical
 * form, the findings and rules in key order, the clock's instant, the options). Equal inputs give the same id,
 * unlike PDFBox's default, which seeds it from the current time.
 */
final class DocumentId {

    private DocumentId() {
    }

    static byte[] of(ReportInput input) {
        MessageDigest sha = sha256();
        sha.update(new ModelWriter().write(input.model()));
        input.findings().stream().sorted(Comparator.comparing(Finding::key)).forEach(finding ->
                update(sha, finding.key(), finding.kind(), finding.severity(), finding.strategies(), finding.message(),
                        finding.evidence(), finding.triage()));
        input.rulesRun().stream().sorted(Comparator.comparing(RuleMetadata::id)).forEach(rule -> update(sha, rule));
        update(sha, input.clock().instant(), input.clock().getZone(), input.options());
        return Arrays.copyOf(sha.digest(), 16);
    }

    private static void update(MessageDigest sha, Object... parts) {
        for (Object part : parts) {
            sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
