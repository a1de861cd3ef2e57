package cn.zugong.ui.cadre;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.cadre.application.CadrePhotoService;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.CadreFile;
import cn.zugong.core.cadre.domain.CadrePhotoRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.UUID;

/**
 * The photo in the file's header, served from the database through a download handler (only to
 * users who may read the cadre); writers replace it by an upload (JPEG or PNG, at most 5 MiB, kept
 * in memory and checked by its first bytes on the server) or remove it.
 */
final class PhotoPanel extends VerticalLayout {

    private final CadrePhotoService photos;

    PhotoPanel(CadreFileServices services, CadreFile file, boolean writable, SerializableRunnable refresh) {
        this.photos = services.photos();
        CadreService cadres = services.cadres();
        setPadding(false);
        setSpacing(false);
        setWidth("8rem");
        UUID cadreId = file.cadre().getId();
        if (file.hasPhoto()) {
            Image photo = new Image(
                    DownloadHandler.fromInputStream(event -> cadres.photo(cadreId)
                            .map(p -> {
                                byte[] bytes = p.getContent();
                                return new DownloadResponse(
                                        new ByteArrayInputStream(bytes), "photo", p.getMediaType(), bytes.length);
                            })
                            .orElseGet(() -> DownloadResponse.error(404))),
                    getTranslation("cadre.photo"));
            photo.setId("cadre-photo");
            photo.setWidth("7.5rem");
            add(photo);
        } else {
            Span none = new Span(getTranslation("cadre.photo.none"));
            none.setId("cadre-photo-none");
            add(none);
        }
        if (writable) {
            add(upload(cadreId, refresh));
            if (file.hasPhoto()) {
                Button remove = new Button(getTranslation("cadre.photo.remove"), VaadinIcon.TRASH.create(), click -> {
                    if (PartActions.run(this, () -> photos.removePhoto(cadreId), null)) {
                        PartActions.done(this, "cadre.photo.removed");
                        refresh.run();
                    }
                });
                remove.setId("photo-remove");
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                add(remove);
            }
        }
    }

    /** The callback runs with the session locked (in UI.access), on the upload's own request. */
    private Upload upload(UUID cadreId, SerializableRunnable refresh) {
        Upload upload = Widgets.upload();
        upload.setId("photo-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CadrePhotoRules.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setUploadButton(new Button(getTranslation("cadre.photo.upload"), VaadinIcon.UPLOAD.create()));
        upload.setDropAllowed(false);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            if (PartActions.run(this, () -> photos.setPhoto(cadreId, bytes), null)) {
                PartActions.saved(this);
                refresh.run();
            } else {
                upload.clearFileList();
            }
        }));
        upload.addFileRejectedListener(rejected -> PartActions.error(
                this, getTranslation("cadre.photo.rejected", CadrePhotoRules.MAX_BYTES / (1024 * 1024))));
        return upload;
    }
}
