package cn.zugong.core.admin;

import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import java.util.List;

/** A tenant life-cycle step refused, with the message key that says why. */
final class TenantRefusal {

    private TenantRefusal() {}

    static ValidationException of(String key) {
        return new ValidationException(List.of(new Problem("status", key)));
    }
}
