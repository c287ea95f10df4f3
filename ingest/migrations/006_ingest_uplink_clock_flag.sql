-- A frame whose device clock was outside the platform's window (40 s behind,
-- 20 s ahead, after SIA DC-09) is stored all the same, and flagged here:
-- 'behind' or 'ahead'. A replayed frame, or a device with a wrong clock, shows.
ALTER TABLE uplinks ADD COLUMN clock_flag text CHECK (clock_flag IN ('behind', 'ahead'));
