package cn.zugong.core.cadre.infrastructure.lrmx;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.domain.form.AppointmentForm.Relative;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a legacy .lrm file (the form software 2.0) and its photo into an {@link AppointmentForm}.
 *
 * <p>The .lrm is GBK text: the values in double quotes, separated by {@code ","}, at the positions
 * of DOMAIN.md 6.3. The photo is the raw image in a {@code .pic} file of the
 * same base name; without it the file is refused. The form is then checked like an .lrmx (every
 * problem collected).
 */
public final class LrmReader {

    private final InterchangeLimits limits;

    public LrmReader() {
        this(InterchangeLimits.DEFAULT);
    }

    public LrmReader(InterchangeLimits limits) {
        this.limits = limits;
    }

    /** Reads a .lrm file and the .pic beside it (same base name, extension in either case). */
    public AppointmentForm read(Path lrm) {
        try {
            Path pic = picBeside(lrm);
            byte[] photo = Files.exists(pic) ? Files.readAllBytes(pic) : null;
            return read(lrm.getFileName().toString(), Files.readAllBytes(lrm), photo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a .lrm file's bytes with its photo's.
     *
     * @param file the .lrm file's name, for the problems and the name of the missing .pic
     * @param photo the .pic file's bytes, or null when there is none
     * @throws InterchangeException with every problem found, when the file is refused
     */
    public AppointmentForm read(String file, byte[] lrm, byte[] photo) {
        limits.checkFileSize(file, lrm.length);
        if (photo != null) {
            limits.checkFileSize(baseName(file) + ".pic", photo.length);
        }
        List<String> values = LrmLayout.split(TextDecoding.gbk(file, lrm));
        if (values.size() < LrmLayout.FIELDS) {
            throw new InterchangeException(
                    InterchangeProblem.of(file, ProblemKey.LRM_FIELDS, values.size(), LrmLayout.FIELDS));
        }
        Map<LrmxField, String> text = new EnumMap<>(LrmxField.class);
        LrmLayout.text(values, text);
        LrmLayout.education(values, text);
        List<Relative> family = LrmLayout.family(values);
        List<InterchangeProblem> problems = new ArrayList<>();
        if (photo == null) {
            problems.add(InterchangeProblem.of(
                    file, LrmxField.ZHAO_PIAN.element(), ProblemKey.LRM_PIC_MISSING, baseName(file) + ".pic"));
        } else {
            Photos.check(file, photo, limits, problems);
        }
        AppointmentForm form = LrmxField.form(text, family, photo, List.of());
        problems.addAll(FormValidator.validate(file, form));
        if (!problems.isEmpty()) {
            throw new InterchangeException(problems);
        }
        return LrmxField.form(FormDates.normalized(text), FormDates.normalizedFamily(family), photo, List.of());
    }

    static String baseName(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }

    private static Path picBeside(Path lrm) {
        String base = baseName(lrm.getFileName().toString());
        Path lower = lrm.resolveSibling(base + ".pic");
        Path upper = lrm.resolveSibling(base + ".PIC");
        return !Files.exists(lower) && Files.exists(upper) ? upper : lower;
    }
}
