-- Devices home: where a device stands among the jurisdictions. Resolved from
-- its position (broker/src/domains/devices/placement.ts) when it is
-- registered or moved, and again when a boundary changes. A device outside
-- every boundary is kept, flagged 'outside', not dropped.
ALTER TABLE devices ADD COLUMN jurisdictions text[] NOT NULL DEFAULT '{}';
ALTER TABLE devices ADD COLUMN placement text NOT NULL DEFAULT 'no_position' CHECK (placement IN ('placed', 'outside', 'no_position'));
UPDATE devices SET placement = 'outside' WHERE lat IS NOT NULL AND lon IS NOT NULL;
CREATE INDEX devices_jurisdictions ON devices USING gin (jurisdictions);
