package cn.zugong.core.ballot.application;

import cn.zugong.api.ballot.BallotGrade;
import cn.zugong.api.ballot.BallotName;
import cn.zugong.api.ballot.BallotOutcome;
import cn.zugong.api.ballot.BallotRequest;
import cn.zugong.api.ballot.BallotTally;
import cn.zugong.api.ballot.Ballots;
import cn.zugong.core.ballot.domain.BallotKind;
import cn.zugong.core.ballot.domain.BallotNotFoundException;
import cn.zugong.core.ballot.domain.BallotResult;
import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.ballot.domain.Grade;
import cn.zugong.core.ballot.domain.NomineeResult;
import cn.zugong.core.plugin.context.PluginBallots;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The plugins' ballots (SDK {@link Ballots}): the platform's sessions, with the plugin's id before
 * its purpose, so that a plugin sees and touches only the sessions it opened. Refusals reach the
 * plugin as {@link IllegalArgumentException} naming the message keys.
 */
@ApplicationScoped
public class PluginBallotSessions implements PluginBallots {

    @Inject
    BallotService sessions;

    @Inject
    ResultService results;

    @Override
    public Ballots of(String pluginId) {
        return new Hosted(pluginId, sessions, results);
    }

    private record Hosted(String pluginId, BallotService sessions, ResultService results) implements Ballots {

        private static final int MAX_PURPOSE = 60;

        @Override
        public UUID open(BallotRequest r) {
            if (r.purpose().isBlank() || r.purpose().length() > MAX_PURPOSE) {
                throw new IllegalArgumentException("ballot.purpose: 1 to " + MAX_PURPOSE + " characters");
            }
            List<Nominee> names = r.names().stream().map(Hosted::nominee).toList();
            return refusing(() -> sessions.openFor(
                            purpose(r.purpose()),
                            BallotKind.valueOf(r.kind().name()),
                            r.title(),
                            names,
                            r.expected(),
                            r.maxMarks(),
                            r.opensAt(),
                            r.closesAt())
                    .getId());
        }

        @Override
        public List<String> issueCodes(UUID session) {
            own(session);
            return refusing(() -> sessions.issueCodes(session));
        }

        @Override
        public byte[] codeSheet(UUID session, String ballotPageUrl, Locale locale) {
            own(session);
            return refusing(() -> sessions.codeSheet(session, ballotPageUrl, locale));
        }

        @Override
        public void start(UUID session) {
            own(session);
            refusing(() -> sessions.start(session));
        }

        @Override
        public void close(UUID session) {
            own(session);
            refusing(() -> sessions.close(session));
        }

        @Override
        public Optional<BallotOutcome> result(UUID session) {
            own(session);
            try {
                return Optional.of(outcome(results.result(session)));
            } catch (ValidationException notYet) {
                return Optional.empty();
            }
        }

        @Override
        public List<UUID> sessions(String purpose) {
            return sessions.ofPurpose(purpose(purpose)).stream()
                    .map(BallotSession::getId)
                    .toList();
        }

        private String purpose(String purpose) {
            return pluginId + ":" + purpose;
        }

        /** Refuses a session the plugin did not open as it refuses a missing one. */
        private void own(UUID session) {
            try {
                String purpose = sessions.session(session).getPurpose();
                if (purpose == null || !purpose.startsWith(pluginId + ":")) {
                    throw new IllegalArgumentException(BallotNotFoundException.KEY);
                }
            } catch (BallotNotFoundException missing) {
                throw new IllegalArgumentException(BallotNotFoundException.KEY);
            }
        }

        private static <T> T refusing(Supplier<T> call) {
            try {
                return call.get();
            } catch (ValidationException invalid) {
                throw new IllegalArgumentException(
                        invalid.problems().stream().map(Problem::messageKey).collect(Collectors.joining(", ")));
            }
        }

        private static void refusing(Runnable call) {
            refusing(() -> {
                call.run();
                return null;
            });
        }

        private static Nominee nominee(BallotName name) {
            return new Nominee(name.cadreId(), name.name());
        }

        static BallotOutcome outcome(BallotResult r) {
            List<BallotTally> persons = r.persons().stream().map(Hosted::tally).toList();
            return new BallotOutcome(
                    r.expected(), r.cast(), r.valid(), r.invalid(), r.blank(), r.participationMet(), persons);
        }

        private static BallotTally tally(NomineeResult p) {
            Map<BallotGrade, Integer> grades = new EnumMap<>(BallotGrade.class);
            for (Grade g : Grade.values()) {
                if (p.grade(g) > 0) {
                    grades.put(BallotGrade.valueOf(g.name()), p.grade(g));
                }
            }
            return new BallotTally(p.cadreId(), p.name(), p.votes(), p.share(), grades);
        }
    }
}
