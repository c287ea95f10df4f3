/**
 * What happens to every frame from every device, over MQTT or CoAP, in this
 * order. This list is the uplink pipeline: read it to know where a message
 * goes. The checks run first (any may refuse the frame, with a code the
 * device is told); then the frame is committed with its batch, and the rules
 * run inside that commit, so when the device is acknowledged (PUBACK, 2.04)
 * everything the frame implies exists; then the after-commit steps.
 *
 * The checks are ingest's (ingest/src/pipeline/steps.ts); the rules and the
 * after-commit steps are the homes' (broker/src/domains/*).
 */
import { checks, type AfterCommitStep, type CommitRule, type NamedCheck, type UplinkSteps } from '@watchpost/ingest';
import type { AlarmsHome } from '../domains/alarms/index.js';
import type { BikesHome } from '../domains/bikes/index.js';
import type { DevicesHome } from '../domains/devices/index.js';

/** Authenticity comes before the device's rate limit: what a stranger sends is charged to the stranger's address, never to the device it names. */
export const CHECKS: readonly NamedCheck[] = [
  ['limit source', checks.limitSource],
  ['parse topic', checks.parseTopic],
  ['authorize topic', checks.authorizeTopic],
  ['decode', checks.decode],
  ['verify MAC', checks.verifyFrameMac],
  ['validate', checks.validate],
  ['check sequence', checks.checkSequence],
  ['rate limit', checks.rateLimit],
  ['enrich', checks.enrich],
];
// …then 'store': the group commit of the batch (receipts and payload rows in
// one statement; a frame stored before is answered, not stored again), with:

export interface UplinkHomes {
  devices: DevicesHome;
  alarms?: AlarmsHome;
  bikes?: BikesHome;
  /** Stand-ins of rules still to come (benchmarks), after the homes'. */
  verticals?: readonly CommitRule[];
}

export function uplinkSteps(homes: UplinkHomes): UplinkSteps {
  const rules: CommitRule[] = [
    // 'devices: a device heard, not online, comes online'
    // 'devices: a command ack is recorded against its command (and told to the home that asked)'
    ...homes.devices.rules,
    // 'alarms: a button press opens an alarm (or joins the open one), links the parties of the plan, tells the pillar help is on its way'
    // 'alarms: a pillar's heartbeat or event that changes its condition (tamper, power, battery, camera) starts or stops its maintenance hold'
    ...(homes.alarms?.rules ?? []),
    // 'bikes: a sighting of a watchlisted tag raises a hit' (bikes/watchlist/hit-rule.ts)
    ...(homes.bikes?.rules ?? []),
    ...(homes.verticals ?? []),
  ];
  const after: AfterCommitStep[] = [
    // 'devices: mark heard' (newest seq, last seen, heartbeat interval)
    ...homes.devices.after,
    // 'bikes: positions, the owner’s guard, cloned tags' (bikes/rules.ts), …
    ...(homes.bikes?.after ?? []),
  ];
  return { devices: homes.devices.registry, checks: CHECKS, rules, after };
}
