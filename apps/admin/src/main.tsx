import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SignInPage } from './sign-in/sign-in-page.js';
import './admin.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render the editorial app into');

// Sign-in is the whole app until the editorial back end and routing arrive.
createRoot(container).render(
  <StrictMode>
    <SignInPage />
  </StrictMode>,
);
