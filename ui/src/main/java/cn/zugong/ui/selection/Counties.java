package cn.zugong.ui.selection;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.tenant.TenantDirectory;
import java.io.Serializable;
import java.util.Locale;

/** A county's name in the user's language; its code where the directory does not know it. */
record Counties(TenantDirectory directory) implements Serializable {

    String name(Locale locale, String code) {
        return directory.find(new TenantId(code)).map(t -> t.name(locale)).orElse(code);
    }
}
