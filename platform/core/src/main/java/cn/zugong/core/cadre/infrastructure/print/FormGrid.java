package cn.zugong.core.cadre.infrastructure.print;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.domain.form.AppointmentForm.Education;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.stream.Stream;

/**
 * The national template's table on one A4 portrait page: the fixed rows keep the paper form's
 * proportions, the resume takes the height that is left, and the photo cell keeps the 376 x 460
 * aspect of the form's photo.
 */
final class FormGrid {

    static final float PAGE_TOP = 832;
    static final float LEFT = 36;
    static final float WIDTH = 523;
    static final float BOTTOM = 22;
    /** Seven columns: label, value, label, value, label, value, photo. */
    private static final float[] COLUMNS = {62, 80, 62, 80, 70, 70, 99};

    private static final float TITLE_HEIGHT = 32;
    private static final float FOOTER_HEIGHT = 18;
    private static final float PHOTO_HEIGHT = COLUMNS[6] * 460 / 376;
    private static final float EDUCATION_ROW = 28;
    private static final float POST_ROW = 22;
    private static final float REWARDS = 40;
    private static final float ASSESSMENTS = 30;
    private static final float REASON = 30;
    private static final float REPORTING = 40;
    private static final float OPINIONS = 56;
    static final float FAMILY = 121;
    private static final float TABLE_TOP = PAGE_TOP - TITLE_HEIGHT;
    private static final float TABLE_BOTTOM = BOTTOM + FOOTER_HEIGHT;
    private static final float RESUME = TABLE_TOP
            - TABLE_BOTTOM
            - PHOTO_HEIGHT
            - 2 * EDUCATION_ROW
            - 3 * POST_ROW
            - REWARDS
            - ASSESSMENTS
            - REASON
            - FAMILY
            - REPORTING
            - OPINIONS;

    private final FormLabels labels;
    private final CellWriter cells;
    private final PdfContentByte canvas;

    FormGrid(FormLabels labels, CellWriter cells, PdfContentByte canvas) {
        this.labels = labels;
        this.cells = cells;
        this.canvas = canvas;
    }

    void draw(AppointmentForm form) {
        title();
        float top = TABLE_TOP;
        top = personRows(form, top);
        top = educationRows(form, top);
        top = line("currentPost", form.currentPost(), top, POST_ROW);
        top = line("proposedPost", form.proposedPost(), top, POST_ROW);
        top = line("proposedRemoval", form.proposedRemoval(), top, POST_ROW);
        top = block("resume", form.resume(), CellStyle.RESUME, top, RESUME);
        top = block("rewards", form.rewardsAndPunishments(), CellStyle.TEXT, top, REWARDS);
        top = block("assessments", form.assessments(), CellStyle.TEXT, top, ASSESSMENTS);
        top = block("reason", form.appointmentReason(), CellStyle.TEXT, top, REASON);
        top = new FamilyTable(labels, cells, this).draw(form, top, FAMILY);
        top = reportingAndOpinions(form, top);
        canvas.setLineWidth(1.2f);
        canvas.rectangle(LEFT, top, WIDTH, TABLE_TOP - top);
        canvas.stroke();
        footer(form);
    }

