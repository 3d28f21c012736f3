export { type ClientErrorAnswer, type ClientErrorStatus, answerClientErrors } from './answer-client-errors.js';
export { closeGracefully } from './close-gracefully.js';
export { logRequests } from './log-requests.js';
export { type PreparedApp, type RunServerOptions, type ServerConfig, runServer } from './run-server.js';
export { type ServerProcess, type ServerProcessOptions, freePort, startServerProcess } from './start-server-process.js';
export { type LocalBucket, startLocalBucket } from './start-local-bucket.js';
