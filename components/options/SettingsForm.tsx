import { useId, useState, type FormEvent } from 'react';
import { SettingsSchema, type Settings } from '@/lib/settings';
import { siteOf } from '@/lib/settings-storage';
import { FieldError, LabelledField } from '../shared/LabelledField';
import { VERDICTS, VERDICT_LABELS } from '../shared/verdict-labels';

type Field =
  'feedUrl' | 'correctionsUrl' | 'syncIntervalHours' | 'disabledSites' | 'hiddenVerdicts' | 'newSite';
type Errors = Partial<Record<Field, string>>;

interface Draft {
  paused: boolean;
  feedUrl: string;
  correctionsUrl: string;
  syncIntervalHours: string;
  disabledSites: string[];
  hiddenVerdicts: Settings['hiddenVerdicts'];
}

const toDraft = (s: Settings): Draft => ({ ...s, syncIntervalHours: String(s.syncIntervalHours) });

/** `news.example.com`, `https://news.example.com/x` → `news.example.com`; null when not a site. */
export function normaliseSite(input: string): string | null {
  const t = input.trim().toLowerCase();
  if (!t) return null;
  const site = siteOf(/^[a-z]+:\/\//.test(t) ? t : `https://${t}`);
  return site && /^[a-z0-9.-]+$/.test(site) && site.includes('.') ? site : site === 'localhost' ? site : null;
}

export interface SettingsFormProps {
  settings: Settings;
  onSave: (s: Settings) => Promise<void>;
}

/** Every setting, validated with SettingsSchema; messages sit next to their fields. */
export function SettingsForm({ settings, onSave }: SettingsFormProps) {
  const uid = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const [errors, setErrors] = useState<Errors>({});
  const [newSite, setNewSite] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  const id = (f: Field) => `${uid}-${f}`;
  const errId = (f: Field) => `${uid}-${f}-error`;
  const a11y = (f: Field) => ({
    id: id(f),
    'aria-invalid': errors[f] ? true : undefined,
    'aria-describedby': errors[f] ? errId(f) : undefined,
  });
  const err = (f: Field) => <FieldError id={errId(f)} message={errors[f]} />;

  function addSite() {
    const site = normaliseSite(newSite);
    if (!site) {
      setErrors((e) => ({ ...e, newSite: 'Enter a site such as news.example.com.' }));
      return;
    }
    setErrors(({ newSite: _drop, ...rest }) => rest);
    setDraft((d) => ({
      ...d,
      disabledSites: d.disabledSites.includes(site) ? d.disabledSites : [...d.disabledSites, site],
    }));
    setNewSite('');
    setStatus(null);
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    const hours = draft.syncIntervalHours.trim() === '' ? NaN : Number(draft.syncIntervalHours);
    const parsed = SettingsSchema.safeParse({ ...draft, syncIntervalHours: hours });
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const f = issue.path[0] as Field;
        if (next[f]) continue;
        next[f] =
          f === 'feedUrl' || f === 'correctionsUrl'
            ? 'Enter a full web address (http:// or https://).'
            : f === 'syncIntervalHours'
              ? 'Enter a number of hours between 0.25 and 168.'
              : issue.message;
      }
      setErrors(next);
      setStatus(null);
      const first = (['feedUrl', 'correctionsUrl', 'syncIntervalHours'] as Field[]).find((f) => next[f]);
      if (first) document.getElementById(id(first))?.focus();
      return;
    }
    setErrors({});
    try {
      await onSave(parsed.data);
      setStatus('Settings saved.');
    } catch (x) {
      setStatus(`Could not save: ${x instanceof Error ? x.message : String(x)}`);
    }
  }

  return (
    <form onSubmit={save} noValidate aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Settings</h2>
      <div className="cc-field">
        <input
          id={`${uid}-paused`}
          type="checkbox"
          checked={draft.paused}
          onChange={(e) => setDraft((d) => ({ ...d, paused: e.target.checked }))}
        />{' '}
        <label htmlFor={`${uid}-paused`} style={{ display: 'inline' }}>
          Pause Claimcheck everywhere
        </label>
      </div>
      <LabelledField label="Fact-base feed address" htmlFor={id('feedUrl')} error={err('feedUrl')}>
        <input
          type="url"
          value={draft.feedUrl}
          onChange={(e) => setDraft((d) => ({ ...d, feedUrl: e.target.value }))}
          {...a11y('feedUrl')}
        />
      </LabelledField>
      <LabelledField
        label="Corrections endpoint"
        htmlFor={id('correctionsUrl')}
        error={err('correctionsUrl')}
      >
        <input
          type="url"
          value={draft.correctionsUrl}
          onChange={(e) => setDraft((d) => ({ ...d, correctionsUrl: e.target.value }))}
          {...a11y('correctionsUrl')}
        />
      </LabelledField>
      <LabelledField
        label="Sync interval (hours)"
        htmlFor={id('syncIntervalHours')}
        error={err('syncIntervalHours')}
      >
        <input
          type="number"
          min={0.25}
          max={168}
          step={0.25}
          value={draft.syncIntervalHours}
          onChange={(e) => setDraft((d) => ({ ...d, syncIntervalHours: e.target.value }))}
          {...a11y('syncIntervalHours')}
        />
      </LabelledField>

      <fieldset>
        <legend>Verdicts to show on pages</legend>
        {VERDICTS.map((v) => (
          <label key={v} className="cc-radio">
            <input
              type="checkbox"
              name="shownVerdicts"
              value={v}
              checked={!draft.hiddenVerdicts.includes(v)}
              onChange={(e) =>
                setDraft((d) => ({
                  ...d,
                  hiddenVerdicts: e.target.checked
                    ? d.hiddenVerdicts.filter((x) => x !== v)
                    : [...d.hiddenVerdicts, v],
                }))
              }
            />{' '}
            {VERDICT_LABELS[v]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Sites where Claimcheck is off</legend>
        {draft.disabledSites.length ? (
          <ul aria-label="Sites where Claimcheck is off">
            {draft.disabledSites.map((s) => (
              <li key={s} data-site={s}>
                {s}{' '}
                <button
                  type="button"
                  aria-label={`Remove ${s}`}
                  onClick={() => {
                    setDraft((d) => ({ ...d, disabledSites: d.disabledSites.filter((x) => x !== s) }));
                    setStatus(null);
                  }}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>None: Claimcheck runs on every site.</p>
        )}
        <label htmlFor={id('newSite')}>Add a site</label>
        <input
          type="text"
          placeholder="news.example.com"
          value={newSite}
          onChange={(e) => setNewSite(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addSite();
            }
          }}
          {...a11y('newSite')}
        />
        {err('newSite')}
        <button type="button" onClick={addSite}>
          Add site
        </button>
      </fieldset>

      <div className="cc-actions">
        <button type="submit">Save settings</button>
      </div>
      <p role="status" className="cc-notice">
        {status}
      </p>
    </form>
  );
}
