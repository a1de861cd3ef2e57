package cn.zugong.testkit.context;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Tenants and cadres for tests: the demo realm's counties and cadres in office with a post.
 *
 * <pre>{@code
 * CadreRef li = context.cadre(CadreFixtures.cadre(CadreFixtures.WENJIANG, "李明", "TOWNSHIP_DEPUTY"));
 * }</pre>
 */
public final class CadreFixtures {

    /** Sichuan's own department (四川省委组织部), which publishes to the counties below. */
    public static final TenantId SICHUAN = new TenantId("510000");
    /** Chengdu (成都市). */
    public static final TenantId CHENGDU = new TenantId("510100");
    /** Wenjiang district (温江区), Chengdu. */
    public static final TenantId WENJIANG = new TenantId("510115");
    /** Pidu district (郫都区), Chengdu. */
    public static final TenantId PIDU = new TenantId("510117");

    private CadreFixtures() {}

    /**
     * A cadre in office in {@code county}, in unit {@code Unit} at post {@code Post}.
     *
     * @param postLevel the post level as the platform codes it ({@code TOWNSHIP_DEPUTY} …), or
     *     {@code null} for a cadre without a post
     */
    public static CadreRef cadre(TenantId county, String name, String postLevel) {
        return new CadreRef(
                UUID.randomUUID(),
                county,
                name,
                Optional.empty(),
                Optional.of("Unit"),
                Optional.of("Post"),
                Optional.ofNullable(postLevel),
                true);
    }

    /** The same cadre born on {@code birthDate}. */
    public static CadreRef bornOn(CadreRef cadre, LocalDate birthDate) {
        return new CadreRef(
                cadre.id(),
                cadre.tenant(),
                cadre.name(),
                Optional.of(birthDate),
                cadre.unitName(),
                cadre.postTitle(),
                cadre.postLevel(),
                cadre.active());
    }

    /** The same cadre at another post level, as after an appointment. */
    public static CadreRef atLevel(CadreRef cadre, String postLevel) {
        return new CadreRef(
                cadre.id(),
                cadre.tenant(),
                cadre.name(),
                cadre.birthDate(),
                cadre.unitName(),
                cadre.postTitle(),
                Optional.of(postLevel),
                cadre.active());
    }

    /** The same cadre out of office (retired, left or deceased). */
    public static CadreRef retired(CadreRef cadre) {
        return new CadreRef(
                cadre.id(),
                cadre.tenant(),
                cadre.name(),
                cadre.birthDate(),
                cadre.unitName(),
                cadre.postTitle(),
                cadre.postLevel(),
                false);
    }
}
