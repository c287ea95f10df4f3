/**
 * What the alarms home says to people and pillars outside the dashboard: the
 * text messages to the parties' members, and the id of the voice prompt a
 * pillar plays to its caller, in both languages (zh-CN first).
 */
import { texts } from '../../kernel/texts.js';

export const ALARM_TEXTS = {
  'zh-CN': {
    helpPrompt: 'help-coming.zh-CN',
    partyNotified: '【Watchpost】警情 {alarm}：{place}报警柱一键报警（报警坐标 {code}）。请贵单位于 {seconds} 秒内签收。',
    partyInformed: '【Watchpost】警情 {alarm}：{place}报警柱一键报警（报警坐标 {code}），已推送贵单位。',
    partyVerified: '【Watchpost】警情 {alarm}（{place}）经核实为真实警情，等级：{severity}。请贵单位于 {seconds} 秒内签收。',
    reminder: '【Watchpost】催办：警情 {alarm}（{place}）贵单位尚未签收，请立即签收（第 {count} 次提醒）。',
    escalated: '【Watchpost】{level}督办：{unit}未在时限内{obligation}警情 {alarm}（{place}），扣 {points} 分。',
    closed: '【Watchpost】警情 {alarm}（{place}）已办结：{disposition}。',
    'level.yellow': '黄牌',
    'level.red': '红牌',
    'obligation.acknowledge': '签收',
    'obligation.dispatch': '派警',
    'obligation.arrive': '到场',
    'severity.low': '一般',
    'severity.medium': '较大',
    'severity.high': '重大',
    'disposition.resolved': '处置完毕',
    'disposition.false_alarm': '误报',
    'disposition.referred': '已移交',
    'disposition.no_action': '无需处置',
    unknownPlace: '未命名位置',
    labelTitle: '报警坐标',
    labelHint: '紧急求助请按报警按钮或拨打 110，并报出此坐标',
    labelPillar: '报警柱',
    labelCamera: '摄像机',
    labelNone: '没有可打印的报警坐标',
  },
  en: {
    helpPrompt: 'help-coming.en',
    partyNotified: 'Watchpost alarm {alarm}: the emergency button of the pillar at {place} was pressed (alarm coordinate {code}). Acknowledge within {seconds} s.',
    partyInformed: 'Watchpost alarm {alarm}: the emergency button of the pillar at {place} was pressed (alarm coordinate {code}). Sent to your unit for information.',
    partyVerified: 'Watchpost alarm {alarm} ({place}) is verified as genuine, severity {severity}. Acknowledge within {seconds} s.',
    reminder: 'Watchpost reminder: your unit has not acknowledged alarm {alarm} ({place}). Acknowledge now (reminder {count}).',
    escalated: 'Watchpost {level} card: {unit} did not {obligation} alarm {alarm} ({place}) in time; {points} points deducted.',
    closed: 'Watchpost alarm {alarm} ({place}) is closed: {disposition}.',
    'level.yellow': 'yellow',
    'level.red': 'red',
    'obligation.acknowledge': 'acknowledge',
    'obligation.dispatch': 'dispatch to',
    'obligation.arrive': 'arrive at',
    'severity.low': 'low',
    'severity.medium': 'medium',
    'severity.high': 'high',
    'disposition.resolved': 'resolved',
    'disposition.false_alarm': 'false alarm',
    'disposition.referred': 'referred',
    'disposition.no_action': 'no action needed',
    unknownPlace: 'an unnamed place',
    labelTitle: 'Alarm coordinate',
    labelHint: 'In an emergency press the alarm button or call 110, and read out this code',
    labelPillar: 'alarm pillar',
    labelCamera: 'camera',
    labelNone: 'No alarm coordinates to print',
  },
};

export type AlarmTextKey = keyof (typeof ALARM_TEXTS)['zh-CN'];
export const say = texts(ALARM_TEXTS);
