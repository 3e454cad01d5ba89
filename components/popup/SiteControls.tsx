import { useId } from 'react';
import type { Settings } from '@/lib/settings';
import { siteOf } from '@/lib/settings-storage';

export interface SiteControlsProps {
  settings: Settings;
  pageUrl?: string;
  onChange: (patch: Partial<Settings>) => void;
}

/** Global pause and the per-site switch, as plain labelled checkboxes. */
export function SiteControls({ settings, pageUrl, onChange }: SiteControlsProps) {
  const uid = useId();
  const site = pageUrl ? siteOf(pageUrl) : null;
  const siteOn = site ? !settings.disabledSites.includes(site) : false;
  return (
    <section aria-label="Where Claimcheck runs" className="cc-site-controls">
      <div>
        <input
          id={`${uid}-pause`}
          type="checkbox"
          checked={settings.paused}
          onChange={(e) => onChange({ paused: e.target.checked })}
        />
        <label htmlFor={`${uid}-pause`}>Pause Claimcheck everywhere</label>
      </div>
      {site ? (
        <div>
          <input
            id={`${uid}-site`}
            type="checkbox"
            checked={siteOn}
            onChange={(e) =>
              onChange({
                disabledSites: e.target.checked
                  ? settings.disabledSites.filter((s) => s !== site)
                  : [...new Set([...settings.disabledSites, site])],
              })
            }
          />
          <label htmlFor={`${uid}-site`}>Check claims on {site}</label>
        </div>
      ) : null}
    </section>
  );
}
