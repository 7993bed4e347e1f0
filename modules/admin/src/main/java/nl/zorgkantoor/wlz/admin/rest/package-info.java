/** The JSON REST API under /wlz/api. */
package nl.zorgkantoor.wlz.admin.rest;
