import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import { MbcReceptorChangeEvent, type ReceptorField } from 'mbc-elements';

@Component({
  selector: 'app-root',
  // Angular's one setting for custom elements. It also means Angular checks none of their attributes.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Treatment options</h1>
      <receptor-explainer interactive er="positive" pr="positive" her2="negative" (mbc-receptor-change)="onChange($event)" />
      <p id="last-change" role="status">
        {{ changed() ? 'You changed: ' + changed() : 'Change a result above to update the explanation.' }}
      </p>
      <treatment-card treatment="hormonal" variant="compact" heading-level="2" />
      <safety-banner product="faslodex" mode="tray" />
    </main>
  `,
})
export class App {
  protected readonly changed = signal<ReceptorField | null>(null);

  protected onChange(event: Event) {
    if (event instanceof MbcReceptorChangeEvent) this.changed.set(event.marker);
  }
}
