package cn.zugong.core.ballot.application;

import cn.zugong.core.ballot.domain.BallotCode;
import cn.zugong.core.ballot.domain.BallotCodes;
import cn.zugong.core.ballot.domain.BallotKind;
import cn.zugong.core.ballot.domain.BallotNominee;
import cn.zugong.core.ballot.domain.BallotNotFoundException;
import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.ballot.domain.BallotState;
import cn.zugong.core.ballot.domain.CodeLookup;
import cn.zugong.core.ballot.infrastructure.BallotStore;
import cn.zugong.core.ballot.infrastructure.CodeHasher;
import cn.zugong.core.ballot.infrastructure.CodeKeys;
import cn.zugong.core.ballot.infrastructure.CodeSheetPdf;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.application.SelectionService;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.tenant.CountyAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An officer's ballot sessions: open one on a case (or for a plugin's purpose), issue its codes,
 * start and close it. Only a county writer (officer, tenant-admin) of the session's county; every
 * action in the county's audit trail ({@link BallotJournal}).
 */
@ApplicationScoped
@Transactional
public class BallotService {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    BallotJournal journal;

    @Inject
    CodeKeys keys;

    @Inject
    SelectionService selection;

    @Inject
    CadreService cadres;

    Clock clock = Clock.systemDefaultZone();

    /** Opens a draft session on a case of the caller's county, naming the case's candidates. */
    public BallotSession open(SessionRequest r) {
        CountyAccess.requireWriter();
        CaseFile file = selection.file(r.caseId());
        List<Nominee> nominees = new ArrayList<>();
        List<UUID> wanted = r.candidates().isEmpty()
                ? file.candidates().stream().map(SelectionCandidate::getCadreId).toList()
                : r.candidates();
        for (UUID cadreId : wanted) {
            if (file.candidate(cadreId).isEmpty()) {
                throw SessionRules.problem("nominees", "ballot.nominees.notCandidate");
            }
            nominees.add(new Nominee(
                    cadreId, cadres.find(cadreId).map(Cadre::getName).orElse("")));
        }
        return create(
                r.kind(), r.title(), r.caseId(), null, nominees, r.expected(), r.maxMarks(), r.opensAt(), r.closesAt());
    }

    /** Opens a draft session for a plugin's purpose (the SDK's {@code Ballots}). */
    public BallotSession openFor(
            String purpose,
            BallotKind kind,
            String title,
            List<Nominee> nominees,
            int expected,
            int maxMarks,
            Instant opensAt,
            Instant closesAt) {
        CountyAccess.requireWriter();
        return create(kind, title, null, purpose, nominees, expected, maxMarks, opensAt, closesAt);
    }

    private BallotSession create(
            BallotKind kind,
            String title,
            UUID caseId,
            String purpose,
            List<Nominee> nominees,
            int expected,
            int maxMarks,
            Instant opensAt,
            Instant closesAt) {
        SessionRules.check(kind, title, nominees, expected, maxMarks, opensAt, closesAt);
        int marks = kind == BallotKind.EVALUATION ? nominees.size() : maxMarks;
        BallotSession s =
                new BallotSession(kind, title.strip(), caseId, purpose, expected, marks, opensAt, closesAt, user());
        BallotStore store = new BallotStore(em);
        store.add(s);
        em.flush();
        for (int place = 0; place < nominees.size(); place++) {
            Nominee n = nominees.get(place);
            store.add(new BallotNominee(s.getId(), place, n.cadreId(), n.name().strip()));
        }
        journal.record(s, "open", "expected", expected, "maxMarks", marks, "nominees", nominees.size());
        return s;
    }

    /**
     * Issues one code per expected participant, replacing every code issued before: the codes
     * exist in plain only in what this returns (the sheet to print), never in the database.
     */
    public List<String> issueCodes(UUID sessionId) {
        BallotSession s = writable(sessionId);
        if (s.getState() != BallotState.DRAFT) {
            throw SessionRules.problem("state", "ballot.codes.notDraft");
        }
        BallotStore store = new BallotStore(em);
        store.dropCodes(sessionId);
        CodeHasher hasher = keys.hasher();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < s.getExpected(); i++) {
            String code = BallotCodes.generate();
            String hash = hasher.hash(code);
            store.add(new BallotCode(sessionId, hash));
            store.add(new CodeLookup(hash, s.getTenantId(), sessionId));
            codes.add(code);
        }
        s.issued(codes.size());
        journal.record(s, "codes.issue", "codes", codes.size());
        return codes;
    }

    /**
     * Issues the codes ({@link #issueCodes}) and prints them on the code sheet with the QR code of
     * {@code ballotUrl} (the public page's absolute address) and each code.
     */
    public byte[] codeSheet(UUID sessionId, String ballotUrl, Locale locale) {
        List<String> codes = issueCodes(sessionId);
        return CodeSheetPdf.render(writable(sessionId).getTitle(), codes, ballotUrl, locale);
    }

    /** Lets participants vote (within the window). */
    public BallotSession start(UUID sessionId) {
        BallotSession s = writable(sessionId);
        if (s.getState() != BallotState.DRAFT || s.getCodesIssued() == 0) {
            throw SessionRules.problem("state", "ballot.start.notReady");
        }
        s.open();
        journal.record(s, "start");
        return s;
    }

    /** Ends the voting; the result can be read from now on. */
    public BallotSession close(UUID sessionId) {
        BallotSession s = writable(sessionId);
        if (s.getState() == BallotState.CLOSED) {
            throw SessionRules.problem("state", "ballot.closed");
        }
        s.close(LocalDate.now(clock));
        journal.record(s, "close");
        return s;
    }

    /** The sessions of a case, newest first. */
    public List<BallotSession> ofCase(UUID caseId) {
        CountyAccess.requireWriter();
        return new BallotStore(em).sessionsOfCase(caseId);
    }

    /** The sessions opened for a plugin's purpose, newest first. */
    public List<BallotSession> ofPurpose(String purpose) {
        CountyAccess.requireWriter();
        return new BallotStore(em).sessionsFor(purpose);
    }

    public BallotSession session(UUID sessionId) {
        return writable(sessionId);
    }

    public List<BallotNominee> nominees(UUID sessionId) {
        writable(sessionId);
        return new BallotStore(em).nominees(sessionId);
    }

    /** How many codes have voted (no more than that: which ones is not for anyone to know). */
    public long used(UUID sessionId) {
        writable(sessionId);
        return new BallotStore(em).usedCodes(sessionId);
    }

    /**
     * A session of the caller's county, which the caller writes.
     *
     * @throws BallotNotFoundException for a missing session and another county's alike
     */
    BallotSession writable(UUID sessionId) {
        String tenant = CountyAccess.requireWriter();
        // The tenant filter and the wall already hide other counties' sessions; the check states it.
        return new BallotStore(em)
                .session(sessionId)
                .filter(s -> tenant.equals(s.getTenantId()))
                .orElseThrow(BallotNotFoundException::new);
    }

    static String user() {
        return CurrentUserHolder.current().map(CurrentUser::username).orElse("system");
    }
}
