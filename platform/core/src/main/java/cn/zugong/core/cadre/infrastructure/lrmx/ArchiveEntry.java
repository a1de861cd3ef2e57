package cn.zugong.core.cadre.infrastructure.lrmx;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import java.util.List;
import java.util.Optional;

/**
 * What became of one file of an archive: its form, or the problems that refused it (or, for a
 * file that is no form, why it was skipped).
 *
 * @param name the entry's path in the archive (the .lrm's for a .lrm and .pic pair)
 * @param form the form, empty when the file was refused or skipped
 * @param problems the problems, empty exactly when there is a form
 */
public record ArchiveEntry(String name, Optional<AppointmentForm> form, List<InterchangeProblem> problems) {

    public ArchiveEntry {
        problems = List.copyOf(problems);
        if (form.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("an entry has either a form or problems");
        }
    }

    static ArchiveEntry read(String name, AppointmentForm form) {
        return new ArchiveEntry(name, Optional.of(form), List.of());
    }

    static ArchiveEntry refused(String name, List<InterchangeProblem> problems) {
        return new ArchiveEntry(name, Optional.empty(), problems);
    }
}
