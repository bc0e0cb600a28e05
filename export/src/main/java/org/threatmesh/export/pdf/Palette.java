package org.threatmesh.export.pdf;

import java.awt.Color;
import org.threatmesh.export.report.Tone;

/**
 * The report's colours. One colour per tone everywhere (cover, charts, cards, diagram), so a reader learns them
 * once. Severity hues go from blue (low) through amber and orange to deep red (critical).
 */
final class Palette {

    static final Color TEXT = new Color(0x1f, 0x29, 0x37);
    static final Color SUBTLE = new Color(0x5b, 0x64, 0x72);
    static final Color ACCENT = new Color(0x1e, 0x3a, 0x5f);
    static final Color RULE = new Color(0xd5, 0xda, 0xe1);
    static final Color HEADER_FILL = new Color(0xee, 0xf1, 0xf5);
    static final Color STRIPE_FILL = new Color(0xf8, 0xf9, 0xfb);
    static final Color CARD_FILL = new Color(0xfc, 0xfc, 0xfd);
    static final Color LINK = new Color(0x1f, 0x5f, 0xbf);
    static final Color WHITE = Color.WHITE;

    private Palette() {
    }

    static Color of(Tone tone) {
        return switch (tone) {
            case CRITICAL -> new Color(0x9b, 0x1c, 0x1c);
            case HIGH -> new Color(0xd9, 0x48, 0x0f);
            case MEDIUM -> new Color(0xd9, 0x9a, 0x06);
            case LOW -> new Color(0x2f, 0x6d, 0xb5);
            case PASS -> new Color(0x2e, 0x8b, 0x57);
            case REVIEW -> new Color(0x7b, 0x5e, 0xa7);
            case MUTED -> new Color(0x8a, 0x8f, 0x98);
            case NEUTRAL -> TEXT;
        };
    }

    /** A pale version of {@code color}, for fills behind text of that colour. */
    static Color tint(Color color, float strength) {
        return new Color(blend(color.getRed(), strength), blend(color.getGreen(), strength),
                blend(color.getBlue(), strength));
    }

    private static int blend(int channel, float strength) {
        return Math.round(255 - (255 - channel) * strength);
    }
}
