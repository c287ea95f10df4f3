/** Where the dashboard's basemaps load their tiles from, for the page's Content-Security-Policy. */
import type { BasemapSetting } from '../../kernel/config.js';

/** Where the tiles of the preset basemaps come from (the dashboard builds their URLs). */
const PRESET_ORIGINS = { tianditu: ['https://*.tianditu.gov.cn'], amap: ['https://*.is.autonavi.com'] } as const;

/** 'https://t{s}.example.cn/{z}/{x}/{y}' → 'https://*.example.cn'; a plain URL → its origin; else none. */
function originOf(url: string): string[] {
  const m = /^(https?:)\/\/([^/?#]+)/.exec(url);
  if (!m) return [];
  const labels = m[2]!.split('.');
  if (labels.slice(1).some((l) => l.includes('{'))) return [];
  if (labels[0]!.includes('{')) labels[0] = '*';
  return [`${m[1]}//${labels.join('.')}`];
}

/** The hosts the dashboard's basemaps load from. */
export function basemapOrigins(config: { mapStyleUrl: string; mapBasemaps: readonly BasemapSetting[] }): string[] {
  const origins = config.mapStyleUrl ? originOf(config.mapStyleUrl) : [];
  for (const b of config.mapBasemaps) {
    if (b.tianditu) origins.push(...PRESET_ORIGINS.tianditu);
    if (b.amap) origins.push(...PRESET_ORIGINS.amap);
    for (const url of [b.styleUrl, b.pmtilesUrl, ...(b.tiles ?? [])]) if (url) origins.push(...originOf(url));
  }
  return [...new Set(origins)];
}
