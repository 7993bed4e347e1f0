/** What other modules may call: service interfaces, views (records) and events of the indicatie context. */
package nl.zorgkantoor.wlz.indicatie.api;
