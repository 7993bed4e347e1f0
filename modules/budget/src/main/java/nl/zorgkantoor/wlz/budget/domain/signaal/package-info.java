/** The kinds of efficiency signals (doelmatigheidscontroles) with the rule each rests on. */
package nl.zorgkantoor.wlz.budget.domain.signaal;
