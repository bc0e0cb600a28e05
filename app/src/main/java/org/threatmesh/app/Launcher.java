package org.threatmesh.app;

import javafx.application.Application;

/**
 * Entry point of the desktop app. It is deliberately not an {@link Application} subclass: started from the class
 * path (a plain jar), JavaFX refuses a main class that extends Application.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(ThreatMeshApp.class, args);
    }
}
