export { collectPageErrors } from './collect-page-errors.js';
export { describeInBrowser } from './describe-in-browser.js';
export { type AccessibilityViolation, findAccessibilityViolations } from './find-accessibility-violations.js';
export { launchChromium } from './launch-chromium.js';
export { type BuiltServerOptions, type RunningServer, startBuiltServer } from './start-built-server.js';
export { type DemoApiOptions, type RunningApi, startDemoApi } from './start-demo-api.js';
