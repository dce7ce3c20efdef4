// The frame of a side panel about one span (a claim, an evidence passage): a region named after
// its title, and the span's quote, shortened, above what the panel says of it.
import type { ReactNode } from 'react';
import { truncate } from './format';

export function DetailsPanel({
  name,
  className,
  quote,
  children,
}: {
  name: string;
  className: string;
  quote: string;
  children: ReactNode;
}) {
  return (
    <section aria-label={name} className={`fm-panel ${className}`}>
      <h2 className="fm-panel-title">{name}</h2>
      <div className="fm-details-body">
        <p className="fm-details-quote" title={quote}>
          “{truncate(quote, 140)}”
        </p>
        {children}
      </div>
    </section>
  );
}
