package cn.zugong.ui.selection;

import cn.zugong.core.selection.domain.MeetingBody;
import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.Opinion;
import cn.zugong.core.selection.domain.VoteMethod;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A decision meeting as it is held in the room: the body, day and voting method, the members who
 * should attend with their attendance (the same for every item), and per item each member's choice
 * on each candidate, an opinion or a withdrawal. Only recorded items reach the database.
 */
final class MeetingSession implements Serializable {

    /** What a member does on one candidate: one of the opinions, or withdraw (huibi). */
    enum Choice {
        AGREE,
        DISAGREE,
        DEFER,
        WITHDRAW
    }

    /** A member who should attend, and whether present. */
    static final class Member implements Serializable {
        final String name;
        boolean present = true;

        Member(String name) {
            this.name = name;
        }
    }

    static final int MAX_NAME = 100;

    MeetingBody body = MeetingBody.STANDING_COMMITTEE;
    LocalDate heldOn = LocalDate.now();
    VoteMethod method = VoteMethod.SHOW_OF_HANDS;
    final List<Member> members = new ArrayList<>();
    private final Map<UUID, Map<String, Map<UUID, Choice>>> choices = new HashMap<>();
    private final Map<UUID, Map<String, String>> reasons = new HashMap<>();
    final Map<UUID, String> minutes = new HashMap<>();

    /** Adds a member by name; false for a blank, too long or repeated name. */
    boolean add(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || members.stream().anyMatch(m -> m.name.equals(name))) {
            return false;
        }
        members.add(new Member(name));
        return true;
    }

    void remove(Member member) {
        members.remove(member);
        choices.values().forEach(byMember -> byMember.remove(member.name));
    }

    List<String> names(boolean present) {
        return members.stream()
                .filter(m -> m.present == present)
                .map(m -> m.name)
                .toList();
    }

    List<String> allNames() {
        return members.stream().map(m -> m.name).toList();
    }

    Choice choice(UUID caseId, String member, UUID cadre) {
        return choices.getOrDefault(caseId, Map.of())
                .getOrDefault(member, Map.of())
                .get(cadre);
    }

    void choose(UUID caseId, String member, UUID cadre, Choice choice) {
        Map<UUID, Choice> byCadre = choices.computeIfAbsent(caseId, k -> new LinkedHashMap<>())
                .computeIfAbsent(member, k -> new LinkedHashMap<>());
        if (choice == null) {
            byCadre.remove(cadre);
        } else {
            byCadre.put(cadre, choice);
        }
    }

    /** A withdrawal prompted by the registry, with the relation it found; the member still confirms it by leaving it. */
    void withdraw(UUID caseId, String member, UUID cadre, String reason) {
        choose(caseId, member, cadre, Choice.WITHDRAW);
        reasons.computeIfAbsent(caseId, k -> new HashMap<>()).put(member + "/" + cadre, reason);
    }

    /** Every present member without a choice on a candidate agrees. */
    void allAgree(UUID caseId, List<UUID> votedOn) {
        for (Member m : members) {
            for (UUID cadre : votedOn) {
                if (m.present && choice(caseId, m.name, cadre) == null) {
                    choose(caseId, m.name, cadre, Choice.AGREE);
                }
            }
        }
    }

    /** The meeting on one item as it stands, for the tally and for recording; absent members' choices count for nothing. */
    MeetingRecord draft(UUID caseId, List<UUID> votedOn) {
        List<MeetingRecord.Vote> votes = new ArrayList<>();
        List<MeetingRecord.Withdrawal> withdrawals = new ArrayList<>();
        for (Member m : members) {
            if (!m.present) {
                continue;
            }
            for (UUID cadre : votedOn) {
                Choice c = choice(caseId, m.name, cadre);
                if (c == Choice.WITHDRAW) {
                    String reason = reasons.getOrDefault(caseId, Map.of()).get(m.name + "/" + cadre);
                    withdrawals.add(new MeetingRecord.Withdrawal(cadre, m.name, reason));
                } else if (c != null) {
                    votes.add(new MeetingRecord.Vote(cadre, m.name, Opinion.valueOf(c.name())));
                }
            }
        }
        return new MeetingRecord(
                body, heldOn, members.size(), names(true).size(), method, minutes.get(caseId), votes, withdrawals);
    }
}
