package cn.zugong.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Activates Jakarta REST for the API under {@code /api/v1}; resources and providers are discovered. */
@ApplicationPath(ApiApplication.PATH)
public class ApiApplication extends Application {

    public static final String PATH = "/api/v1";
}
