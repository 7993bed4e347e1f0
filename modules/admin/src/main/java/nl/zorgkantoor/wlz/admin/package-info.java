/**
 * The web UI (Jakarta Faces, one backing bean per screen) and the JSON REST API. Boundaries translate and hand
 * over to one application service of a context; no business rules here.
 */
package nl.zorgkantoor.wlz.admin;
