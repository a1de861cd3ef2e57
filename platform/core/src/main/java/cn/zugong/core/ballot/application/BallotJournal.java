package cn.zugong.core.ballot.application;

import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.ballot.domain.BallotSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every officer action on a session goes to the county's audit trail as {@code ballot.<action>}
 * on subject {@code ballot_session}. A participant's vote is never recorded there: its time and
 * place in the chain would link it to the code's hand-out.
 */
@ApplicationScoped
public class BallotJournal {

    public static final String SUBJECT = "ballot_session";

    @Inject
    AuditTrail audit;

    public void record(BallotSession s, String action, Object... details) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", s.getKind());
        values.put("state", s.getState());
        if (s.getCaseId() != null) {
            values.put("case", s.getCaseId());
        }
        for (int i = 0; i + 1 < details.length; i += 2) {
            if (details[i + 1] != null) {
                values.put(String.valueOf(details[i]), details[i + 1]);
            }
        }
        audit.record("ballot." + action, SUBJECT, s.getId().toString(), s.getTitle(), null, AuditJson.of(values));
    }
}
