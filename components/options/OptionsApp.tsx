import { useEffect, useState } from 'react';
import type { ClaimcheckDB } from '@/lib/factbase/db';
import type { Settings } from '@/lib/settings';
import { CorrectionStatusList } from '../correction-form/CorrectionStatusList';
import { useOutbox } from '../shared/use-outbox';
import { Attributions } from './Attributions';
import { SettingsForm } from './SettingsForm';

export interface OptionsApi {
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  db?: ClaimcheckDB;
}

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const entries = useOutbox(api.db);
  useEffect(() => {
    void api.getSettings().then(setSettings);
  }, [api]);
  return (
    <main className="cc-options">
      <h1>Claimcheck options</h1>
      {settings ? (
        <SettingsForm
          settings={settings}
          onSave={async (s) => {
            setSettings(await api.updateSettings(s));
          }}
        />
      ) : (
        <p>Loading settings…</p>
      )}
      <CorrectionStatusList entries={entries} title="Your corrections" />
      <Attributions />
    </main>
  );
}
