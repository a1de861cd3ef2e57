package cn.zugong.core.cadre.application;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreNotFoundException;
import cn.zugong.core.cadre.domain.CadrePhoto;
import cn.zugong.core.cadre.domain.CadrePhotoRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Sets and removes a cadre's photo: JPEG or PNG by its first bytes, at most 5 MiB
 * ({@link CadrePhotoRules}), audited as {@code cadre.photo.set} and {@code cadre.photo.remove}
 * with the media type and size (never the bytes).
 */
@ApplicationScoped
@Transactional
public class CadrePhotoService {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    CadreAudit audit;

    public void setPhoto(UUID cadreId, byte[] bytes) {
        Cadre cadre = OwnCadre.require(em, cadreId);
        CadrePartsService.refuse(CadrePhotoRules.check(bytes));
        String mediaType = CadrePhotoRules.mediaType(bytes).orElseThrow();
        CadrePhoto photo = em.find(CadrePhoto.class, cadreId);
        String before = photo == null ? null : CadrePartJson.photo(photo);
        if (photo == null) {
            photo = new CadrePhoto(cadreId, mediaType, bytes);
            em.persist(photo);
        } else {
            photo.replace(mediaType, bytes);
        }
        audit.part("cadre.photo.set", cadre, before, CadrePartJson.photo(photo));
    }

    public void removePhoto(UUID cadreId) {
        Cadre cadre = OwnCadre.require(em, cadreId);
        CadrePhoto photo = em.find(CadrePhoto.class, cadreId);
        if (photo == null) {
            throw new CadreNotFoundException();
        }
        String before = CadrePartJson.photo(photo);
        em.remove(photo);
        audit.part("cadre.photo.remove", cadre, before, null);
    }
}
