package cn.zugong.core.cadre.domain;

import cn.zugong.core.unit.AppointmentMethod;
import cn.zugong.core.unit.PostLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One period in a post (renzhi jilu): where, what, from when to when, and by which document. */
@Entity
@Table(name = "post_holding")
public class PostHolding extends CadrePart {

    @Column(name = "position_id")
    private UUID positionId;

    @Column(name = "unit_id")
    private UUID unitId;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "title")
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_level")
    private PostLevel postLevel;

    @Column(name = "principal")
    private boolean principal;

    @Column(name = "main_post")
    private boolean mainPost;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "method")
    private AppointmentMethod method;

    @Column(name = "document_no")
    private String documentNo;

    @Column(name = "end_document_no")
    private String endDocumentNo;

    @Column(name = "trial")
    private boolean trial;

    @Column(name = "term_number")
    private Integer termNumber;

    public UUID getPositionId() {
        return positionId;
    }

    public void setPositionId(UUID positionId) {
        this.positionId = positionId;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public PostLevel getPostLevel() {
        return postLevel;
    }

    public void setPostLevel(PostLevel postLevel) {
        this.postLevel = postLevel;
    }

    public boolean isPrincipal() {
        return principal;
    }

    public void setPrincipal(boolean principal) {
        this.principal = principal;
    }

    public boolean isMainPost() {
        return mainPost;
    }

    public void setMainPost(boolean mainPost) {
        this.mainPost = mainPost;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public AppointmentMethod getMethod() {
        return method;
    }

    public void setMethod(AppointmentMethod method) {
        this.method = method;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public void setDocumentNo(String documentNo) {
        this.documentNo = documentNo;
    }

    public String getEndDocumentNo() {
        return endDocumentNo;
    }

    public void setEndDocumentNo(String endDocumentNo) {
        this.endDocumentNo = endDocumentNo;
    }

    public boolean isTrial() {
        return trial;
    }

    public void setTrial(boolean trial) {
        this.trial = trial;
    }

    public Integer getTermNumber() {
        return termNumber;
    }

    public void setTermNumber(Integer termNumber) {
        this.termNumber = termNumber;
    }
}
