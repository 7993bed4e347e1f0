/**
 * The Faces screens: one backing bean per screen, in a package that mirrors the XHTML folder under /app. Backing
 * beans translate input into a call of one application service and its answer into what the page shows; they hold
 * no business rules. Every view or change of client data goes through {@link nl.zorgkantoor.wlz.admin.web.Vastlegging}
 * into the audit trail.
 */
package nl.zorgkantoor.wlz.admin.web;
