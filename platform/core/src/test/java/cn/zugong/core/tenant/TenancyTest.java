package cn.zugong.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenancyTest {

    private static final TenantId WENJIANG = new TenantId("510115");
    private static final TenantId PIDU = new TenantId("510117");

    @Test
    void aGroupPathNamesTheTenantOfItsLastSegment() {
        assertThat(TenancyPolicy.node("/51/5101/510115")).contains(WENJIANG);
        assertThat(TenancyPolicy.node("/51")).contains(new TenantId("510000"));
        assertThat(TenancyPolicy.node("/platform-operators")).isEmpty();
    }

    @Test
    void aWritingTenancyReadsOnlyItsOwnTenant() {
        Tenancy tenancy = Tenancy.writing(WENJIANG);

        assertThat(tenancy.readableCsv()).isEqualTo("510115");
        assertThatThrownBy(() -> new Tenancy(Optional.of(WENJIANG), Set.of(WENJIANG, PIDU)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOneTenantIsTheWritableOneOrTheOnlyOneRead() {
        assertThat(Tenancy.writing(WENJIANG).one()).contains(WENJIANG);
        assertThat(Tenancy.reading(Set.of(PIDU)).one()).contains(PIDU);
        assertThat(Tenancy.reading(Set.of(WENJIANG, PIDU)).one()).isEmpty();
        assertThat(Tenancy.NONE.one()).isEmpty();
    }

    @Test
    void withoutTenancyTheResolverMatchesNoTenant() {
        TenancyHolder.clear();
        ContextTenantResolver resolver = new ContextTenantResolver();

        assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo(ContextTenantResolver.NO_TENANT);
        assertThat(resolver.isRoot(resolver.resolveCurrentTenantIdentifier())).isFalse();
    }

    @Test
    void aSupervisorResolvesToTheScopeAndACountyUserToTheCounty() {
        ContextTenantResolver resolver = new ContextTenantResolver();

        TenancyHolder.runAs(Tenancy.reading(Set.of(WENJIANG, PIDU)), () -> {
            assertThat(resolver.isRoot(resolver.resolveCurrentTenantIdentifier()))
                    .isTrue();
        });
        TenancyHolder.runAs(Tenancy.writing(PIDU), () -> {
            assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo("510117");
        });
        assertThat(TenancyHolder.current()).isEqualTo(Tenancy.NONE);
    }

    @Test
    void aSupervisorReadingOneCountyResolvesToThatCountySoTheTenantFilterHoldsWithoutTheDatabaseWall() {
        ContextTenantResolver resolver = new ContextTenantResolver();

        TenancyHolder.runAs(Tenancy.reading(Set.of(PIDU)), () -> {
            assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo("510117");
            assertThat(resolver.isRoot("510117")).isFalse();
        });
    }
}
