/** What other modules may call: service interfaces, views (records) and events of the toezicht context. */
package nl.zorgkantoor.wlz.toezicht.api;
