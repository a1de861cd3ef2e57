package cn.zugong.core.ballot.application;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.ballot.domain.BallotCodes;
import cn.zugong.core.ballot.domain.CodeLookup;
import cn.zugong.core.ballot.domain.Marks;
import cn.zugong.core.ballot.infrastructure.CodeKeys;
import cn.zugong.core.security.RateLimiter;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The participant's side, for the public ballot page (no account): a code opens its ballot and
 * casts it once. The code's hash is looked up outside any tenancy (the one table without a wall);
 * then the ballot is read and cast in a transaction bound to the code's county only, as if by a
 * writer of that county and nobody else.
 */
@ApplicationScoped
public class BallotBox {

    @Inject
    Booth booth;

    @Inject
    CodeKeys keys;

    /**
     * Requests per session and minute ({@code zugong.ballot.session-rate}, default 600: three for
     * each of 200 people in a room), so that a leaked code or a script cannot hammer one session.
     */
    private final RateLimiter perSession =
            new RateLimiter(Integer.getInteger("zugong.ballot.session-rate", 600), Duration.ofMinutes(1));

    /** The ballot a typed code opens, or why not. */
    public BoothAnswer open(String typedCode) {
        return withCode(typedCode, (lookup, hash) -> booth.open(lookup.getSessionId(), hash));
    }

    /** Casts the ballot of a typed code, or answers why not. */
    public BoothAnswer cast(String typedCode, Marks marks) {
        return withCode(typedCode, (lookup, hash) -> booth.cast(lookup.getSessionId(), hash, marks));
    }

    private BoothAnswer withCode(String typedCode, BiFunction<CodeLookup, String, BoothAnswer> work) {
        Optional<String> code = BallotCodes.normalize(typedCode);
        if (code.isEmpty()) {
            return BoothAnswer.refuse("ballot.public.unknown");
        }
        String hash = keys.hasher().hash(code.get());
        Optional<CodeLookup> lookup = TenancyHolder.callAs(Tenancy.NONE, () -> booth.lookup(hash));
        if (lookup.isEmpty()) {
            return BoothAnswer.refuse("ballot.public.unknown");
        }
        if (!perSession.tryAcquire(lookup.get().getSessionId().toString())) {
            return BoothAnswer.refuse("ballot.public.busy");
        }
        Tenancy county = Tenancy.writing(new TenantId(lookup.get().getTenant()));
        return TenancyHolder.callAs(county, () -> work.apply(lookup.get(), hash));
    }
}
