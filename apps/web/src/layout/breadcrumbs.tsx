import type { Messages } from '../locale/messages.js';

/** One step of the trail; the last is the page itself and has no link. */
export interface BreadcrumbStep {
  name: string;
  path: string;
}

/** The trail from home to this page, `Home | Business | Business news`, as a labelled navigation list. */
export function Breadcrumbs({ steps, t }: { steps: readonly BreadcrumbStep[]; t: Messages }) {
  return (
    <nav className="breadcrumbs" aria-label={t.breadcrumbsLabel}>
      <ol>
        {steps.map((step, index) =>
          index === steps.length - 1 ? (
            <li key={step.path}>
              <a href={step.path} aria-current="page">
                {step.name}
              </a>
            </li>
          ) : (
            <li key={step.path}>
              <a href={step.path}>{step.name}</a>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
