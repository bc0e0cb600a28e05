package org.threatmesh.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypesetterTest {

    private PDDocument document;
    private Fonts fonts;
    private Typesetter typesetter;

    @BeforeEach
    void fonts() throws IOException {
        document = new PDDocument();
        fonts = new Fonts(document);
        typesetter = new Typesetter(fonts);
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "plain words that need to wrap over several lines because the box is narrow",
        "test-static-credential@e-mobile-gateway-with-a-very-long-identifier-and-no-spaces-at-all",
        "注文サービス 支付 and Latin mixed with שירות נתונים and خدمة الدفع",
        "emoji 🚀 in the middle 🚀🚀🚀 of text"})
    void wrappedLinesNeverExceedTheWidth(String text) {
        List<String> lines = typesetter.wrap(text, Styles.BODY, 90);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(line -> assertThat(typesetter.width(line, Styles.BODY)).isLessThanOrEqualTo(90));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void identifiersBreakAfterSeparators() {
        List<String> lines = typesetter.wrap("test-static-credential@e-mobile-gateway", Styles.BODY, 120);
        assertThat(lines).containsExactly("test-static-credential@", "e-mobile-gateway");
    }

    @Test
    void newlinesForceBreaksAndLimitsEndWithAnEllipsis() {
        assertThat(typesetter.wrap("one\ntwo\r\nthree", Styles.BODY, 300)).containsExactly("one", "two", "three");
        List<String> cut = typesetter.wrap("one two three four five six seven", Styles.BODY, 40, 2);
        assertThat(cut).hasSize(2);
        assertThat(cut.get(1)).endsWith(Typesetter.ELLIPSIS);
        assertThat(typesetter.width(cut.get(1), Styles.BODY)).isLessThanOrEqualTo(40);
    }

    @Test
    void ellipsizeKeepsShortTextAndCutsLongText() {
        assertThat(typesetter.ellipsize("Cart", Styles.BODY, 100)).isEqualTo("Cart");
        String cut = typesetter.ellipsize("a".repeat(200), Styles.BODY, 60);
        assertThat(cut).endsWith(Typesetter.ELLIPSIS);
        assertThat(typesetter.width(cut, Styles.BODY)).isLessThanOrEqualTo(60);
    }

    @Test
    void runsSwitchToTheFallbackFontForCjkAndReplaceWhatNoFontHas() {
        List<Fonts.Run> runs = fonts.runs("Cart 注文 🚀", false, 10);
        assertThat(runs).extracting(Fonts.Run::text).containsExactly("Cart ", "注文", " \uFFFD");
        assertThat(runs.get(0).face()).isSameAs(runs.get(2).face()).isNotSameAs(runs.get(1).face());
        assertThat(fonts.runs("tab\there", false, 10)).extracting(Fonts.Run::text).containsExactly("tab here");
    }

    @Test
    void rightToLeftTextIsDrawnInVisualOrder() {
        assertThat(Fonts.visualOrder("abc")).isEqualTo("abc");
        assertThat(Fonts.visualOrder("שלום")).isEqualTo("םולש");
        assertThat(Fonts.visualOrder("pay (שלם) now")).isEqualTo("pay (םלש) now");
        assertThat(Fonts.visualOrder("שלם (pay)")).isEqualTo("(pay) םלש");
    }
}
