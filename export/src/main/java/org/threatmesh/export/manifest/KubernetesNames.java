package org.threatmesh.export.manifest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns model text into Kubernetes names: RFC 1123 labels (lower-case letters, digits and '-', starting and ending
 * alphanumeric, at most 63 characters). Labels are also valid DNS-1123 subdomains, label values, Istio host short
 * names and Gateway API object names, so one form serves every target.
 *
 * <p>Collisions are resolved without depending on iteration order: every element whose name maps to an already
 * shared label gets a suffix of its own stable hash ({@link #hashSuffix}).
 */
public final class KubernetesNames {

    /** RFC 1123 label length limit. */
    public static final int MAX_LABEL = 63;

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS_NAME = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final int HASH_CHARS = 8;
    private static final String FALLBACK = "x";

    private KubernetesNames() {
    }

    /** Whether {@code text} already is an RFC 1123 label. */
    public static boolean isLabel(String text) {
        return text.length() <= MAX_LABEL && LABEL.matcher(text).matches();
    }

    /**
     * Whether {@code text} is a valid name for objects Kubernetes validates as DNS-1123 subdomains (at most 253
     * characters; unlike real DNS names, a segment may exceed 63 characters).
     */
    public static boolean isSubdomainName(String text) {
        return text.length() <= 253 && DNS_NAME.matcher(text).matches();
    }

    /** Whether {@code text} is a lower-case DNS name (RFC 1123 subdomain) of at most 253 characters. */
    public static boolean isDnsName(String text) {
        if (text.length() > 253 || !DNS_NAME.matcher(text).matches()) {
            return false;
        }
        for (String part : text.split("\\.")) {
            if (part.length() > MAX_LABEL) {
                return false;
            }
        }
        return true;
    }

    /**
     * The closest label to {@code text}: accents removed, lower-cased, every run of other characters turned into a
     * single '-', trimmed, and cut to {@code max}. Text with no usable character (CJK, emoji) yields {@code "x"};
     * callers that need uniqueness go through {@link #assign}.
     */
    public static String sanitize(String text, int max) {
        String folded = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        String label = trimDashes(out.length() > max ? out.substring(0, max) : out.toString());
        return label.isEmpty() ? FALLBACK : label;
    }

    /** {@code base} cut so that {@code base + "-" + suffix} fits in {@code max}, then joined. */
    public static String withSuffix(String base, String suffix, int max) {
        int room = max - suffix.length() - 1;
        String head = trimDashes(base.length() > room ? base.substring(0, room) : base);
        return head.isEmpty() ? suffix : head + "-" + suffix;
    }

    /** Eight lower-case hex digits of the SHA-256 of {@code key}: stable across runs, JVMs and machines. */
    public static String hashSuffix(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; hex.length() < HASH_CHARS; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * Assigns unique labels in one scope (a namespace, or the cluster for namespaces). Each entry maps a stable key
     * (an element id) to the text its name is derived from. A label shared by several keys, cut to length, or made
     * up only because the text had no usable character, gets {@code -<hash of key>} on every key concerned, so the
     * result does not depend on the order elements were added.
     *
     * @return key to label, in key order
     */
    public static SortedMap<String, String> assign(Map<String, String> wantedByKey, int max) {
        Map<String, String> base = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(wantedByKey).entrySet()) {
            String label = sanitize(entry.getValue(), max);
            base.put(entry.getKey(), label);
            uses.merge(label, 1, Integer::sum);
        }
        SortedMap<String, String> result = new TreeMap<>();
        for (Map.Entry<String, String> entry : base.entrySet()) {
            String label = entry.getValue();
            boolean plain = uses.get(label) == 1 && !isLossy(wantedByKey.get(entry.getKey()), label, max);
            result.put(entry.getKey(), plain ? label : withSuffix(label, hashSuffix(entry.getKey()), max));
        }
        if (new HashSet<>(result.values()).size() != result.size()) {
            // Reached only when a hash suffix happens to equal another label: lengthen every suffix.
            for (Map.Entry<String, String> entry : result.entrySet()) {
                String key = entry.getKey();
                entry.setValue(withSuffix(base.get(key), hashSuffix(key) + hashSuffix(key + "#"), max));
            }
        }
        return result;
    }

    /** Whether sanitising lost so much that the label no longer identifies the text: cut, or nothing usable. */
    private static boolean isLossy(String original, String label, int max) {
        if (label.equals(FALLBACK)) {
            return sanitizeUncut(original).isEmpty();
        }
        return sanitizeUncut(original).length() > max;
    }

    private static String sanitizeUncut(String text) {
        String full = sanitize(text, Integer.MAX_VALUE);
        return full.equals(FALLBACK) && !text.trim().equalsIgnoreCase(FALLBACK) ? "" : full;
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
