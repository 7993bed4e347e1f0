/**
 * The nightly Jakarta Batch jobs and the PDF rendering for supervisors. {@link nl.zorgkantoor.wlz.reports.RapportJobs}
 * is the only caller of the JobOperator.
 */
package nl.zorgkantoor.wlz.reports;
