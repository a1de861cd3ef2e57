package cn.zugong.core.selection.record;

import cn.zugong.core.audit.AuditEntry;
import cn.zugong.core.selection.application.CaseJournal;
import cn.zugong.core.selection.domain.GateArgs;
import cn.zugong.core.selection.domain.GateRecord;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The journal's events in words: the action's label, and the details the case journal stored as
 * flat JSON, each under its label, with cadres by name, dates, yes and no, coded values (steps,
 * kinds, bodies, methods, results, grounds) labelled, gates by name and a gate's reason in words.
 * Who acted is the journal's own column, not a detail. What it does not know it prints as stored.
 */
final class JournalText {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Details whose values are coded, and the label prefix of their codes. */
    private static final Map<String, String> CODED = Map.ofEntries(
            Map.entry("step", "step"),
            Map.entry("from", "step"),
            Map.entry("to", "step"),
            Map.entry("checkedStep", "step"),
            Map.entry("kind", "kind"),
            Map.entry("body", "body"),
            Map.entry("method", "method"),
            Map.entry("result", "result"),
            Map.entry("ground", "publicity.ground"),
            Map.entry("gate", "gate"),
            Map.entry("reply", "dual.reply"));

    /** A placeholder of a message whose arguments the journal did not keep. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private final RecordLabels labels;
    private final Map<UUID, String> names;
    private final List<AuditEntry> events;
    private final List<GateRecord> gates;

    JournalText(RecordLabels labels, Map<UUID, String> names, List<AuditEntry> events, List<GateRecord> gates) {
        this.labels = labels;
        this.names = names;
        this.events = events;
        this.gates = gates;
    }

    /** The action's label, or its key when the record has none. */
    String action(String action) {
        return labels.find("action." + action).orElse(action);
    }

    /** The details of an event, one {@code label: value} after the other; the stored text when not flat JSON. */
    String details(String json) {
        Optional<Map<String, String>> fields = FlatJson.parse(json);
        if (fields.isEmpty()) {
            return json;
        }
        List<String> parts = new ArrayList<>();
        fields.get().forEach((key, value) -> {
            if (!CaseJournal.BY.equals(key)) {
                parts.add(labels.format(
                        "detail.format", labels.find("detail." + key).orElse(key), value(key, value, fields.get())));
            }
        });
        return String.join(labels.get("detail.separator"), parts);
    }

    /** The details of the last event with this action, if any. */
    Optional<Map<String, String>> last(String action) {
        for (int i = events.size() - 1; i >= 0; i--) {
            AuditEntry e = events.get(i);
            if (action.equals(e.action())) {
                return FlatJson.parse(e.afterJson());
            }
        }
        return Optional.empty();
    }

    String value(String key, String value) {
        return value(key, value, Map.of());
    }

    /** A detail's value in words; {@code event} holds the other details of its event. */
    String value(String key, String value, Map<String, String> event) {
        if ("true".equals(value) || "false".equals(value)) {
            return labels.yesNo(Boolean.parseBoolean(value));
        }
        String prefix = CODED.get(key);
        if (prefix != null) {
            Optional<String> coded = labels.find(prefix + "." + value);
            if (coded.isPresent()) {
                return coded.get();
            }
        }
        return switch (key) {
            case "votes" -> votes(value);
            case "withdrawals" -> withdrawals(value);
            case "gate" -> labels.gateName(value);
            case "reason" -> reason(value, event);
            case "cadres" ->
                String.join(
                        labels.get("list.separator"),
                        Arrays.stream(value.split(",")).map(this::names).toList());
            default -> ISO_DATE.matcher(value).matches() ? date(value) : names(value);
        };
    }

    /**
     * A reason: a gate's reason key in words, with the arguments of the gate result it names (the
     * event's gate and cadre), or without them when that result is gone; free text as it is.
     */
    private String reason(String value, Map<String, String> event) {
        Optional<String> text = labels.text(value);
        if (text.isEmpty()) {
            return value;
        }
        if (!PLACEHOLDER.matcher(text.get()).find()) {
            return text.get();
        }
        return gates.stream()
                .filter(g -> value.equals(g.getReasonKey())
                        && g.getGateId().equals(event.get("gate"))
                        && String.valueOf(g.getCadreId()).equals(event.get("cadre")))
                .findFirst()
                .map(g -> labels.message(value, GateArgs.split(g.getReasonArgs())))
                .orElseGet(() -> PLACEHOLDER.matcher(text.get()).replaceAll(labels.get("unknownArgument")));
    }

    /** The votes of a meeting as the journal keeps them: cadre id, member and opinion per vote. */
    private String votes(String value) {
        List<String> votes = new ArrayList<>();
        for (String vote : value.split(";")) {
            String[] parts = vote.split(":", -1);
            if (parts.length != 3) {
                votes.add(names(vote));
                continue;
            }
            votes.add(labels.format(
                    "detail.vote",
                    names(parts[0]),
                    parts[1],
                    labels.find("opinion." + parts[2]).orElse(parts[2])));
        }
        return String.join(labels.get("list.separator"), votes);
    }

    /** The withdrawals of a meeting as the journal keeps them: cadre id and member per withdrawal. */
    private String withdrawals(String value) {
        List<String> withdrawals = new ArrayList<>();
        for (String withdrawal : value.split(";")) {
            String[] parts = withdrawal.split(":", -1);
            withdrawals.add(
                    parts.length == 2
                            ? labels.format("detail.withdrawal", names(parts[0]), parts[1])
                            : names(withdrawal));
        }
        return String.join(labels.get("list.separator"), withdrawals);
    }

    /** The text with each cadre id it holds replaced by the cadre's name, when known. */
    private String names(String text) {
        Matcher m = UUID_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group();
            String name = names.get(UUID.fromString(id));
            m.appendReplacement(out, Matcher.quoteReplacement(name == null ? id : name));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String date(String iso) {
        try {
            return labels.date(LocalDate.parse(iso));
        } catch (DateTimeParseException notADate) {
            return iso;
        }
    }
}
