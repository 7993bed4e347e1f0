package nl.zorgkantoor.wlz.admin.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API of the platform: http://host:8080/wlz/api/… */
@ApplicationPath("/api")
public class WlzApi extends Application {
}
