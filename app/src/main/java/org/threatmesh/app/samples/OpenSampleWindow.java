package org.threatmesh.app.samples;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.threatmesh.samples.Sample;

/**
 * File > Open Sample: one card per sample with its thumbnail, title and summary; clicking a card closes the dialog
 * and opens the sample. Thumbnails come from a cache shared by every opening of the dialog.
 */
public final class OpenSampleWindow {

    /** Thumbnail size in pixels; wide, like most diagrams. */
    static final double THUMB_WIDTH = 200;
    static final double THUMB_HEIGHT = 120;

    private final SampleThumbnails<Image> thumbnails = new SampleThumbnails<>(
            new ThumbnailPainter(THUMB_WIDTH, THUMB_HEIGHT)::paint, Sample::load);

    /** Shows the gallery; returns once the user picked a sample (opened through {@code gallery}) or cancelled. */
    public void show(Window owner, SampleGalleryViewModel gallery) {
        Dialog<Sample> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open sample");
        dialog.getDialogPane().setId("open-sample");
        dialog.getDialogPane().getStyleClass().add("start-page");
        dialog.getDialogPane().getStylesheets().add(
                OpenSampleWindow.class.getResource("/org/threatmesh/app/app.css").toExternalForm());
        VBox cards = new VBox(6);
        cards.setPadding(new Insets(4));
        for (Sample sample : gallery.samples()) {
            cards.getChildren().add(card(sample, dialog));
        }
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(660, 560);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        dialog.setResultConverter(button -> null);
        dialog.showAndWait().ifPresent(gallery::open);
    }

    private HBox card(Sample sample, Dialog<Sample> dialog) {
        ImageView thumbnail = new ImageView(thumbnails.thumbnail(sample));
        thumbnail.setId("sample-thumbnail-" + sample.id());
        Label title = new Label(sample.title());
        title.setStyle("-fx-font-weight: bold;");
        Label summary = new Label(sample.summary());
        summary.setWrapText(true);
        VBox text = new VBox(4, title, summary);
        text.setPrefWidth(380);
        HBox card = new HBox(12, thumbnail, text);
        card.setAlignment(Pos.CENTER_LEFT);
        card.setPadding(new Insets(6));
        card.setId("sample-card-" + sample.id());
        card.getStyleClass().add("sample-card");
        card.setOnMouseClicked(e -> {
            dialog.setResult(sample);
            dialog.close();
        });
        return card;
    }
}
