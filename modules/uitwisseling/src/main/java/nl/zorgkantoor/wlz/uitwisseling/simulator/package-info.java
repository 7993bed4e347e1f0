/** The partner simulator: valid and invalid iWlz messages of every inbound type, and a command line to send them. */
package nl.zorgkantoor.wlz.uitwisseling.simulator;
