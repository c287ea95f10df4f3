/** What the bikes home says by text message: to owners (the guard) and to the officers in charge of a case (hits). */
import { texts } from '../../kernel/texts.js';

export const BIKE_TEXTS = {
  'zh-CN': {
    guardMoved: '【Watchpost】您设防的电动车（号牌 {plate}）于 {time} 在 {station} 附近被检测到移动。如非本人操作，请在“我的电动车”中一键报案。',
    guardNoFob: '【Watchpost】您的电动车（号牌 {plate}）于 {time} 经过 {station}，未检测到随身标签。如非本人或家人骑行，请在“我的电动车”中一键报案。',
    hitOfficer: '【Watchpost】布控命中：案件 {case}，号牌 {plate}（{colour}{brand}），{time} 经过 {station}。{next}',
    hitNext: '预计下一基站：{stations}。',
    hitNextStation: '{station} {percent}%（{from}–{to} 分钟）',
    hitNextStationS: '{station} {percent}%（{from}–{to} 秒）',
    hitHistorical: '【Watchpost】案件 {case}（号牌 {plate}）回溯到 {count} 条历史命中，最近一次 {time} 在 {station}。',
  },
  en: {
    guardMoved: 'Watchpost: your armed e-bike (plate {plate}) was heard moving near {station} at {time}. If it was not you, report it stolen in one step under “My e-bikes”.',
    guardNoFob: 'Watchpost: your e-bike (plate {plate}) passed {station} at {time} without your key fob. If neither you nor your family rode it, report it stolen in one step under “My e-bikes”.',
    hitOfficer: 'Watchpost watchlist hit: case {case}, plate {plate} ({colour} {brand}), passed {station} at {time}. {next}',
    hitNext: 'Next stations: {stations}.',
    hitNextStation: '{station} {percent}% ({from}–{to} min)',
    hitNextStationS: '{station} {percent}% ({from}–{to} s)',
    hitHistorical: 'Watchpost: case {case} (plate {plate}) looked back and found {count} historical hits, the latest at {station} at {time}.',
  },
};

export const say = texts(BIKE_TEXTS);
