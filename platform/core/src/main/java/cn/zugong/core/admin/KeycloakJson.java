package cn.zugong.core.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * JSON for the Keycloak admin client's representations, with the Jackson the WAR carries. The
 * library's own {@code JacksonProvider} extends RESTEasy's Jackson provider, a server module built
 * on the server's Jackson (another version than the WAR's, which Vaadin needs): mixing the two
 * fails at link time. Without a Jackson provider the server's JSON-B would map them and miss
 * Jackson's annotations (a user's {@code enabled} flag, for one). Same settings as the library's:
 * no nulls written, unknown properties ignored. It names the JSON media types and a high priority
 * so that it is chosen over the server's JSON-B provider, which would otherwise win as the more
 * specific match.
 */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER - 100)
final class KeycloakJson implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    private final ObjectMapper mapper = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static boolean handles(Class<?> type, MediaType mediaType) {
        return mediaType != null
                && mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                && type != String.class
                && type != byte[].class
                && !InputStream.class.isAssignableFrom(type);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return handles(type, mediaType);
    }

    @Override
    public Object readFrom(
            Class<Object> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        return mapper.readValue(entityStream, mapper.constructType(genericType == null ? type : genericType));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return handles(type, mediaType);
    }

    @Override
    public void writeTo(
            Object value,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders,
            OutputStream entityStream)
            throws IOException {
        mapper.writeValue(entityStream, value);
    }
}
