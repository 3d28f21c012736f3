import { type Locale, type SiteView, resolveLocalized } from '@kraina/core';
import type { ReactNode } from 'react';
import { formatMessage, messagesFor } from '../locale/messages.js';
import { selectName } from './place-names.js';
import { numberFormat } from '../locale/format-date.js';

/** One row of a place's facts: a label and what it says. */
export interface Fact {
  label: string;
  value: ReactNode;
}

/** The facts proper to a place's kind, as label and value, in the reader's words; nothing for a field left empty. */
export function kindFactsOf(place: SiteView, locale: Locale): Fact[] {
  const t = messagesFor(locale);
  // Years are names, not quantities: 1994, never "1,994".
  const year = (value: number) => String(value);
  switch (place.kind) {
    case 'tourist-site':
      return place.attraction ? [{ label: t.placeAttraction, value: formatMessage(locale, t.placeAttractionType, { type: place.attraction }) }] : [];
    case 'unesco-heritage':
      return [
        { label: t.placeInscriptionYear, value: year(place.inscriptionYear) },
        // UNESCO writes criteria as lower-case roman numerals in brackets: (ii)(iv)(vi).
        { label: t.placeCriteria, value: place.criteria.map((criterion) => `(${criterion})`).join(' ') },
        { label: t.placeReferenceNumber, value: place.referenceNumber },
        { label: t.placeHeritageCategory, value: selectName(locale, t.placeHeritageCategoryName, 'category', place.heritageCategory) },
      ];
    case 'sanatorium': {
      const { rooms, beds, description } = place.accommodation;
      const sizes = [
        rooms === undefined ? undefined : formatMessage(locale, t.placeRooms, { rooms }),
        beds === undefined ? undefined : formatMessage(locale, t.placeBeds, { beds }),
      ].filter((part) => part !== undefined);
      const about = resolveLocalized(description, locale)?.value;
      const { phone, email, url } = place.booking;
      return [
        {
          label: t.placeTreatmentProfiles,
          value: (
            <ul className="place-facts__list">
              {place.treatmentProfiles.map((profile) => (
                <li key={profile}>{selectName(locale, t.placeTreatment, 'profile', profile)}</li>
              ))}
            </ul>
          ),
        },
        ...(sizes.length > 0 || about ? [{ label: t.placeAccommodation, value: [new Intl.ListFormat(locale, { type: 'unit' }).format(sizes), about].filter(Boolean).join('. ') }] : []),
        {
          label: t.placeBooking,
          value: (
            <ul className="place-facts__list">
              {phone ? (
                <li>
                  {t.placePhone}: <a href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</a>
                </li>
              ) : null}
              {email ? (
                <li>
                  {t.placeEmail}: <a href={`mailto:${email}`}>{email}</a>
                </li>
              ) : null}
              {url ? (
                <li>
                  <a href={url}>{t.placeBookOnline}</a>
                </li>
              ) : null}
            </ul>
          ),
        },
      ];
    }
    case 'war-memorial': {
      const commemorates = resolveLocalized(place.commemorates, locale)?.value;
      return [...(commemorates ? [{ label: t.placeCommemorates, value: commemorates }] : []), { label: t.placeYearOpened, value: year(place.yearOpened) }];
    }
    case 'museum': {
      const collection = resolveLocalized(place.collection, locale)?.value;
      return collection ? [{ label: t.placeCollection, value: collection }] : [];
    }
    case 'nature-reserve':
      return [
        { label: t.placeProtection, value: selectName(locale, t.placeProtectionType, 'protection', place.protection) },
        { label: t.placeArea, value: numberFormat(locale, { style: 'unit', unit: 'hectare', maximumFractionDigits: 0 }).format(place.areaHectares) },
      ];
  }
}

/** A place's facts as a description list. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <dl className="place-facts">
      {facts.map((fact) => (
        <div key={fact.label} className="place-facts__row">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
