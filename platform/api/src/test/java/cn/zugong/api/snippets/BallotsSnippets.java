package cn.zugong.api.snippets;

import cn.zugong.api.ballot.BallotKind;
import cn.zugong.api.ballot.BallotName;
import cn.zugong.api.ballot.BallotOutcome;
import cn.zugong.api.ballot.BallotRequest;
import cn.zugong.api.ballot.Ballots;
import cn.zugong.api.plugin.PluginContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

// spotless:off
class BallotsSnippets {
    BallotOutcome nominate(PluginContext context, List<BallotName> names, Instant opensAt, Instant closesAt) {
        // a reserve nomination by recommendation // @start region=ballot
        Ballots ballots = context.ballots();
        UUID session = ballots.open(new BallotRequest(BallotKind.RECOMMENDATION, "reserve-2027", "2027 reserve nomination",
                names, 45, 3, opensAt, closesAt));
        List<String> codes = ballots.issueCodes(session); // print and hand out: they exist only here
        ballots.start(session);
        // ... after the meeting
        ballots.close(session);
        BallotOutcome outcome = ballots.result(session).orElseThrow();
        // @end
        hold(codes);
        return outcome;
    }

    private void hold(List<String> codes) {}
}
// spotless:on
