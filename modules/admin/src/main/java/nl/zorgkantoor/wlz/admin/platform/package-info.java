/** Platform concerns of the web application: start-up messages for the operator, response headers. */
package nl.zorgkantoor.wlz.admin.platform;
