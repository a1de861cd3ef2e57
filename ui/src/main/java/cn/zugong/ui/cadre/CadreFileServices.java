package cn.zugong.ui.cadre;

import cn.zugong.core.cadre.application.CadrePartsService;
import cn.zugong.core.cadre.application.CadrePhotoService;
import cn.zugong.core.cadre.application.CadrePrint;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.application.CadreStatusService;
import cn.zugong.core.cadre.application.MovedOutFiles;
import cn.zugong.core.cadre.infrastructure.interchange.LrmxExport;
import cn.zugong.core.tenant.TenantDirectory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * The services a cadre's file page and its tabs call, injected into {@link CadreFileView} as one and
 * handed to the components it makes.
 */
@Dependent
record CadreFileServices(
        CadreService cadres,
        CadrePartsService parts,
        CadreStatusService status,
        CadrePhotoService photos,
        CadrePrint print,
        LrmxExport lrmx,
        ServiceUnitChoices units,
        MovedOutFiles movedOut,
        TenantDirectory tenants)
        implements Serializable {

    @Inject
    CadreFileServices {}
}
