package cn.zugong.core.selection.domain;

import cn.zugong.core.cadre.domain.AssessmentGrade;
import cn.zugong.core.cadre.domain.EducationLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A candidate as the decision meeting compares them side by side (chae): age, education, the post
 * held and for how long, the recent assessments and the recommendation's share.
 *
 * @param age whole years at the day of the meeting, or null without a birth date
 * @param inPostSince the start of the open main post, or null
 * @param yearsInPost whole years in that post at the day of the meeting, or null
 * @param assessments the latest annual grades, newest first
 * @param meetingVotes the votes at the recommendation meeting, or null
 * @param recommendationPresent those present at the recommendation, or null
 * @param form the form's further fields
 */
public record CandidateProfile(
        UUID cadreId,
        String name,
        Integer age,
        EducationLevel fullTimeEducation,
        EducationLevel inServiceEducation,
        String currentPost,
        LocalDate inPostSince,
        Integer yearsInPost,
        List<Grade> assessments,
        Integer interviewVotes,
        Integer meetingVotes,
        Integer recommendationPresent,
        Form form) {

    public CandidateProfile {
        assessments = List.copyOf(assessments);
    }

    /**
     * The further fields of the appointment and removal form (renmian shenpibiao, DOMAIN.md 6.1)
     * the committee reads on screen; null where the file has none.
     */
    public record Form(
            LocalDate birthDate,
            String gender,
            String ethnicity,
            String nativePlace,
            String partyJoined,
            String workStarted,
            String resume) {}

    /** One year's grade. */
    public record Grade(int year, AssessmentGrade grade) {}

    /** The share of the recommendation meeting's votes in percent (rounded down), or null when not known. */
    public Integer meetingShare() {
        if (meetingVotes == null || recommendationPresent == null || recommendationPresent <= 0) {
            return null;
        }
        return meetingVotes * 100 / recommendationPresent;
    }
}
