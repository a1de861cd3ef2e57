package cn.zugong.ui.selection;

import cn.zugong.core.selection.domain.CaseNotFoundException;
import cn.zugong.ui.i18n.PortalI18NProvider;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * The link that downloads a case's whole-process record (quancheng jishi biao) as PDF, the way the
 * cadre file offers the approval form: the PDF is made when the link is followed, so each download
 * is a fresh print of the journal and is itself recorded on the case. The record's messages come
 * from the portal's Chinese bundle (and the plugins'). A case the user does not read answers 404,
 * as a missing one does.
 */
public final class CaseRecordDownload {

    public static final String ID = "case-record-pdf";

    private CaseRecordDownload() {}

    /** The download link of the case's record, labelled {@code selection.record.download}. */
    static Anchor anchor(CaseCalls calls) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> download(calls)), "");
        link.setText(link.getTranslation("selection.record.download"));
        link.setId(ID);
        link.setTarget("_blank");
        return link;
    }

    private static DownloadResponse download(CaseCalls calls) {
        try {
            String caseNo = calls.caseNo();
            byte[] pdf = calls.recordPdf(PortalI18NProvider.messages(PortalI18NProvider.CHINESE));
            return new DownloadResponse(
                    new ByteArrayInputStream(pdf),
                    "selection-record-" + caseNo + ".pdf",
                    "application/pdf",
                    pdf.length);
        } catch (CaseNotFoundException notReadable) {
            return DownloadResponse.error(404);
        }
    }
}
