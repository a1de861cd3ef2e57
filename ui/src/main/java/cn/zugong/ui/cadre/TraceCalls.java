package cn.zugong.ui.cadre;

import cn.zugong.core.selection.record.CadreTrace;
import java.io.Serializable;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

/** What the trace page asks of the platform; view tests give their own. */
interface TraceCalls extends Serializable {

    CadreTrace trace(UUID cadreId, Locale locale, ResourceBundle portalTexts);

    byte[] pdf(UUID cadreId, ResourceBundle portalTexts);
}
