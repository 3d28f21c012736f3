import { type Locale, type SiteAlert, resolveLocalized } from '@kraina/core';
import { type Messages, messagesFor } from '../locale/messages.js';

const levelNames = {
  emergency: 'alertEmergency',
  warning: 'alertWarning',
  holiday: 'alertHoliday',
  info: 'alertInfo',
} as const satisfies Record<SiteAlert['level'], keyof Messages>;

/**
 * The site-wide banners at the top of a page, in one labelled region. An emergency is also an ARIA alert, so a screen
 * reader announces it; warnings, holidays and information stay quiet parts of the region.
 */
export function AlertBanners({ alerts, locale }: { alerts: readonly SiteAlert[]; locale: Locale }) {
  const t = messagesFor(locale);
  const shown = alerts.flatMap((alert) => {
    const message = resolveLocalized(alert.message, locale);
    return message ? [{ alert, message }] : [];
  });
  if (shown.length === 0) return null;
  return (
    <section className="site-alerts" aria-label={t.alertsLabel}>
      {shown.map(({ alert, message }) => (
        <div key={alert.id} className={`site-alert site-alert--${alert.level}`} role={alert.level === 'emergency' ? 'alert' : undefined}>
          <p>
            <strong className="site-alert__level">{`${t[levelNames[alert.level]]}: `}</strong>
            <span lang={message.locale === locale ? undefined : message.locale}>{message.value}</span>
            {alert.link === null ? null : (
              <>
                {' '}
                <a href={alert.link}>{t.alertReadMore}</a>
              </>
            )}
          </p>
        </div>
      ))}
    </section>
  );
}
