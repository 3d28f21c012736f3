import type { Section } from '@kraina/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSections } from '../article/use-sections.js';
import { usePageTitle } from '../layout/use-page-title.js';
import { useLocale } from '../locale/locale-context.js';
import { SectionForm } from './section-form.js';
import { sectionName } from './section-form-values.js';
import { SectionTree } from './section-tree.js';
import './section.css';

/** The news sections as a tree: create one under any other, rename it in each locale, move it, delete an empty one. */
export function SectionListPage() {
  const { t, locale } = useLocale();
  usePageTitle(t('sectionHeading'));
  const queryClient = useQueryClient();
  const sections = useSections();
  const [editing, setEditing] = useState<string | undefined>();
  const [outcome, setOutcome] = useState('');

  function changed(section?: Section) {
    setOutcome(section ? t('sectionSaved', { name: sectionName(section, locale) }) : t('sectionDeleted'));
    void queryClient.invalidateQueries({ queryKey: ['sections'] });
  }

  const tree = sections.data ?? [];
  return (
    <>
      <h1>{t('sectionHeading')}</h1>
      <p role="status" className="outcome">
        {outcome}
      </p>
      <section aria-labelledby="section-tree-heading">
        <h2 id="section-tree-heading">{t('sectionTreeHeading')}</h2>
        {sections.isPending && <p>{t('loading')}</p>}
        {sections.isError && <p role="alert">{t('requestFailed', { message: sections.error.message })}</p>}
        {sections.isSuccess && tree.length === 0 && <p>{t('sectionNone')}</p>}
        <SectionTree tree={tree} nodes={tree} editing={editing} onEdit={setEditing} onChanged={changed} />
      </section>
      <section aria-labelledby="section-new-heading" className="panel">
        <h2 id="section-new-heading">{t('sectionNewHeading')}</h2>
        {sections.isSuccess && <SectionForm tree={tree} onSaved={changed} />}
      </section>
    </>
  );
}
