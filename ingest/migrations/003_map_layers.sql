-- Geometry drawn under the devices when no tile server is reachable (police
-- networks are often closed): roads, jurisdiction outlines, as GeoJSON.
CREATE TABLE map_layers (
  name text PRIMARY KEY,
  title text NOT NULL DEFAULT '',
  geojson jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
