package org.threatmesh.export.pdf;

/**
 * Parses SVG path data ({@code d} attribute) into absolute moves, lines and cubic curves: every command of SVG 1.1
 * ({@code M L H V C S Q T A Z}, absolute and relative, with implicit repetition). Quadratic curves are raised to
 * cubics exactly; elliptical arcs are approximated by at most four cubics per arc, well under a hundredth of a unit
 * off at icon size.
 */
final class SvgPathParser {

    private final String data;
    private int pos;
    private double x;
    private double y;
    private double startX;
    private double startY;
    private double lastControlX;
    private double lastControlY;
    private char lastCommand = ' ';

    private SvgPathParser(String data) {
        this.data = data;
    }

    /**
     * Sends the outline of {@code data} to {@code sink}.
     *
     * @throws IllegalArgumentException naming the position of malformed data; what came before it was already sent
     */
    static void parse(String data, PathSink sink) {
        new SvgPathParser(data).run(sink);
    }

    private void run(PathSink sink) {
        char command = ' ';
        skipSeparators();
        while (pos < data.length()) {
            char c = data.charAt(pos);
            if (Character.isLetter(c)) {
                command = c;
                pos++;
            } else if (command == ' ') {
                throw error("path data must start with a command");
            } else if (command == 'M') {
                command = 'L';
            } else if (command == 'm') {
                command = 'l';
            } else if (command == 'Z' || command == 'z') {
                throw error("numbers after close-path");
            }
            execute(command, sink);
            skipSeparators();
        }
    }

    private void execute(char command, PathSink sink) {
        boolean relative = Character.isLowerCase(command);
        double ox = relative ? x : 0;
        double oy = relative ? y : 0;
        switch (Character.toUpperCase(command)) {
            case 'M' -> {
                x = ox + number();
                y = oy + number();
                startX = x;
                startY = y;
                sink.moveTo(x, y);
            }
            case 'L' -> lineTo(sink, ox + number(), oy + number());
            case 'H' -> lineTo(sink, ox + number(), y);
            case 'V' -> lineTo(sink, x, oy + number());
            case 'C' -> curve(sink, ox + number(), oy + number(), ox + number(), oy + number(), ox + number(),
                    oy + number());
            case 'S' -> {
                boolean follows = "CcSs".indexOf(lastCommand) >= 0;
                double x1 = follows ? 2 * x - lastControlX : x;
                double y1 = follows ? 2 * y - lastControlY : y;
                curve(sink, x1, y1, ox + number(), oy + number(), ox + number(), oy + number());
            }
            case 'Q' -> quad(sink, ox + number(), oy + number(), ox + number(), oy + number());
            case 'T' -> {
                boolean follows = "QqTt".indexOf(lastCommand) >= 0;
                quad(sink, follows ? 2 * x - lastControlX : x, follows ? 2 * y - lastControlY : y,
                        ox + number(), oy + number());
            }
            case 'A' -> {
                double rx = number();
                double ry = number();
                double rotation = number();
                boolean large = flag();
                boolean sweep = flag();
                double ex = ox + number();
                double ey = oy + number();
                Arcs.toCubics(x, y, rx, ry, rotation, large, sweep, ex, ey, sink);
                x = ex;
                y = ey;
            }
            case 'Z' -> {
                sink.closePath();
                x = startX;
                y = startY;
            }
            default -> throw error("unknown path command '" + command + "'");
        }
        lastCommand = command;
    }

    private void lineTo(PathSink sink, double nx, double ny) {
        x = nx;
        y = ny;
        sink.lineTo(x, y);
    }

    private void curve(PathSink sink, double x1, double y1, double x2, double y2, double nx, double ny) {
        sink.curveTo(x1, y1, x2, y2, nx, ny);
        lastControlX = x2;
        lastControlY = y2;
        x = nx;
        y = ny;
    }

    private void quad(PathSink sink, double qx, double qy, double nx, double ny) {
        sink.curveTo(x + 2.0 / 3 * (qx - x), y + 2.0 / 3 * (qy - y), nx + 2.0 / 3 * (qx - nx),
                ny + 2.0 / 3 * (qy - ny), nx, ny);
        lastControlX = qx;
        lastControlY = qy;
        x = nx;
        y = ny;
    }

    private double number() {
        skipSeparators();
        int start = pos;
        if (pos < data.length() && (data.charAt(pos) == '-' || data.charAt(pos) == '+')) {
            pos++;
        }
        boolean dot = false;
        while (pos < data.length()) {
            char c = data.charAt(pos);
            if (Character.isDigit(c)) {
                pos++;
            } else if (c == '.' && !dot) {
                dot = true;
                pos++;
            } else {
                break;
            }
        }
        if (pos < data.length() && (data.charAt(pos) == 'e' || data.charAt(pos) == 'E')) {
            pos++;
            if (pos < data.length() && (data.charAt(pos) == '-' || data.charAt(pos) == '+')) {
                pos++;
            }
            while (pos < data.length() && Character.isDigit(data.charAt(pos))) {
                pos++;
            }
        }
        String text = data.substring(start, pos);
        if (text.isEmpty() || text.equals("-") || text.equals("+") || text.equals(".")) {
            throw error("expected a number");
        }
        return Double.parseDouble(text);
    }

    /** Arc flags may be written without separators ("a1 1 0 011 1"), so they are read as one character. */
    private boolean flag() {
        skipSeparators();
        if (pos < data.length() && (data.charAt(pos) == '0' || data.charAt(pos) == '1')) {
            return data.charAt(pos++) == '1';
        }
        throw error("expected an arc flag 0 or 1");
    }

    private void skipSeparators() {
        while (pos < data.length() && (Character.isWhitespace(data.charAt(pos)) || data.charAt(pos) == ',')) {
            pos++;
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " at position " + pos + " of path data '" + data + "'");
    }
}
