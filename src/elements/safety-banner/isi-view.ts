import { safetyState } from '../../internal/page-state.js';
import { intersectionObserver } from './tray.js';

const THRESHOLDS = Array.from({ length: 101 }, (_, i) => i / 100);

/**
 * Watches a banner's ISI text for `mbc-isi-view`: once per page view and product, when half the ISI
 * text, or ISI filling half the viewport, stayed on screen for one continuous second.
 */
export class IsiViewTracker {
  private viewObserver?: IntersectionObserver;
  private observedIsi?: Element;
  private viewTimer?: ReturnType<typeof setTimeout>;

  /** `dwell` gives the time on screen in ms; `onViewed` runs once the ISI counts as viewed. */
  constructor(
    private readonly dwell: () => number,
    private readonly onViewed: () => void,
  ) {}

  /** Watches `isi` while `counts` (the ISI is showing and this product has not been viewed yet), else stops. */
  sync(isi: Element | null, key: string | undefined, counts: boolean) {
    if (!isi || !key || !counts || safetyState().viewed[key]) return this.stop();
    if (this.observedIsi === isi && this.viewObserver) return;
    this.stop();
    this.observedIsi = isi;
    this.viewObserver = intersectionObserver(([entry]) => {
      const viewport = entry.rootBounds?.height ?? innerHeight;
      const seen = entry.isIntersecting && (entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= viewport / 2);
      if (!seen) {
        clearTimeout(this.viewTimer);
        this.viewTimer = undefined;
      } else {
        this.viewTimer ??= setTimeout(() => this.viewed(), this.dwell());
      }
    }, { threshold: THRESHOLDS });
    this.viewObserver?.observe(isi);
  }

  stop() {
    clearTimeout(this.viewTimer);
    this.viewObserver?.disconnect();
    this.viewObserver = this.viewTimer = this.observedIsi = undefined;
  }

  private viewed() {
    this.stop();
    this.onViewed();
  }
}
