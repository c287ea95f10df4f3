/**
 * The county's names: its towns (real Xuyi towns, placed roughly where they
 * are, in km east/north of the county seat), street names, village names
 * built from common surnames and place suffixes, and landmark kinds.
 */
export interface TownSpec {
  id: string;
  zh: string;
  en: string;
  /** Short forms for road and police-area names: 盱, Xu. */
  shortZh: string;
  /** Km east and north of the county seat (118.53 E, 32.99 N). */
  at: [number, number];
  /** Relative size: shares of streets, stations, riders. */
  size: number;
}

export const COUNTY = { id: 'xuyi', zh: '盱眙县', en: 'Xuyi County', center: [118.53, 32.99] as [number, number] };

export const TOWNS: readonly TownSpec[] = [
  { id: 'xucheng', zh: '盱城镇', en: 'Xucheng', shortZh: '盱城', at: [0, 0], size: 10 },
  { id: 'maba', zh: '马坝镇', en: 'Maba', shortZh: '马坝', at: [22, -2], size: 4 },
  { id: 'guantan', zh: '官滩镇', en: 'Guantan', shortZh: '官滩', at: [12, -8], size: 2 },
  { id: 'guiwu', zh: '桂五镇', en: 'Guiwu', shortZh: '桂五', at: [31, -14], size: 2 },
  { id: 'heqiao', zh: '河桥镇', en: 'Heqiao', shortZh: '河桥', at: [4, -19], size: 2 },
  { id: 'baoji', zh: '鲍集镇', en: 'Baoji', shortZh: '鲍集', at: [15, 17], size: 2 },
  { id: 'huanghuatang', zh: '黄花塘镇', en: 'Huanghuatang', shortZh: '黄花塘', at: [19, -23], size: 2 },
  { id: 'guanzhong', zh: '管仲镇', en: 'Guanzhong', shortZh: '管仲', at: [-8, -22], size: 1.5 },
  { id: 'tianquanhu', zh: '天泉湖镇', en: 'Tianquanhu', shortZh: '天泉湖', at: [-15, -11], size: 1.5 },
  { id: 'huaihe', zh: '淮河镇', en: 'Huaihe', shortZh: '淮河', at: [7, 10], size: 2 },
  { id: 'guanyinsi', zh: '观音寺镇', en: 'Guanyinsi', shortZh: '观音寺', at: [26, 16], size: 1.5 },
  { id: 'mudian', zh: '穆店乡', en: 'Mudian', shortZh: '穆店', at: [-9, -6], size: 1.5 },
];

/** Street names [zh, en], handed out in order within each town. */
export const STREETS: readonly [string, string][] = [
  ['淮河路', 'Huaihe Rd'],
  ['东风路', 'Dongfeng Rd'],
  ['五墩路', 'Wudun Rd'],
  ['山水大道', 'Shanshui Ave'],
  ['都梁路', 'Duliang Rd'],
  ['金源路', 'Jinyuan Rd'],
  ['人民路', 'Renmin Rd'],
  ['建设路', 'Jianshe Rd'],
  ['解放路', 'Jiefang Rd'],
  ['中山路', 'Zhongshan Rd'],
  ['和平路', 'Heping Rd'],
  ['新华路', 'Xinhua Rd'],
  ['文化路', 'Wenhua Rd'],
  ['健康路', 'Jiankang Rd'],
  ['幸福路', 'Xingfu Rd'],
  ['团结路', 'Tuanjie Rd'],
  ['光明路', 'Guangming Rd'],
  ['长江路', 'Changjiang Rd'],
  ['朝阳路', 'Chaoyang Rd'],
  ['复兴路', 'Fuxing Rd'],
  ['振兴路', 'Zhenxing Rd'],
  ['工业路', 'Gongye Rd'],
  ['学府路', 'Xuefu Rd'],
  ['商业街', 'Shangye St'],
  ['老街', 'Old St'],
  ['青年路', 'Qingnian Rd'],
  ['胜利路', 'Shengli Rd'],
  ['友谊路', 'Youyi Rd'],
  ['花园路', 'Huayuan Rd'],
  ['滨湖路', 'Binhu Rd'],
  ['龙山路', 'Longshan Rd'],
  ['第一山路', 'Diyishan Rd'],
  ['象山路', 'Xiangshan Rd'],
  ['杏花路', 'Xinghua Rd'],
  ['宝积路', 'Baoji Rd'],
  ['梅花路', 'Meihua Rd'],
  ['桃园路', 'Taoyuan Rd'],
  ['通港路', 'Tonggang Rd'],
  ['盱江路', 'Xujiang Rd'],
  ['泗州路', 'Sizhou Rd'],
  ['古桑路', 'Gusang Rd'],
  ['太和路', 'Taihe Rd'],
  ['官山路', 'Guanshan Rd'],
  ['玻璃山路', 'Bolishan Rd'],
  ['明珠路', 'Mingzhu Rd'],
  ['仁和路', 'Renhe Rd'],
  ['兴盱路', 'Xingxu Rd'],
  ['丰收路', 'Fengshou Rd'],
];

