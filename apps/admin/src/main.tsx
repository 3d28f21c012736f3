import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AdminApp } from './app/admin-app.js';
import './admin.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render the editorial app into');

createRoot(container).render(
  <StrictMode>
    <AdminApp />
  </StrictMode>,
);
