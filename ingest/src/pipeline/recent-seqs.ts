/**
 * The last few sequence numbers committed for each device. A frame whose seq
 * is among them is a copy (a retransmission, or a stranger's replay) and is
 * answered as a duplicate without a database round trip: a replay flood costs
 * the database nothing. A seq not among them goes to the database, whose
 * primary key has the last word (after a restart this memory is empty).
 */
const PER_DEVICE = 32;

export class RecentSeqs {
  private readonly byDevice = new Map<string, { seqs: Uint32Array; next: number }>();

  has(deviceId: string, seq: number): boolean {
    const recent = this.byDevice.get(deviceId);
    return recent !== undefined && recent.seqs.includes(seq);
  }

  add(deviceId: string, seq: number): void {
    let recent = this.byDevice.get(deviceId);
    if (!recent) this.byDevice.set(deviceId, (recent = { seqs: new Uint32Array(PER_DEVICE), next: 0 })); // 0 is never a valid seq
    if (recent.seqs.includes(seq)) return;
    recent.seqs[recent.next] = seq;
    recent.next = (recent.next + 1) % PER_DEVICE;
  }

  /** A device with new credentials starts its sequence again. */
  forget(deviceId: string): void {
    this.byDevice.delete(deviceId);
  }
}
