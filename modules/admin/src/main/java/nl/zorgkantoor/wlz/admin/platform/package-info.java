/** Start-up messages for the operator. */
package nl.zorgkantoor.wlz.admin.platform;
