package cn.zugong.testkit.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zugong.api.ballot.BallotKind;
import cn.zugong.api.ballot.BallotName;
import cn.zugong.api.ballot.BallotOutcome;
import cn.zugong.api.ballot.BallotRequest;
import cn.zugong.api.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A plugin's ballot in the in-memory context follows the platform's rules. */
class InMemoryBallotsTest {

    private final InMemoryPluginContext context =
            InMemoryPluginContext.builder("reserve").build();

    @Test
    void aCodeVotesOnceAndTheResultCountsOverVotesAsInvalidOnlyAfterTheClose() {
        context.actAs(TestTenancy.writing(new TenantId("510115")));
        context.today(LocalDate.of(2026, 12, 7));
        Instant now = context.clock().instant();
        UUID session = context.ballots()
                .open(new BallotRequest(
                        BallotKind.RECOMMENDATION,
                        "reserve-2027",
                        "后备干部民主推荐",
                        List.of(new BallotName(null, "王五"), new BallotName(null, "李四")),
                        3,
                        1,
                        now,
                        now.plus(Duration.ofHours(2))));
        List<String> codes = context.ballots().issueCodes(session);
        context.ballots().start(session);
        assertTrue(context.ballots().vote(session, codes.get(0), Set.of(0)));
        assertFalse(context.ballots().vote(session, codes.get(0), Set.of(1)), "a code votes once");
        assertTrue(context.ballots().vote(session, codes.get(1), Set.of(0, 1)));
        assertTrue(context.ballots().result(session).isEmpty(), "no result before the close");
        context.ballots().close(session);
        BallotOutcome outcome = context.ballots().result(session).orElseThrow();
        assertEquals(2, outcome.cast());
        assertEquals(1, outcome.valid());
        assertEquals(1, outcome.invalid());
        assertTrue(outcome.participationMet(), "2 of 3");
        assertEquals(1, outcome.persons().get(0).votes());
        assertEquals(List.of(session), context.ballots().sessions("reserve-2027"));

        context.actAs(TestTenancy.writing(new TenantId("510117")));
        assertThrows(IllegalArgumentException.class, () -> context.ballots().result(session));
        assertEquals(List.of(), context.ballots().sessions("reserve-2027"));
    }
}
