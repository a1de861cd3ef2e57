package cn.zugong.plugin.supervision.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.io.Spreadsheets;
import cn.zugong.plugin.supervision.data.MattersEntity;
import cn.zugong.plugin.supervision.data.ReportEntity;
import cn.zugong.plugin.supervision.service.MattersService;
import cn.zugong.plugin.supervision.service.ReportService;
import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Excel exports' sheets, in the user's language: the reports list (without the reporter's name
 * and contact: an export leaves the portal, the reporter's protection must not) and a year's
 * personal-matters check results.
 */
final class Workbooks {

    private Workbooks() {}

    static byte[] reports(Spreadsheets sheets, Component page, List<ReportService.ReportView> reports) {
        List<String> header = headers(
                page,
                "supervision.report.received",
                "supervision.report.channel",
                "supervision.report.category",
                "supervision.report.realName",
                "supervision.report.subjects",
                "supervision.report.specificClues",
                "supervision.report.summary",
                "supervision.report.status",
                "supervision.report.handling",
                "supervision.export.reports.proposeBy",
                "supervision.export.reports.closeBy",
                "supervision.report.overdue",
                "supervision.report.conclusion");
        List<List<Object>> rows = reports.stream()
                .map(v -> {
                    ReportEntity r = v.report();
                    return List.<Object>of(
                            r.receivedOn().toString(),
                            page.getTranslation(r.channel().messageKey()),
                            page.getTranslation(r.category().messageKey()),
                            yesNo(page, r.realName()),
                            v.subjects().stream().map(CadreRef::name).collect(Collectors.joining(", ")),
                            yesNo(page, r.specificClues()),
                            r.summary(),
                            page.getTranslation(r.status().messageKey()),
                            r.handlingType()
                                    .map(h -> page.getTranslation(h.messageKey()))
                                    .orElse(""),
                            v.deadlines().proposeBy().toString(),
                            v.deadlines().closeBy().map(Object::toString).orElse(""),
                            yesNo(page, v.overdue()),
                            r.conclusion()
                                    .map(c -> page.getTranslation(c.messageKey()))
                                    .orElse(""));
                })
                .toList();
        return sheets.write(page.getTranslation("supervision.export.reports.sheet"), header, rows);
    }

    static byte[] checks(Spreadsheets sheets, Component page, List<MattersService.MattersView> checked) {
        List<String> header = headers(
                page,
                "supervision.cadre",
                "supervision.matters.year",
                "supervision.export.matters.selection",
                "supervision.matters.status",
                "supervision.matters.finding",
                "supervision.matters.handling",
                "supervision.export.matters.decidedOn");
        List<List<Object>> rows = checked.stream()
                .map(v -> {
                    MattersEntity m = v.report();
                    return List.<Object>of(
                            v.cadre().map(CadreRef::name).orElse(""),
                            m.year(),
                            m.focusReason()
                                    .map(f -> page.getTranslation(f.messageKey()))
                                    .orElse(page.getTranslation("supervision.export.matters.random")),
                            page.getTranslation(m.status().messageKey()),
                            m.finding()
                                    .map(f -> page.getTranslation(f.messageKey()))
                                    .orElse(""),
                            m.handling()
                                    .map(h -> page.getTranslation(h.messageKey()))
                                    .orElse(""),
                            m.decidedOn().map(Object::toString).orElse(""));
                })
                .toList();
        return sheets.write(page.getTranslation("supervision.export.matters.sheet"), header, rows);
    }

    private static List<String> headers(Component page, String... keys) {
        return Arrays.stream(keys).map(page::getTranslation).toList();
    }

    private static String yesNo(Component page, boolean value) {
        return page.getTranslation(value ? "supervision.export.yes" : "supervision.export.no");
    }
}
