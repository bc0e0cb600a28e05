package org.threatmesh.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicShaperTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource({
        "بيت, \uFE91\uFEF4\uFE96, 'dual-joining letters take initial, medial and final forms'",
        "دار, \uFEA9\uFE8D\uFEAD, 'right-joining letters never join to the next one'",
        "لا, \uFEFB, 'lam + alef become one ligature'",
        "سلام, \uFEB3\uFEFC\uFEE1, 'the ligature takes its final form after a joining letter'",
        "ب, \uFE8F, 'a lone letter stays isolated'",
        "Cart, Cart, 'text without Arabic is unchanged'",
        "pay بب now, pay \uFE91\uFE90 now, 'spaces end a word'",
        "بَب, \uFE91\u064E\uFE90, 'marks do not break a join'"})
    void joinsLetters(String text, String shaped, String reason) {
        assertThat(ArabicShaper.shape(text, cp -> true)).as(reason).isEqualTo(shaped);
    }

    @ParameterizedTest
    @CsvSource({"بيت", "لا"})
    void leavesLettersAloneWhenTheFontLacksTheForms(String text) {
        assertThat(ArabicShaper.shape(text, cp -> cp < 0xFB00)).isEqualTo(text);
    }
}
