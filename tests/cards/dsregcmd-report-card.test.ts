import { describe, expect, it } from 'vitest';
import { dsregcmdReportCard } from '../../src/cards/index.js';
import { cardText } from '../../src/i18n/cards.js';
import { contentOf } from './walk.js';

const previousRegistration = [
  { field: 'Error Phase', value: 'join', ok: false },
  { field: 'Client ErrorCode', value: '0x801c03f2', ok: false },
];

describe('the dsregcmd findings card', () => {
  it.each(['nl', 'en'] as const)(
    'never says it sees no problems below a failed field, even when no answer explains it (%s)',
    (lang) => {
      const json = JSON.stringify(contentOf(dsregcmdReportCard({ lang, rows: previousRegistration, findings: [] })));
      expect(json).not.toContain(cardText[lang].noFindings);
      expect(json).toContain('**Client ErrorCode: 0x801c03f2**');
    },
  );

  it('says it sees no problems when every field is fine', () => {
    const rows = [{ field: 'AzureAdJoined', value: 'YES', ok: true }];
    const json = JSON.stringify(contentOf(dsregcmdReportCard({ lang: 'nl', rows, findings: [] })));
    expect(json).toContain(cardText.nl.noFindings);
  });
});
