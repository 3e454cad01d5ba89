// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { normaliseSite } from '@/components/options/SettingsForm';
import { getSettings, updateSettings } from '@/lib/settings-storage';
import { DEFAULT_SETTINGS } from '@/lib/settings';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);
const api = { getSettings, updateSettings };

describe('options page', () => {
  it('saves valid settings to extension storage', async () => {
    render(<OptionsApp api={api} />);
    const feed = await screen.findByLabelText('Fact-base feed address');
    await userEvent.clear(feed);
    await userEvent.type(feed, 'https://feed.example.org/v1/factbase/manifest.json');
    const hours = screen.getByLabelText('Sync interval (hours)');
    await userEvent.clear(hours);
    await userEvent.type(hours, '12');
    await userEvent.click(screen.getByLabelText('Supported')); // hide "supported"
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    expect(await getSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      feedUrl: 'https://feed.example.org/v1/factbase/manifest.json',
      syncIntervalHours: 12,
      hiddenVerdicts: ['supported'],
    });
  });

  it('refuses invalid values with a message next to the field and stores nothing', async () => {
    render(<OptionsApp api={api} />);
    const endpoint = await screen.findByLabelText('Corrections endpoint');
    await userEvent.clear(endpoint);
    await userEvent.type(endpoint, 'nowhere');
    const hours = screen.getByLabelText('Sync interval (hours)');
    await userEvent.clear(hours);
    await userEvent.type(hours, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(endpoint.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(endpoint.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /full web address/,
    );
    expect(document.getElementById(hours.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /between 0.25 and 168/,
    );
    expect(document.activeElement).toBe(endpoint);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('adds and removes sites from the off-list', async () => {
    render(<OptionsApp api={api} />);
    const add = await screen.findByLabelText('Add a site');
    await userEvent.type(add, 'https://News.Example.com/path{Enter}');
    await userEvent.type(add, 'other.test');
    await userEvent.click(screen.getByRole('button', { name: 'Add site' }));
    const list = screen.getByRole('list', { name: 'Sites where Claimcheck is off' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('data-site')),
    ).toEqual(['news.example.com', 'other.test']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove news.example.com' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect((await getSettings()).disabledSites).toEqual(['other.test']);
    expect(normaliseSite('not a site')).toBeNull();
  });

  it('credits every data source with its licence', async () => {
    render(<OptionsApp api={api} />);
    const section = await screen.findByRole('region', { name: 'Data sources and licences' });
    const text = section.textContent ?? '';
    for (const s of [
      'Epoch AI',
      'Apache-2.0',
      'MIT',
      'MPL-2.0',
      'fboulnois/llm-leaderboard-csv',
      'Aider',
      'Llama 4 Community License',
      'Built with Llama',
      'DeepSeek',
      'simple-evals',
      'Mistral',
    ]) {
      expect(text).toContain(s);
    }
  });
});
