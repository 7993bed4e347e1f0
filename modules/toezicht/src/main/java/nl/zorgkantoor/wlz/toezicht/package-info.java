/** Waiting lists and zorgplicht indicators per zorgkantoor region, as the NZa supervises them. */
package nl.zorgkantoor.wlz.toezicht;
