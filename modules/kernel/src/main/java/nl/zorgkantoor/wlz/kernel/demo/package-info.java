/**
 * The deterministic synthetic population behind the demo data and the national-scale benchmarks. Every context
 * loads its own tables from the same population, so the data of all contexts agree without any context reading
 * another's tables.
 */
package nl.zorgkantoor.wlz.kernel.demo;
