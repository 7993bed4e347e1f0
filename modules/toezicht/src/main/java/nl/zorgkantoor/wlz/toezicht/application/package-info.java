/** Use cases of the toezicht context: transactions, security and orchestration around the domain. */
package nl.zorgkantoor.wlz.toezicht.application;
