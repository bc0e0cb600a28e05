package org.threatmesh.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgPathParserTest {

    /** Records segments as text, coordinates rounded to 3 decimals. */
    private static final class Recorder implements PathSink {
        final List<String> ops = new ArrayList<>();
        final List<double[]> curves = new ArrayList<>();

        @Override
        public void moveTo(double x, double y) {
            ops.add("M " + n(x) + " " + n(y));
        }

        @Override
        public void lineTo(double x, double y) {
            ops.add("L " + n(x) + " " + n(y));
        }

        @Override
        public void curveTo(double x1, double y1, double x2, double y2, double x, double y) {
            ops.add("C " + n(x1) + " " + n(y1) + " " + n(x2) + " " + n(y2) + " " + n(x) + " " + n(y));
            curves.add(new double[] {x1, y1, x2, y2, x, y});
        }

        @Override
        public void closePath() {
            ops.add("Z");
        }

        private static String n(double v) {
            String s = String.format(Locale.ROOT, "%.3f", v + 0.0);
            return s.replaceAll("\\.?0+$", "").replace("-0", "0").isEmpty() ? "0" : s.replaceAll("\\.?0+$", "");
        }
    }

    private static List<String> parse(String data) {
        Recorder recorder = new Recorder();
        SvgPathParser.parse(data, recorder);
        return recorder.ops;
    }

    @Test
    void absoluteLinesAndClose() {
        assertThat(parse("M2 3 L10 3 H12 V8 Z")).containsExactly("M 2 3", "L 10 3", "L 12 3", "L 12 8", "Z");
    }

    @Test
    void relativeCommandsStartFromTheCurrentPoint() {
        assertThat(parse("m2 3 l8 0 h2 v5 z m1 1 l1 1"))
                .containsExactly("M 2 3", "L 10 3", "L 12 3", "L 12 8", "Z", "M 3 4", "L 4 5");
    }

    @Test
    void extraPairsAfterAMoveAreLines() {
        assertThat(parse("M1 1 2 2 3 3")).containsExactly("M 1 1", "L 2 2", "L 3 3");
        assertThat(parse("m1 1 2 2")).containsExactly("M 1 1", "L 3 3");
    }

    @Test
    void compactNumbersWithSignsAndDots() {
        assertThat(parse("M1-2.5.5 3e0")).containsExactly("M 1 -2.5", "L 0.5 3");
    }

    @Test
    void smoothCubicReflectsThePreviousControlPoint() {
        assertThat(parse("M0 0 C0 10 10 10 10 0 S20 -10 20 0"))
                .containsExactly("M 0 0", "C 0 10 10 10 10 0", "C 10 -10 20 -10 20 0");
        assertThat(parse("M0 0 S5 5 10 0")).containsExactly("M 0 0", "C 0 0 5 5 10 0");
    }

    @Test
    void quadraticsBecomeExactCubicsAndTReflects() {
        assertThat(parse("M0 0 Q3 6 6 0 T12 0"))
                .containsExactly("M 0 0", "C 2 4 4 4 6 0", "C 8 -4 10 -4 12 0");
        assertThat(parse("M0 0 q3 6 6 0")).containsExactly("M 0 0", "C 2 4 4 4 6 0");
    }

    @ParameterizedTest(name = "sweep={0} large={1}: {2}")
    @CsvSource({
        "1, 0, 'half circle clockwise (in y-down) ends on the target'",
        "0, 0, 'half circle the other way ends on the target'",
        "1, 1, 'large arc flag makes no difference for a half circle'"})
    void arcsFollowTheCircle(int sweep, int large, String reason) {
        Recorder recorder = new Recorder();
        SvgPathParser.parse("M0 5 A5 5 0 " + large + " " + sweep + " 10 5", recorder);
        assertThat(recorder.ops).first().isEqualTo("M 0 5");
        assertThat(recorder.curves).hasSize(2);
        double[] last = recorder.curves.get(1);
        assertThat(last[4]).isEqualTo(10.0);
        assertThat(last[5]).isEqualTo(5.0);
        double[] start = {0, 5};
        for (double[] c : recorder.curves) {
            double[] mid = bezierMiddle(start, c);
            assertThat(Math.hypot(mid[0] - 5, mid[1] - 5)).as(reason).isCloseTo(5.0, within(0.01));
            start = new double[] {c[4], c[5]};
        }
        double y = bezierMiddle(new double[] {0, 5}, recorder.curves.get(0))[1];
        assertThat(y).as(reason).isLessThan(sweep == 1 ? 5 : 10).isGreaterThan(sweep == 1 ? 0 : 5);
    }

    @Test
    void relativeArcWithCompactFlags() {
        Recorder recorder = new Recorder();
        SvgPathParser.parse("M2 2a1 1 0 011 1", recorder);
        double[] last = recorder.curves.get(recorder.curves.size() - 1);
        assertThat(last[4]).isEqualTo(3.0);
        assertThat(last[5]).isEqualTo(3.0);
    }

    @Test
    void zeroRadiusArcIsALine() {
        assertThat(parse("M0 0 A0 5 0 0 1 4 4")).containsExactly("M 0 0", "L 4 4");
    }

    @Test
    void malformedDataNamesThePosition() {
        assertThatThrownBy(() -> parse("M0 0 L5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a number at position 7 of path data 'M0 0 L5'");
        assertThatThrownBy(() -> parse("10 10")).hasMessageStartingWith("path data must start with a command");
        assertThatThrownBy(() -> parse("M0 0 X1 1")).hasMessageStartingWith("unknown path command 'X'");
        assertThatThrownBy(() -> parse("M0 0 A1 1 0 2 0 3 3")).hasMessageStartingWith("expected an arc flag 0 or 1");
    }

    private static double[] bezierMiddle(double[] p0, double[] c) {
        return new double[] {
            0.125 * p0[0] + 0.375 * c[0] + 0.375 * c[2] + 0.125 * c[4],
            0.125 * p0[1] + 0.375 * c[1] + 0.375 * c[3] + 0.125 * c[5]};
    }
}
