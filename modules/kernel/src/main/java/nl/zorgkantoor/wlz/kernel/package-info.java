/**
 * The shared kernel: immutable value objects every bounded context speaks (BSN, zorgprofiel, leveringsvorm,
 * region, period, money). Nothing here knows about persistence or a context's rules.
 */
package nl.zorgkantoor.wlz.kernel;
