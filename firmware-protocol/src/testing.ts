/**
 * Helpers for test benches (ours and firmware authors'): the golden vectors
 * and a seeded random generator for reproducible fuzzing and simulation.
 */
import { readFileSync } from 'node:fs';
import type { DownlinkFrame, UplinkFrame } from './frames.js';

export interface GoldenVector {
  name: string;
  topic: string;
  hex: string;
  /** The frame in protobuf text format (what protoc --encode reads). */
  text?: string;
  /** The device secret whose MAC key signs (or should have signed) the frame. */
  secret?: string;
  requireMac?: boolean;
  /** Valid vectors: what the frame means. */
  decoded?: UplinkFrame;
  /** Invalid vectors: the refusal code. */
  error?: string;
}

export function loadGoldenVectors(): { valid: GoldenVector[]; invalid: GoldenVector[] } {
  return JSON.parse(readFileSync(new URL('../vectors/uplink.json', import.meta.url), 'utf8')) as { valid: GoldenVector[]; invalid: GoldenVector[] };
}

/** A command as the platform sends it: the topic, its bytes, what it means. */
export interface DownlinkVector {
  name: string;
  topic: string;
  hex: string;
  text?: string;
  /** The device secret whose MAC key signs the command. */
  secret?: string;
  decoded: DownlinkFrame;
}

export function loadDownlinkVectors(): { valid: DownlinkVector[] } {
  return JSON.parse(readFileSync(new URL('../vectors/downlink.json', import.meta.url), 'utf8')) as { valid: DownlinkVector[] };
}

/** mulberry32: a small seeded PRNG; the same seed gives the same sequence in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
