import { type EventView, type Locale, type Price, resolveLocalized } from '@kraina/core';
import { type BreadcrumbStep, Breadcrumbs } from '../layout/breadcrumbs.js';
import { type PageFrame, PageLayout } from '../layout/page-layout.js';
import { nativeLocaleName } from '../locale/locale-name.js';
import { formatMessage, messagesFor } from '../locale/messages.js';
import { type PlacedImage, PlacedFigure } from '../media/placed-image.js';
import type { PageMeta } from '../seo/page-head.js';
import { EventStatusNotice } from './event-status.js';
import { type WallClockSpan, formatSpan } from './event-when.js';

/** Where a session happens, ready to show: a catalogued place (linked), a free address, or a stream. */
export type VenueView = { type: 'place'; name: string; href: string; address?: string | undefined } | { type: 'address'; address: string } | { type: 'online'; url: string };

/** One session of an event as its page shows it: first dates on its own clock, how it repeats, and where. */
export interface SessionView {
  span: WallClockSpan;
  /** "Europe/Minsk (GMT+3)". */
  zone: string;
  recurrence?: string | undefined;
  city?: string | undefined;
  venue?: VenueView | undefined;
}

/** Everything an event's page shows besides the event record itself. */
export interface EventPageProps {
  frame: PageFrame;
  event: EventView;
  trail: readonly BreadcrumbStep[];
  bodyHtml: string;
  /** The event's picture as the API serves it (loadImages and placedImage); undefined leaves it out. */
  image: PlacedImage | undefined;
  meta: PageMeta;
  sessions: readonly SessionView[];
  /** The next dates (or, once it is over, the dates it had), shown when the event happens more than once. */
  dates: { spans: readonly { span: WallClockSpan; zone: string }[]; isPast: boolean } | undefined;
  icsPath: string;
}

function formatPrice(price: Price, locale: Locale): string {
  const t = messagesFor(locale);
  if (price.isFree) return t.eventFree;
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: price.currency, minimumFractionDigits: 0, maximumFractionDigits: 2 });
  if (price.min !== undefined && price.max !== undefined && price.max > price.min) return `${money.format(price.min)} – ${money.format(price.max)}`;
  const one = price.min ?? price.max;
  return one === undefined ? t.eventPaid : money.format(one);
}

// A catalogued place's address already names its town, and a stream has none.
const cityAfterVenue = ({ venue, city }: SessionView) => city !== undefined && venue !== undefined && venue.type !== 'online' && !(venue.type === 'place' && venue.address);

function Venue({ venue, t }: { venue: VenueView; t: ReturnType<typeof messagesFor> }) {
  if (venue.type === 'online') return <a href={venue.url}>{t.eventWatchOnline}</a>;
  if (venue.type === 'address') return <>{venue.address}</>;
  return (
    <>
      <a href={venue.href}>{venue.name}</a>
      {venue.address ? `, ${venue.address}` : null}
    </>
  );
}

/**
 * An event: its status first when it is not going ahead as planned, then when and where (on the event's own clock,
 * the zone named), price and tickets, the picture and description, and a link to add it to a calendar.
 */
export function EventPage({ frame, event, trail, bodyHtml, image, meta, sessions, dates, icsPath }: EventPageProps) {
  const { locale } = frame;
  const t = messagesFor(locale);
  const served = event.servedLocale;
  const text = event.translations[served];
  if (!text) throw new Error(`The API served event ${event.slug} in ${served} without a text in it`);
  const lang = served === locale ? undefined : served;
  const organiser = resolveLocalized(event.organiser, locale)?.value;
  const priceNote = event.price?.note ? resolveLocalized(event.price.note, locale)?.value : undefined;
  return (
    <PageLayout frame={frame} title={`${text.title} · ${frame.siteName}`} description={text.summary} meta={meta}>
      <Breadcrumbs steps={trail} t={t} />
      <article className="event" lang={lang}>
        {lang === undefined ? null : (
          <p className="notice" lang={locale}>
            {formatMessage(locale, t.eventShownInLanguage, { language: nativeLocaleName(served) })}
          </p>
        )}
        <p className="event__category" lang={locale}>
          {formatMessage(locale, t.eventCategory, { category: event.category })}
        </p>
        <h1>{text.title}</h1>
        <EventStatusNotice status={event.eventStatus} note={resolveLocalized(event.statusNote, locale)?.value} locale={locale} />
        {text.summary ? <p className="lead">{text.summary}</p> : null}
        <section className="event__facts" aria-labelledby="event-when" lang={locale}>
          <h2 id="event-when">{t.eventWhenAndWhere}</h2>
          <ul className="event__sessions">
            {sessions.map((session, index) => (
              <li key={index}>
                <p className="event__time">
                  <strong>{formatSpan(session.span, locale, 'full')}</strong>
                  {session.span.allDay ? ` · ${t.eventAllDay}` : ` · ${formatMessage(locale, t.eventTimesIn, { zone: session.zone })}`}
                </p>
                {session.recurrence ? <p className="event__recurrence">{session.recurrence}</p> : null}
                {session.venue || session.city ? (
                  <p className="event__venue">
                    {session.venue ? <Venue venue={session.venue} t={t} /> : null}
                    {cityAfterVenue(session) ? ` · ${session.city}` : null}
                    {session.venue ? null : session.city}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          {dates && dates.spans.length > 0 ? (
            <>
              <h3>{dates.isPast ? t.eventPastDates : t.eventNextDates}</h3>
              <ul className="event__dates">
                {dates.spans.map(({ span, zone }) => (
                  <li key={`${span.start}-${zone}`}>
                    <time dateTime={span.start}>{formatSpan(span, locale, 'full')}</time>
                    {span.allDay ? null : <span className="event__zone"> ({zone})</span>}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <dl className="event__details">
            {organiser ? (
              <>
                <dt>{t.eventOrganiser}</dt>
                <dd>{organiser}</dd>
              </>
            ) : null}
            {event.price ? (
              <>
                <dt>{t.eventPrice}</dt>
                <dd>
                  {formatPrice(event.price, locale)}
                  {priceNote ? ` (${priceNote})` : null}
                </dd>
              </>
            ) : null}
          </dl>
          <p className="event__actions">
            {event.ticketUrl ? (
              <a className="button" href={event.ticketUrl}>
                {t.eventTickets}
              </a>
            ) : null}
            <a className="button button--secondary" href={icsPath} type="text/calendar">
              {t.eventAddToCalendar}
            </a>
          </p>
        </section>
        {/* The page's one large picture, likely its largest content: fetched at once, as an article's lead is. */}
        {image ? <PlacedFigure className="event__image" placed={image} locale={locale} sizes="(min-width: 48rem) 46rem, 100vw" isAboveFold /> : null}
        <div className="event__body" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      </article>
    </PageLayout>
  );
}