    private void title() {
        Font font = new Font(FormFonts.bold(), 18);
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_CENTER,
                new Phrase(labels.oneLine("title"), font),
                LEFT + WIDTH / 2,
                TABLE_TOP + 10,
                0);
    }

    private float personRows(AppointmentForm form, float top) {
        float row = PHOTO_HEIGHT / 4;
        String birth = FormDates.display(form.birth());
        String age = FormDates.age(form.birth(), form.ageReference()).stream()
                .mapToObj(years -> "\n" + labels.format("age", years))
                .findFirst()
                .orElse("");
        triple(top, row, "name", form.name(), "gender", form.gender(), "birth", birth + age);
        triple(
                top - row,
                row,
                "ethnicity",
                form.ethnicity(),
                "nativePlace",
                form.nativePlace(),
                "birthPlace",
                form.birthPlace());
        triple(
                top - 2 * row,
                row,
                "partyJoined",
                FormDates.display(form.partyJoined()),
                "workStarted",
                FormDates.display(form.workStarted()),
                "health",
                form.health());
        float fourth = top - 3 * row;
        label(span(0, 1, fourth, row), "professionalTitle");
        value(span(1, 2, fourth, row), form.professionalTitle(), CellStyle.VALUE, labels.oneLine("professionalTitle"));
        label(span(2, 3, fourth, row), "expertise");
        value(span(3, 6, fourth, row), form.expertise(), CellStyle.VALUE, labels.oneLine("expertise"));
        new PhotoCell(canvas, cells, labels).draw(span(6, 7, top, PHOTO_HEIGHT), form.photo());
        return top - PHOTO_HEIGHT;
    }

    private void triple(float top, float row, String... labelsAndValues) {
        for (int i = 0; i < 3; i++) {
            label(span(2 * i, 2 * i + 1, top, row), labelsAndValues[2 * i]);
            value(
                    span(2 * i + 1, 2 * i + 2, top, row),
                    labelsAndValues[2 * i + 1],
                    CellStyle.VALUE,
                    labels.oneLine(labelsAndValues[2 * i]));
        }
    }

    private float educationRows(AppointmentForm form, float top) {
        label(span(0, 1, top, 2 * EDUCATION_ROW), "education");
        education(top, "fullTime", form.fullTime());
        education(top - EDUCATION_ROW, "inService", form.inService());
        return top - 2 * EDUCATION_ROW;
    }

    private void education(float top, String kind, Education education) {
        label(span(1, 2, top, EDUCATION_ROW), kind);
        value(
                span(2, 4, top, EDUCATION_ROW),
                lines(education.level(), education.degree()),
                CellStyle.VALUE,
                labels.oneLine(kind));
        label(span(4, 5, top, EDUCATION_ROW), "school");
        value(
                span(5, 7, top, EDUCATION_ROW),
                lines(education.levelSchool(), degreeSchool(education)),
                CellStyle.VALUE,
                labels.oneLine(kind) + labels.oneLine("school"));
    }

    private float line(String key, String text, float top, float height) {
        label(span(0, 1, top, height), key);
        value(span(1, 7, top, height), text, CellStyle.LINE, labels.oneLine(key));
        return top - height;
    }

    private float block(String key, String text, CellStyle style, float top, float height) {
        label(span(0, 1, top, height), key);
        value(span(1, 7, top, height), text, style, labels.oneLine(key));
        return top - height;
    }

    private float reportingAndOpinions(AppointmentForm form, float top) {
        label(span(0, 1, top, REPORTING), "reportingUnit");
        Box reporting = span(1, 7, top, REPORTING);
        cells.write(reporting.raisedBottom(12), form.reportingUnit(), CellStyle.TEXT, labels.oneLine("reportingUnit"));
        dateLine(reporting, false);
        stroke(reporting);
        top -= REPORTING;
        label(span(0, 1, top, OPINIONS), "approvalOpinion");
        dateLine(span(1, 4, top, OPINIONS), true);
        label(span(4, 5, top, OPINIONS), "administrativeOpinion");
        dateLine(span(5, 7, top, OPINIONS), true);
        return top - OPINIONS;
    }

    /** The seal and date blanks at the bottom right of a cell, filled by hand. */
    private void dateLine(Box cell, boolean seal) {
        Font small = new Font(cells.font(), 8);
        float right = cell.right() - 10;
        ColumnText.showTextAligned(
                canvas, Element.ALIGN_RIGHT, new Phrase(labels.get("date.blank"), small), right, cell.y() + 4, 0);
        if (seal) {
            ColumnText.showTextAligned(
                    canvas, Element.ALIGN_RIGHT, new Phrase(labels.get("seal"), small), right, cell.y() + 16, 0);
        }
        stroke(cell);
    }

    private void footer(AppointmentForm form) {
        float third = WIDTH / 3;
        cells.write(
                new Box(LEFT - 2.5f, BOTTOM, third, FOOTER_HEIGHT),
                labels.get("footer.ageReference") + FormDates.display(form.ageReference()),
                CellStyle.FOOTER_LEFT,
                labels.oneLine("footer.ageReference"));
        cells.write(
                new Box(LEFT + third, BOTTOM, third, FOOTER_HEIGHT),
                labels.get("footer.filledAt") + FormDates.display(form.filledAt()),
                CellStyle.FOOTER_CENTER,
                labels.oneLine("footer.filledAt"));
        cells.write(
                new Box(LEFT + 2 * third + 2.5f, BOTTOM, third, FOOTER_HEIGHT),
                labels.get("footer.filledBy") + nullToEmpty(form.filledBy()),
                CellStyle.FOOTER_RIGHT,
                labels.oneLine("footer.filledBy"));
    }

    void label(Box box, String key) {
        cells.write(box, labels.get(key), CellStyle.LABEL, labels.oneLine(key));
        stroke(box);
    }

    /** A value cell; overflowLabel heads its rest on the continuation page. */
    void value(Box box, String text, CellStyle style, String overflowLabel) {
        cells.write(box, text, style, overflowLabel);
        stroke(box);
    }

    void stroke(Box box) {
        canvas.setLineWidth(0.6f);
        canvas.rectangle(box.x(), box.y(), box.width(), box.height());
        canvas.stroke();
    }

    /** The box of columns [from, to) of a row whose top edge is at top. */
    static Box span(int from, int to, float top, float height) {
        float x = LEFT;
        for (int i = 0; i < from; i++) {
            x += COLUMNS[i];
        }
        float width = 0;
        for (int i = from; i < to; i++) {
            width += COLUMNS[i];
        }
        return new Box(x, top - height, width, height);
    }

    /**
     * The school of the degree, unless it is the school of the education already printed above it
     * ({@code 四川大学法学专业} then {@code 四川大学}): the form names a school once.
     */
    private static String degreeSchool(Education education) {
        String level = education.levelSchool();
        String degree = education.degreeSchool();
        return level != null && degree != null && !degree.isBlank() && level.startsWith(degree.strip()) ? null : degree;
    }

    private static String lines(String first, String second) {
        return String.join(
                "\n",
                Stream.of(first, second)
                        .filter(s -> s != null && !s.isBlank())
                        .distinct()
                        .toList());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
