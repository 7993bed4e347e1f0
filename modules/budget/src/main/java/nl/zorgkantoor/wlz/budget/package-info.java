/** Budget ceilings for pgb and mpt per zorgprofiel and year, the doelmatigheidstoets and the efficiency signals. */
package nl.zorgkantoor.wlz.budget;
