package nl.zorgkantoor.wlz.admin.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Pages and API answers may hold client data: no browser or proxy keeps a copy, so the back button after logout
 * or a shared computer shows nothing. Static resources (CSS) stay cacheable.
 */
@WebFilter(urlPatterns = {"/index.xhtml", "/app/*", "/api/*"})
public class GeenCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        chain.doFilter(request, response);
    }
}
