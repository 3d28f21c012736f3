import { type Section, type SectionNode, isAppError } from '@kraina/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/api-client.js';
import { useLocale } from '../locale/locale-context.js';
import { SectionForm } from './section-form.js';
import { sectionName } from './section-form-values.js';

interface SectionTreeProps {
  tree: readonly SectionNode[];
  nodes: readonly SectionNode[];
  editing: string | undefined;
  onEdit: (id: string | undefined) => void;
  onChanged: (section?: Section) => void;
}

/** The sections as nested lists, each with its own edit and delete; one section is edited at a time. */
export function SectionTree({ tree, nodes, editing, onEdit, onChanged }: SectionTreeProps) {
  return (
    <ul className="section-tree">
      {nodes.map((node) => (
        <SectionTreeItem key={node.id} tree={tree} node={node} editing={editing} onEdit={onEdit} onChanged={onChanged} />
      ))}
    </ul>
  );
}

function SectionTreeItem({ tree, node, editing, onEdit, onChanged }: Omit<SectionTreeProps, 'nodes'> & { node: SectionNode }) {
  const { t, locale } = useLocale();
  const [confirming, setConfirming] = useState(false);
  const name = sectionName(node, locale);
  // The API refuses to delete a section that still holds sub-sections or articles, and says which.
  const remove = useMutation({
    mutationFn: () => api.deleteSection({ params: { id: node.id } }),
    onSuccess: () => onChanged(),
    onSettled: () => setConfirming(false),
  });

  return (
    <li>
      <div className="section-tree__row">
        <span className="section-tree__name">{name}</span> <code>{node.slug}</code>
        <button type="button" className="button button--quiet" aria-expanded={editing === node.id} onClick={() => onEdit(editing === node.id ? undefined : node.id)}>
          {t('sectionEdit', { name })}
        </button>
        {confirming ? (
          <>
            <span>{t('sectionDeleteConfirm', { name })}</span>
            <button type="button" className="button" disabled={remove.isPending} onClick={() => remove.mutate()}>
              {t('sectionDeleteYes')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
              {t('sectionDeleteNo')}
            </button>
          </>
        ) : (
          <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
            {t('sectionDelete', { name })}
          </button>
        )}
      </div>
      <p role="alert" className="outcome--refused">
        {remove.error ? t('sectionNotDeleted', { message: isAppError(remove.error) ? remove.error.message : String(remove.error) }) : ''}
      </p>
      {editing === node.id && (
        <SectionForm
          tree={tree}
          section={node}
          onSaved={(saved) => {
            onEdit(undefined);
            onChanged(saved);
          }}
          onCancel={() => onEdit(undefined)}
        />
      )}
      {node.children.length > 0 && <SectionTree tree={tree} nodes={node.children} editing={editing} onEdit={onEdit} onChanged={onChanged} />}
    </li>
  );
}
