/** The device the operator picked, on the map or in the list. */
export class Selection {
  id = $state<string | null>(null);
  /** Bumped when the map should fly to the selection (a pick in the list). */
  flights = $state(0);

  select(id: string, { fly = false } = {}): void {
    this.id = id;
    if (fly) this.flights++;
  }

  clear(): void {
    this.id = null;
  }
}
