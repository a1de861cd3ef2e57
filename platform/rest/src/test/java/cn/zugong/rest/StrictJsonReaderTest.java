package cn.zugong.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.validation.Problem;
import cn.zugong.rest.plugin.OfferInput;
import cn.zugong.rest.plugin.TenantPluginResource.EnabledInput;
import cn.zugong.rest.plugin.TenantRuleResource.VersionDto;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request bodies as the server reads them (JSON-B by Yasson, the server's): refusals name the member. */
class StrictJsonReaderTest {

    @Test
    void aWellFormedBodyIsBoundWithIsoDates() {
        CadreInput input = StrictJsonReader.read(
                CadreInput.class, "{\"name\":\"张三\",\"gender\":\"MALE\",\"birthDate\":\"1990-09-18\",\"version\":3}");

        assertThat(input.name()).isEqualTo("张三");
        assertThat(input.gender()).isEqualTo(Gender.MALE);
        assertThat(input.birthDate()).isEqualTo(LocalDate.of(1990, 9, 18));
        assertThat(input.version()).isEqualTo(3L);
    }

    @Test
    void datesAreWrittenAsIsoStringsAsTheOpenApiDocumentSays() {
        String json = JsonBinding.JSONB.toJson(new VersionDto(null, LocalDate.of(2024, 1, 5)));

        assertThat(json).isEqualTo("{\"effectiveFrom\":\"2024-01-05\",\"value\":null}");
    }

    @Test
    void anOfferWithoutAllGoesToTheListedCountiesAsTheTestkitSendsIt() {
        OfferInput offer = StrictJsonReader.read(OfferInput.class, "{\"tenants\":[\"510115\"]}");

        assertThat(offer.everyTenant()).isFalse();
        assertThat(offer.tenants()).containsExactly("510115");
        assertThat(StrictJsonReader.read(OfferInput.class, "{\"all\":true}").everyTenant())
                .isTrue();
    }

    @Test
    void badMembersAreRefusedTogetherEachByName() {
        ApiProblem problem = refused(
                CadreInput.class,
                "{\"gender\":\"male\",\"birthDate\":\"1990-13-45\",\"nickname\":\"x\",\"name\":{\"a\":1},"
                        + "\"birthDayKnown\":\"yes\",\"version\":99999999999999999999999}");

        assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID);
        assertThat(problem.fields())
                .extracting(Problem::field, Problem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("gender", "api.error.type.enum"),
                        tuple("birthDate", "api.error.type.date"),
                        tuple("nickname", "api.error.field.unknown"),
                        tuple("name", "api.error.type.text"),
                        tuple("birthDayKnown", "api.error.type.boolean"),
                        tuple("version", "api.error.type.integer"));
    }

    @Test
    void textWithANulCharacterIsRefusedBeforeTheDatabaseFailsOnIt() {
        ApiProblem problem = refused(UnitInput.class, "{\"name\":\"a\\u0000b\"}");

        assertThat(problem.fields()).containsExactly(new Problem("name", "api.error.text.nul"));
    }

    @Test
    void anIntegerThatWouldWrapAroundIsRefused() {
        ApiProblem problem = refused(UnitInput.class, "{\"principalPosts\":99999999999}");

        assertThat(problem.fields()).extracting(Problem::field).containsExactly("principalPosts");
    }

    @Test
    void listsAreCheckedItemByItem() {
        ApiProblem problem = refused(OfferInput.class, "{\"all\":false,\"tenants\":[\"510115\",7]}");

        assertThat(problem.fields()).extracting(Problem::field).containsExactly("tenants[1]");
    }

    @Test
    void anEmptyOrNullBodyIsRefusedNamingTheBody() {
        for (String body : List.of("", "  ", "null")) {
            ApiProblem problem = refused(EnabledInput.class, body);

            assertThat(problem.kind()).as(body).isEqualTo(ProblemKind.MALFORMED);
            assertThat(problem.fields()).containsExactly(new Problem("body", "api.error.body.required"));
        }
    }

    @Test
    void aMissingPrimitiveIsRequiredRatherThanFalse() {
        ApiProblem problem = refused(EnabledInput.class, "{}");

        assertThat(problem.fields()).containsExactly(new Problem("enabled", "api.error.required"));
    }

    @Test
    void malformedJsonAWrongTopLevelTypeAndDeepNestingAreRefused() {
        assertThat(refused(CadreInput.class, "{\"name\":").fields())
                .containsExactly(new Problem("body", "api.error.body.malformed"));
        assertThat(refused(CadreInput.class, "[1]").fields())
                .containsExactly(new Problem("body", "api.error.type.object"));
        assertThat(refused(CadreInput.class, "\"x\"").fields())
                .containsExactly(new Problem("body", "api.error.type.object"));
        String deep = "{\"name\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThat(refused(CadreInput.class, deep).kind()).isIn(ProblemKind.MALFORMED, ProblemKind.INVALID);
    }

    private static ApiProblem refused(Class<? extends Record> type, String body) {
        return catchThrowableOfType(ApiException.class, () -> StrictJsonReader.read(type, body))
                .problem();
    }
}
