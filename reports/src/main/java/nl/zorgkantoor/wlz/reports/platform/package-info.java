/** A job that checks the batch runtime itself: the job repository and the application database answer. */
package nl.zorgkantoor.wlz.reports.platform;
