-- The lists of the admin UI (Aanvraag behandelen, Werkvoorraad) always select one region's cases, open ones first,
-- ordered by the beslistermijn: this index serves that query without reading other regions' rows.
CREATE INDEX aanvraag_regio_status ON aanvraag (regio_code, status, beslistermijn);
