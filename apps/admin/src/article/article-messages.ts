import { defineMessages } from '../locale/define-messages.js';

/** The article editor's words beyond the shell's: autosave, preview, and the links to its other screens. */
export const articleMessages = defineMessages(
  {
    articlePreview: 'Preview',
    articlePreviewOpening: 'Opening a preview…',
    articlePreviewLink: 'Preview link, valid until {time}',
    articlePreviewFailed: 'No preview: {message}',
    articleHistory: 'History',
    articleTranslate: 'Translate',
    articleOtherScreens: 'This article',
  },
  {
    articlePreview: 'Предпросмотр',
    articlePreviewOpening: 'Открываем предпросмотр…',
    articlePreviewLink: 'Ссылка на предпросмотр, действует до {time}',
    articlePreviewFailed: 'Предпросмотр недоступен: {message}',
    articleHistory: 'История',
    articleTranslate: 'Перевести',
    articleOtherScreens: 'Эта статья',
  },
  {
    articlePreview: 'Папярэдні прагляд',
    articlePreviewOpening: 'Адкрываем папярэдні прагляд…',
    articlePreviewLink: 'Спасылка на папярэдні прагляд, дзейнічае да {time}',
    articlePreviewFailed: 'Папярэдні прагляд недаступны: {message}',
    articleHistory: 'Гісторыя',
    articleTranslate: 'Перакласці',
    articleOtherScreens: 'Гэты артыкул',
  },
);
