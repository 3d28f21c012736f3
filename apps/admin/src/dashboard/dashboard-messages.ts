import { defineMessages } from '../locale/define-messages.js';

/** The dashboard's own words beyond the shell's (its heading and article panels live with the shell). */
export const dashboardMessages = defineMessages(
  {
    dashboardFailedImports: 'Failed imports',
    dashboardImportFeed: 'News feed',
    dashboardImportIcalendar: 'iCalendar',
    dashboardImportGeojson: 'GeoJSON places',
    dashboardImportCounts: 'Created: {created}, updated: {updated}, refused: {skipped}, not reached: {failed}.',
    dashboardImportUnfinished: 'The run stopped before it finished.',
    dashboardImportMoreErrors: '{count, plural, one {and # more error} other {and # more errors}}',
  },
  {
    dashboardFailedImports: 'Неудачные импорты',
    dashboardImportFeed: 'Новостная лента',
    dashboardImportIcalendar: 'iCalendar',
    dashboardImportGeojson: 'Места в GeoJSON',
    dashboardImportCounts: 'Создано: {created}, обновлено: {updated}, отклонено: {skipped}, не обработано: {failed}.',
    dashboardImportUnfinished: 'Импорт остановился, не закончив работу.',
    dashboardImportMoreErrors: '{count, plural, one {и ещё # ошибка} few {и ещё # ошибки} many {и ещё # ошибок} other {и ещё # ошибки}}',
  },
  {
    dashboardFailedImports: 'Няўдалыя імпарты',
    dashboardImportFeed: 'Стужка навін',
    dashboardImportIcalendar: 'iCalendar',
    dashboardImportGeojson: 'Месцы ў GeoJSON',
    dashboardImportCounts: 'Створана: {created}, абноўлена: {updated}, адхілена: {skipped}, не апрацавана: {failed}.',
    dashboardImportUnfinished: 'Імпарт спыніўся, не скончыўшы працу.',
    dashboardImportMoreErrors: '{count, plural, one {і яшчэ # памылка} few {і яшчэ # памылкі} many {і яшчэ # памылак} other {і яшчэ # памылкі}}',
  },
);
