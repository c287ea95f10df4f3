/**
 * A small simulated county around Xuyi (盱眙) for the map's browser tests, until the simulator's
 * county generator (device-sim/src/county) is merged: the county seat's street grid and a few
 * towns, county roads with villages, Hongze Lake and the Huai River, place names in Chinese and
 * English by rank, jurisdictions (county, towns, the seat's police areas), and where its 559
 * base stations and 100 alarm pillars stand. The layers carry the properties the offline basemap
 * draws by (kind, name_zh, name_en, rank). Deterministic.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';

const SEAT: [number, number] = [118.53, 32.99];
const KM_LON = 111.32 * Math.cos((SEAT[1] * Math.PI) / 180);
const KM_LAT = 110.574;
/** Kilometres east and north of the county seat → [lon, lat], rounded to about 10 cm. */
export const at = (x: number, y: number): [number, number] => [Math.round((SEAT[0] + x / KM_LON) * 1e6) / 1e6, Math.round((SEAT[1] + y / KM_LAT) * 1e6) / 1e6];

interface Town {
  zh: string;
  en: string;
  x: number;
  y: number;
  /** Blocks across its street grid. */
  blocks: number;
}

const TOWNS: Town[] = [
  { zh: '盱眙县城', en: 'Xuyi', x: 0, y: 0, blocks: 10 },
  { zh: '马坝镇', en: 'Maba', x: 22, y: -14, blocks: 4 },
  { zh: '官滩镇', en: 'Guantan', x: 12, y: -28, blocks: 3 },
  { zh: '桂五镇', en: 'Guiwu', x: -6, y: -20, blocks: 3 },
  { zh: '管仲镇', en: 'Guanzhong', x: 28, y: 6, blocks: 3 },
  { zh: '河桥镇', en: 'Heqiao', x: -22, y: -14, blocks: 3 },
  { zh: '鲍集镇', en: 'Baoji', x: 14, y: 24, blocks: 3 },
  { zh: '天泉湖镇', en: 'Tianquanhu', x: -14, y: -32, blocks: 3 },
];

