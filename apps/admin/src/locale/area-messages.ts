import { eventMessages } from '../event/event-messages.js';
import { placeMessages } from '../place/place-messages.js';
import { mediaMessages } from '../media/media-messages.js';
import { sectionMessages } from '../section/section-messages.js';
import { accountMessages } from '../account/account-messages.js';
import { userMessages } from '../user/user-messages.js';
import { tokenMessages } from '../token/token-messages.js';
import { auditMessages } from '../audit/audit-messages.js';
import { alertMessages } from '../alert/alert-messages.js';
import { redirectMessages } from '../redirect/redirect-messages.js';
import { calendarMessages } from '../calendar/calendar-messages.js';
import { translationMessages } from '../translation/translation-messages.js';
import { historyMessages } from '../history/history-messages.js';
import { dashboardMessages } from '../dashboard/dashboard-messages.js';
import { articleMessages } from '../article/article-messages.js';
import { addMessages } from './messages.js';

// Every screen's words but the frame's, added to the catalogue when this module loads: the signed-in frame's route
// loads it beside the frame (app/router.tsx), so no signed-in screen ever renders before its words are there.

/** Keys defined twice; empty, as the message tests check. */
export const clashingMessageKeys = addMessages([eventMessages, placeMessages, mediaMessages, sectionMessages, accountMessages, userMessages, tokenMessages, auditMessages, alertMessages, redirectMessages, calendarMessages, translationMessages, historyMessages, dashboardMessages, articleMessages]);
