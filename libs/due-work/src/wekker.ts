/** Sleeps until woken or a time has passed; a wake-up that came while awake is kept for the next sleep. */
export class Wekker {
  private gewekt = false;
  private wakker?: () => void;

  wek(): void {
    this.gewekt = true;
    this.wakker?.();
  }

  slaap(ms: number): Promise<void> {
    if (this.gewekt) {
      this.gewekt = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wakker?.(), ms);
      this.wakker = () => {
        clearTimeout(timer);
        this.wakker = undefined;
        this.gewekt = false;
        resolve();
      };
    });
  }
}
