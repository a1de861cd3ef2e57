package cn.zugong.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How the API reads and writes JSON: JSON-B with ISO-8601 dates (its default, as the OpenAPI
 * document says), {@code null} members written rather than left out, and a request member the
 * record does not have refused instead of silently dropped.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    /** Yasson's switch for refusing unknown members (JSON-B itself has none). */
    static final String FAIL_ON_UNKNOWN = "jsonb.fail-on-unknown-properties";

    static final Jsonb JSONB = create();

    static Jsonb create() {
        return JsonbBuilder.create(new JsonbConfig().withNullValues(true).setProperty(FAIL_ON_UNKNOWN, true));
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
