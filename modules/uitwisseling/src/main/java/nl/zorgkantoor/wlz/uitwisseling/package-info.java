/**
 * The iWlz exchange with chain partners: contract-first SOAP endpoints, mapping between the generated JAXB types
 * and the contexts' api, validation and retour building. Generated types never leave this module.
 */
package nl.zorgkantoor.wlz.uitwisseling;
