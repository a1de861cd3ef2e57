package cn.zugong.rest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.admin.IdentityConflictException;
import cn.zugong.core.admin.IdentityUnavailableException;
import cn.zugong.core.admin.UnknownTenantException;
import cn.zugong.core.admin.UnknownUserException;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void aRefusedRecordIsABadRequestWithItsFieldProblems() {
        ApiProblem problem =
                Problems.classify(new ValidationException(List.of(new Problem("name", "unit.error.name.required"))));

        assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID);
        assertThat(problem.kind().status()).isEqualTo(400);
        assertThat(problem.fields()).containsExactly(new Problem("name", "unit.error.name.required"));
    }

    @Test
    void aDeniedActionIsForbiddenWithTheServicesReason() {
        ApiProblem problem = Problems.classify(new AccessDeniedException("error.access.readonly"));

        assertThat(problem.kind()).isEqualTo(ProblemKind.FORBIDDEN);
        assertThat(problem.detailKey()).isEqualTo("error.access.readonly");
    }

    @Test
    void aStaleVersionFoundAtCommitIsAConflictEvenWhenWrapped() {
        ApiProblem problem = Problems.classify(
                new TransactionalException("commit failed", new RuntimeException(new OptimisticLockException())));

        assertThat(problem.kind()).isEqualTo(ProblemKind.CONFLICT);
        assertThat(problem.kind().status()).isEqualTo(409);
    }

    @Test
    void aNotFoundThrownByAResourceKeepsItsKind() {
        assertThat(Problems.classify(ApiException.notFound()).kind()).isEqualTo(ProblemKind.NOT_FOUND);
    }

    @Test
    void anythingElseIsAnInternalErrorThatRevealsNothing() {
        ApiProblem problem = Problems.classify(new IllegalStateException("SELECT secret FROM cadre"));

        assertThat(problem.kind()).isEqualTo(ProblemKind.INTERNAL);
        assertThat(problem.detailKey()).isEqualTo("api.problem.internal.detail");
    }

    @Test
    void keycloakRefusingOrUnreachableIsUnavailableNotAMalformedRequest() {
        ApiProblem problem = Problems.classify(new IdentityUnavailableException(
                "Keycloak unreachable", new ProcessingException("connection refused")));

        assertThat(problem.kind()).isEqualTo(ProblemKind.UNAVAILABLE);
        assertThat(problem.kind().status()).isEqualTo(503);
    }

    @Test
    void aTakenUserNameIsAConflictAndAnotherCountysUserIsNotFound() {
        assertThat(Problems.classify(new IdentityConflictException("taken")))
                .isEqualTo(ApiProblem.of(ProblemKind.CONFLICT, "user.error.exists"));
        assertThat(Problems.classify(new UnknownUserException("x")).kind()).isEqualTo(ProblemKind.NOT_FOUND);
        assertThat(Problems.classify(new UnknownTenantException("x")).kind()).isEqualTo(ProblemKind.NOT_FOUND);
    }

    @Test
    void statusesThatJakartaRestRefusesWithMapToTheirKinds() {
        assertThat(ProblemKind.ofStatus(415)).isEqualTo(ProblemKind.UNSUPPORTED_MEDIA_TYPE);
        assertThat(ProblemKind.ofStatus(404)).isEqualTo(ProblemKind.NOT_FOUND);
        assertThat(ProblemKind.ofStatus(400)).isEqualTo(ProblemKind.INVALID);
        assertThat(ProblemKind.ofStatus(418)).isEqualTo(ProblemKind.MALFORMED);
        assertThat(ProblemKind.ofStatus(503)).isEqualTo(ProblemKind.INTERNAL);
    }
}
