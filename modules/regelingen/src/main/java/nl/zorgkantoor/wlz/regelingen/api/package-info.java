/** What other modules may call: service interfaces, views (records) and events of the regelingen context. */
package nl.zorgkantoor.wlz.regelingen.api;
