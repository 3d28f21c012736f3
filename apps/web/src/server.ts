import { runServer } from '@kraina/server-kit';
import { createApp } from './app.js';
import { loadConfig } from './config.js';

void runServer({ service: 'web', loadConfig, createApp, startPath: '/' });
