package cn.zugong.core.cadre.application;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.cadre.domain.Cadre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the audit trail records of cadre files: changes with the file before and after, and the
 * sensitive reads (opening a full file, printing, exporting) in the chain of the cadre's county,
 * also when a supervisor reads across counties. The id number is masked in the trail.
 */
@ApplicationScoped
public class CadreAudit {

    public static final String OPEN = "cadre.file.open";
    public static final String PRINT = "cadre.print";
    public static final String EXPORT = "cadre.export";

    @Inject
    AuditTrail trail;

    void changed(String before, Cadre after) {
        trail.record(
                before == null ? "cadre.create" : "cadre.update",
                "cadre",
                after.getId().toString(),
                after.getName(),
                before,
                snapshot(after));
    }

    /**
     * A change to a part of a cadre's file (a post held, a relative, an assessment, a reward or
     * punishment, the status, the resume, the photo), recorded on the cadre with the part before and after.
     */
    void part(String action, Cadre cadre, String before, String after) {
        trail.record(action, "cadre", cadre.getId().toString(), cadre.getName(), before, after);
    }

    /** A sensitive read of one cadre's file. */
    public void read(String action, Cadre cadre) {
        trail.record(
                new TenantId(cadre.getTenantId()),
                action,
                "cadre",
                cadre.getId().toString(),
                cadre.getName(),
                null,
                null);
    }

    static String snapshot(Cadre c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", c.getName());
        fields.put("gender", c.getGender());
        fields.put("birthDate", c.getBirthDate());
        fields.put("ethnicity", c.getEthnicity());
        fields.put("nativePlace", c.getNativePlace());
        fields.put("birthPlace", c.getBirthPlace());
        fields.put("growthPlace", c.getGrowthPlace());
        fields.put("idNumber", mask(c.getIdNumber()));
        fields.put("politicalStatus", c.getPoliticalStatus());
        fields.put("partyJoined", c.getPartyJoined());
        fields.put("workStarted", c.getWorkStarted());
        fields.put("health", c.getHealth());
        fields.put("professionalTitle", c.education().getProfessionalTitle());
        fields.put("fullTimeLevel", c.education().getFullTimeLevel());
        fields.put("inServiceLevel", c.education().getInServiceLevel());
        fields.put("unitId", c.getUnitId());
        fields.put("currentPost", c.getCurrentPost());
        fields.put("postLevel", c.getPostLevel());
        fields.put("civilRank", c.getCivilRank());
        fields.put("managementAuthority", c.getManagementAuthority());
        fields.put("status", c.getStatus());
        fields.put("proposedPost", c.proposal().getProposedPost());
        fields.put("proposedRemoval", c.proposal().getProposedRemoval());
        return AuditJson.of(fields);
    }

    private static String mask(String idNumber) {
        return idNumber == null || idNumber.length() < 4
                ? idNumber
                : "*".repeat(idNumber.length() - 4) + idNumber.substring(idNumber.length() - 4);
    }
}
