import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import { ClaimcheckDB } from '@/lib/factbase/db';
import { getSettings, updateSettings } from '@/lib/settings-storage';
import '@/components/shared/styles.css';

createRoot(document.getElementById('root')!).render(
  <OptionsApp api={{ getSettings, updateSettings, db: new ClaimcheckDB() }} />,
);