const SEAT_NS = ['西环路', '五墩路', '工人路', '淮河路', '东方大道', '山水大道', '金源路', '长虹路', '东环路', '圣山路', '宁淮路'];
const SEAT_NS_EN = ['Xihuan Rd', 'Wudun Rd', 'Gongren Rd', 'Huaihe Rd', 'Dongfang Ave', 'Shanshui Ave', 'Jinyuan Rd', 'Changhong Rd', 'Donghuan Rd', 'Shengshan Rd', 'Ninghuai Rd'];
const SEAT_EW = ['南环路', '都梁大道', '金鑫路', '环城路', '盱城大道', '人民路', '解放路', '北园路', '象山路', '迎宾大道', '北环路'];
const SEAT_EW_EN = ['Nanhuan Rd', 'Duliang Ave', 'Jinxin Rd', 'Huancheng Rd', 'Xucheng Ave', 'Renmin Rd', 'Jiefang Rd', 'Beiyuan Rd', 'Xiangshan Rd', 'Yingbin Ave', 'Beihuan Rd'];
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const VILLAGES: [string, string][] = [
  ['张庄', 'Zhangzhuang'],
  ['李集', 'Liji'],
  ['王营', 'Wangying'],
  ['陈圩', 'Chenwei'],
  ['刘湾', 'Liuwan'],
  ['赵桥', 'Zhaoqiao'],
  ['孙岗', 'Sungang'],
  ['周庙', 'Zhoumiao'],
  ['吴庄', 'Wuzhuang'],
  ['郑集', 'Zhengji'],
  ['何湾', 'Hewan'],
  ['胡郢', 'Huying'],
  ['朱岗', 'Zhugang'],
  ['高庄', 'Gaozhuang'],
];
const HONGZE: [number, number][] = [
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

const line = (pts: [number, number][]): Position[] => pts.map(([x, y]) => at(x, y));
const feature = (properties: Record<string, unknown>, geometry: Feature['geometry']): Feature => ({ type: 'Feature', properties, geometry });
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

export interface Site {
  kind: 'station' | 'pillar';
  name: string;
  lon: number;
  lat: number;
}

export interface County {
  layers: { name: string; title: string; geojson: FeatureCollection }[];
  sites: Site[];
  seat: [number, number];
}

function townStreets(t: Town, index: number): { roads: Feature[]; crossings: { x: number; y: number; name: string }[] } {
  const block = 0.3;
  const half = (t.blocks * block) / 2;
  const roads: Feature[] = [];
  const crossings: { x: number; y: number; name: string }[] = [];
  const short = t.zh.replace(/镇|县城/, '');
  const nameNs = (i: number) => (index === 0 ? [SEAT_NS[i]!, SEAT_NS_EN[i]!] : [`${short}${NUMERALS[i]}路`, `${t.en} Road ${i + 1}`]);
  const nameEw = (j: number) => (index === 0 ? [SEAT_EW[j]!, SEAT_EW_EN[j]!] : [`${short}${NUMERALS[j]}街`, `${t.en} Street ${j + 1}`]);
  for (let i = 0; i <= t.blocks; i++) {
    const kind = i === Math.floor(t.blocks / 2) ? 'main' : 'street';
    const x = t.x - half + i * block;
    const y = t.y - half + i * block;
    const [nsZh, nsEn] = nameNs(i);
    const [ewZh, ewEn] = nameEw(i);
    roads.push(
      feature(
        { kind, name_zh: nsZh, name_en: nsEn },
        {
          type: 'LineString',
          coordinates: line([
            [x, t.y - half],
            [x, t.y + half],
          ]),
        },
      ),
    );
    roads.push(
      feature(
        { kind, name_zh: ewZh, name_en: ewEn },
        {
          type: 'LineString',
          coordinates: line([
            [t.x - half, y],
            [t.x + half, y],
          ]),
        },
      ),
    );
  }
  for (let i = 0; i <= t.blocks; i++) for (let j = 0; j <= t.blocks; j++) crossings.push({ x: t.x - half + i * block, y: t.y - half + j * block, name: `${nameNs(i)[0]}与${nameEw(j)[0]}路口` });
  return { roads, crossings };
}

export function buildCounty(stations = 559, pillars = 100): County {
  const roads: Feature[] = [];
  const places: Feature[] = [];
  const jurisdictions: Feature[] = [];
  const crossings: { x: number; y: number; name: string }[] = [];
  const roadside: { x: number; y: number; name: string }[] = [];

  TOWNS.forEach((t, i) => {
    const streets = townStreets(t, i);
    roads.push(...streets.roads);
    crossings.push(...streets.crossings);
    places.push(feature({ kind: 'town', name_zh: t.zh, name_en: t.en, rank: i === 0 ? 1 : 2 }, { type: 'Point', coordinates: at(t.x, t.y + (i === 0 ? 0.9 : 0.6)) }));
    const r = (t.blocks * 0.3) / 2 + 0.8;
    jurisdictions.push(
      feature(
        { kind: 'town', name_zh: t.zh, name_en: t.en },
        {
          type: 'Polygon',
          coordinates: [
            line([
              [t.x - r, t.y - r],
              [t.x + r, t.y - r],
              [t.x + r, t.y + r],
              [t.x - r, t.y + r],
              [t.x - r, t.y - r],
            ]),
          ],
        },
      ),
    );
    if (i === 0) return;
    // A county road from the seat, bending once, with a village a third and two thirds along.
    const bend: [number, number] = [t.x / 2 + t.y / 8, t.y / 2 - t.x / 8];
    const code = `X${201 + i}`;
    roads.push(feature({ kind: 'county_road', name_zh: `${code} 县道`, name_en: `County Road ${code}` }, { type: 'LineString', coordinates: line([[0, 0], bend, [t.x, t.y]]) }));
    for (const [k, f] of [
      [0, 0.66],
      [1, 0.5],
    ] as const) {
      const [zh, en] = VILLAGES[(2 * (i - 1) + k) % VILLAGES.length]!;
      const p: [number, number] = k === 0 ? [bend[0] * f, bend[1] * f] : [bend[0] + (t.x - bend[0]) * f, bend[1] + (t.y - bend[1]) * f];
      places.push(feature({ kind: 'village', name_zh: zh, name_en: en, rank: 4 }, { type: 'Point', coordinates: at(p[0], p[1]) }));
    }
    for (let s = 0.02; s < 1; s += 0.02) {
      const p: [number, number] = s < 0.5 ? [bend[0] * (s * 2), bend[1] * (s * 2)] : [bend[0] + (t.x - bend[0]) * (s * 2 - 1), bend[1] + (t.y - bend[1]) * (s * 2 - 1)];
      roadside.push({ x: p[0], y: p[1], name: `${code} 县道 K${Math.round(s * Math.hypot(t.x, t.y))} 基站` });
    }
  });

  const water = collection([
    feature({ kind: 'lake', name_zh: '洪泽湖', name_en: 'Hongze Lake' }, { type: 'Polygon', coordinates: [line([...HONGZE, HONGZE[0]!])] }),
    feature(
      { kind: 'lake', name_zh: '天泉湖', name_en: 'Tianquan Lake' },
      { type: 'Polygon', coordinates: [line(Array.from({ length: 15 }, (_, k) => [-17.5 + Math.cos((2 * Math.PI * k) / 14) * 1.4, -8.3 + Math.sin((2 * Math.PI * k) / 14) * 0.8]))] },
    ),
    feature(
      { kind: 'river', name_zh: '淮河', name_en: 'Huai River' },
      {
        type: 'LineString',
        coordinates: line([
          [-42, -7],
          [-34, -5.5],
          [-27, -6.5],
          [-20, -3],
          [-14, -2.4],
          [-9, 0.5],
          [-4.8, 4.3],
        ]),
      },
    ),
  ]);
  places.push(
    feature({ kind: 'water', name_zh: '洪泽湖', name_en: 'Hongze Lake', rank: 2 }, { type: 'Point', coordinates: at(-14, 14) }),
    feature({ kind: 'water', name_zh: '淮河', name_en: 'Huai River', rank: 3 }, { type: 'Point', coordinates: at(-24, -5.2) }),
    feature({ kind: 'water', name_zh: '天泉湖', name_en: 'Tianquan Lake', rank: 3 }, { type: 'Point', coordinates: at(-17.5, -8.3) }),
  );
  const LANDMARKS: [string, string, number, number, number][] = [
    ['盱眙县人民政府', 'County Government', 0.15, 0.45, 3],
    ['县人民医院', "County People's Hospital", -0.6, 0.75, 3],
    ['第一山公园', 'Diyishan Park', -1.2, -0.9, 3],
    ['汽车客运站', 'Bus Station', 1.05, -0.6, 3],
    ['盱眙中学', 'Xuyi High School', 0.75, 1.05, 5],
    ['中国龙虾博物馆', 'China Crayfish Museum', -0.45, -0.45, 5],
    ['电动车登记点（城南）', 'E-bike registration (south)', 0.45, -1.2, 5],
  ];
  for (const [zh, en, x, y, rank] of LANDMARKS) places.push(feature({ kind: 'landmark', name_zh: zh, name_en: en, rank }, { type: 'Point', coordinates: at(x, y) }));

  // The seat's four police areas, the county around everything.
  const seatR = 2.3;
  const areas: [number, number, number, number][] = [
    [0, 0, seatR, seatR],
    [-seatR, 0, 0, seatR],
    [-seatR, -seatR, 0, 0],
    [0, -seatR, seatR, 0],
  ];
  areas.forEach(([x0, y0, x1, y1], k) => {
    const [zh, en] = [
      ['城北派出所', 'Chengbei Police Station'],
      ['城西派出所', 'Chengxi Police Station'],
      ['城南派出所', 'Chengnan Police Station'],
      ['城东派出所', 'Chengdong Police Station'],
    ][k]!;
    jurisdictions.push(
      feature(
        { kind: 'police_area', name_zh: zh, name_en: en },
        {
          type: 'Polygon',
          coordinates: [
            line([
              [x0, y0],
              [x1, y0],
              [x1, y1],
              [x0, y1],
              [x0, y0],
            ]),
          ],
        },
      ),
    );
  });
  const OUTLINE: [number, number][] = [
    [-45, -12],
    [-36, -30],
    [-20, -40],
    [2, -38],
    [20, -36],
    [34, -22],
    [40, -4],
    [36, 14],
    [26, 30],
    [8, 34],
    [-6, 38],
    [-20, 36],
    [-40, 30],
    [-46, 10],
    [-45, -12],
  ];
  jurisdictions.unshift(feature({ kind: 'county', name_zh: '盱眙县', name_en: 'Xuyi County' }, { type: 'Polygon', coordinates: [line(OUTLINE)] }));

  // Stations at the crossings, then along the county roads; pillars midway along the seat's streets.
  const sites: Site[] = [];
  for (const c of [...crossings, ...roadside]) {
    if (sites.length >= stations) break;
    const [lon, lat] = at(c.x, c.y);
    sites.push({ kind: 'station', name: c.name, lon, lat });
  }
  for (let k = 0; k < pillars; k++) {
    const i = k % 10;
    const j = Math.floor(k / 10) % 11;
    const [lon, lat] = at(-1.5 + i * 0.3 + 0.15, -1.5 + j * 0.3);
    sites.push({ kind: 'pillar', name: `${SEAT_EW[j]}${k + 1}号报警柱`, lon, lat });
  }
  return {
    seat: SEAT,
    sites,
    layers: [
      { name: 'county-water', title: '水系', geojson: water },
      { name: 'county-roads', title: '道路', geojson: collection(roads) },
      { name: 'county-jurisdictions', title: '辖区', geojson: collection(jurisdictions) },
      { name: 'county-places', title: '地名', geojson: collection(places) },
    ],
  };
}
