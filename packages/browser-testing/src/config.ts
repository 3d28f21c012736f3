// The browser journeys' settings: the only file in this package that reads process.env.

/** Where Debian's Chromium lives unless CHROMIUM_PATH says otherwise; nothing here ever downloads a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** On CI a missing browser fails the run; on a laptop it only skips the journeys. */
export const isCI = Boolean(process.env.CI);
