/** Users, roles and (later) the audit trail of the admin application, in the database schema "toegang". */
package nl.zorgkantoor.wlz.admin.toegang;
