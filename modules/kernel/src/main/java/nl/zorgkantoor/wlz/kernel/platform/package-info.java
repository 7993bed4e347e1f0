/**
 * Technical building blocks every context uses the same way: schema migration per context, the clock, the
 * deterministic demo population. No business rules live here.
 */
package nl.zorgkantoor.wlz.kernel.platform;
