/**
 * A real county's basemap from a PMTiles archive an operator provides (a URL, or a file beside
 * the dashboard): read by range requests through the `pmtiles` protocol, no tile server. A
 * vector archive is drawn with the Protomaps basemap layers (the schema of `pmtiles extract`
 * from the Protomaps builds) in the page's language; a raster archive as it is.
 */
import { layers, namedFlavor } from '@protomaps/basemaps';
import { addProtocol, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
import { PMTiles, Protocol, TileType } from 'pmtiles';
import type { Locale } from '../i18n/locales.js';
import { LABEL_FONT } from './offline-style.js';

let protocol: Protocol | null = null;

function pmtilesProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  return protocol;
}

export async function pmtilesStyle(id: string, url: string, locale: Locale, attribution: string): Promise<StyleSpecification> {
  const absolute = new URL(url, location.href).href;
  const archive = new PMTiles(absolute);
  pmtilesProtocol().add(archive);
  const header = await archive.getHeader();
  const source = `pmtiles://${absolute}`;
  const background: LayerSpecification = { id: 'background', type: 'background', paint: { 'background-color': '#f3f0e8' } };
  if (header.tileType !== TileType.Mvt) {
    return { version: 8, name: id, sources: { [id]: { type: 'raster', url: source, tileSize: 256, attribution } }, layers: [background, { id, type: 'raster', source: id }] };
  }
  // No glyph files: labels are drawn with the browser's fonts, so every name the style asks for is our stack.
  const font = LABEL_FONT.join(',');
  const flavor = { ...namedFlavor('light'), regular: font, bold: font, italic: font };
  const drawn = (layers(id, flavor, { lang: locale === 'en' ? 'en' : 'zh-Hans' }) as LayerSpecification[]).filter((l) => !('layout' in l && l.layout && 'icon-image' in l.layout));
  return { version: 8, name: id, sources: { [id]: { type: 'vector', url: source, attribution } }, layers: drawn };
}
