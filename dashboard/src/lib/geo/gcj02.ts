/**
 * WGS-84 ⇄ GCJ-02 (the "Mars" datum every licensed map of China is drawn in: AMap/Gaode,
 * Tencent, and so on). Positions are stored and sent WGS-84; a basemap in GCJ-02 gets them
 * shifted on the way in, and a click on it is shifted back. The forward formula is the public
 * one (the leaked reference code behind coordtransform and eviltransform: Krasovsky
 * ellipsoid, a polynomial and sine offset around 105° E 35° N); outside China no shift applies.
 * The inverse has no closed form: it is solved by fixed-point iteration to well under 1 cm.
 */
export type LonLat = [lon: number, lat: number];

const A = 6378245.0; // Krasovsky 1940 semi-major axis, as the reference code uses
const EE = 0.006693421622965943; // its first eccentricity squared (0.00669342162296594323 as published)

/** Roughly China's bounding box: the shift applies inside it only, as in the reference code. */
export function outOfChina([lon, lat]: LonLat): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function offsetLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function offsetLon(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/** A WGS-84 position as a GCJ-02 map draws it. */
export function wgs84ToGcj02(p: LonLat): LonLat {
  if (outOfChina(p)) return [p[0], p[1]];
  const [lon, lat] = p;
  const rad = (lat / 180) * Math.PI;
  const s = Math.sin(rad);
  const magic = 1 - EE * s * s;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (offsetLat(lon - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLon = (offsetLon(lon - 105, lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(rad) * Math.PI);
  return [lon + dLon, lat + dLat];
}

/** A position read off a GCJ-02 map (a click), back in WGS-84. */
export function gcj02ToWgs84(p: LonLat): LonLat {
  if (outOfChina(p)) return [p[0], p[1]];
  // The shift varies by under 1e-5 of itself per metre: each step gains about five digits.
  let guess: LonLat = [p[0], p[1]];
  for (let i = 0; i < 10; i++) {
    const [lon, lat] = wgs84ToGcj02(guess);
    const dLon = p[0] - lon;
    const dLat = p[1] - lat;
    guess = [guess[0] + dLon, guess[1] + dLat];
    if (Math.abs(dLon) < 1e-10 && Math.abs(dLat) < 1e-10) break;
  }
  return guess;
}
