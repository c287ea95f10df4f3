/** What the alarms home is configured with (kernel/config.ts has each setting's default and doc). */
import type { Config } from '../../kernel/config.js';
import type { Locale } from '../../kernel/texts.js';

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface AlarmSettings {
  /** A pressed pillar is told help is on its way if it can be within this long. */
  helpTtlS: number;
  promptLocale: Locale;
  /** The plan of this severity links parties on the press, until the alarm is verified. */
  pressSeverity: Severity;
  /** The default plan's limits, and what a plan's party without its own limit takes. */
  acknowledgeWithinS: number;
  remindEveryS: number;
  dispatchWithinS: number;
  arriveWithinS: number;
  /** The report's targets (NFPA 1225: answered within 10 s; NFPA 1221: processed within 64 s). */
  answerTargetS: number;
  processTargetS: number;
  /** Points a unit loses per card. */
  points: { yellow: number; red: number };
  basePoints: number;
  /** The periods of the report are months and years in this time zone. */
  timeZone: string;
  maintenance: { raiseAfterS: number; clearAfterS: number; batteryLowMv: number };
  /** The deadline timers look at the database at least this often (deadlines another process wrote). */
  pollMs: number;
}

export function alarmSettings(config: Config): AlarmSettings {
  return {
    helpTtlS: config.alarmHelpTtlS,
    promptLocale: config.alarmPromptLocale,
    pressSeverity: config.alarmPressSeverity,
    acknowledgeWithinS: config.alarmAcknowledgeWithinS,
    remindEveryS: config.alarmRemindEveryS,
    dispatchWithinS: config.alarmDispatchWithinS,
    arriveWithinS: config.alarmArriveWithinS,
    answerTargetS: config.alarmAnswerTargetS,
    processTargetS: config.alarmProcessTargetS,
    points: config.escalationPoints,
    basePoints: config.assessmentBasePoints,
    timeZone: config.timeZone,
    maintenance: { raiseAfterS: config.maintenanceRaiseAfterS, clearAfterS: config.maintenanceClearAfterS, batteryLowMv: config.maintenanceBatteryLowMv },
    pollMs: 1_000,
  };
}
