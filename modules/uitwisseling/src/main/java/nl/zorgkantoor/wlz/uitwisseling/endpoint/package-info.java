/**
 * The SOAP endpoints of the exchange, one per partner role, on the contract-first WSDLs of the xsd module. The iWlz
 * endpoints are payload providers: they must see the raw message to log it, hash it for idempotency and answer
 * even a schema-invalid message with its 0001 retour, which a JAXB-bound endpoint cannot.
 */
package nl.zorgkantoor.wlz.uitwisseling.endpoint;
