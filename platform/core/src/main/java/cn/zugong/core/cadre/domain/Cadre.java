package cn.zugong.core.cadre.domain;

import cn.zugong.core.unit.PostLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A cadre's registry file: everything the appointment and removal approval form holds about the
 * person (DOMAIN.md sections 0 and 6). Post holdings, family, assessments, rewards and punishments,
 * status changes and the photo are separate entities that reference the cadre by id.
 *
 * <p>Invariants, checked by {@link CadreValidator} before every save: a name, gender, birth date,
 * ethnicity, political status, management authority and status; an id number that passes the
 * GB 11643 check and agrees with birth date and gender, unique in the tenant. The pinyin search
 * keys follow the name. The tenant is set by Hibernate from the request and never changes.
 */
@Entity
@Table(name = "cadre")
public class Cadre {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "name")
    private String name;

    @Column(name = "name_pinyin")
    private String namePinyin;

    @Column(name = "name_initials")
    private String nameInitials;

    @Column(name = "name_sort")
    private String nameSort;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender")
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "birth_day_known")
    private boolean birthDayKnown;

    @Column(name = "ethnicity")
    private String ethnicity;

    @Column(name = "native_place")
    private String nativePlace;

    @Column(name = "birth_place")
    private String birthPlace;

    @Column(name = "growth_place")
    private String growthPlace;

    @Column(name = "id_number")
    private String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "political_status")
    private PoliticalStatus politicalStatus;

    @Column(name = "party_joined")
    private String partyJoined;

    @Column(name = "work_started")
    private String workStarted;

    @Enumerated(EnumType.STRING)
    @Column(name = "health")
    private Health health;

    @Column(name = "unit_id")
    private UUID unitId;

    @Column(name = "current_post")
    private String currentPost;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_level")
    private PostLevel postLevel;

    @Column(name = "level_since")
    private LocalDate levelSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "civil_rank")
    private CivilRank civilRank;

    @Column(name = "rank_since")
    private LocalDate rankSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "management_authority")
    private ManagementAuthority managementAuthority;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private CadreStatus status;

    @Column(name = "status_since")
    private LocalDate statusSince;

    @Column(name = "resume")
    private String resume;

    @Column(name = "resume_edited")
    private boolean resumeEdited;

    @Column(name = "interchange_extra")
    private String interchangeExtra;

    @Embedded
    private CadreEducation education = new CadreEducation();

    @Embedded
    private CadreProposal proposal = new CadreProposal();

    @Version
    @Column(name = "version")
    private long version;

    public Cadre() {
        this.id = UUID.randomUUID();
    }

    public UUID getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Sets the search and sort keys of the name (derived: {@link NamePinyin}). */
    public void setPinyin(NamePinyin.Keys keys) {
        this.namePinyin = keys.full();
        this.nameInitials = keys.initials();
        this.nameSort = keys.sort();
    }

    public String getNameSort() {
        return nameSort;
    }

    public String getNamePinyin() {
        return namePinyin;
    }

    public String getNameInitials() {
        return nameInitials;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public boolean isBirthDayKnown() {
        return birthDayKnown;
    }

    public void setBirthDayKnown(boolean birthDayKnown) {
        this.birthDayKnown = birthDayKnown;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getNativePlace() {
        return nativePlace;
    }

    public void setNativePlace(String nativePlace) {
        this.nativePlace = nativePlace;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public void setBirthPlace(String birthPlace) {
        this.birthPlace = birthPlace;
    }

    public String getGrowthPlace() {
        return growthPlace;
    }

    public void setGrowthPlace(String growthPlace) {
        this.growthPlace = growthPlace;
    }

    public String getIdNumber() {
        return idNumber;
    }

    /** Blank means none (the number is unique per county, so an empty text must not be stored). */
    public void setIdNumber(String idNumber) {
        this.idNumber =
                idNumber == null || idNumber.isBlank() ? null : idNumber.strip().toUpperCase(Locale.ROOT);
    }

    public PoliticalStatus getPoliticalStatus() {
        return politicalStatus;
    }

    public void setPoliticalStatus(PoliticalStatus politicalStatus) {
        this.politicalStatus = politicalStatus;
    }

    public String getPartyJoined() {
        return partyJoined;
    }

    public void setPartyJoined(String partyJoined) {
        this.partyJoined = partyJoined;
    }

    public String getWorkStarted() {
        return workStarted;
    }

    public void setWorkStarted(String workStarted) {
        this.workStarted = workStarted;
    }

    public Health getHealth() {
        return health;
    }

    public void setHealth(Health health) {
        this.health = health;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public String getCurrentPost() {
        return currentPost;
    }

    public void setCurrentPost(String currentPost) {
        this.currentPost = currentPost;
    }

    public PostLevel getPostLevel() {
        return postLevel;
    }

    public void setPostLevel(PostLevel postLevel) {
        this.postLevel = postLevel;
    }

    public LocalDate getLevelSince() {
        return levelSince;
    }

    public void setLevelSince(LocalDate levelSince) {
        this.levelSince = levelSince;
    }

    public CivilRank getCivilRank() {
        return civilRank;
    }

    public void setCivilRank(CivilRank civilRank) {
        this.civilRank = civilRank;
    }

    public LocalDate getRankSince() {
        return rankSince;
    }

    public void setRankSince(LocalDate rankSince) {
        this.rankSince = rankSince;
    }

    public ManagementAuthority getManagementAuthority() {
        return managementAuthority;
    }

    public void setManagementAuthority(ManagementAuthority managementAuthority) {
        this.managementAuthority = managementAuthority;
    }

    public CadreStatus getStatus() {
        return status;
    }

    public void setStatus(CadreStatus status) {
        this.status = status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public void setStatusSince(LocalDate statusSince) {
        this.statusSince = statusSince;
    }

    public String getResume() {
        return resume;
    }

    public void setResume(String resume) {
        this.resume = resume;
    }

    public boolean isResumeEdited() {
        return resumeEdited;
    }

    public void setResumeEdited(boolean resumeEdited) {
        this.resumeEdited = resumeEdited;
    }

    public String getInterchangeExtra() {
        return interchangeExtra;
    }

    public void setInterchangeExtra(String interchangeExtra) {
        this.interchangeExtra = interchangeExtra;
    }

    /** Education and qualifications; Hibernate leaves the field null when all its columns are. */
    public CadreEducation education() {
        if (education == null) {
            education = new CadreEducation();
        }
        return education;
    }

    public CadreProposal proposal() {
        if (proposal == null) {
            proposal = new CadreProposal();
        }
        return proposal;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cadre that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
