import { describe, expect, it } from 'vitest';
import { breadcrumbListJsonLd, jsonLdText, newsArticleJsonLd } from './structured-data.js';

const facts = {
  url: 'https://portal.example/en/news/business-news/forum',
  headline: 'Belarus–China business forum opens in Minsk',
  inLanguage: 'en',
  datePublished: '2026-05-12T08:10:00.000Z',
  dateModified: '2026-05-12T09:00:00.000Z',
  imageUrls: ['https://portal.example/media/1'],
  keywords: ['china', 'forum'],
  datelinePlace: 'Minsk',
  author: { type: 'Organization' as const, name: 'BelTA' },
  publisher: { name: 'Belarus.by', url: 'https://portal.example/', logoUrl: 'https://portal.example/assets/favicon.svg' },
};

describe('newsArticleJsonLd', () => {
  it('names the headline, dates, image, author, publisher and the dateline place', () => {
    const data = newsArticleJsonLd(facts);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: facts.headline,
      datePublished: facts.datePublished,
      dateModified: facts.dateModified,
      image: facts.imageUrls,
      author: { '@type': 'Organization', name: 'BelTA' },
      publisher: { '@type': 'Organization', name: 'Belarus.by' },
      contentLocation: { '@type': 'Place', name: 'Minsk' },
    });
  });

  it('cuts a headline longer than search engines accept to 110 characters', () => {
    const data = newsArticleJsonLd({ ...facts, headline: 'x'.repeat(200) });
    expect(String(data.headline)).toHaveLength(110);
  });

  it('leaves out the image when the article has none', () => {
    expect(newsArticleJsonLd({ ...facts, imageUrls: [] })).not.toHaveProperty('image');
  });
});

describe('breadcrumbListJsonLd', () => {
  it('numbers the steps from 1', () => {
    const data = breadcrumbListJsonLd([
      { name: 'Home', url: 'https://portal.example/en/' },
      { name: 'Business', url: 'https://portal.example/en/news/business/' },
    ]);
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://portal.example/en/' },
      { '@type': 'ListItem', position: 2, name: 'Business', item: 'https://portal.example/en/news/business/' },
    ]);
  });
});

describe('jsonLdText', () => {
  it('cannot be closed early by a headline that contains a closing script tag, and parses back the same', () => {
    const data = { headline: '</script><script>alert(1)</script>' };
    const text = jsonLdText(data);
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual(data);
  });
});
