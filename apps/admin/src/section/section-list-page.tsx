import { LaterScreen } from '../layout/later-screen.js';

// Placeholder wired into the router so the screen's slice can land on its own; replaced by the real screen.
export function SectionListPage() {
  return <LaterScreen title="navSections" />;
}
