package org.threatmesh.icons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ThreatMesh icon set: one SVG per node kind (named by the kind's wire name, for example {@code service} or
 * {@code api_gateway}) plus a few UI icons, all drawn on a 24×24 grid as unfilled strokes (width
 * {@value #STROKE_WIDTH}, round caps and joins).
 *
 * <p>Each icon is a list of SVG path-data strings that use only the commands {@code M L H V C Z} (absolute or
 * relative). That subset maps one to one onto JavaFX {@code SVGPath} and onto PDF path operators
 * ({@code m l c h}), so the canvas, the palette and the PDF report draw the same artwork without an SVG renderer.
 *
 * <p>This class depends on nothing but the JDK. It is thread-safe; parsed icons are cached.
 *
 * <pre>{@code
 * for (String d : IconLibrary.pathData("datastore")) {
 *     SVGPath path = new SVGPath();
 *     path.setContent(d);
 * }
 * }</pre>
 */
public final class IconLibrary {

    /** Width and height of the icon grid. */
    public static final double SIZE = 24;

    /** Stroke width the artwork is designed for, in grid units. */
    public static final double STROKE_WIDTH = 1.75;

    /** Every icon in the set, in alphabetical order. */
    public static final List<String> NAMES = List.of(
            "api_gateway", "authz_server", "datastore", "dns_resolver", "egress_gateway", "external_client",
            "external_service", "identity_provider", "ingress_gateway", "load_balancer", "mesh_control_plane",
            "message_broker", "monitoring", "secret_store", "service", "service_registry", "session_store",
            "token_service", "trust_zone", "waf_bot_manager");

    private static final Pattern PATH_ELEMENT = Pattern.compile("<path\\s+d=\"([^\"]*)\"\\s*/>");
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private IconLibrary() {
    }

    /**
     * The path data of the icon {@code name}, in drawing order.
     *
     * @throws IllegalArgumentException when there is no such icon
     */
    public static List<String> pathData(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no icon named '" + name + "'"));
    }

    /** The path data of the icon {@code name}, or empty when the set has no such icon. */
    public static Optional<List<String>> find(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        return Optional.of(CACHE.computeIfAbsent(name, IconLibrary::load));
    }

    /** The raw SVG document of the icon {@code name}, for exporters that embed SVG. */
    public static String svg(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no icon named '" + name + "'");
        }
        return read(name);
    }

    /**
     * Extracts the {@code d} attributes of the {@code <path>} elements of an icon document.
     *
     * @throws IllegalArgumentException when the document holds no path or uses other drawing elements
     */
    static List<String> parse(String name, String svg) {
        for (String forbidden : List.of("<circle", "<rect", "<ellipse", "<line", "<polyline", "<polygon", "<text")) {
            if (svg.contains(forbidden)) {
                throw new IllegalArgumentException(name + ".svg uses " + forbidden + ">; icons use <path d> only");
            }
        }
        List<String> paths = new ArrayList<>();
        Matcher matcher = PATH_ELEMENT.matcher(svg);
        while (matcher.find()) {
            paths.add(PathData.check(name, matcher.group(1)));
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException(name + ".svg has no <path d=\"…\"/> element");
        }
        return List.copyOf(paths);
    }

    private static List<String> load(String name) {
        return parse(name, read(name));
    }

    private static String read(String name) {
        String resource = name + ".svg";
        try (InputStream in = IconLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("icon resource missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read icon " + resource, e);
        }
    }
}
