package cn.zugong.ui.ballot;

import cn.zugong.core.ballot.application.BallotService;
import cn.zugong.core.ballot.application.PaperService;
import cn.zugong.core.ballot.application.ResultService;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.selection.application.SelectionService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;

/** The services the ballot page calls, injected as one; its {@link BallotCalls} wrap them. */
@Dependent
record BallotServices(
        BallotService sessions,
        PaperService paper,
        ResultService results,
        SelectionService selection,
        CadreService cadres)
        implements Serializable {

    @Inject
    BallotServices {}
}
