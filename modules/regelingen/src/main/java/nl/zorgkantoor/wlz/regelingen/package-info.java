/** The extra-care arrangements (meerzorg, toeslagen, extra kosten thuis, pab, overbruggingszorg) as request, assessment and decision workflows. */
package nl.zorgkantoor.wlz.regelingen;
