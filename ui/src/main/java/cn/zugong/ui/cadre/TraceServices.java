package cn.zugong.ui.cadre;

import cn.zugong.core.selection.record.CadreTrace;
import cn.zugong.core.selection.record.CadreTraceService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

/** The platform's service behind the trace page. */
@Dependent
record TraceServices(CadreTraceService traces) implements TraceCalls {

    @Inject
    TraceServices {}

    @Override
    public CadreTrace trace(UUID cadreId, Locale locale, ResourceBundle portalTexts) {
        return traces.trace(cadreId, locale, portalTexts);
    }

    @Override
    public byte[] pdf(UUID cadreId, ResourceBundle portalTexts) {
        return traces.pdf(cadreId, portalTexts);
    }
}
