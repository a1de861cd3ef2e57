package cn.zugong.testkit.context;

import cn.zugong.api.ballot.BallotGrade;
import cn.zugong.api.ballot.BallotKind;
import cn.zugong.api.ballot.BallotOutcome;
import cn.zugong.api.ballot.BallotRequest;
import cn.zugong.api.ballot.BallotTally;
import cn.zugong.api.ballot.Ballots;
import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Ballot sessions as the platform keeps them, per county, with the platform's rules: one code per
 * expected participant that votes once, inside the window of a started session; more names than
 * allowed is an invalid ballot, none a blank one; a result only after the close, with the default
 * participation share of two thirds. Participants vote through {@link #vote} and {@link #grade},
 * as the public ballot page would. The testkit prints no code sheet.
 */
public final class InMemoryBallots implements Ballots {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<UUID, Session> sessions = new ConcurrentHashMap<>();
    private final Supplier<TenantContext> tenancy;
    private final Supplier<Clock> clock;

    /** Ballots for the tenancy and at the time the suppliers give at each call. */
    public InMemoryBallots(Supplier<TenantContext> tenancy, Supplier<Clock> clock) {
        this.tenancy = tenancy;
        this.clock = clock;
    }

    private static final class Session {
        final TenantId county;
        final BallotRequest request;
        final Map<String, Boolean> codes = new HashMap<>();
        final List<Map<Integer, BallotGrade>> ballots = new ArrayList<>();
        boolean started;
        boolean closed;

        Session(TenantId county, BallotRequest request) {
            this.county = county;
            this.request = request;
        }
    }

    @Override
    public UUID open(BallotRequest r) {
        TenantId county = TestTenancy.writable(tenancy.get());
        if (r.names().isEmpty()
                || r.expected() < 1
                || r.title() == null
                || r.title().isBlank()
                || r.opensAt() == null
                || r.closesAt() == null
                || !r.closesAt().isAfter(r.opensAt())
                || (r.kind() == BallotKind.RECOMMENDATION
                        && (r.maxMarks() < 1 || r.maxMarks() > r.names().size()))) {
            throw new IllegalArgumentException("not a valid ballot session: " + r);
        }
        UUID id = UUID.randomUUID();
        sessions.put(id, new Session(county, r));
        return id;
    }

    @Override
    public List<String> issueCodes(UUID id) {
        Session s = own(id);
        if (s.started) {
            throw new IllegalArgumentException("ballot.codes.notDraft");
        }
        s.codes.clear();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < s.request.expected(); i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 12; c++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            s.codes.put(code.toString(), false);
            codes.add(code.toString());
        }
        return codes;
    }

    /** Not in the testkit: the platform prints the sheet. */
    @Override
    public byte[] codeSheet(UUID session, String ballotPageUrl, Locale locale) {
        throw new UnsupportedOperationException("The testkit prints no code sheet; use issueCodes");
    }

    @Override
    public void start(UUID id) {
        Session s = own(id);
        if (s.started || s.codes.isEmpty()) {
            throw new IllegalArgumentException("ballot.start.notReady");
        }
        s.started = true;
    }

    @Override
    public void close(UUID id) {
        Session s = own(id);
        if (s.closed) {
            throw new IllegalArgumentException("ballot.closed");
        }
        s.closed = true;
    }

    /**
     * A participant marks names (their places on the ballot) with a code.
     *
     * @return false when the code is unknown, used, or the session does not accept votes now
     */
    public boolean vote(UUID id, String code, Set<Integer> places) {
        Map<Integer, BallotGrade> marks = new HashMap<>();
        places.forEach(p -> marks.put(p, null));
        return cast(id, code, marks);
    }

    /** A participant grades people (by place) with a code; see {@link #vote}. */
    public boolean grade(UUID id, String code, Map<Integer, BallotGrade> grades) {
        return cast(id, code, new HashMap<>(grades));
    }

    private synchronized boolean cast(UUID id, String code, Map<Integer, BallotGrade> marks) {
        Session s = sessions.get(id);
        if (s == null
                || !s.started
                || s.closed
                || clock.get().instant().isBefore(s.request.opensAt())
                || !clock.get().instant().isBefore(s.request.closesAt())
                || !Boolean.FALSE.equals(s.codes.get(code))) {
            return false;
        }
        s.codes.put(code, true);
        s.ballots.add(marks);
        return true;
    }

    @Override
    public Optional<BallotOutcome> result(UUID id) {
        Session s = own(id);
        if (!s.closed) {
            return Optional.empty();
        }
        int names = s.request.names().size();
        int[] votes = new int[names];
        List<Map<BallotGrade, Integer>> grades = new ArrayList<>();
        for (int i = 0; i < names; i++) {
            grades.add(new EnumMap<>(BallotGrade.class));
        }
        int invalid = 0;
        int blank = 0;
        for (Map<Integer, BallotGrade> ballot : s.ballots) {
            if (ballot.isEmpty()) {
                blank++;
            } else if (s.request.kind() == BallotKind.RECOMMENDATION && ballot.size() > s.request.maxMarks()) {
                invalid++;
            } else {
                ballot.forEach((place, grade) -> {
                    if (grade == null) {
                        votes[place]++;
                    } else {
                        grades.get(place).merge(grade, 1, Integer::sum);
                    }
                });
            }
        }
        int cast = s.ballots.size();
        List<BallotTally> persons = new ArrayList<>();
        for (int i = 0; i < names; i++) {
            var name = s.request.names().get(i);
            persons.add(new BallotTally(
                    name.cadreId(), name.name(), votes[i], cast == 0 ? 0 : (double) votes[i] / cast, grades.get(i)));
        }
        int expected = s.request.expected();
        return Optional.of(new BallotOutcome(
                expected, cast, cast - invalid - blank, invalid, blank, 3L * cast >= 2L * expected, persons));
    }

    @Override
    public List<UUID> sessions(String purpose) {
        TenantId county = TestTenancy.writable(tenancy.get());
        return sessions.entrySet().stream()
                .filter(e -> e.getValue().county.equals(county)
                        && e.getValue().request.purpose().equals(purpose))
                .map(Map.Entry::getKey)
                .toList();
    }

    private Session own(UUID id) {
        TenantId county = TestTenancy.writable(tenancy.get());
        Session s = sessions.get(id);
        if (s == null || !s.county.equals(county)) {
            throw new IllegalArgumentException("ballot.session.notFound");
        }
        return s;
    }
}
