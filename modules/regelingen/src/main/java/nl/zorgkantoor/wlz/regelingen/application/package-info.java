/** Use cases of the regelingen context: transactions, security and orchestration around the domain. */
package nl.zorgkantoor.wlz.regelingen.application;