const SURNAMES: readonly [string, string][] = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['赵', 'Zhao'],
  ['黄', 'Huang'],
  ['周', 'Zhou'],
  ['吴', 'Wu'],
  ['徐', 'Xu'],
  ['孙', 'Sun'],
  ['胡', 'Hu'],
  ['朱', 'Zhu'],
  ['高', 'Gao'],
  ['林', 'Lin'],
  ['何', 'He'],
  ['郭', 'Guo'],
  ['马', 'Ma'],
  ['罗', 'Luo'],
  ['梁', 'Liang'],
  ['宋', 'Song'],
  ['郑', 'Zheng'],
  ['谢', 'Xie'],
  ['韩', 'Han'],
  ['唐', 'Tang'],
  ['冯', 'Feng'],
  ['董', 'Dong'],
];
const SUFFIXES: readonly [string, string][] = [
  ['庄', 'zhuang'],
  ['圩', 'wei'],
  ['集', 'ji'],
  ['营', 'ying'],
  ['岗', 'gang'],
  ['湾', 'wan'],
  ['桥', 'qiao'],
  ['楼', 'lou'],
  ['郢', 'ying'],
  ['店', 'dian'],
  ['家洼', 'jiawa'],
  ['塘', 'tang'],
];

/** The i-th village name: every surname with every suffix before any repeats (then numbered). */
export function villageName(i: number): { zh: string; en: string } {
  const s = SURNAMES[i % SURNAMES.length]!;
  const k = Math.floor(i / SURNAMES.length);
  const f = SUFFIXES[k % SUFFIXES.length]!;
  const round = Math.floor(k / SUFFIXES.length);
  const zh = `${s[0]}${f[0]}${round ? ['', '东', '西', '南', '北'][round % 5] + '村' : '村'}`;
  const en = `${s[1]}${f[1]}${round ? ' ' + ['', 'East', 'West', 'South', 'North'][round % 5] : ''} Village`;
  return { zh, en };
}

/** Landmark kinds: where pillars stand and where riders work and run errands. */
export type LandmarkKind = 'square' | 'school' | 'market' | 'hospital' | 'government' | 'bus_station' | 'supermarket' | 'industrial_park' | 'park' | 'bank';

export const LANDMARKS: Record<LandmarkKind, { zh: string; en: string }> = {
  square: { zh: '广场', en: 'Square' },
  school: { zh: '中学', en: 'Middle School' },
  market: { zh: '农贸市场', en: 'Farmers Market' },
  hospital: { zh: '人民医院', en: 'Hospital' },
  government: { zh: '人民政府', en: 'Government' },
  bus_station: { zh: '汽车站', en: 'Bus Station' },
  supermarket: { zh: '超市', en: 'Supermarket' },
  industrial_park: { zh: '工业园', en: 'Industrial Park' },
  park: { zh: '公园', en: 'Park' },
  bank: { zh: '农商银行', en: 'Rural Bank' },
};

/** Which landmarks a town has, by size: every town a government, market, school, square. */
export function landmarkKindsFor(size: number): LandmarkKind[] {
  const kinds: LandmarkKind[] = ['government', 'market', 'school', 'square', 'supermarket', 'bank'];
  if (size >= 2) kinds.push('hospital', 'bus_station', 'school');
  if (size >= 4) kinds.push('industrial_park', 'park', 'market', 'supermarket');
  if (size >= 8) kinds.push('school', 'school', 'park', 'industrial_park', 'market', 'supermarket', 'hospital', 'square', 'bank', 'supermarket');
  return kinds;
}
