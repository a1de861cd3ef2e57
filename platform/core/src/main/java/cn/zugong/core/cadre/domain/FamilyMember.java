package cn.zugong.core.cadre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A family member or important social relation (sensitive: shown only to roles granted it). */
@Entity
@Table(name = "family_member")
public class FamilyMember extends CadrePart {

    @Column(name = "sort_order")
    private int sortOrder;

    @Column(name = "relation")
    private String relation;

    @Enumerated(EnumType.STRING)
    @Column(name = "kinship_class")
    private KinshipClass kinshipClass;

    @Column(name = "name")
    private String name;

    @Column(name = "birth")
    private String birth;

    @Column(name = "political_status")
    private String politicalStatus;

    @Column(name = "work_unit_post")
    private String workUnitAndPost;

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getRelation() {
        return relation;
    }

    public void setRelation(String relation) {
        this.relation = relation;
    }

    public KinshipClass getKinshipClass() {
        return kinshipClass;
    }

    public void setKinshipClass(KinshipClass kinshipClass) {
        this.kinshipClass = kinshipClass;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBirth() {
        return birth;
    }

    public void setBirth(String birth) {
        this.birth = birth;
    }

    public String getPoliticalStatus() {
        return politicalStatus;
    }

    public void setPoliticalStatus(String politicalStatus) {
        this.politicalStatus = politicalStatus;
    }

    public String getWorkUnitAndPost() {
        return workUnitAndPost;
    }

    public void setWorkUnitAndPost(String workUnitAndPost) {
        this.workUnitAndPost = workUnitAndPost;
    }
}
