import { EventCategorySchema, type Locale } from '@kraina/core';
import { type Messages, formatMessage } from '../locale/messages.js';
import type { CalendarMonth } from '../calendar/calendar-month.js';
import { monthParam } from '../calendar/calendar-month.js';
import type { FilterField, FilterProblem } from './event-filters.js';

/** The id of a filter's input, which the error summary links to. */
export const filterInputId = (field: FilterField) => `events-filter-${field}`;
const errorId = (field: FilterField) => `events-filter-${field}-error`;

/** A filter problem in the reader's words, naming the field and the value that could not be used. */
export function problemMessage(problem: FilterProblem, locale: Locale, t: Messages): string {
  if (problem.reason === 'to-before-from') return formatMessage(locale, t.eventsFilterToBeforeFrom, { value: problem.value });
  return formatMessage(locale, t.eventsFilterInvalid, { field: problem.field, value: problem.value });
}

/**
 * The calendar's filters as a plain GET form, so they work with JavaScript off and every filtered view has an
 * address to share. A field whose value could not be used is marked invalid and shows why beside it.
 */
export function EventFilterForm({
  locale,
  t,
  action,
  month,
  entered,
  problems,
}: {
  locale: Locale;
  t: Messages;
  action: string;
  /** Kept while the reader narrows the month they are looking at. */
  month: CalendarMonth | undefined;
  entered: Partial<Record<FilterField, string>>;
  problems: readonly FilterProblem[];
}) {
  const problemOf = (field: FilterField) => problems.find((problem) => problem.field === field);
  const invalidProps = (field: FilterField) => {
    const problem = problemOf(field);
    return problem ? { 'aria-invalid': true, 'aria-describedby': errorId(field) } : {};
  };
  const errorFor = (field: FilterField) => {
    const problem = problemOf(field);
    return problem ? (
      <p className="field-error" id={errorId(field)}>
        {problemMessage(problem, locale, t)}
      </p>
    ) : null;
  };
  const categories = EventCategorySchema.options
    .map((category) => ({ category, label: formatMessage(locale, t.eventCategory, { category }) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <form className="event-filters" method="get" action={action} aria-labelledby="events-filter-heading">
      <h2 id="events-filter-heading">{t.eventsFilterHeading}</h2>
      {month ? <input type="hidden" name="month" value={monthParam(month.year, month.month)} /> : null}
      <div className="event-filters__fields">
        <div className="field">
          <label htmlFor={filterInputId('category')}>{t.eventsFilterCategory}</label>
          <select id={filterInputId('category')} name="category" defaultValue={entered.category ?? ''} {...invalidProps('category')}>
            <option value="">{t.eventsFilterAnyCategory}</option>
            {categories.map(({ category, label }) => (
              <option key={category} value={category}>
                {label}
              </option>
            ))}
          </select>
          {errorFor('category')}
        </div>
        <div className="field">
          <label htmlFor={filterInputId('city')}>{t.eventsFilterCity}</label>
          <input id={filterInputId('city')} name="city" type="text" autoComplete="address-level2" defaultValue={entered.city ?? ''} {...invalidProps('city')} />
          {errorFor('city')}
        </div>
        <div className="field">
          <label htmlFor={filterInputId('from')}>{t.eventsFilterFrom}</label>
          <input id={filterInputId('from')} name="from" type="date" defaultValue={entered.from ?? ''} {...invalidProps('from')} />
          {errorFor('from')}
        </div>
        <div className="field">
          <label htmlFor={filterInputId('to')}>{t.eventsFilterTo}</label>
          <input id={filterInputId('to')} name="to" type="date" defaultValue={entered.to ?? ''} {...invalidProps('to')} />
          {errorFor('to')}
        </div>
      </div>
      <p className="event-filters__actions">
        <button type="submit" className="button">
          {t.eventsFilterSubmit}
        </button>
        <a href={action}>{t.eventsFilterClear}</a>
      </p>
    </form>
  );
}
