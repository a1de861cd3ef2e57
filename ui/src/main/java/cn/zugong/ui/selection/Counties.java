package cn.zugong.ui.selection;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.ui.Beans;
import java.util.Locale;

/** A county's name in the user's language; its code where the directory is not at hand (view tests). */
final class Counties {

    private Counties() {}

    static String name(Locale locale, String code) {
        return Beans.lookup(TenantDirectory.class)
                .flatMap(directory -> directory.find(new TenantId(code)))
                .map(t -> t.name(locale))
                .orElse(code);
    }
}
