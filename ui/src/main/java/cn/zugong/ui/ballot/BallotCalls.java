package cn.zugong.ui.ballot;

import cn.zugong.core.ballot.application.PaperState;
import cn.zugong.core.ballot.application.SessionRequest;
import cn.zugong.core.ballot.domain.BallotNominee;
import cn.zugong.core.ballot.domain.BallotResult;
import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.ballot.domain.PaperCounts;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.SelectionCandidate;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The service calls of one case's ballot page; a view test overrides the calls it needs. */
class BallotCalls implements Serializable {

    private final UUID caseId;
    private final BallotServices services;

    BallotCalls(UUID caseId, BallotServices services) {
        this.caseId = caseId;
        this.services = services;
    }

    UUID caseId() {
        return caseId;
    }

    CaseFile file() {
        return services.selection().file(caseId);
    }

    /** The names of the case's candidates. */
    Map<UUID, String> names(CaseFile file) {
        Map<UUID, String> names = new HashMap<>();
        for (SelectionCandidate k : file.candidates()) {
            services.cadres().find(k.getCadreId()).map(Cadre::getName).ifPresent(n -> names.put(k.getCadreId(), n));
        }
        return names;
    }

    List<BallotSession> sessions() {
        return services.sessions().ofCase(caseId);
    }

    BallotSession open(SessionRequest request) {
        return services.sessions().open(request);
    }

    /** Issues the session's codes (replacing earlier ones) and prints them: the only time they exist. */
    byte[] codeSheet(UUID sessionId, String ballotUrl, Locale locale) {
        return services.sessions().codeSheet(sessionId, ballotUrl, locale);
    }

    void start(UUID sessionId) {
        services.sessions().start(sessionId);
    }

    void close(UUID sessionId) {
        services.sessions().close(sessionId);
    }

    long used(UUID sessionId) {
        return services.sessions().used(sessionId);
    }

    List<BallotNominee> nominees(UUID sessionId) {
        return services.sessions().nominees(sessionId);
    }

    BallotResult result(UUID sessionId) {
        return services.results().result(sessionId);
    }

    byte[] resultSheet(UUID sessionId, Locale locale) {
        return services.results().sheet(sessionId, locale);
    }

    void apply(UUID sessionId) {
        services.results().apply(sessionId);
    }

    PaperState paper(UUID sessionId) {
        return services.paper().state(sessionId);
    }

    PaperState enterPaper(UUID sessionId, PaperCounts counts) {
        return services.paper().enter(sessionId, counts);
    }
}
