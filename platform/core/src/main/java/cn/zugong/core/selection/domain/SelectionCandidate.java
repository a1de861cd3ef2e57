package cn.zugong.core.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A cadre considered in a selection case: intended at initiation, the recommendation tallies, whether inspected, exceptional promotion (poge) with the upper department's approval, and the dates of the four mandatory checks (fanti sibi) and the integrity conclusion. */
@Entity
@Table(name = "selection_candidate")
public class SelectionCandidate extends SelectionRow {

    @Column(name = "cadre_id", nullable = false)
    private UUID cadreId;

    @Column(name = "intended")
    private boolean intended;

    @Column(name = "interview_votes")
    private Integer interviewVotes;

    @Column(name = "meeting_votes")
    private Integer meetingVotes;

    @Column(name = "inspected")
    private boolean inspected;

    @Column(name = "exceptional")
    private boolean exceptional;

    @Column(name = "exceptional_approval")
    private String exceptionalApproval;

    @Column(name = "file_reviewed_on")
    private LocalDate fileReviewedOn;

    @Column(name = "matters_checked_on")
    private LocalDate mattersCheckedOn;

    @Column(name = "discipline_opinion_on")
    private LocalDate disciplineOpinionOn;

    @Column(name = "petitions_checked_on")
    private LocalDate petitionsCheckedOn;

    @Column(name = "integrity_signed_on")
    private LocalDate integritySignedOn;

    @Column(name = "checks_note")
    private String checksNote;

    protected SelectionCandidate() {}

    public SelectionCandidate(UUID caseId) {
        super(caseId);
    }

    public UUID getCadreId() {
        return cadreId;
    }

    public void setCadreId(UUID cadreId) {
        this.cadreId = cadreId;
    }

    public boolean isIntended() {
        return intended;
    }

    public void setIntended(boolean intended) {
        this.intended = intended;
    }

    public Integer getInterviewVotes() {
        return interviewVotes;
    }

    public void setInterviewVotes(Integer interviewVotes) {
        this.interviewVotes = interviewVotes;
    }

    public Integer getMeetingVotes() {
        return meetingVotes;
    }

    public void setMeetingVotes(Integer meetingVotes) {
        this.meetingVotes = meetingVotes;
    }

    public boolean isInspected() {
        return inspected;
    }

    public void setInspected(boolean inspected) {
        this.inspected = inspected;
    }

    public boolean isExceptional() {
        return exceptional;
    }

    public void setExceptional(boolean exceptional) {
        this.exceptional = exceptional;
    }

    public String getExceptionalApproval() {
        return exceptionalApproval;
    }

    public void setExceptionalApproval(String exceptionalApproval) {
        this.exceptionalApproval = exceptionalApproval;
    }

    public LocalDate getFileReviewedOn() {
        return fileReviewedOn;
    }

    public void setFileReviewedOn(LocalDate fileReviewedOn) {
        this.fileReviewedOn = fileReviewedOn;
    }

    public LocalDate getMattersCheckedOn() {
        return mattersCheckedOn;
    }

    public void setMattersCheckedOn(LocalDate mattersCheckedOn) {
        this.mattersCheckedOn = mattersCheckedOn;
    }

    public LocalDate getDisciplineOpinionOn() {
        return disciplineOpinionOn;
    }

    public void setDisciplineOpinionOn(LocalDate disciplineOpinionOn) {
        this.disciplineOpinionOn = disciplineOpinionOn;
    }

    public LocalDate getPetitionsCheckedOn() {
        return petitionsCheckedOn;
    }

    public void setPetitionsCheckedOn(LocalDate petitionsCheckedOn) {
        this.petitionsCheckedOn = petitionsCheckedOn;
    }

    public LocalDate getIntegritySignedOn() {
        return integritySignedOn;
    }

    public void setIntegritySignedOn(LocalDate integritySignedOn) {
        this.integritySignedOn = integritySignedOn;
    }

    public String getChecksNote() {
        return checksNote;
    }

    public void setChecksNote(String checksNote) {
        this.checksNote = checksNote;
    }
}
