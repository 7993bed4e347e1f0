/**
 * The tariff tables of the budget context as data (RULES B-03): per calendar year the day tariffs per zorgprofiel,
 * the toeslagen with their flags, the mpt modules and the dated parameters (ekt percentage, pab maximum, meerzorg
 * threshold), each row with its provenance. Read from CSV files; no framework calls.
 */
package nl.zorgkantoor.wlz.budget.domain.tarief;
