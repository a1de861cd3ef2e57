package cn.zugong.plugin.supervision.testing;

import cn.zugong.plugin.supervision.report.ReportCategory;
import cn.zugong.plugin.supervision.report.ReportChannel;
import cn.zugong.plugin.supervision.service.NewReport;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Reports for the tests. */
public final class Reports {

    private Reports() {}

    /** An anonymous letter about {@code subjects} with specific clues, received on {@code day}. */
    public static NewReport anonymous(LocalDate day, UUID... subjects) {
        return new NewReport(
                ReportChannel.LETTER,
                false,
                null,
                null,
                ReportCategory.PROMOTED_WITH_PROBLEMS,
                "拟提拔对象在原单位存在违规问题",
                true,
                day,
                List.of(subjects));
    }

    /** A real-name call. */
    public static NewReport realName(LocalDate day, UUID... subjects) {
        return new NewReport(
                ReportChannel.PHONE,
                true,
                "王某",
                "13800000000",
                ReportCategory.VOTE_BUYING,
                "换届中拉票",
                true,
                day,
                List.of(subjects));
    }
}
