/** A clock that ticks every second while something uses it (elapsed times, deadlines). */
export class Clock {
  now = $state(Date.now());
  private timer: ReturnType<typeof setInterval> | undefined;

  start(): () => void {
    this.timer ??= setInterval(() => (this.now = Date.now()), 1_000);
    return () => {
      clearInterval(this.timer);
      this.timer = undefined;
    };
  }
}
