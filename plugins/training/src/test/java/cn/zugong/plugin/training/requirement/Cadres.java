package cn.zugong.plugin.training.requirement;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.course.CourseMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Cadres and credited records for tests. */
public final class Cadres {

    private Cadres() {}

    public static CadreRef cadre(String name, String postLevel) {
        return new CadreRef(
                UUID.randomUUID(),
                tenant(),
                name,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(postLevel),
                true);
    }

    public static TenantId tenant() {
        return new TenantId("510115");
    }

    public static CreditedRecord record(CadreRef cadre, CourseMode mode, LocalDate on, String hours, int days) {
        return new CreditedRecord(cadre.id(), "Course " + UUID.randomUUID(), mode, on, new BigDecimal(hours), days);
    }
}
