package org.threatmesh.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The app's remembered state: window geometry, panel dividers, theme and recent files, kept as a properties file
 * in the app's home directory ({@code ~/.threatmesh} unless the {@code threatmesh.home} system property says
 * otherwise). Unreadable settings are ignored rather than fatal: they are a convenience.
 */
public final class AppSettings {

    private static final int MAX_RECENT = 10;

    private final Path home;
    private final Path file;
    private final Properties values = new Properties();

    public AppSettings(Path home) {
        this.home = home;
        this.file = home.resolve("settings.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException ignored) {
                values.clear();
            }
        }
    }

    /** The default home: {@code threatmesh.home} or {@code ~/.threatmesh}. */
    public static Path defaultHome() {
        String configured = System.getProperty("threatmesh.home");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".threatmesh");
    }

    /** The directory holding settings and recovery files. */
    public Path home() {
        return home;
    }

    public Optional<Double> number(String key) {
        try {
            return Optional.ofNullable(values.getProperty(key)).map(Double::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setNumber(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public void setText(String key, String value) {
        values.setProperty(key, value);
    }

    /** Recently opened or saved model files, most recent first. */
    public List<Path> recentFiles() {
        List<Path> result = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = values.getProperty("recent." + i);
            if (value != null) {
                result.add(Path.of(value));
            }
        }
        return result;
    }

    /** Moves {@code file} to the top of the recent files. */
    public void addRecent(Path file) {
        List<Path> recent = new ArrayList<>(recentFiles());
        Path absolute = file.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty("recent." + i, recent.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
    }

    /** Writes the settings; failures are ignored because losing window geometry is harmless. */
    public void save() {
        try {
            Files.createDirectories(home);
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "ThreatMesh editor settings");
            }
        } catch (IOException ignored) {
            // Settings are a convenience; a read-only home must not stop the app from closing.
        }
    }
}
