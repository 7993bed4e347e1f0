/**
 * The nightly zorgplicht and waiting-list reports (toezicht.md reports a and b): the job steps that compute the
 * figures per region and nationally, render the PDFs, archive them and mail the supervisors; and the timer.
 */
package nl.zorgkantoor.wlz.reports.toezicht;
