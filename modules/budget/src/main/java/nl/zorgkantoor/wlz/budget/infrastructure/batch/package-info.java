/** The partitioned Jakarta Batch job of the efficiency checks and its progress rows. */
package nl.zorgkantoor.wlz.budget.infrastructure.batch;
