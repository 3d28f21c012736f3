import type { WorkflowAction } from '@kraina/core';
import { useLocale } from '../locale/locale-context.js';

interface BulkWorkflowBarProps {
  offered: readonly WorkflowAction[];
  /** How many rows are selected, in the list's own words. */
  selectedLabel: string;
  selectedCount: number;
  isPending: boolean;
  outcome: string;
  onRun: (action: WorkflowAction) => void;
}

/** The bulk publish and archive buttons of an editorial list, and the announced outcome of the last bulk move. */
export function BulkWorkflowBar({ offered, selectedLabel, selectedCount, isPending, outcome, onRun }: BulkWorkflowBarProps) {
  const { t } = useLocale();
  return (
    <>
      {offered.length > 0 && (
        <div className="bulk-bar">
          <span>{selectedLabel}</span>
          {offered.map((action) => (
            <button key={action} type="button" className="button" disabled={selectedCount === 0 || isPending} onClick={() => onRun(action)}>
              {t(action === 'publish' ? 'bulkPublish' : 'bulkArchive')}
            </button>
          ))}
        </div>
      )}
      <p role="status" className="outcome">
        {outcome}
      </p>
    </>
  );
}
