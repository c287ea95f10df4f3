/**
 * The county's water: Hongze Lake (洪泽湖) filling the north-west, the Huai
 * River (淮河) winding in from the west to the lake just north of the county
 * seat, and the small Tianquan Lake (天泉湖) in the south-western hills.
 * Shapes are drawn in km around the seat and wobbled by the seed.
 */
import { bendingLine, gaussian, pointInRing, type Pt } from './geo.js';

export interface Water {
  lakes: { id: string; zh: string; en: string; ring: Pt[] }[];
  rivers: { id: string; zh: string; en: string; line: Pt[] }[];
}

const HONGZE_KM: Pt[] = [
  [-40, 2.5],
  [-28, 3.5],
  [-19, 5],
  [-11, 3.8],
  [-5, 4.6],
  [-2, 5.2],
  [0, 6.6],
  [1.6, 9],
  [2.4, 13],
  [2.6, 18],
  [4.5, 24],
  [3, 31],
  [-2, 40],
  [-40, 40],
];

export function buildWater(rand: () => number): Water {
  const hongze = HONGZE_KM.map(([x, y], i): Pt => {
    // The shore wobbles; the far corners (off the map) stay put.
    const far = i === HONGZE_KM.length - 1 || i === 0;
    return far ? [x * 1000, y * 1000] : [x * 1000 + gaussian(rand) * 250, y * 1000 + gaussian(rand) * 250];
  });
  const tianquan: Pt[] = Array.from({ length: 14 }, (_, k) => {
    const a = (2 * Math.PI * k) / 14;
    const r = 1 + (rand() - 0.5) * 0.3;
    return [-17_500 + Math.cos(a) * 1300 * r, -8_300 + Math.sin(a) * 700 * r];
  });
  const huai = bendingLine([-42_000, -7_000], [-4_800, 4_300], rand, 0.05, 300);
  return {
    lakes: [
      { id: 'hongze-lake', zh: '洪泽湖', en: 'Hongze Lake', ring: hongze },
      { id: 'tianquan-lake', zh: '天泉湖', en: 'Tianquan Lake', ring: tianquan },
    ],
    rivers: [{ id: 'huai-river', zh: '淮河', en: 'Huai River', line: huai }],
  };
}

export function inWater(water: Water, p: Pt): boolean {
  return water.lakes.some((l) => pointInRing(p, l.ring));
}
