/** Use cases of the indicatie context: transactions, security and orchestration around the domain. */
package nl.zorgkantoor.wlz.indicatie.application;
