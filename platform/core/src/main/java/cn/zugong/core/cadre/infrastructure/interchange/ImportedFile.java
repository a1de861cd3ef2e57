package cn.zugong.core.cadre.infrastructure.interchange;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.FamilyMember;
import java.util.List;

/** One file's cadre, family and photo, mapped from its form and ready to save. */
record ImportedFile(String file, Cadre cadre, List<FamilyMember> family, byte[] photo, String photoType) {}
