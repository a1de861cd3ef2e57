package cn.zugong.ui.cadre;

import cn.zugong.core.cadre.CadrePartsService;
import cn.zugong.core.cadre.CadrePhotoService;
import cn.zugong.core.cadre.CadrePrint;
import cn.zugong.core.cadre.CadreService;
import cn.zugong.core.cadre.CadreStatusService;
import cn.zugong.core.cadre.interchange.LrmxExport;
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
        ServiceUnitChoices units)
        implements Serializable {

    @Inject
    CadreFileServices {}
}
