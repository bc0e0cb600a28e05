package org.threatmesh.rules;

/** STRIDE threat categories; the letter is what reports and filters show. */
public enum Stride {
    S("Spoofing"),
    T("Tampering"),
    R("Repudiation"),
    I("Information disclosure"),
    D("Denial of service"),
    E("Elevation of privilege");

    private final String title;

    Stride(String title) {
        this.title = title;
    }

    public String letter() {
        return name();
    }

    public String title() {
        return title;
    }
}
