package cn.zugong.rest;

import cn.zugong.core.ops.LogContext;
import cn.zugong.core.ops.OpsMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Names the operation a request was matched to by its template ({@code GET units/{id}}), for the
 * request's timer and log lines: never the raw path, whose ids would make a metric per record.
 */
@Provider
public class RouteNaming implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        String route = request.getMethod() + " " + template(resource.getResourceClass(), resource.getResourceMethod());
        servletRequest.setAttribute(OpsMetrics.ROUTE_ATTRIBUTE, route);
        LogContext.route(route);
    }

    /** The class's path and the method's, joined: {@code units/{id}}. */
    static String template(Class<?> resourceClass, Method method) {
        String base = pathOf(resourceClass.getAnnotation(Path.class));
        String sub = pathOf(method.getAnnotation(Path.class));
        String joined = sub.isEmpty() ? base : base.isEmpty() ? sub : base + "/" + sub;
        return joined.isEmpty() ? "/" : joined;
    }

    private static String pathOf(Path path) {
        if (path == null) {
            return "";
        }
        String value = path.value();
        int start = value.startsWith("/") ? 1 : 0;
        int end = value.endsWith("/") && value.length() > start ? value.length() - 1 : value.length();
        return value.substring(start, end);
    }
}
