package cn.zugong.core.cadre.application;

import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadrePhoto;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.cadre.domain.RewardPunishment;
import java.util.LinkedHashMap;
import java.util.Map;

/** The audited fields of each part of a cadre file, as the before and after of an audit event. */
final class CadrePartJson {

    private CadrePartJson() {}

    static String of(PostHolding h) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", h.getId());
        fields.put("unitId", h.getUnitId());
        fields.put("unitName", h.getUnitName());
        fields.put("positionId", h.getPositionId());
        fields.put("title", h.getTitle());
        fields.put("postLevel", h.getPostLevel());
        fields.put("principal", h.isPrincipal());
        fields.put("mainPost", h.isMainPost());
        fields.put("startDate", h.getStartDate());
        fields.put("endDate", h.getEndDate());
        fields.put("method", h.getMethod());
        fields.put("documentNo", h.getDocumentNo());
        fields.put("endDocumentNo", h.getEndDocumentNo());
        fields.put("trial", h.isTrial());
        fields.put("termNumber", h.getTermNumber());
        return AuditJson.of(fields);
    }

    static String of(FamilyMember m) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", m.getId());
        fields.put("sortOrder", m.getSortOrder());
        fields.put("relation", m.getRelation());
        fields.put("kinshipClass", m.getKinshipClass());
        fields.put("name", m.getName());
        fields.put("birth", m.getBirth());
        fields.put("politicalStatus", m.getPoliticalStatus());
        fields.put("workUnitAndPost", m.getWorkUnitAndPost());
        return AuditJson.of(fields);
    }

    static String of(Assessment a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", a.getId());
        fields.put("year", a.getYear());
        fields.put("grade", a.getGrade());
        fields.put("note", a.getNote());
        return AuditJson.of(fields);
    }

    static String of(RewardPunishment r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", r.getId());
        fields.put("kind", r.getKind());
        fields.put("decidedOn", r.getDecidedOn());
        fields.put("title", r.getTitle());
        fields.put("issuer", r.getIssuer());
        fields.put("documentNo", r.getDocumentNo());
        return AuditJson.of(fields);
    }

    static String status(Cadre c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", c.getStatus());
        fields.put("statusSince", c.getStatusSince());
        return AuditJson.of(fields);
    }

    static String resume(Cadre c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("resumeEdited", c.isResumeEdited());
        fields.put("resume", c.getResume());
        return AuditJson.of(fields);
    }

    static String photo(CadrePhoto p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("mediaType", p.getMediaType());
        fields.put("bytes", p.getContent().length);
        return AuditJson.of(fields);
    }
}
