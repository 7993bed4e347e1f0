/**
 * Who is calling: the logged-in user as the server's security realm knows it (name, roles, zorgkantoorregio), for
 * every context's application services to enforce region isolation the same way.
 */
package nl.zorgkantoor.wlz.kernel.toegang;
