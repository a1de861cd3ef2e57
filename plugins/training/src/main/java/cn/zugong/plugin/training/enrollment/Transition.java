package cn.zugong.plugin.training.enrollment;

import cn.zugong.plugin.training.Problem;
import java.util.Objects;
import java.util.Optional;

/** What came of asking an {@link Enrollment} to change: the changed enrollment, or a refusal. */
public sealed interface Transition {

    /**
     * The enrollment after the change.
     *
     * @param enrollment the new state
     * @param notice what the user should be told besides, such as an automatic withdrawal
     */
    record Moved(Enrollment enrollment, Optional<Problem> notice) implements Transition {

        public Moved {
            Objects.requireNonNull(enrollment, "enrollment");
            Objects.requireNonNull(notice, "notice");
        }
    }

    /** The change is not allowed; the enrollment stays as it was. */
    record Refused(Problem reason) implements Transition {

        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
