import { useState } from 'react';
import type { ReceptorField } from 'mbc-elements';

export function App() {
  const [changed, setChanged] = useState<ReceptorField | null>(null);

  return (
    <main>
      <h1>Treatment options</h1>
      <receptor-explainer interactive er="positive" pr="positive" her2="negative" onmbc-receptor-change={(event) => setChanged(event.marker)} />
      <p id="last-change" role="status">
        {changed ? `You changed: ${changed}` : 'Change a result above to update the explanation.'}
      </p>
      <treatment-card treatment="hormonal" variant="compact" heading-level={2} />
      <safety-banner product="faslodex" mode="tray" />
    </main>
  );
}
