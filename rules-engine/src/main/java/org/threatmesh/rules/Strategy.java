package org.threatmesh.rules;

/** The thirteen security strategies of NIST SP 800-204, with the section and page where each is stated. */
public enum Strategy {
    MS_SS_1("Authentication", "§4.1", 18),
    MS_SS_2("Access management", "§4.1", 18),
    MS_SS_3("Service registry configuration", "§4.2", 21),
    MS_SS_4("Secure communication", "§4.3", 21),
    MS_SS_5("Security monitoring", "§4.4", 22),
    MS_SS_6("Circuit breakers", "§4.5.1", 24),
    MS_SS_7("Load balancing", "§4.5.2", 24),
    MS_SS_8("Rate limiting (throttling)", "§4.5.3", 24),
    MS_SS_9("Integrity assurance for new versions", "§4.6", 25),
    MS_SS_10("Integrity assurance for session persistence", "§4.6", 26),
    MS_SS_11("Preventing credential abuse and stuffing", "§4.7", 26),
    MS_SS_12("API gateway configuration", "§5", 27),
    MS_SS_13("Service mesh configuration", "§5", 27);

    private final String title;
    private final String section;
    private final int page;

    Strategy(String title, String section, int page) {
        this.title = title;
        this.section = section;
        this.page = page;
    }

    /** The label used in SP 800-204, for example {@code MS-SS-4}. */
    public String id() {
        return name().replace('_', '-');
    }

    public String title() {
        return title;
    }

    /** Section of SP 800-204 that states the strategy, for example {@code §4.3}. */
    public String section() {
        return section;
    }

    public int page() {
        return page;
    }

    /** The strategy labelled {@code id} ("MS-SS-4"), or an exception naming the bad label. */
    public static Strategy fromId(String id) {
        for (Strategy strategy : values()) {
            if (strategy.id().equals(id)) {
                return strategy;
            }
        }
        throw new IllegalArgumentException("unknown SP 800-204 strategy '" + id + "'");
    }
}
