package org.threatmesh.app.canvas;

import java.nio.IntBuffer;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * While the view is being zoomed, one picture of it, taken when the zoom began and scaled with every step, stands
 * in for the diagram: the software renderer then copies one image per frame instead of rasterising thousands of
 * calls, every node and badge bitmap and the zone tints at each new scale. The resting frame draws everything
 * live and crisp again, as the canvas already does for its cheap drawing while the view moves.
 *
 * <p>The picture is scaled here, nearest pixel, into an image shown one to one: the software renderer's own
 * scaled image drawing took six milliseconds for the view, ten times its one-to-one copy, and the nearest-pixel
 * loop takes about one on the FX thread, which has time to spare during a zoom.
 *
 * <p>The picture is taken again when the zoom has gone so far that it would look blurred ({@link #MAX_GROWTH}) or
 * leave wide bands without a drawing at the view's edges ({@link #MAX_SHRINK}); within those bounds a zoom out
 * shows the view's plain background in the bands for the moment until the view rests. Anything that changes the
 * drawing (a model edit, a selection, a findings badge, a zone tint) puts the picture away at once. Not
 * thread-safe: FX thread only.
 */
final class ZoomPicture {

    /** Zooming in beyond this factor of the picture's own scale takes it again, before it blurs visibly. */
    static final double MAX_GROWTH = 1.3;
    /** Zooming out beyond this factor takes it again, so the bands without a drawing stay under 6 % of the view. */
    static final double MAX_SHRINK = 0.88;

    private final Region view;
    private final ImageView picture = ViewPictures.pictureNode("zoom-picture");
    /** What the picture stands in for: hidden while it is shown. */
    private final List<Node> drawing;
    /** What is drawn live above the picture in view coordinates (minimap, in-place editors): not in it. */
    private final List<Node> live;
    private boolean valid;
    private double takenScale;
    private double takenX;
    private double takenY;
    /** Screen pixels per view unit when the picture was taken. */
    private double density;
    /** The view's size when the picture was taken, in view units. */
    private double takenWidth;
    private double takenHeight;
    /** The picture as taken, premultiplied ARGB, {@code width} by {@code height} screen pixels. */
    private int[] taken = new int[0];
    /** What is shown: the picture scaled and shifted to the current view. */
    private int[] shown = new int[0];
    private int width;
    private int height;
    private PixelBuffer<IntBuffer> buffer;
    private int[] columns = new int[0];

    /**
     * @param view    the canvas, whose region the picture shows
     * @param drawing the layers the picture stands in for (grid, the diagram's world)
     * @param live    the layers drawn live above it, left out of the picture
     */
    ZoomPicture(Region view, List<Node> drawing, List<Node> live) {
        this.view = view;
        this.drawing = List.copyOf(drawing);
        this.live = List.copyOf(live);
    }

    ImageView node() {
        return picture;
    }

    /** The drawing may have changed: the live drawing is back, and the next {@link #show} takes a new picture. */
    void invalidate() {
        valid = false;
        hide();
    }

    /**
     * Shows the picture as the view with zoom {@code scale} and translation ({@code x}, {@code y}) would show it,
     * taking it first when there is none, the view changed size, or the zoom went beyond the limits.
     *
     * @return whether the picture was taken afresh (which renders the whole view once)
     */
    boolean show(double scale, double x, double y) {
        double factor = scale / takenScale;
        boolean take = !valid || factor > MAX_GROWTH || factor < MAX_SHRINK || view.getWidth() != takenWidth
                || view.getHeight() != takenHeight || ViewPictures.density(view) != density;
        if (take) {
            take(scale, x, y);
            factor = 1;
        }
        scaleInto(factor, x - factor * takenX, y - factor * takenY);
        drawing.forEach(node -> node.setVisible(false));
        picture.setVisible(true);
        return take;
    }

    /** Draws everything live again. */
    void hide() {
        if (picture.isVisible()) {
            picture.setVisible(false);
            drawing.forEach(node -> node.setVisible(true));
        }
    }

    private void take(double scale, double x, double y) {
        hide();
        WritableImage image = ViewPictures.snapshotWithout(view, live);
        density = ViewPictures.density(view);
        takenWidth = view.getWidth();
        takenHeight = view.getHeight();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        if (w != width || h != height) {
            width = w;
            height = h;
            taken = new int[w * h];
            shown = new int[w * h];
            columns = new int[w];
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(shown), PixelFormat.getIntArgbPreInstance());
            picture.setImage(new WritableImage(buffer));
        }
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), taken, 0, w);
        picture.setFitWidth(w / density);
        picture.setFitHeight(h / density);
        valid = true;
        takenScale = scale;
        takenX = x;
        takenY = y;
    }

    /** Fills the shown image with the picture as the current view shows it, and has it redrawn. */
    private void scaleInto(double factor, double shiftX, double shiftY) {
        NearestScaling.scale(taken, shown, width, height, density, factor, shiftX, shiftY, background(), columns);
        buffer.updateBuffer(updated -> null);
    }

    /** The view's own background colour, premultiplied, for where the picture does not reach. */
    private int background() {
        Color color = view.getBackground() != null && !view.getBackground().getFills().isEmpty()
                && view.getBackground().getFills().get(0).getFill() instanceof Color fill ? fill : Color.WHITE;
        int alpha = (int) Math.round(color.getOpacity() * 255);
        int red = (int) Math.round(color.getRed() * color.getOpacity() * 255);
        int green = (int) Math.round(color.getGreen() * color.getOpacity() * 255);
        int blue = (int) Math.round(color.getBlue() * color.getOpacity() * 255);
        return alpha << 24 | red << 16 | green << 8 | blue;
    }
}
